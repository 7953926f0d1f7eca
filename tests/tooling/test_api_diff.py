"""`scripts/api_diff.py`: the Python API breaks an app would feel, between two trees or a git ref.

Two tiny trees (`generated/tiny_client`, `overlays/tiny_idv`) differ in known ways; removals
and signature changes must be reported, additions must not. The real packages compared with
themselves (HEAD exported from git, and the working tree) report nothing.
"""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "api_diff.py"

sys.path.insert(0, str(ROOT / "scripts"))
try:
    ad: Any = importlib.import_module("api_diff")
finally:
    sys.path.remove(str(ROOT / "scripts"))

OLD = {
    "generated/tiny_client/__init__.py": """
        from .models import Thing

        __all__ = ["Thing", "make", "gone", "keep", "typed"]


        def make(a: str, b: int = 1) -> str:
            return a


        def gone() -> None:
            pass


        def keep(x: int, *, flag: bool = False) -> int:
            return x


        def typed() -> str:
            return ""
    """,
    "generated/tiny_client/models.py": """
        from attrs import define as _attrs_define
        from attrs import field as _attrs_field

        from .types import UNSET, Unset


        @_attrs_define
        class Thing:
            id: str
            name: str | Unset = UNSET
            size: int | Unset = UNSET
            extra: dict[str, str] = _attrs_field(init=False, factory=dict)
    """,
    "generated/tiny_client/types.py": """
        class Unset:
            pass


        UNSET = Unset()
    """,
    "overlays/tiny_idv/__init__.py": """
        from tiny_client import Thing


        class Client:
            timeout: float = 1.0

            def get(self, thing_id: str) -> Thing:
                return Thing(id=thing_id)

            def close(self) -> None:
                pass
    """,
}

NEW = {
    **OLD,
    "generated/tiny_client/__init__.py": """
        from .models import Thing

        __all__ = ["Thing", "make", "keep", "typed", "added"]


        def make(a: str, c: str, b: int = 1) -> str:
            return a


        def keep(y: int, *, flag: bool = False, more: int = 0) -> int:
            return y


        def typed() -> int:
            return 0


        def added() -> None:
            pass
    """,
    "generated/tiny_client/models.py": """
        from attrs import define as _attrs_define
        from attrs import field as _attrs_field

        from .types import UNSET, Unset


        @_attrs_define
        class Thing:
            id: str
            kind: str
            size: int | Unset = UNSET
            colour: str | Unset = UNSET
            extra: dict[str, str] = _attrs_field(init=False, factory=dict)
    """,
    "overlays/tiny_idv/__init__.py": """
        from tiny_client import Thing


        class Client:
            timeout: float | None = 1.0

            def get(self, thing_id: str, *, fields: list[str] | None = None) -> Thing:
                return Thing(id=thing_id, kind="x")

            def close(self) -> None:
                pass

            def reset(self) -> None:
                pass
    """,
}


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip())
    return root


@pytest.fixture
def trees(tmp_path: Path) -> tuple[Path, Path]:
    return _write(tmp_path / "old", OLD), _write(tmp_path / "new", NEW)


EXPECTED = {
    ("object-removed", "tiny_client.gone"),
    ("parameter-added-required", "tiny_client.make"),  # new required c
    ("parameter-moved", "tiny_client.make"),  # b moved from 1 to 2
    ("parameter-removed", "tiny_client.keep"),  # x renamed y
    ("parameter-added-required", "tiny_client.keep"),  # y
    ("return-type-changed", "tiny_client.typed"),
    ("parameter-added-required", "tiny_client.models.Thing.__init__"),  # attrs: kind
    ("parameter-removed", "tiny_client.models.Thing.__init__"),  # attrs: name
    ("object-removed", "tiny_client.models.Thing.name"),  # and the attribute a reader reads
    ("attribute-type-changed", "tiny_idv.Client.timeout"),
}


def test_breaks_between_two_trees(trees: tuple[Path, Path]) -> None:
    old, new = trees
    result = ad.api_breaks_dirs(old, new)
    assert set(result) == {"tiny_client", "tiny_idv"}
    found = {(b.kind, b.path) for breaks in result.values() for b in breaks}
    assert found == EXPECTED
    messages = {b.message for b in result["tiny_client"]}
    assert "new required field 'kind' (attrs __init__ parameter)" in messages
    assert "field 'name' removed (attrs __init__ parameter)" in messages
    assert "parameter 'x' removed" in messages
    assert all(b.package == "tiny_client" for b in result["tiny_client"])


