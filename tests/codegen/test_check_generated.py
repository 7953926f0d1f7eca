"""The drift check itself: it must notice added, missing and changed files, and a stale manifest."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts._registry import PROVIDERS

ROOT = Path(__file__).resolve().parents[2]


def run_check(generated: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check_generated.py")],
        env={**os.environ, "IDV_GENERATED_DIR": str(generated)},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("pristine") / "generated"
    shutil.copytree(ROOT / "generated", copy, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    return copy


@pytest.fixture
def generated(pristine: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "generated"
    shutil.copytree(pristine, copy)
    return copy


def test_committed_tree_passes(generated: Path) -> None:
    result = run_check(generated)
    assert result.returncode == 0, result.stderr
    assert f"matches a fresh generation of {len(PROVIDERS)} specs" in result.stdout


def test_every_kind_of_drift_is_reported(generated: Path) -> None:
    client = generated / "hopae_client" / "client.py"
    client.write_text(client.read_text() + "\n# edited by hand\n")
    (generated / "idenfy_client" / "extra.py").write_text("x = 1\n")
    (generated / "proofme_client" / "types.py").unlink()
    (generated / "gone_client").mkdir()  # a provider whose spec was removed
    (generated / "gone_client" / "__init__.py").write_text("")
    result = run_check(generated)
    assert result.returncode == 1
    assert "changed: generated/hopae_client/client.py" in result.stderr
    assert "added:   generated/idenfy_client/extra.py" in result.stderr
    assert "missing: generated/proofme_client/types.py" in result.stderr
    assert "added:   generated/gone_client/ (no specs/gone.openapi.yaml)" in result.stderr


def test_stale_manifest_is_reported(generated: Path) -> None:
    manifest = json.loads((generated / "manifest.json").read_text())
    manifest["providers"]["solaris"]["spec_sha256"] = "0" * 64
    manifest["tools"]["ruff"] = "0.0.0"
    manifest["providers"]["gone"] = manifest["providers"]["solaris"]
    (generated / "manifest.json").write_text(json.dumps(manifest))
    result = run_check(generated)
    assert result.returncode == 1
    assert "manifest: entry for solaris does not match its spec/config" in result.stderr
    assert "manifest: tools is" in result.stderr
    assert "manifest: entry for gone, which has no spec" in result.stderr
