"""The emulator's whole state, as one object: what the control API and the app share."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from .core.clock import Clock
from .core.faults import FaultInjector
from .core.ids import Ids
from .core.provider import Provider
from .core.webhooks import WebhookDispatcher


@dataclass
class EmulatorState:
    providers: dict[str, Provider]
    clock: Clock
    ids: Ids
    faults: FaultInjector
    webhooks: WebhookDispatcher
    # Handlers are synchronous and short; one lock makes them atomic whether the app runs on
    # uvicorn's single loop or is called from many threads in-process.
    lock: threading.RLock = field(default_factory=threading.RLock)

    def reset(self) -> None:
        with self.lock:
            self.webhooks.reset()
            self.faults.clear()
            self.clock.reset()
            for provider in self.providers.values():
                provider.reset()

    def seed(self, seed: int | None) -> None:
        self.reset()
        self.ids.seed(seed)
        self.faults.seed(seed)

    def tick(self) -> None:
        with self.lock:
            for provider in self.providers.values():
                provider.tick()
