"""A provider's resources by id, capped, so a long-running emulator's memory stays flat.

A provider opts in with one line where its backend is built (`Provider.store`, the cap is the
emulator-wide `max_resources` setting, applied to each store). Past the cap, the oldest
*finished* resources are forgotten (those the provider's predicate calls finished), then — if
too few are finished — the oldest of any; a forgotten id then answers the provider's own 404,
as a resource the real provider had purged would. Eviction takes a tenth of the cap at a time,
so its scan costs O(1) per insert amortised.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

V = TypeVar("V")

Finished = Callable[[V], bool]
OnEvict = Callable[[list[V]], None]


def always_finished(_value: object) -> bool:
    return True


class Store(dict[str, V]):
    """A dict in insertion (creation) order holding at most `cap` values.

    Args:
        cap: the most values kept.
        finished: which values may go first (e.g. a verification in a terminal status).
        on_evict: called with each batch of evicted values, to forget what hangs off them
            (secondary indexes, child resources).
    """

    def __init__(self, cap: int, finished: Finished[V] = always_finished, on_evict: OnEvict[V] | None = None) -> None:
        super().__init__()
        if cap < 1:
            raise ValueError("cap must be at least 1")
        self.cap = cap
        self.finished = finished
        self.on_evict = on_evict

    def __setitem__(self, key: str, value: V) -> None:
        new = key not in self
        super().__setitem__(key, value)
        if new and len(self) > self.cap:
            self._evict(keep=key)

    def setdefault(self, key: str, default: V) -> V:
        """`dict.setdefault` through `__setitem__`, so that it counts against the cap too."""
        if key not in self:
            self[key] = default
        return self[key]

    def _evict(self, keep: str) -> None:
        """Forget the oldest finished values, then the oldest of any, never `keep` (the one
        being added), until a tenth of the cap is free."""
        excess = min(len(self) - self.cap + self.cap // 10, len(self) - 1)
        victims: list[str] = []
        for key, value in self.items():
            if len(victims) == excess:
                break
            if key != keep and self.finished(value):
                victims.append(key)
        if len(victims) < excess:
            chosen = {*victims, keep}
            for key in self:
                if len(victims) == excess:
                    break
                if key not in chosen:
                    victims.append(key)
        evicted = [super(Store, self).pop(key) for key in victims]
        if self.on_evict is not None:
            self.on_evict(evicted)
