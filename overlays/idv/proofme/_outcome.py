"""Proofme identification status → `Outcome`."""

from __future__ import annotations

from proofme_client.models import (
    Identification,
    IdentificationDataResponse,
    IdentificationResponse,
    IdentificationStatus,
    IdentificationWithData,
)

from .._core._outcome import Outcome

__all__ = ["outcome"]

_MAP = {
    IdentificationStatus.PENDING: Outcome.PENDING,
    IdentificationStatus.SUCCESS: Outcome.APPROVED,
    IdentificationStatus.FAILED: Outcome.DECLINED,
    IdentificationStatus.REVOKED: Outcome.CANCELLED,
}


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
    if not isinstance(status, str):
        return Outcome.PENDING
    return _MAP.get(IdentificationStatus(status), Outcome.PENDING)
