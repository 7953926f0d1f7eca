"""Solaris identification (and identification session) status → `Outcome`.

| Solaris status | Outcome |
|---|---|
| `successful` | approved |
| `failed`, `rejected` | declined |
| `pending_successful`, `pending_failed` | review |
| `aborted`, `canceled` | cancelled |
| `expired` | expired |
| anything else (`created`, `pending`, `pre_successful`, `authorization_required`, …, and statuses Solaris adds later) | pending |

Choice for `pending_successful` / `pending_failed`: both are *provisional* results. The
customer has finished; the identification provider's verdict now waits for Solaris' own final
check, which can still overturn it (`pending_successful → failed`, `pending_failed →
successful`). That is what `review` means — finished on the customer's side, waiting for a
decision, not final — so both map to `review` rather than `approved` / `declined`: acting on
them as final would onboard customers Solaris then rejects. `wait_for_completion` therefore
keeps polling through them (unless told to stop at `review`).
"""

from __future__ import annotations

from collections.abc import Mapping

from solaris_client.models import (
    IdentificationSession,
    IdentificationSessionStatus,
    IdentificationStatus,
    IdentificationWebhookPayload,
    PersonIdentification,
)
from solaris_client.types import Unset

from .._core._outcome import Outcome, status_outcome, terminal_statuses
from .._core._webhooks import WebhookEvent

__all__ = ["STATUS_OUTCOMES", "TERMINAL_STATUSES", "UNKNOWN_OUTCOME", "outcome"]

# Identification sessions use the same words for the statuses they share.
STATUS_OUTCOMES: Mapping[IdentificationStatus, Outcome] = {
    IdentificationStatus.SUCCESSFUL: Outcome.APPROVED,
    IdentificationStatus.FAILED: Outcome.DECLINED,
    IdentificationStatus.REJECTED: Outcome.DECLINED,
    IdentificationStatus.PENDING_SUCCESSFUL: Outcome.REVIEW,
    IdentificationStatus.PENDING_FAILED: Outcome.REVIEW,
    IdentificationStatus.ABORTED: Outcome.CANCELLED,
    IdentificationStatus.CANCELED: Outcome.CANCELLED,
    IdentificationStatus.EXPIRED: Outcome.EXPIRED,
}
# Every other status (`created`, `pending`, `pre_successful`, … and those added later) is a step
# on the way.
UNKNOWN_OUTCOME = Outcome.PENDING
# The statuses that no longer change (their outcome is final).
TERMINAL_STATUSES = terminal_statuses(STATUS_OUTCOMES)

Status = IdentificationStatus | IdentificationSessionStatus | str
Subject = (
    PersonIdentification
    | IdentificationWebhookPayload
    | IdentificationSession
    | WebhookEvent[IdentificationWebhookPayload]
)


def outcome(value: Status | Subject | Unset | None) -> Outcome:
    """The outcome of a Solaris status, identification, identification session or webhook.

    Accepts an `IdentificationStatus` / `IdentificationSessionStatus` (or its string), a
    `PersonIdentification`, an `IdentificationWebhookPayload`, an `IdentificationSession`, or
    the `WebhookEvent` returned by `parse_webhook`. A missing or unknown status is `pending`.
    """
    if isinstance(value, WebhookEvent):
        value = value.payload
    if isinstance(value, PersonIdentification | IdentificationWebhookPayload | IdentificationSession):
        value = value.status
    return status_outcome(STATUS_OUTCOMES, value, UNKNOWN_OUTCOME)
