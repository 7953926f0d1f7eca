"""Every package's version follows the rule against its released baseline (`scripts/release.py`).

For each package in `packaging/`: the change since `packaging/<dist>/released/` (spec-diff and
api-diff) and the version it needs; a CHANGELOG.md section for a version not yet released; a
client's recorded API version equal to its spec's `info.version`; declared dependencies equal
to what the code imports. Then the machinery on scratch baselines: a breaking or additive
change without the bump fails with a message naming the change and the version it needs; an
unreleased (scaffolded) package passes; changelog sections are written, kept and replaced.
"""

from __future__ import annotations

import ast
import importlib
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]

sys.path.insert(0, str(ROOT / "scripts"))
try:
    release: Any = importlib.import_module("release")
    registry: Any = importlib.import_module("_registry")
    scaffold: Any = importlib.import_module("scaffold")
finally:
    sys.path.remove(str(ROOT / "scripts"))

PACKAGES = release.packages()
CHANGELOG = (ROOT / "CHANGELOG.md").read_text()


def _ids(pkg: Any) -> str:
    return str(pkg.dist)


# -- the real packages -------------------------------------------------------------------------


def test_one_client_package_per_provider_plus_idv_and_the_emulator() -> None:
    clients = {p.provider: p for p in PACKAGES if p.kind == "client"}
    assert set(clients) == set(registry.PROVIDERS)
    for provider, pkg in clients.items():
        assert pkg.dist == f"idv-{provider}-client"
        assert pkg.package == registry.generated_package(provider)
    assert [(p.dist, p.package) for p in PACKAGES if p.kind != "client"] == [
        ("idv", "idv"),
        ("idv-emulator", "idv_emulator"),
    ]
    for pkg in PACKAGES:
        assert (pkg.source() / "__init__.py").is_file()


@pytest.mark.parametrize("pkg", [p for p in PACKAGES if p.kind == "client"], ids=_ids)
def test_recorded_api_version_is_the_specs(pkg: Any) -> None:
    info = yaml.safe_load(pkg.spec().read_text())["info"]
    assert pkg.api_version == str(info["version"]), (
        f"packaging/{pkg.dist}/pyproject.toml [tool.idv] api-version = {pkg.api_version!r}, "
        f"but specs/{pkg.provider}.openapi.yaml info.version is {info['version']!r}"
    )


@pytest.mark.parametrize("pkg", PACKAGES, ids=_ids)
def test_version_follows_the_rule(pkg: Any) -> None:
    report = release.assess(pkg)
    problems = report.problems(CHANGELOG)
    assert not problems, f"{pkg.dist} {pkg.version}:\n  " + "\n  ".join(problems)


# Import name -> distribution, for the third-party packages the code imports.
DISTRIBUTIONS = {"yaml": "pyyaml", "rfc3339_validator": "rfc3339-validator", "jsonschema_rs": "jsonschema-rs"}


def _imports(source: Path) -> set[str]:
    found: set[str] = set()
    for path in source.rglob("*.py"):
        if path.name == "pytest_plugin.py":
            continue  # loaded by pytest through the entry point, where pytest is installed
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"__future__"}


@pytest.mark.parametrize("pkg", PACKAGES, ids=_ids)
def test_declared_dependencies_are_what_the_code_imports(pkg: Any) -> None:
    clients = {p.package: p.dist for p in PACKAGES if p.kind == "client"}
    imported = {DISTRIBUTIONS.get(name, clients.get(name, name)) for name in _imports(pkg.source())} - {pkg.package}
    declared = {
        requirement.split(";")[0].split("[")[0].split(">")[0].split("<")[0].split("=")[0].split("!")[0].strip().lower()
        for requirement in pkg.dependencies
    }
    if pkg.kind == "overlay":
        declared |= set(clients.values())  # scripts/dist.py adds one per provider
    assert imported == declared, f"imports {sorted(imported)}, declares {sorted(declared)}"


def test_idv_requires_every_client_in_its_compatible_range() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        dist: Any = importlib.import_module("dist")
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    idv = next(p for p in PACKAGES if p.kind == "overlay")
    text = dist._pyproject(idv, PACKAGES)
    requirements = tomllib.loads(text)["project"]["dependencies"]
    for pkg in (p for p in PACKAGES if p.kind == "client"):
        assert f"{pkg.dist}>={pkg.version},<{release.next_breaking(pkg.version)}" in requirements


