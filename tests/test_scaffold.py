"""`make scaffold` writes a provider that works in every layer, in a copy of the repository.

The copy reuses the project's virtualenv; `PYTHONPATH` puts the copy's packages before the
editable install's, so the new provider's generated client, overlay and emulator are the ones
imported. The test runs what a new provider must pass — its spec lint, the drift check, ruff,
mypy, the sync-from-async check, and its tests in every suite — not a recursive `make test`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SKIP = shutil.ignore_patterns(
    ".git", ".venv", "build", "reports", "*.egg-info", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"
)


def run(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, f"{' '.join(args)} failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    return proc.stdout


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    copy = tmp_path_factory.mktemp("repo") / "idv-clients"
    shutil.copytree(ROOT, copy, ignore=SKIP, symlinks=True)
    source_roots = [copy / "generated", copy / "overlays", copy / "emulator", copy]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(map(str, source_roots)), PYTHONDONTWRITEBYTECODE="1")
    env.pop("IDV_SPECS_DIR", None)
    env.pop("IDV_GENERATED_DIR", None)
    out = run([sys.executable, "scripts/scaffold.py", "acme", "--title", "Acme ID"], copy, env)
    assert "scaffolded acme" in out
    return copy, env


def test_the_scaffold_adds_files_and_one_readme_row(scaffolded: tuple[Path, dict[str, str]]) -> None:
    copy, _ = scaffolded
    changed = [
        str(path.relative_to(copy))
        for path in copy.rglob("*")
        if path.is_file()
        and (ROOT / path.relative_to(copy)).is_file()
        and path.read_bytes() != (ROOT / path.relative_to(copy)).read_bytes()
    ]
    # generated/manifest.json is the generator's record, not an edit by hand.
    assert sorted(changed) == ["README.md", "generated/manifest.json"]
    assert "[docs/providers/acme.md](docs/providers/acme.md)" in (copy / "README.md").read_text()
    for folder in ("generated/acme_client", "overlays/idv/acme", "emulator/idv_emulator/acme"):
        assert (copy / folder / "__init__.py").is_file()
    assert (copy / "overlays/idv/acme/_sync_client.py").read_text().startswith("# Generated from")


def test_the_scaffolded_provider_passes_the_static_checks(scaffolded: tuple[Path, dict[str, str]]) -> None:
    copy, env = scaffolded
    assert "acme.openapi.yaml: ok" in run([sys.executable, "scripts/lint_specs.py", "acme"], copy, env)
    assert "matches a fresh generation" in run([sys.executable, "scripts/check_generated.py"], copy, env)
    run([sys.executable, "scripts/unasync.py", "--check"], copy, env)
    run([str(BIN / "ruff"), "check", "."], copy, env)
    run([str(BIN / "ruff"), "format", "--check", "."], copy, env)
    mypy_env = dict(env, MYPYPATH="generated:overlays:emulator")
    targets = ["generated/acme_client", "overlays/idv/acme", "emulator/idv_emulator/acme", "examples/acme_lifecycle.py"]
    run([str(BIN / "mypy"), "--strict", "--no-incremental", *targets], copy, mypy_env)


def test_the_scaffolded_provider_passes_its_tests(scaffolded: tuple[Path, dict[str, str]]) -> None:
    copy, env = scaffolded
    tests = [
        "tests/emulator/test_acme.py",
        "tests/generated/test_acme_seed_examples.py",
        "tests/codegen/test_forward_compat.py",
        "tests/codegen/test_sensitive.py",
        "tests/emulator/test_routes.py",
        "tests/overlays/test_conformance.py",
        "tests/contract/test_contract.py",
        "tests/contract/test_zz_status_coverage.py",
        "tests/test_architecture.py",
    ]
    out = run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", "acme or Acme", *tests], copy, env)
    assert " passed" in out and "failed" not in out
    # The provider runs in the demo's lifecycle, end to end through its signed webhook.
    demo = run([sys.executable, "scripts/demo.py"], copy, env)
    assert "Acme" in demo or "acme" in demo
