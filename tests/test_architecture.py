"""Import boundaries: overlays → generated → (httpx, attrs); the emulator imports neither.

If the emulator imported the generated clients or the overlays, the contract tests would test
the clients against themselves.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ("proofme_client", "solaris_client", "hopae_client", "idenfy_client")


def imported_roots(folder: Path, base: Path = ROOT) -> dict[str, set[str]]:
    """Top-level module names imported by each .py file under `folder`."""
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        roots: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                roots.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                roots.add(node.module.split(".")[0])
        found[str(path.relative_to(base))] = roots
    return found


@pytest.mark.parametrize(
    ("folder", "forbidden"),
    [
        ("emulator/idv_emulator", {*GENERATED, "idv"}),
        ("overlays/idv", {"idv_emulator"}),
        *[(f"generated/{pkg}", {"idv", "idv_emulator", *(set(GENERATED) - {pkg})}) for pkg in GENERATED],
    ],
)
def test_import_boundaries(folder: str, forbidden: set[str]) -> None:
    files = imported_roots(ROOT / folder)
    assert files, f"no Python files under {folder}"
    offenders = {path: sorted(roots & forbidden) for path, roots in files.items() if roots & forbidden}
    assert offenders == {}


def test_boundary_check_detects_a_violation(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("import hopae_client.models\nfrom idv.hopae import HopaeClient\nfrom . import x\n")
    assert imported_roots(tmp_path, base=tmp_path) == {"m.py": {"hopae_client", "idv"}}
