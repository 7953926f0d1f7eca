"""Hopae verification status → `Outcome`: one map, `STATUS_OUTCOMES`; the rest is derived."""

from __future__ import annotations

from collections.abc import Mapping

from hopae_client.models import VerificationEvent, VerificationMetadata, VerificationStatus

from .._core._outcome import Outcome, status_outcome, terminal_statuses
from .._core._webhooks import WebhookEvent

__all__ = ["STATUS_OUTCOMES", "TERMINAL_STATUSES", "UNKNOWN_OUTCOME", "outcome"]

STATUS_OUTCOMES: Mapping[VerificationStatus, Outcome] = {
    VerificationStatus.INITIATED: Outcome.PENDING,
    VerificationStatus.PENDING: Outcome.PENDING,
    VerificationStatus.AUTHENTICATING: Outcome.PENDING,
    VerificationStatus.AWAITING_USER_ACTION: Outcome.PENDING,
    VerificationStatus.PROCESSING: Outcome.PENDING,
    VerificationStatus.COMPLETED: Outcome.APPROVED,
    VerificationStatus.FAILED: Outcome.DECLINED,
    VerificationStatus.EXPIRED: Outcome.EXPIRED,
    VerificationStatus.CANCELLED: Outcome.CANCELLED,
}
# Hopae's documented terminal states are all known, so a status it adds later is an
# intermediate step.
UNKNOWN_OUTCOME = Outcome.PENDING
TERMINAL_STATUSES = terminal_statuses(STATUS_OUTCOMES)


def outcome(
    value: VerificationStatus | str | VerificationMetadata | VerificationEvent | WebhookEvent[VerificationEvent],
) -> Outcome:
    """The outcome of a Hopae status, verification or webhook event (`pending` if unknown)."""
    if isinstance(value, WebhookEvent):
        value = value.payload
    if isinstance(value, VerificationMetadata):
        status: object = value.status
    elif isinstance(value, VerificationEvent):
        status = value.data.status
    else:
        status = value
    return status_outcome(STATUS_OUTCOMES, status, UNKNOWN_OUTCOME)
