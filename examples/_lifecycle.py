"""What every `examples/<provider>_lifecycle.py` shares: the webhook receiver it is handed,
and the emulator's control API (what the person would do on the hosted page).

`scripts/demo.py` (`make demo`) finds `<provider>_lifecycle.py` for every provider of the
registry and calls its `run(base, webhooks)`; `WEBHOOK` says, in a few words, how that
provider's webhook was checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import httpx

from idv import Outcome


@dataclass
class Hook:
    """One webhook delivery, as received: path, lower-cased headers and the raw body."""

    path: str
    headers: dict[str, str]
    body: bytes


class Webhooks(Protocol):
    """The integrator's webhook endpoint: where deliveries go and how to wait for one."""

    url: str

    def wait(self, path: str, match: Callable[[Hook], bool] = ..., timeout: float = ...) -> Hook: ...


# A lifecycle's result: one line of detail and the outcome it ended with.
Result = tuple[str, Outcome]


def control(base: str, path: str, body: dict[str, object]) -> None:
    """Call the emulator's control API (`/_emulator/<path>`)."""
    httpx.post(f"{base}/_emulator/{path}", json=body).raise_for_status()
