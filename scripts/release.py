"""Versions, release baselines and changelog drafts of the distributable packages.

Every distributable has a folder `packaging/<dist>/`: its `pyproject.toml` (its own
`version`, its dependencies, and `[tool.idv]`: `kind` = client | overlay | emulator, the import
`package`, and for a generated client its `provider` and the provider's `api-version`, which is
the spec's `info.version`, recorded apart from ours) and `released/`, the baseline — what the
last release shipped, kept in the repository so that a fresh clone can check against it (no
git tag needed):

- `release.json`: the released `version` (and what it was recorded from); for `idv` the client
  versions it was released with; for the emulator the sha256 of each spec it carried;
- `api.json`: the package's Python API, a griffe dump (docstrings and locations left out).
  Two dumps produced the same way compare exactly as two live loads do (`api_diff.breaks_between`),
  so the check compares the baseline's dump with a dump of the working tree;
- `<p>.openapi.yaml` (clients): the spec the released client was generated from.

**The rule** (semantic versioning; `make test` enforces it through tests/tooling/test_versions.py).
The change since the baseline is the worst of:

- *breaking*: `spec_diff.diff_specs(released spec, spec)` has a breaking change (clients), or
  `api_diff.breaks_between(released API, API)` reports a break (every package); for `idv`, also
  a client moved to its next breaking version (the overlay returns the generated models, so a
  breaking client is a breaking `idv`);
- *additive*: any other spec change except documentation, a new public name in the Python API,
  a client with a newer version (`idv`), a changed spec (the emulator ships them);
- *none*: documentation-only spec changes, or nothing.

Breaking needs the next major version (1.4.2 -> 2.0.0); while the major is 0, the next minor
(0.1.3 -> 0.2.0). Additive needs at least the next minor (1.4.2 -> 1.5.0); while the major is 0,
the next patch (0.1.3 -> 0.1.4). A version never goes below the released one; changes may
accumulate under an unreleased version as long as it stays far enough ahead. A package whose
version differs from the released one has a `## <dist> <version>` section in CHANGELOG.md. A
package without `released/` (e.g. a scaffolded provider) has not been released: nothing to
break, nothing to check; `record` makes its first baseline. Until then
its provider is work in progress for `idv` and the emulator too: its overlay module, emulator
package and spec do not count as their changes (so `make test` passes with a fresh scaffold);
its client's first release then does (a new client: additive).

Commands (also as make targets):

    release.py check                          # each package: change, required and current version (exit 1 on a problem)
    release.py changelog [DIST...] [--write] [--replace]   # draft CHANGELOG.md sections from spec-diff + api-diff
    release.py record DIST... [--ref REF --version V]      # record the current tree (or git REF) as released

`changelog` prints the drafts; `--write` adds each to CHANGELOG.md (a package's section for its
current version, newest first), `--replace` overwrites a section that is already there: hand
edits in it are lost, except the lines that start with `>` — write the hand-made summary of a
section as a blockquote and it survives a new draft.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import griffe
from _registry import ROOT
from api_diff import Break, _quiet, breaks_between, extract
from spec_diff import SEVERITIES, Change, diff_specs
from spec_diff import _load as load_yaml

__all__ = [
    "CHANGELOG",
    "PACKAGING",
    "Package",
    "Report",
    "Version",
    "assess",
    "changelog_section",
    "dump_api",
    "load_api",
    "main",
    "next_breaking",
    "packages",
    "record",
    "required_version",
]

PACKAGING = ROOT / "packaging"
CHANGELOG = ROOT / "CHANGELOG.md"
SOURCE_DIRS = {"client": "generated", "overlay": "overlays", "emulator": "emulator"}
Kind = Literal["client", "overlay", "emulator"]
Level = Literal["none", "additive", "breaking"]
LEVELS: tuple[Level, ...] = ("none", "additive", "breaking")
# Keys of a griffe dump that say nothing about the API; left out so a baseline changes only
# when the API does. Line numbers are kept (the decoder needs them) but zeroed.
_DROPPED = frozenset(
    {"docstring", "filepath", "relative_filepath", "relative_package_filepath", "git_info", "analysis"}
)
_ZEROED = frozenset({"lineno", "endlineno"})


@dataclass(frozen=True, order=True)
class Version:
    """`MAJOR.MINOR.PATCH`, the only form the packages use."""

    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", text.strip())
        if match is None:
            raise ValueError(f"{text!r} is not MAJOR.MINOR.PATCH")
        return cls(int(match[1]), int(match[2]), int(match[3]))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def next_breaking(version: Version) -> Version:
    """The first version allowed to break `version`'s API: next major, or next minor under 1.0."""
    return Version(0, version.minor + 1, 0) if version.major == 0 else Version(version.major + 1, 0, 0)


