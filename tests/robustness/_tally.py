"""What the robustness suite ran, for its summary line (`conftest.pytest_terminal_summary`)."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["TALLY", "Tally"]


@dataclass
class Tally:
    answers: set[tuple[str, str]] = field(default_factory=set)  # (case id, variant)
    response_paths: set[str] = field(default_factory=set)  # provider-operation-status
    webhook_payloads: set[str] = field(default_factory=set)
    providers: set[str] = field(default_factory=set)
    failed_answers: set[tuple[str, str, str]] = field(default_factory=set)  # (case id, layer, variant)
    failed_tests: set[str] = field(default_factory=set)  # node ids

    def summary(self) -> str:
        line = (
            f"robustness: {len(self.answers)} answers ({len(self.response_paths)} response paths, "
            f"{len(self.webhook_payloads)} webhook payloads) across {len(self.providers)} providers, "
        )
        if not self.failed_answers and not self.failed_tests:
            return line + "0 failures"
        return line + f"{len(self.failed_answers)} failing answers, {len(self.failed_tests)} failed tests"


TALLY = Tally()
