"""`make demo` (scripts/demo.py) runs every provider's lifecycle to the end and exits 0."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from scripts._registry import PROVIDERS

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "scripts" / "demo.py"


def test_every_provider_has_a_lifecycle_example(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "examples"))
    for provider in PROVIDERS:
        module = importlib.import_module(f"{provider}_lifecycle")
        assert callable(module.run) and isinstance(module.WEBHOOK, str) and module.WEBHOOK


def test_demo_approves_every_provider() -> None:
    result = subprocess.run([sys.executable, str(DEMO)], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for provider, webhook in [
        ("proofme", "unsigned {id}, fetched"),
        ("solaris", "sha256 HMAC ok"),
        ("hopae", "t/v1 HMAC ok"),
        ("idenfy", "HMAC ok, auto+manual"),
    ]:
        (row,) = [line for line in lines if line.startswith(f"{provider:<9} approved")]
        assert webhook in row
    assert all(any(line.startswith(f"{p:<9} approved") for line in lines) for p in PROVIDERS)
    assert f"{len(PROVIDERS)}/{len(PROVIDERS)} providers approved end to end" in lines