def required_version(released: Version, level: Level) -> Version:
    """The lowest version that may carry a change of `level` after `released`."""
    if level == "breaking":
        return next_breaking(released)
    if level == "additive":
        if released.major == 0:
            return Version(0, released.minor, released.patch + 1)
        return Version(released.major, released.minor + 1, 0)
    return released


@dataclass(frozen=True)
class Package:
    """One distributable, as `packaging/<dist>/pyproject.toml` describes it."""

    dist: str
    kind: Kind
    package: str
    version: Version
    folder: Path
    provider: str | None = None
    api_version: str | None = None
    dependencies: tuple[str, ...] = ()

    def source(self, root: Path = ROOT) -> Path:
        """The package's folder in a tree (the repository, or an exported release)."""
        return root / SOURCE_DIRS[self.kind] / self.package

    def spec(self, root: Path = ROOT) -> Path | None:
        return None if self.provider is None else root / "specs" / f"{self.provider}.openapi.yaml"

    @property
    def released_dir(self) -> Path:
        return self.folder / "released"

    def released(self) -> dict[str, Any] | None:
        """`released/release.json`, or None when the package was never released."""
        path = self.released_dir / "release.json"
        return json.loads(path.read_text()) if path.is_file() else None


def packages(packaging: Path = PACKAGING) -> list[Package]:
    """Every distributable, clients first (sorted), then `idv`, then the emulator."""
    found = []
    for path in sorted(packaging.glob("*/pyproject.toml")):
        data = tomllib.loads(path.read_text())
        project, tool = data["project"], data["tool"]["idv"]
        found.append(
            Package(
                dist=project["name"],
                kind=tool["kind"],
                package=tool["package"],
                version=Version.parse(project["version"]),
                folder=path.parent,
                provider=tool.get("provider"),
                api_version=tool.get("api-version"),
                dependencies=tuple(project.get("dependencies", ())),
            )
        )
    order = {"client": 0, "overlay": 1, "emulator": 2}
    return sorted(found, key=lambda p: (order[p.kind], p.dist))


def package(dist: str, packaging: Path = PACKAGING) -> Package:
    for candidate in packages(packaging):
        if dist in (candidate.dist, candidate.package, candidate.provider):
            return candidate
    raise SystemExit(f"release: no package {dist!r} under {packaging} (known: {', '.join(p.dist for p in packages())})")


# -- API snapshots ---------------------------------------------------------------------------


def _strip(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: (0 if k in _ZEROED and v is not None else _strip(v)) for k, v in node.items() if k not in _DROPPED}
    if isinstance(node, list):
        return [_strip(v) for v in node]
    return node


def dump_api(pkg: Package, root: Path = ROOT) -> str:
    """The package's Python API in the tree at `root`, as the JSON a baseline stores."""
    loader = griffe.GriffeLoader(search_paths=[pkg.source(root).parent], allow_inspection=False)
    with _quiet():
        obj = loader.load(pkg.package)
        assert isinstance(obj, griffe.Object)
        loader.resolve_aliases(implicit=True, external=False)
        return json.dumps(_strip(json.loads(obj.as_json())), sort_keys=True, indent=1) + "\n"


def load_api(text: str, name: str) -> griffe.Object:
    """A dump back as a griffe object (in its own modules collection, as a loader would put it)."""
    obj = json.loads(text, object_hook=griffe.json_decoder)
    assert isinstance(obj, griffe.Module)
    collection = griffe.ModulesCollection()
    obj._modules_collection = collection  # how griffe's loader attaches one
    collection.set_member(name, obj)
    return obj


def _public_names(obj: griffe.Object) -> set[str]:
    """Every public name an app can reach, by the path it reaches it through (`idv.hopae.
    HopaeClient.get_evidence`: re-exports inside the package are followed to their targets)."""
    names: set[str] = set()
    root = obj.path

    def walk(node: griffe.Object | griffe.Alias, path: str, seen: frozenset[str]) -> None:
        for name, member in node.members.items():
            try:
                public = bool(member.is_public)
            except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                public = not name.startswith("_")
            if not public:
                continue
            here = f"{path}.{name}"
            names.add(here)
            target: griffe.Object | griffe.Alias = member
            if isinstance(member, griffe.Alias):
                if not (member.target_path == root or member.target_path.startswith(f"{root}.")):
                    continue  # another package's object: its own package reports it
                try:
                    target = member.final_target
                except (griffe.AliasResolutionError, griffe.CyclicAliasError):
                    continue
            if (target.is_module or target.is_class) and target.path not in seen:
                walk(target, here, seen | {target.path})

    with _quiet():
        walk(obj, root, frozenset({root}))
    return names


