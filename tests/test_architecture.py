"""Import boundaries: overlays → generated → (httpx, attrs); the emulator imports neither.

If the emulator imported the generated clients or the overlays, the contract tests would test
the clients against themselves.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from scripts._registry import PROVIDERS, emulator_module, generated_package, overlay_module

ROOT = Path(__file__).resolve().parents[1]
GENERATED = tuple(generated_package(p) for p in PROVIDERS)


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
        # Each overlay module wraps its own provider's client only; the shared core none.
        *[(f"overlays/idv/{p}", set(GENERATED) - {generated_package(p)}) for p in PROVIDERS],
        ("overlays/idv/_core", set(GENERATED)),
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


# What a provider brings besides its modules (`make scaffold PROVIDER=<p>` writes them all).
PER_PROVIDER_FILES = (
    "specs/{p}.codegen.yaml",
    "contract/{p}.toml",
    "contract/{p}.unproduced.yaml",
    "contract/{p}.py",
    "scripts/bench/scenarios/{p}.py",
    "packaging/idv-{p}-client/pyproject.toml",
    "docs/providers/{p}.md",
    "tests/generated/test_{p}_seed_examples.py",
    "tests/overlays/adapters/{p}.py",
    "examples/{p}_lifecycle.py",
)


def module_folder(root: str, dotted: str) -> Path:
    return ROOT / root / dotted.replace(".", "/")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_provider_is_in_every_layer(provider: str) -> None:
    """A spec makes a provider; each layer then has its module under the registry's name."""
    for root, dotted in (
        ("generated", generated_package(provider)),
        ("overlays", overlay_module(provider)),
        ("emulator", emulator_module(provider)),
    ):
        assert (module_folder(root, dotted) / "__init__.py").is_file(), f"{root}: no {dotted}"
    for path in PER_PROVIDER_FILES:
        assert (ROOT / path.format(p=provider)).is_file(), f"missing {path.format(p=provider)}"


def test_readme_has_one_row_per_provider() -> None:
    """README's provider table is the one list a reader sees: it links every provider's page."""
    readme = (ROOT / "README.md").read_text()
    linked = set(re.findall(r"\]\(docs/providers/([a-z0-9_]+)\.md\)", readme))
    assert linked == set(PROVIDERS)
