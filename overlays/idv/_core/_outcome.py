"""One outcome vocabulary across providers.

Each provider speaks its own statuses (Proofme `SUCCESS`, Solaris `pending_successful`, Hopae
`completed`, iDenfy `SUSPECTED` …). Application code usually needs one question answered:
where does this verification stand? `Outcome` is that answer; each provider module maps its
statuses onto it, and a status it does not know maps to `pending` (still moving) or `review`
(finished, needs a human) — never an exception.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Outcome"]


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
