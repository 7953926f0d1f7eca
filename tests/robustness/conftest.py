"""Prints the robustness suite's count at the end of the run (also without `-s`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.robustness._tally import TALLY

HERE = Path(__file__).parent


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.failed and Path(report.fspath).resolve().is_relative_to(HERE):
        TALLY.failed_tests.add(report.nodeid)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TALLY.answers:
        terminalreporter.write_line(TALLY.summary())
