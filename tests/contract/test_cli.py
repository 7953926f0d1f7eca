"""`make contract` (scripts/contract.py) against the emulator running on loopback."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from idv_emulator import EmulatorServer
from scripts._registry import contract_hooks, spec_path

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.contract


def read_only_operations(provider: str) -> set[str]:
    """What `--read-only` runs: every GET of the spec, and the provider's READ_ONLY_OPERATIONS."""
    spec = yaml.safe_load(spec_path(provider).read_text())
    extra = set(getattr(contract_hooks(provider), "READ_ONLY_OPERATIONS", ()))
    return {
        f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and (method == "get" or op.get("operationId") in extra)
    }


def run_cli(provider: str, url: str, *extra: str) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "contract.py"), provider, url, *extra],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def report(name: str) -> tuple[list[ET.Element], str]:
    junit = ET.parse(ROOT / "reports" / f"{name}.xml").getroot()  # noqa: S314 - our own report
    cases = junit.findall(".//testcase")
    assert len(cases) >= 2
    assert not junit.findall(".//failure") and not junit.findall(".//error")
    return cases, (ROOT / "reports" / f"{name}.txt").read_text()


@pytest.mark.parametrize(("provider", "extra"), [("hopae", []), ("idenfy", ["--read-only"])])
def test_contract_cli_against_loopback_emulator(idv_emulator: EmulatorServer, provider: str, extra: list[str]) -> None:
    run_cli(provider, idv_emulator.url(provider), "--max-examples", "10", *extra)
    cases, summary = report(f"contract-{provider}")
    assert "Seed: 20261122" in summary
    config = (ROOT / "reports" / f"contract-{provider}.toml").read_text()
    assert "secret" not in config.split("[auth.openapi")[-1].replace("_SECRET", "")
    names = {case.get("name", "") for case in cases}
    if "--read-only" in extra:
        assert names == read_only_operations(provider)
        assert "POST /api/v2/status" in names


def test_contract_cli_runs_once_per_seed(idv_emulator: EmulatorServer) -> None:
    """The wider run of a live URL: `--seed` per run, `--examples` per operation."""
    run_cli("idenfy", idv_emulator.url("idenfy"), "--read-only", "--seed", "7", "--seed", "8", "--examples", "3")
    for seed in (7, 8):
        _, summary = report(f"contract-idenfy-seed{seed}")
        assert f"Seed: {seed}" in summary
