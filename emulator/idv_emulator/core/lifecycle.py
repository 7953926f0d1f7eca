"""Lifecycles as data: each provider declares its statuses and transitions; one base moves them.

A provider's models declare `TRANSITIONS = {status: (next statuses…)}` (a status with no
next status is terminal) and hand a `Lifecycle` built from it every status change. The
lifecycle checks the move is declared, sets the status, records it in the subject's
`history` and emits one `Change`. The provider turns a change into webhooks
(`Provider.webhooks_for`), and the core delivers them: one path for every webhook
(after moto's `managed_state_model`, where the states are data and the model only advances).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol


class Subject(Protocol):
    """What a lifecycle moves: anything with a `status` and a `history` of statuses."""

    status: str
    history: list[str]


@dataclass(frozen=True)
class Change:
    """One status change. `previous` is None when the subject was just created; `event` names
    the provider's event when a status alone does not (iDenfy's automatic vs manual result)."""

    subject: Any
    previous: str | None
    status: str
    event: str | None = None


class TransitionError(RuntimeError):
    """A move the provider's lifecycle does not declare: a bug in the emulator, never the client's."""


OnChange = Callable[[Change], None]


class Lifecycle:
    def __init__(self, transitions: Mapping[str, Iterable[str]], on_change: OnChange | None = None) -> None:
        self.transitions = {status: frozenset(nexts) for status, nexts in transitions.items()}
        unknown = {n for nexts in self.transitions.values() for n in nexts} - set(self.transitions)
        if unknown:
            raise ValueError(f"transitions lead to undeclared statuses: {sorted(unknown)}")
        self.on_change = on_change

    @property
    def terminal(self) -> frozenset[str]:
        return frozenset(status for status, nexts in self.transitions.items() if not nexts)

    def is_terminal(self, status: str) -> bool:
        return not self.transitions[status]

    def allows(self, current: str, status: str) -> bool:
        return status in self.transitions.get(current, ())

    def start(self, subject: Subject, event: str | None = None) -> None:
        """A new subject in its initial `status`: record it and emit a change from None."""
        if subject.status not in self.transitions:
            raise TransitionError(f"undeclared initial status {subject.status!r}")
        subject.history = [subject.status]
        self._emit(Change(subject, None, subject.status, event))

    def move(self, subject: Subject, status: str, event: str | None = None) -> None:
        previous = subject.status
        if not self.allows(previous, status):
            raise TransitionError(f"{type(subject).__name__} cannot move from {previous!r} to {status!r}")
        subject.status = status
        subject.history.append(status)
        self._emit(Change(subject, previous, status, event))

    def _emit(self, change: Change) -> None:
        if self.on_change is not None:
            self.on_change(change)