# -- the rule ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("released", "level", "required"),
    [
        ("0.1.0", "breaking", "0.2.0"),
        ("0.1.3", "breaking", "0.2.0"),
        ("0.1.3", "additive", "0.1.4"),
        ("0.1.3", "none", "0.1.3"),
        ("1.4.2", "breaking", "2.0.0"),
        ("1.4.2", "additive", "1.5.0"),
        ("1.4.2", "none", "1.4.2"),
    ],
)
def test_required_version(released: str, level: str, required: str) -> None:
    assert str(release.required_version(release.Version.parse(released), level)) == required


def test_versions_are_major_minor_patch() -> None:
    assert release.Version.parse("0.10.2") > release.Version.parse("0.9.7")
    with pytest.raises(ValueError, match=r"MAJOR\.MINOR\.PATCH"):
        release.Version.parse("1.0")


# -- the check on scratch baselines ------------------------------------------------------------


def _scratch_client(tmp_path: Path, version: str = "0.2.0") -> Any:
    """A copy of the Hopae client's packaging folder, its baseline recorded from the working tree."""
    hopae = next(p for p in PACKAGES if p.provider == "hopae")
    folder = tmp_path / "packaging" / hopae.dist
    folder.mkdir(parents=True)
    text = (
        (hopae.folder / "pyproject.toml").read_text().replace(f'version = "{hopae.version}"', f'version = "{version}"')
    )
    (folder / "pyproject.toml").write_text(text)
    (pkg,) = release.packages(tmp_path / "packaging")
    release.record(pkg, ROOT, release.Version.parse("0.2.0"))
    return pkg


def _edit_baseline_spec(pkg: Any, edit: Any) -> None:
    path = pkg.released_dir / f"{pkg.provider}.openapi.yaml"
    spec = yaml.safe_load(path.read_text())
    edit(spec)
    path.write_text(yaml.safe_dump(spec, sort_keys=False))


def test_no_change_since_the_baseline_needs_no_bump(tmp_path: Path) -> None:
    pkg = _scratch_client(tmp_path)
    report = release.assess(pkg)
    assert report.level == "none"
    assert report.breaks == []
    assert report.problems("") == []


def test_a_breaking_change_without_the_next_version_fails(tmp_path: Path) -> None:
    pkg = _scratch_client(tmp_path)
    # The release had a field the current spec no longer has: removed on the response side.
    _edit_baseline_spec(
        pkg, lambda spec: spec["components"]["schemas"]["Provider"]["properties"].update(legacy={"type": "string"})
    )
    report = release.assess(pkg)
    assert report.level == "breaking"
    (problem,) = report.problems(f"## {pkg.dist} 0.2.0\n")
    assert "breaking change since 0.2.0 needs version >= 0.3.0" in problem
    assert "says 0.2.0" in problem
    assert "components.schemas.Provider.legacy" in problem


def test_the_next_version_clears_a_breaking_change_and_needs_a_changelog_section(tmp_path: Path) -> None:
    pkg = _scratch_client(tmp_path, version="0.3.0")
    _edit_baseline_spec(
        pkg, lambda spec: spec["components"]["schemas"]["Provider"]["properties"].update(legacy={"type": "string"})
    )
    report = release.assess(pkg)
    assert report.level == "breaking"
    (problem,) = report.problems("")
    assert f"no '## {pkg.dist} 0.3.0' section" in problem
    assert report.problems(f"# Changelog\n\n## {pkg.dist} 0.3.0\n\n- Provider.legacy removed\n") == []


def test_an_additive_change_needs_the_next_patch(tmp_path: Path) -> None:
    pkg = _scratch_client(tmp_path)
    # The release lacked an operation the current spec has.
    _edit_baseline_spec(pkg, lambda spec: spec["paths"].pop("/connect/v1/providers/{providerId}/configuration"))
    report = release.assess(pkg)
    assert report.level == "additive"
    (problem,) = report.problems("")
    assert "additive change since 0.2.0 needs version >= 0.2.1" in problem


def test_a_python_api_break_alone_is_breaking(tmp_path: Path) -> None:
    pkg = _scratch_client(tmp_path)
    api = json.loads((pkg.released_dir / "api.json").read_text())
    models = api["members"]["models"]["members"]
    models["legacy"] = {**models["provider"], "name": "legacy"}  # a module the release had
    (pkg.released_dir / "api.json").write_text(json.dumps(api))
    report = release.assess(pkg)
    assert report.level == "breaking"
    assert [(b.path, b.message) for b in report.breaks] == [("hopae_client.models.legacy", "module removed")]


def test_a_scaffolded_provider_is_unreleased_and_passes(tmp_path: Path) -> None:
    scaffold.render("acme", "Acme ID", tmp_path)
    (pkg,) = release.packages(tmp_path / "packaging")
    assert (pkg.dist, pkg.kind, pkg.package, pkg.provider) == ("idv-acme-client", "client", "acme_client", "acme")
    spec = yaml.safe_load((tmp_path / "specs" / "acme.openapi.yaml").read_text())
    assert pkg.api_version == str(spec["info"]["version"])
    report = release.assess(pkg, tmp_path)
    assert report.released is None
    assert report.problems("") == []


