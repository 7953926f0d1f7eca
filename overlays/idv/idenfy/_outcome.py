"""iDenfy overall status → `Outcome`.

| iDenfy | outcome | why |
|---|---|---|
| `ACTIVE` | pending | the session is open; the client has not finished |
| `APPROVED` | approved | |
| `DENIED` | declined | |
| `SUSPECTED` | review | passed, but with fraud or mismatch tags: a human decides |
| `REVIEWING` | review | iDenfy's manual review is under way |
| `EXPIRED` | expired | the token expired unused |
| `DELETED` | cancelled | the integrator deleted the verification and its data: the result is gone for good, so it must not count as approved or declined |
| `ARCHIVED` | review | archived by iDenfy: the result is no longer readable through the API; look it up in the dashboard |
| anything else | review | a status this version does not know: a human should look rather than code waiting forever |

Webhooks: an automatic result arrives with `final: false` when a manual review follows
(`IDENTIFICATION_AUTO_FINISHED`); that `APPROVED` / `DENIED` is mapped as it stands, but the
manual result (`final: true`, `IDENTIFICATION_MANUAL_FINISHED`) may change it — check
`is_final(event)` before acting irreversibly. A webhook without a status maps by its event
type: `IDENTIFICATION_EXPIRED` → expired, `IDENTIFICATION_CANCELLED` → cancelled,
`IDENTIFICATION_RESUBMITTED` → pending, other → review.

`DOCUMENT_EXPIRATION` (its own payload, `DocumentExpirationWebhook`) says nothing about the
verification's result, which stands; it tells you the verified document expires: `expired`
once `expirationThreshold` is `DOCUMENT_EXPIRED`, `review` for the earlier warnings (30, 7,
1 day(s) before: ask the client for a new document in time).

`request_information` reopens a finished verification: it reads `ACTIVE` (pending) again
until the client completes it.
"""

from __future__ import annotations

from collections.abc import Mapping

from idenfy_client.models import (
    DocumentExpirationThreshold,
    DocumentExpirationWebhook,
    IdentificationStatus,
    IdentificationWebhook,
    OverallStatus,
    StatusResponse,
    WebhookEventType,
)

from .._core._outcome import Outcome, status_outcome, terminal_statuses
from .._core._webhooks import WebhookEvent

__all__ = ["STATUS_OUTCOMES", "TERMINAL_STATUSES", "UNKNOWN_OUTCOME", "outcome"]

STATUS_OUTCOMES: Mapping[OverallStatus, Outcome] = {
    OverallStatus.ACTIVE: Outcome.PENDING,
    OverallStatus.APPROVED: Outcome.APPROVED,
    OverallStatus.DENIED: Outcome.DECLINED,
    OverallStatus.SUSPECTED: Outcome.REVIEW,
    OverallStatus.REVIEWING: Outcome.REVIEW,
    OverallStatus.EXPIRED: Outcome.EXPIRED,
    OverallStatus.DELETED: Outcome.CANCELLED,
    OverallStatus.ARCHIVED: Outcome.REVIEW,
}
# A status this version does not know: a human should look rather than code waiting forever.
UNKNOWN_OUTCOME = Outcome.REVIEW
TERMINAL_STATUSES = terminal_statuses(STATUS_OUTCOMES)

# A webhook without a status maps by its event type.
_BY_EVENT: Mapping[WebhookEventType, Outcome] = {
    WebhookEventType.IDENTIFICATION_EXPIRED: Outcome.EXPIRED,
    WebhookEventType.IDENTIFICATION_CANCELLED: Outcome.CANCELLED,
    WebhookEventType.IDENTIFICATION_RESUBMITTED: Outcome.PENDING,
}


def outcome(
    value: OverallStatus
    | str
    | StatusResponse
    | IdentificationWebhook
    | DocumentExpirationWebhook
    | WebhookEvent[IdentificationWebhook]
    | WebhookEvent[DocumentExpirationWebhook]
    | WebhookEvent[IdentificationWebhook | DocumentExpirationWebhook],
) -> Outcome:
    """The outcome of an iDenfy overall status, `get_status` answer or webhook.

    Never raises: a status this version does not know is `review` (see the module docs).
    """
    event_type: str | None = None
    if isinstance(value, WebhookEvent):
        event_type = value.event_type
        value = value.payload
    if isinstance(value, DocumentExpirationWebhook):
        expired = value.expiration_threshold == DocumentExpirationThreshold.DOCUMENT_EXPIRED
        return Outcome.EXPIRED if expired else Outcome.REVIEW
    if isinstance(value, StatusResponse):
        status: object = value.status
    elif isinstance(value, IdentificationWebhook):
        status = value.status.overall if isinstance(value.status, IdentificationStatus) else None
    else:
        status = value
    if isinstance(status, str) or event_type is None:
        return status_outcome(STATUS_OUTCOMES, status, UNKNOWN_OUTCOME)
    return status_outcome(_BY_EVENT, event_type, UNKNOWN_OUTCOME)
