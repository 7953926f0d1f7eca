"""`make demo` (scripts/demo.py) runs the four lifecycles to the end and exits 0."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[1] / "scripts" / "demo.py"


def test_demo_approves_all_four_providers() -> None:
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
    assert "4/4 providers approved end to end" in lines
