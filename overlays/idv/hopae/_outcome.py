"""Hopae verification status → `Outcome`."""

from __future__ import annotations

from hopae_client.models import VerificationEvent, VerificationMetadata, VerificationStatus

from .._core._outcome import Outcome

_MAP = {
    VerificationStatus.INITIATED: Outcome.PENDING,
    VerificationStatus.PENDING: Outcome.PENDING,
    VerificationStatus.AUTHENTICATING: Outcome.PENDING,
    VerificationStatus.AWAITING_USER_ACTION: Outcome.PENDING,
    VerificationStatus.COMPLETED: Outcome.APPROVED,
    VerificationStatus.FAILED: Outcome.DECLINED,
    VerificationStatus.EXPIRED: Outcome.EXPIRED,
    VerificationStatus.CANCELLED: Outcome.CANCELLED,
}

TERMINAL = frozenset(
    {VerificationStatus.COMPLETED, VerificationStatus.FAILED, VerificationStatus.EXPIRED, VerificationStatus.CANCELLED}
)


def outcome(value: VerificationStatus | str | VerificationMetadata | VerificationEvent) -> Outcome:
    """The outcome of a Hopae status, verification or webhook event.

    A status Hopae adds later is `pending`: Hopae's documented terminal states are all known,
    so an unknown one is an intermediate step.
    """
    if isinstance(value, VerificationMetadata):
        status: object = value.status
    elif isinstance(value, VerificationEvent):
        status = value.data.status
    else:
        status = value
    return _MAP.get(VerificationStatus(status), Outcome.PENDING) if isinstance(status, str) else Outcome.PENDING
