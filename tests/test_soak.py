"""`make soak`, small: every provider's lifecycles through async clients, no webhook lost or
duplicated although the receiver refuses every delivery's first arrival."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from scripts._registry import PROVIDERS
from scripts.soak import compare

ROOT = Path(__file__).resolve().parent.parent


def test_lost_and_duplicated_are_counted_per_body() -> None:
    a, b, c = ("/p", "a"), ("/p", "b"), ("/p", "c")
    assert compare(Counter({a: 1, b: 2}), Counter({a: 1, b: 2})) == (0, 0)
    assert compare(Counter({a: 1, b: 2}), Counter({a: 1, b: 1})) == (1, 0)  # one of b's two never accepted
    assert compare(Counter({a: 1}), Counter({a: 2, c: 1})) == (0, 2)  # a twice, c never delivered


def test_a_small_soak_loses_and_duplicates_nothing() -> None:
    run = subprocess.run(
        [sys.executable, "scripts/soak.py", "--clients", "3", "--cycles", "4", "--seconds", "240"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    rows = {
        m["provider"]: m
        for m in re.finditer(
            r"^  (?P<provider>\w+)\s+(?P<verif>\d+)\s+(?P<errors>\d+)\s+(?P<hooks>\d+)\s+(?P<lost>\d+)\s+(?P<dup>\d+)\s+(?P<failed>\d+)\s",
            run.stdout,
            re.M,
        )
    }
    assert set(rows) == set(PROVIDERS), run.stdout
    for provider, row in rows.items():
        assert int(row["verif"]) == 12, (provider, run.stdout)
        assert int(row["hooks"]) >= 12, (provider, run.stdout)  # at least one webhook per verification
        assert (row["errors"], row["lost"], row["dup"], row["failed"]) == ("0", "0", "0", "0"), run.stdout
    assert re.search(r"emulator memory: [\d.]+ MiB at start", run.stdout), run.stdout
