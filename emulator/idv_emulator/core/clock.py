"""The emulator's clock: real time plus an offset that the control API can advance.

Expiry (Hopae `expiresAt`, iDenfy token expiry, Solaris access tokens) is computed against
this clock, so a test can jump an hour ahead instead of sleeping for one.
"""

from __future__ import annotations

import math
import threading
import time
from datetime import UTC, datetime

# How far the clock may be moved ahead: 100 years keeps every date well inside datetime's range
# (year 9999), so no later request can overflow.
MAX_OFFSET = 100 * 365 * 86400.0


class Clock:
    def __init__(self) -> None:
        self._offset = 0.0
        self._frozen_at: float | None = None
        self._lock = threading.Lock()

    def time(self) -> float:
        """Seconds since the epoch, emulated."""
        base = time.time() if self._frozen_at is None else self._frozen_at
        return base + self._offset

    def freeze(self, frozen: bool = True) -> None:
        """Stop (or restart) the clock: only `advance` moves a frozen clock, so expiry in tests
        never depends on how fast the machine runs."""
        with self._lock:
            if frozen and self._frozen_at is None:
                self._frozen_at = time.time()
            elif not frozen and self._frozen_at is not None:
                self._offset += self._frozen_at - time.time()
                self._frozen_at = None

    @property
    def frozen(self) -> bool:
        return self._frozen_at is not None

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.time(), tz=UTC)

    def advance(self, seconds: float) -> None:
        """Move the clock ahead; ValueError (and no change) beyond `MAX_OFFSET` in total."""
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError("seconds must be a finite, non-negative number")
        with self._lock:
            if self._offset + seconds > MAX_OFFSET:
                raise ValueError(
                    f"the clock may be at most {MAX_OFFSET:g} seconds ({MAX_OFFSET / 86400 / 365:g} years) ahead"
                )
            self._offset += seconds

    def reset(self) -> None:
        with self._lock:
            self._offset = 0.0
            self._frozen_at = None

    @property
    def offset(self) -> float:
        return self._offset


def iso(moment: datetime, *, millis: bool = False, zulu: bool = True) -> str:
    """ISO 8601 in UTC, in the shape each provider prints (`Z` or `+00:00`, with or without ms)."""
    text = moment.astimezone(UTC).isoformat(timespec="milliseconds" if millis else "seconds")
    return text.replace("+00:00", "Z") if zulu else text