def _new_names(old: griffe.Object, new: griffe.Object) -> list[str]:
    """Public names in `new` and not in `old`, without the members of a new object."""
    added = _public_names(new) - _public_names(old)
    return sorted(n for n in added if n.rsplit(".", 1)[0] not in added)


# -- assessing a package -----------------------------------------------------------------------


@dataclass
class Report:
    """What changed in a package since its baseline, and what its version must be."""

    pkg: Package
    released: Version | None
    level: Level = "none"
    spec_changes: list[Change] = field(default_factory=list)
    breaks: list[Break] = field(default_factory=list)
    added_names: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # other reasons for the level, in words

    @property
    def required(self) -> Version | None:
        return None if self.released is None else required_version(self.released, self.level)

    def raise_to(self, level: Level) -> None:
        if LEVELS.index(level) > LEVELS.index(self.level):
            self.level = level

    def problems(self, changelog: str | None = None) -> list[str]:
        """Why the package's version or changelog is wrong; empty when all is well."""
        if self.released is None or self.required is None:
            return []
        found = []
        current = self.pkg.version
        if current < self.released:
            found.append(f"version {current} is below the released {self.released}")
        elif current < self.required:
            reasons = self.reasons(limit=10)
            found.append(
                f"{self.level} change since {self.released} needs version >= {self.required}, "
                f"packaging/{self.pkg.folder.name}/pyproject.toml says {current}:\n"
                + "\n".join(f"    {r}" for r in reasons)
            )
        if changelog is not None and current != self.released and not has_section(changelog, self.pkg.dist, current):
            found.append(
                f"CHANGELOG.md has no '## {self.pkg.dist} {current}' section "
                f"(draft one: scripts/release.py changelog {self.pkg.dist} --write)"
            )
        return found

    def reasons(self, limit: int | None = None) -> list[str]:
        lines = [str(c) for c in self.spec_changes if c.severity == "breaking"]
        lines += [f"[api] {b}" for b in self.breaks]
        lines += self.notes
        lines += [str(c) for c in self.spec_changes if c.severity == "additive"]
        if self.added_names:
            lines.append(f"[api] {len(self.added_names)} new public names, e.g. {', '.join(self.added_names[:3])}")
        if limit is not None and len(lines) > limit:
            lines = [*lines[:limit], f"… and {len(lines) - limit} more (scripts/release.py check)"]
        return lines


def _load_spec(path: Path | None) -> Mapping[str, Any] | None:
    if path is None or not path.is_file():
        return None
    return load_yaml(path.read_text())


