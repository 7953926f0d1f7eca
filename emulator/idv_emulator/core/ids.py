"""Identifier factory: random by default, reproducible after `seed(n)` (control API `/seed`).

Each provider shapes ids its own way (Solaris `<32 hex><suffix>`, Proofme UUIDs, Hopae 32 hex);
they all draw from one seeded generator so a seeded run produces the same ids every time.
"""

from __future__ import annotations

import random
import threading
import uuid


class Ids:
    def __init__(self) -> None:
        self._rng = random.Random()  # noqa: S311 - emulator ids, not secrets
        self._lock = threading.Lock()

    def seed(self, value: int | None) -> None:
        with self._lock:
            self._rng = random.Random(value)  # noqa: S311

    def hex(self, length: int = 32) -> str:
        with self._lock:
            return f"{self._rng.getrandbits(length * 4):0{length}x}"

    def uuid(self) -> str:
        with self._lock:
            return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def token(self, length: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") -> str:
        with self._lock:
            return "".join(self._rng.choice(alphabet) for _ in range(length))

    def digits(self, length: int) -> str:
        return self.token(length, "0123456789")