def test_additions_are_not_breaks(trees: tuple[Path, Path]) -> None:
    old, new = trees
    # Read backwards, NEW -> OLD removes what NEW added: those must be exactly the additions.
    backwards = {(b.kind, b.path) for breaks in ad.api_breaks_dirs(new, old).values() for b in breaks}
    forwards = {(b.kind, b.path) for breaks in ad.api_breaks_dirs(old, new).values() for b in breaks}
    for added in ("tiny_client.added", "tiny_idv.Client.reset"):
        assert ("object-removed", added) in backwards
        assert not any(path == added for _, path in forwards)
    assert not any(
        "colour" in b.message or "more" in b.message or "fields" in b.message
        for bs in ad.api_breaks_dirs(old, new).values()
        for b in bs
    )


def test_a_removed_package_breaks_a_new_one_does_not(trees: tuple[Path, Path], tmp_path: Path) -> None:
    old, _new = trees
    lone = _write(tmp_path / "lone", {k: v for k, v in OLD.items() if k.startswith("generated/")})
    assert ad.api_breaks_dirs(old, lone)["tiny_idv"][0].kind == "package-removed"
    assert ad.api_breaks_dirs(lone, old)["tiny_idv"] == []


def test_against_a_git_ref(tmp_path: Path) -> None:
    repo = _write(tmp_path / "repo", OLD)
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "old"], check=True)
    assert ad.api_breaks("HEAD", root=repo) == {"tiny_client": [], "tiny_idv": []}
    _write(repo, NEW)  # uncommitted: the working tree against HEAD
    found = {(b.kind, b.path) for breaks in ad.api_breaks("HEAD", root=repo).values() for b in breaks}
    assert found == EXPECTED


def test_the_real_packages_against_themselves() -> None:
    names = ad.discover_packages(ROOT)
    assert "idv" in names
    assert {n for n in names if n.endswith("_client")}
    with ad.export_ref("HEAD") as head:
        result = ad.api_breaks_dirs(head, head)
        assert set(result) >= {"idv"}
        assert all(breaks == [] for breaks in result.values()), result


def test_a_break_in_a_copy_of_the_real_packages(tmp_path: Path) -> None:
    for folder in ("generated", "overlays"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    init = tmp_path / "overlays" / "idv" / "__init__.py"
    text = init.read_text()
    assert '    "Outcome",\n' in text and "from ._core._outcome import Outcome\n" in text
    init.write_text(text.replace('    "Outcome",\n', "").replace("from ._core._outcome import Outcome\n", ""))
    operation = sorted(p for p in (tmp_path / "generated").glob("*_client/api/*/*.py") if p.name != "__init__.py")[0]
    operation.unlink()
    module = ".".join(operation.relative_to(tmp_path / "generated").with_suffix("").parts)

    package = module.split(".")[0]
    result = ad.api_breaks_dirs(ROOT, tmp_path, ["idv", package])
    assert {(b.kind, b.path) for b in result["idv"]} == {("object-removed", "idv.Outcome")}
    assert {(b.kind, b.path) for b in result[package]} == {("object-removed", module)}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False, timeout=120
    )


def test_cli(trees: tuple[Path, Path]) -> None:
    old, new = trees
    text = _run("--base-dir", str(old), "--new-dir", str(new))
    assert text.returncode == 1
    assert "tiny_client.gone: function removed" in text.stdout
    assert _run("--base-dir", str(old), "--new-dir", str(new), "--allow-breaking").returncode == 0
    assert _run("--base-dir", str(old), "--new-dir", str(old)).returncode == 0

    result = _run("--base-dir", str(old), "--new-dir", str(new), "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["base"] == str(old)
    assert set(data["packages"]) == {"tiny_client", "tiny_idv"}
    assert {
        "package": "tiny_client",
        "kind": "object-removed",
        "path": "tiny_client.gone",
        "message": "function removed",
    } in data["packages"]["tiny_client"]