def spec_hashes(root: Path = ROOT) -> dict[str, str]:
    """sha256 of every `specs/<p>.openapi.yaml` in a tree: what the emulator ships."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted((root / "specs").glob("*.openapi.yaml"))
    }


def assess(pkg: Package, root: Path = ROOT) -> Report:
    """Compare the package in the tree at `root` with its baseline."""
    baseline = pkg.released()
    if baseline is None:
        return Report(pkg, None)
    report = Report(pkg, Version.parse(baseline["version"]))
    if pkg.provider is not None:
        old = _load_spec(pkg.released_dir / f"{pkg.provider}.openapi.yaml")
        report.spec_changes = diff_specs(old, _load_spec(pkg.spec(root)))
        worst = max((SEVERITIES.index(c.severity) for c in report.spec_changes), default=0)
        report.raise_to("breaking" if worst == 2 else "additive" if worst == 1 else "none")
    old_api = load_api((pkg.released_dir / "api.json").read_text(), pkg.package)
    new_api = load_api(dump_api(pkg, root), pkg.package)
    report.breaks = breaks_between(old_api, new_api)
    if report.breaks:
        report.raise_to("breaking")
    # A provider whose client has never been released (a scaffold, say) is work in progress:
    # what it adds to `idv` and the emulator counts when its client's first release does.
    siblings = packages(pkg.folder.parent)
    unreleased = {p.provider for p in siblings if p.kind == "client" and p.released() is None}
    wip = tuple(f"{pkg.package}.{provider}" for provider in sorted(unreleased, key=str))
    report.added_names = [
        n for n in _new_names(old_api, new_api) if not (n in wip or n.startswith(tuple(f"{w}." for w in wip)))
    ]
    if report.added_names:
        report.raise_to("additive")
    if pkg.kind == "overlay":
        clients = {p.dist: p.version for p in siblings if p.kind == "client" and p.provider not in unreleased}
        for dist, was in sorted(baseline.get("clients", {}).items()):
            now = clients.get(dist)
            if now is None:
                report.notes.append(f"[deps] {dist} is gone (was {was})")
                report.raise_to("breaking")
            elif now >= next_breaking(Version.parse(was)):
                report.notes.append(f"[deps] {dist} {was} -> {now}: breaking (idv returns its models)")
                report.raise_to("breaking")
            elif now != Version.parse(was):
                report.notes.append(f"[deps] {dist} {was} -> {now}")
                report.raise_to("additive")
        for dist in sorted(set(clients) - set(baseline.get("clients", {}))):
            report.notes.append(f"[deps] new provider client {dist} {clients[dist]}")
            report.raise_to("additive")
    if pkg.kind == "emulator":
        old_specs = baseline.get("specs", {})
        new_specs = {k: v for k, v in spec_hashes(root).items() if k.removesuffix(".openapi.yaml") not in unreleased}
        for name in sorted(set(old_specs) | set(new_specs)):
            if name not in new_specs:
                report.notes.append(f"[specs] no longer serves {name}")
                report.raise_to("breaking")
            elif old_specs.get(name) != new_specs[name]:
                report.notes.append(f"[specs] serves the {'new' if name not in old_specs else 'changed'} {name}")
                report.raise_to("additive")
    return report


# -- changelog -------------------------------------------------------------------------------

_HEADING = re.compile(r"^## (\S+) (\d+\.\d+\.\d+)\b.*$", re.MULTILINE)


def has_section(changelog: str, dist: str, version: Version) -> bool:
    return any(m[1] == dist and m[2] == str(version) for m in _HEADING.finditer(changelog))


def _short(location: str) -> str:
    return location.removeprefix("components.schemas.")


def _spec_bullets(changes: Iterable[Change]) -> list[str]:
    """Additive spec changes, grouped: one bullet per kind of change (and per enum)."""
    groups: dict[tuple[str, str, str], list[str]] = {}
    for change in changes:
        side = f" ({change.side} side)" if change.side else ""
        value = re.fullmatch(r"enum value (.+) added", change.message)
        if value is not None:
            key = (change.kind, f"`{_short(change.location)}`: new enum values", side)
            groups.setdefault(key, []).append(value[1])
        else:
            key = (change.kind, change.message, side)
            groups.setdefault(key, []).append(f"`{_short(change.location)}`")
    bullets = []
    for (_kind, what, side), items in groups.items():
        if what.startswith("`"):
            bullets.append(f"- {what}{side}: {', '.join(items)}")
        else:
            bullets.append(f"- {what[:1].upper()}{what[1:]}{side}: {', '.join(items)}")
    return bullets


def changelog_section(report: Report) -> str:
    """A draft `## <dist> <version>` section: what changed since the released version."""
    pkg = report.pkg
    lines = [f"## {pkg.dist} {pkg.version}", ""]
    since = f"Since {report.released}" if report.released is not None else "First release"
    if pkg.provider is not None:
        spec = _load_spec(pkg.spec())
        api = (spec or {}).get("info", {})
        baseline = pkg.released() or {}
        was = baseline.get("api-version")
        moved = f" (was {was})" if was is not None and was != api.get("version") else ""
        lines += [f"{since}; {api.get('title', pkg.provider)} version {api.get('version')}{moved}.", ""]
    else:
        lines += [f"{since}.", ""]
    breaking = [c for c in report.spec_changes if c.severity == "breaking"]
    if breaking or report.breaks or any(n.startswith("[deps]") and "breaking" in n for n in report.notes):
        lines += ["### Breaking", ""]
        for change in breaking:
            side = f" ({change.side} side)" if change.side else ""
            lines.append(f"- `{_short(change.location)}`{side}: {change.message}")
        if breaking and report.breaks:
            # The same changes seen from Python (attribute types, attrs __init__): a nested list.
            lines.append("- In the Python API (`make api-diff`):")
            lines += [f"  - `{b.path}`: {b.message}" for b in report.breaks]
        else:
            lines += [f"- `{b.path}`: {b.message}" for b in report.breaks]
        lines += [f"- {n.removeprefix('[deps] ')}" for n in report.notes if n.startswith("[deps]") and "breaking" in n]
        lines.append("")
    additive = [c for c in report.spec_changes if c.severity == "additive"]
    other_notes = [n for n in report.notes if not (n.startswith("[deps]") and "breaking" in n)]
    if additive or report.added_names or other_notes:
        lines += ["### Added and changed", ""]
        lines += _spec_bullets(additive)
        lines += [f"- {n.split('] ', 1)[-1]}" for n in other_notes]
        if report.added_names and pkg.kind == "client":
            lines.append(
                f"- {len(report.added_names)} new public names in the Python API (the operations and schemas above)"
            )
        elif report.added_names:
            shown = ", ".join(f"`{n}`" for n in report.added_names[:40])
            more = f" and {len(report.added_names) - 40} more" if len(report.added_names) > 40 else ""
            lines.append(f"- New in the Python API: {shown}{more}")
        lines.append("")
    docs = sum(1 for c in report.spec_changes if c.severity == "docs")
    if docs:
        lines += [
            "### Documentation",
            "",
            f"- {docs} documentation changes in the spec (descriptions, examples, links)",
            "",
        ]
    if len(lines) == 4:
        lines += ["- No API change.", ""]
    return "\n".join(lines)


def write_sections(sections: Mapping[Package, str], *, replace: bool, path: Path = CHANGELOG) -> list[str]:
    """Put each section into CHANGELOG.md: replace the package's section for that version (with
    `replace`) or insert it above the package's older sections (else after the preamble)."""
    text = path.read_text() if path.is_file() else "# Changelog\n\n"
    done = []
    for pkg, section in sections.items():
        body = section.rstrip("\n") + "\n\n"
        spans = [(m.start(), m[1], m[2]) for m in _HEADING.finditer(text)]
        ends = [s for s, _, _ in spans[1:]] + [len(text)] if spans else []
        existing = [(s, e) for (s, d, v), e in zip(spans, ends, strict=True) if d == pkg.dist and v == str(pkg.version)]
        if existing:
            if not replace:
                done.append(f"{pkg.dist} {pkg.version}: kept (already in CHANGELOG.md; --replace overwrites it)")
                continue
            start, end = existing[0]
            kept = [line for line in text[start:end].splitlines() if line.startswith(">")]
            if kept:  # the hand-written summary (a blockquote) survives a new draft
                heading, _, rest = body.partition("\n\n")
                body = f"{heading}\n\n" + "\n".join(kept) + f"\n\n{rest}"
            text = text[:start] + body + text[end:]
            done.append(f"{pkg.dist} {pkg.version}: replaced")
            continue
        # Sections of one package stay together, newest first, packages in `packages()` order.
        rank = {p.dist: i for i, p in enumerate(packages(pkg.folder.parent))}
        mine = rank.get(pkg.dist, len(rank))
        older = [s for s, d, _ in spans if d == pkg.dist]
        later = [s for s, d, _ in spans if rank.get(d, len(rank)) > mine]
        at = older[0] if older else later[0] if later else len(text)
        text = text[:at] + body + text[at:]
        done.append(f"{pkg.dist} {pkg.version}: added")
    path.write_text(text.rstrip("\n") + "\n")
    return done