def test_changelog_sections_are_added_kept_and_replaced(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\nPreamble.\n\n## idv 0.1.0\n\nFirst.\n")
    idv = next(p for p in PACKAGES if p.kind == "overlay")
    hopae = next(p for p in PACKAGES if p.provider == "hopae")
    done = release.write_sections(
        {idv: f"## idv {idv.version}\n\nDraft.\n", hopae: f"## {hopae.dist} {hopae.version}\n\nClient.\n"},
        replace=False,
        path=changelog,
    )
    assert done == [f"idv {idv.version}: added", f"{hopae.dist} {hopae.version}: added"]
    text = changelog.read_text()
    # Clients before idv; within a package, newest first.
    assert text.index(f"## {hopae.dist}") < text.index(f"## idv {idv.version}") < text.index("## idv 0.1.0")
    (line,) = release.write_sections({idv: f"## idv {idv.version}\n\nOther.\n"}, replace=False, path=changelog)
    assert "kept" in line and "Draft." in changelog.read_text()
    release.write_sections(
        {idv: f"## idv {idv.version}\n\n> Summary by hand.\n\nEdited.\n"}, replace=True, path=changelog
    )
    text = changelog.read_text()
    assert "Edited." in text and "Draft." not in text and "First." in text and "Client." in text
    # A new draft replaces the section but keeps its hand-written blockquote.
    release.write_sections({idv: f"## idv {idv.version}\n\nRedrafted.\n"}, replace=True, path=changelog)
    assert f"## idv {idv.version}\n\n> Summary by hand.\n\nRedrafted.\n" in changelog.read_text()


def test_the_draft_names_the_breaks_and_the_api_version(tmp_path: Path) -> None:
    pkg = _scratch_client(tmp_path, version="0.3.0")
    _edit_baseline_spec(
        pkg, lambda spec: spec["components"]["schemas"]["Provider"]["properties"].update(legacy={"type": "string"})
    )
    shutil.copy(pkg.released_dir / "release.json", tmp_path / "release.json")
    section = release.changelog_section(release.assess(pkg))
    assert section.startswith(f"## {pkg.dist} 0.3.0\n\nSince 0.2.0; Hopae Connect API version {pkg.api_version}.")
    assert "### Breaking\n\n- `Provider.legacy` (response side): field removed" in section


def test_the_command_line_check_reports_every_package() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "release.py"), "check", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    results = json.loads(proc.stdout)
    assert [r["dist"] for r in results] == [p.dist for p in PACKAGES]
    assert proc.returncode == (1 if any(r["problems"] for r in results) else 0)
    for result in results:
        assert result["change"] in ("none", "additive", "breaking")


def test_a_scaffolded_provider_does_not_count_against_idv_and_the_emulator_until_released(tmp_path: Path) -> None:
    """With idv and the emulator released, `make scaffold` must leave `make test` green."""
    shutil.copytree(ROOT / "overlays", tmp_path / "overlays", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(
        ROOT / "emulator", tmp_path / "emulator", ignore=shutil.ignore_patterns("__pycache__"), symlinks=True
    )
    (tmp_path / "specs").mkdir()
    for spec in (ROOT / "specs").glob("*.openapi.yaml"):
        shutil.copy(spec, tmp_path / "specs" / spec.name)
    shutil.copytree(ROOT / "packaging", tmp_path / "packaging")
    scratch = {p.dist: p for p in release.packages(tmp_path / "packaging")}
    idv, emulator = scratch["idv"], scratch["idv-emulator"]
    release.record(idv, tmp_path)
    release.record(emulator, tmp_path)
    scaffold.render("acme", "Acme ID", tmp_path)
    for pkg in (idv, emulator):
        report = release.assess(pkg, tmp_path)
        assert (report.level, report.added_names, report.notes) == ("none", [], []), pkg.dist
    # The client's first release makes it count: a new client is an additive change of idv.
    (tmp_path / "packaging" / "idv-acme-client" / "released").mkdir()
    (tmp_path / "packaging" / "idv-acme-client" / "released" / "release.json").write_text('{"version": "0.1.0"}')
    report = release.assess(idv, tmp_path)
    assert report.level == "additive"
    assert "[deps] new provider client idv-acme-client 0.1.0" in report.notes
    assert any(name.startswith("idv.acme") for name in report.added_names)
    assert release.assess(emulator, tmp_path).level == "additive"
