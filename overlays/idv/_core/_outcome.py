"""One outcome vocabulary across providers.

Each provider speaks its own statuses (Proofme `SUCCESS`, Solaris `pending_successful`, Hopae
`completed`, iDenfy `SUSPECTED` …). Application code usually needs one question answered:
where does this verification stand? `Outcome` is that answer; each provider module maps its
statuses onto it with one map, `STATUS_OUTCOMES` (its `TERMINAL_STATUSES` and `outcome()`
are derived from it), and a status it does not know maps to `pending` (still moving) or `review`
(finished, needs a human) — never an exception.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar, cast

__all__ = ["Outcome", "status_outcome", "terminal_statuses"]


class Outcome(StrEnum):
    PENDING = "pending"  # not finished yet: wait or poll
    APPROVED = "approved"  # verified
    DECLINED = "declined"  # verification failed or was rejected
    REVIEW = "review"  # finished but needs a manual look (suspected fraud, mismatch)
    EXPIRED = "expired"  # the user did not finish in time
    CANCELLED = "cancelled"  # cancelled, revoked or aborted

    @property
    def final(self) -> bool:
        """True for approved, declined, expired and cancelled: they do not change any more.

        `review` is not final: a manual review may still approve or decline.
        """
        return self not in (Outcome.PENDING, Outcome.REVIEW)


S = TypeVar("S", bound=str)


def terminal_statuses(status_outcomes: Mapping[S, Outcome]) -> frozenset[S]:
    """The statuses of a provider's status map whose outcome is final: they do not change any more."""
    return frozenset(status for status, result in status_outcomes.items() if result.final)


def status_outcome(status_outcomes: Mapping[S, Outcome], status: object, unknown: Outcome) -> Outcome:
    """The outcome of `status` by the provider's map; `unknown` for a status it does not list
    (or no status at all) — never an exception."""
    if not isinstance(status, str):
        return unknown
    # Generated enums are `StrEnum`s: a plain string finds its member.
    return cast("Mapping[str, Outcome]", status_outcomes).get(status, unknown)