# -- recording a release -----------------------------------------------------------------------


@contextmanager
def exported(ref: str | None) -> Iterator[Path]:
    """The tree to record: the repository, or git `ref` exported into a temporary folder."""
    if ref is None:
        yield ROOT
        return
    with tempfile.TemporaryDirectory(prefix="release-") as tmp:
        extract(ref, ["generated", "overlays", "emulator", "specs"], Path(tmp), tool="release")
        yield Path(tmp)


def record(
    pkg: Package,
    root: Path = ROOT,
    version: Version | None = None,
    source: str = "working tree",
    *,
    past: bool = False,
) -> Path:
    """Write `packaging/<dist>/released/` from the tree at `root`: this is now the release.

    `past`: the tree is an old commit (`--ref`), so `idv`'s clients are taken at their
    recorded releases rather than at their current versions.
    """
    out = pkg.released_dir
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    info: dict[str, Any] = {"version": str(version or pkg.version), "recorded-from": source}
    if pkg.provider is not None:
        spec_file = pkg.spec(root)
        assert spec_file is not None
        (out / spec_file.name).write_bytes(spec_file.read_bytes())
        loaded = _load_spec(spec_file) or {}
        info["api-version"] = str(loaded.get("info", {}).get("version"))
    if pkg.kind == "overlay":
        # From the working tree: the clients this release is built against. From a git ref: the
        # clients' own baselines (record them first; `record` takes clients before idv).
        # Unreleased clients are left out: their first release then shows as a new client.
        clients = [p for p in packages(pkg.folder.parent) if p.kind == "client" and p.released() is not None]
        info["clients"] = {
            p.dist: (p.released() or {}).get("version", str(p.version)) if past else str(p.version) for p in clients
        }
    if pkg.kind == "emulator":
        unreleased = {p.provider for p in packages(pkg.folder.parent) if p.kind == "client" and p.released() is None}
        info["specs"] = {
            k: v for k, v in spec_hashes(root).items() if k.removesuffix(".openapi.yaml") not in unreleased
        }
    (out / "api.json").write_text(dump_api(pkg, root))
    (out / "release.json").write_text(json.dumps(info, indent=2, sort_keys=True) + "\n")
    return out


