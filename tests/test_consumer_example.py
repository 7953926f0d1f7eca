"""examples/consumer.py, the mypy-checked typed consumer, really works against the emulator."""

from __future__ import annotations

import runpy
from pathlib import Path

from idv_emulator import EmulatorServer

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "consumer.py"


def test_consumer_calls_one_operation_per_provider(idv_emulator: EmulatorServer) -> None:
    module = runpy.run_path(str(EXAMPLE))
    lines = module["main"](idv_emulator.base_url)
    assert lines[0] == "proofme: 0 identifications"
    assert lines[1] == "solaris: token expires in 3599 s"
    assert lines[2].startswith("hopae: ") and lines[2].endswith(" eID providers")
    assert int(lines[2].split()[1]) >= 1
    assert lines[3].startswith("idenfy: scanRef ") and len(lines[3].split()[-1]) <= 40
