"""`make contract` (scripts/contract.py) against the emulator running on loopback."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from idv_emulator import EmulatorServer

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.contract


@pytest.mark.parametrize(("provider", "extra"), [("hopae", []), ("idenfy", ["--read-only"])])
def test_contract_cli_against_loopback_emulator(idv_emulator: EmulatorServer, provider: str, extra: list[str]) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "contract.py"),
            provider,
            idv_emulator.url(provider),
            "--max-examples",
            "10",
            *extra,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    junit = ET.parse(ROOT / "reports" / f"contract-{provider}.xml").getroot()  # noqa: S314 - our own report
    cases = junit.findall(".//testcase")
    assert len(cases) >= 2
    assert not junit.findall(".//failure") and not junit.findall(".//error")
    summary = (ROOT / "reports" / f"contract-{provider}.txt").read_text()
    assert "Seed: 20261122" in summary
    config = (ROOT / "reports" / f"contract-{provider}.toml").read_text()
    assert "secret" not in config.split("[auth.openapi")[-1].replace("_SECRET", "")
    names = {case.get("name", "") for case in cases}
    if "--read-only" in extra:
        assert names == {"POST /api/v2/status", "POST /api/v2/data"}