# -- command line ----------------------------------------------------------------------------


def _selected(names: list[str]) -> list[Package]:
    return [package(name) for name in names] if names else packages()


def _check(names: list[str], *, as_json: bool) -> int:
    changelog = CHANGELOG.read_text() if CHANGELOG.is_file() else ""
    failed = False
    results = []
    for pkg in _selected(names):
        report = assess(pkg)
        problems = report.problems(changelog)
        failed = failed or bool(problems)
        results.append(
            {
                "dist": pkg.dist,
                "version": str(pkg.version),
                "released": None if report.released is None else str(report.released),
                "change": report.level,
                "required": None if report.required is None else str(report.required),
                "problems": problems,
            }
        )
        if not as_json:
            state = (
                "unreleased (no baseline)"
                if report.released is None
                else f"released {report.released}, "
                f"{'no API' if report.level == 'none' else report.level} change, needs >= {report.required}"
            )
            print(f"{pkg.dist} {pkg.version}: {state}: {'PROBLEM' if problems else 'ok'}")
            for problem in problems:
                print(f"  {problem}")
    if as_json:
        print(json.dumps(results, indent=2))
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="each package's change since its baseline and the version it needs")
    check.add_argument("packages", nargs="*", help="dist names (default: all)")
    check.add_argument("--json", action="store_true")
    draft = commands.add_parser("changelog", help="draft CHANGELOG.md sections from spec-diff and api-diff")
    draft.add_argument("packages", nargs="*", help="dist names (default: every package whose version is unreleased)")
    draft.add_argument("--write", action="store_true", help="add the sections to CHANGELOG.md")
    draft.add_argument("--replace", action="store_true", help="with --write: overwrite a section already there")
    rec = commands.add_parser("record", help="record the current API as released (after a release)")
    rec.add_argument("packages", nargs="+", help="dist names")
    rec.add_argument("--ref", help="record git REF instead of the working tree (with --version)")
    rec.add_argument("--version", help="the released version (default: the package's current version)")
    args = parser.parse_args(argv)

    if args.command == "check":
        return _check(args.packages, as_json=args.json)

    if args.command == "changelog":
        selected = _selected(args.packages)
        if not args.packages:
            selected = [p for p in selected if (p.released() or {}).get("version") != str(p.version)]
        sections = {pkg: changelog_section(assess(pkg)) for pkg in selected}
        if args.write:
            for line in write_sections(sections, replace=args.replace):
                print(line)
        else:
            print("\n".join(sections.values()))
        return 0

    if args.ref and not args.version:
        parser.error("--ref needs --version (the version that release had)")
    version = Version.parse(args.version) if args.version else None
    changelog = CHANGELOG.read_text() if CHANGELOG.is_file() else ""
    with exported(args.ref) as tree:
        for pkg in _selected(args.packages):
            if args.ref is None:
                problems = assess(pkg).problems(changelog)
                if problems:
                    raise SystemExit(f"release: {pkg.dist} cannot be recorded:\n  " + "\n  ".join(problems))
            if args.ref is None and not has_section(changelog, pkg.dist, version or pkg.version):
                raise SystemExit(f"release: CHANGELOG.md has no '## {pkg.dist} {version or pkg.version}' section")
            source = f"git {args.ref}" if args.ref else "working tree"
            out = record(pkg, tree, version, source, past=args.ref is not None)
            print(f"{pkg.dist}: recorded {version or pkg.version} in {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
