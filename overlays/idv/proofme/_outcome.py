"""Proofme identification status → `Outcome`: one map, `STATUS_OUTCOMES`; the rest is derived."""

from __future__ import annotations

from collections.abc import Mapping

from proofme_client.models import (
    Identification,
    IdentificationDataResponse,
    IdentificationResponse,
    IdentificationStatus,
    IdentificationWithData,
)

from .._core._outcome import Outcome, status_outcome, terminal_statuses

__all__ = ["STATUS_OUTCOMES", "TERMINAL_STATUSES", "UNKNOWN_OUTCOME", "outcome"]

STATUS_OUTCOMES: Mapping[IdentificationStatus, Outcome] = {
    IdentificationStatus.PENDING: Outcome.PENDING,
    IdentificationStatus.SUCCESS: Outcome.APPROVED,
    IdentificationStatus.FAILED: Outcome.DECLINED,
    IdentificationStatus.REVOKED: Outcome.CANCELLED,
}
UNKNOWN_OUTCOME = Outcome.PENDING
TERMINAL_STATUSES = terminal_statuses(STATUS_OUTCOMES)


def outcome(
    value: IdentificationStatus
    | str
    | Identification
    | IdentificationWithData
    | IdentificationResponse
    | IdentificationDataResponse,
) -> Outcome:
    """The outcome of a Proofme status or identification (bare or in its response wrapper).

    `PENDING` → pending, `SUCCESS` → approved, `FAILED` → declined, `REVOKED` → cancelled.
    A status Proofme adds later is `pending`, never an error.
    """
    if isinstance(value, IdentificationResponse | IdentificationDataResponse):
        value = value.identification
    status: object = value.status if isinstance(value, Identification | IdentificationWithData) else value
    return status_outcome(STATUS_OUTCOMES, status, UNKNOWN_OUTCOME)
