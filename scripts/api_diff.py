"""Every break an app would feel in the Python API of the generated clients and of `idv`.

`make api-diff [BASE=<git ref>]` compares each package in `generated/` (`<p>_client`) and in
`overlays/` (`idv`) with the same package at BASE (default: the last tag, else `HEAD`);
`--base-dir DIR` compares with a directory snapshot instead (a tree with `generated/` and
`overlays/`, e.g. an unpacked release). Exit 1 on any break unless `--allow-breaking`.

What counts, on top of griffe's `find_breaking_changes` (a removed module, class, function or
attribute; a removed, moved or re-kinded parameter; a new required parameter; a parameter made
required; a changed default; a base class removed; a return annotation removed):

- the `__init__` attrs synthesises for the generated models (griffe does not see it): a
  removed field, a new required field, a field made required — apps build request models by
  keyword;
- a changed annotation of a public attribute (a model field `str` -> `str | Unset`) or of a
  return value: the app's type checker feels both.

`api_breaks(base_ref)` / `api_breaks_dirs(old_root, new_root)` return them per package;
`breaks_between(old, new)` compares two griffe-loaded objects (what the version check, with an
API snapshot, reuses).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _registry import ROOT
from spec_diff import default_base

__all__ = [
    "Break",
    "api_breaks",
    "api_breaks_dirs",
    "breaks_between",
    "discover_packages",
    "export_ref",
    "extract",
    "load_packages",
    "main",
]

# Where the packages live in a tree: the generated clients, then the overlay.
PACKAGE_DIRS = ("generated", "overlays")
ATTRS_DECORATORS = frozenset(
    {"define", "_attrs_define", "attrs.define", "attr.s", "attr.attrs", "frozen", "attrs.frozen", "mutable"}
)


@dataclass(frozen=True)
class Break:
    """One incompatible change in a package's public API.

    Args:
        package: the top-level package, e.g. `hopae_client`, `idv`.
        kind: what broke, e.g. `object-removed`, `parameter-added-required`, `attribute-type-changed`.
        path: the dotted path of the object, e.g. `hopae_client.models.Provider.__init__`.
        message: what changed, in words.
    """

    package: str
    kind: str
    path: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"package": self.package, "kind": self.kind, "path": self.path, "message": self.message}

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def discover_packages(root: Path) -> list[str]:
    """The top-level packages of a tree: `generated/*/` and `overlays/*/` with an `__init__.py`."""
    return sorted(
        path.parent.name
        for folder in PACKAGE_DIRS
        for path in (root / folder).glob("*/__init__.py")
        if path.parent.name.isidentifier()
    )


def load_packages(root: Path, packages: list[str] | None = None) -> dict[str, griffe.Object]:
    """Load packages of the tree at `root` statically (nothing is imported) into one collection,
    so that `idv`'s references into `<p>_client` resolve."""
    loader = griffe.GriffeLoader(search_paths=[root / folder for folder in PACKAGE_DIRS], allow_inspection=False)
    loaded: dict[str, griffe.Object] = {}
    with _quiet():
        for name in discover_packages(root) if packages is None else packages:
            obj = loader.load(name)
            assert isinstance(obj, griffe.Object)
            loaded[name] = obj
        loader.resolve_aliases(implicit=True, external=False)
    return loaded


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """griffe logs unresolvable aliases (httpx, attrs, …) at warning level: not ours to fix."""
    import logging  # noqa: PLC0415

    logger = logging.getLogger("griffe")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _name(value: Any) -> str:
    return str(getattr(value, "name", value))


def _describe(breakage: griffe.Breakage) -> tuple[str, str]:
    old, new = breakage.old_value, breakage.new_value
    kind = breakage.kind.name.lower().replace("_", "-")
    if isinstance(breakage, griffe.ObjectRemovedBreakage):
        return kind, f"{breakage.obj.kind.value} removed"
    if isinstance(breakage, griffe.ParameterRemovedBreakage):
        return kind, f"parameter {_name(old)!r} removed"
    if isinstance(breakage, griffe.ParameterAddedRequiredBreakage):
        return kind, f"new required parameter {_name(new)!r}"
    if isinstance(breakage, griffe.ParameterChangedRequiredBreakage):
        return kind, f"parameter {_name(old)!r} is now required"
    if isinstance(breakage, griffe.ParameterMovedBreakage):
        return kind, f"parameter {_name(old)!r} moved ({breakage.details})"
    if isinstance(breakage, griffe.ParameterChangedKindBreakage):
        return kind, f"parameter {_name(old)!r}: {old.kind.value} -> {new.kind.value}"
    if isinstance(breakage, griffe.ParameterChangedDefaultBreakage):
        return kind, f"parameter {_name(old)!r}: default {old.default} -> {new.default}"
    if isinstance(breakage, griffe.ObjectChangedKindBreakage):
        return kind, f"{old.value} -> {new.value}"
    if isinstance(breakage, griffe.ClassRemovedBaseBreakage):
        return kind, f"base classes {[_name(b) for b in old]} -> {[_name(b) for b in new]}"
    return kind, f"{breakage.kind.value}: {old} -> {new}"


def _decorated_by_attrs(cls: griffe.Class) -> bool:
    return any(str(decorator.value).split("(")[0] in ATTRS_DECORATORS for decorator in cls.decorators)


def _attrs_fields(cls: griffe.Class) -> dict[str, bool] | None:
    """The synthesised `__init__` of an attrs class: field name -> required, in order; None when
    the class is not an attrs class or writes its own `__init__`."""
    if not _decorated_by_attrs(cls) or "__init__" in cls.members:
        return None
    fields: dict[str, bool] = {}
    for name, member in cls.members.items():
        if not isinstance(member, griffe.Attribute) or member.annotation is None:
            continue
        annotation = str(member.annotation)
        value = "" if member.value is None else str(member.value)
        if annotation.startswith(("ClassVar", "typing.ClassVar")) or "init=False" in value.replace(" ", ""):
            continue
        required = member.value is None or ("field(" in value and "default=" not in value and "factory=" not in value)
        fields[name.lstrip("_")] = required
    return fields


def _class_extras(old: griffe.Class, new: griffe.Class) -> Iterator[tuple[str, str, str]]:
    """(kind, path, message) for the attrs `__init__` and the annotations of the class's members."""
    old_fields, new_fields = _attrs_fields(old), _attrs_fields(new)
    if old_fields is not None and new_fields is not None:
        init = f"{new.path}.__init__"
        for name, required in old_fields.items():
            if name not in new_fields:
                yield "parameter-removed", init, f"field {name!r} removed (attrs __init__ parameter)"
            elif new_fields[name] and not required:
                yield "parameter-changed-required", init, f"field {name!r} is now required (attrs __init__ parameter)"
        for name, required in new_fields.items():
            if name not in old_fields and required:
                yield "parameter-added-required", init, f"new required field {name!r} (attrs __init__ parameter)"


def _annotation_changes(old: griffe.Object, new: griffe.Object) -> Iterator[tuple[str, str, str]]:
    """Changed annotations of public attributes and return values, walking modules and classes."""
    seen: set[str] = set()

    def walk(o: griffe.Object, n: griffe.Object) -> Iterator[tuple[str, str, str]]:
        if o.path in seen:
            return
        seen.add(o.path)
        if isinstance(o, griffe.Class) and isinstance(n, griffe.Class):
            yield from _class_extras(o, n)
        for name, om in o.members.items():
            nm = n.members.get(name)
            if nm is None or om.is_alias or nm.is_alias or not om.is_public:
                continue
            if om.kind is not nm.kind:
                continue  # griffe reports the kind change
            if isinstance(om, griffe.Attribute) and isinstance(nm, griffe.Attribute):
                if om.annotation is not None and str(om.annotation) != str(nm.annotation):
                    yield "attribute-type-changed", nm.path, f"type {om.annotation} -> {nm.annotation}"
            elif isinstance(om, griffe.Function) and isinstance(nm, griffe.Function):
                if om.returns is not None and nm.returns is not None and str(om.returns) != str(nm.returns):
                    yield "return-type-changed", nm.path, f"return type {om.returns} -> {nm.returns}"
            elif isinstance(om, griffe.Module | griffe.Class) and isinstance(nm, griffe.Module | griffe.Class):
                yield from walk(om, nm)

    yield from walk(old, new)


def breaks_between(old: griffe.Object, new: griffe.Object) -> list[Break]:
    """Every break from `old` to `new`: two griffe-loaded versions of one package (or object)."""
    package = new.path.split(".")[0]
    found: dict[tuple[str, str, str], None] = {}
    with _quiet():
        for breakage in griffe.find_breaking_changes(old, new):
            kind, message = _describe(breakage)
            found[(kind, breakage.obj.path, message)] = None
        for kind, path, message in _annotation_changes(old, new):
            found[(kind, path, message)] = None
    return sorted(
        (Break(package, kind, path, message) for kind, path, message in found),
        key=lambda b: (b.path, b.kind, b.message),
    )


def api_breaks_dirs(old_root: Path, new_root: Path, packages: list[str] | None = None) -> dict[str, list[Break]]:
    """Per package, the breaks from the tree at `old_root` to the tree at `new_root`."""
    old_names, new_names = discover_packages(old_root), discover_packages(new_root)
    names = sorted(set(old_names) | set(new_names)) if packages is None else packages
    old = load_packages(old_root, [n for n in names if n in old_names])
    new = load_packages(new_root, [n for n in names if n in new_names])
    result: dict[str, list[Break]] = {}
    for name in names:
        if name not in old:
            result[name] = []  # a new package breaks nothing
        elif name not in new:
            result[name] = [Break(name, "package-removed", name, "package removed")]
        else:
            result[name] = breaks_between(old[name], new[name])
    return result


@contextlib.contextmanager
def export_ref(ref: str, root: Path = ROOT) -> Iterator[Path]:
    """The package folders of git `ref`, exported into a temporary directory (the repository is
    only read: `git archive`, no worktree, no checkout)."""
    with tempfile.TemporaryDirectory(prefix="api-diff-") as tmp:
        present = [
            folder
            for folder in PACKAGE_DIRS
            if subprocess.run(
                ["git", "-C", str(root), "cat-file", "-e", f"{ref}:{folder}"], capture_output=True, check=False
            ).returncode
            == 0
        ]
        if present:
            extract(ref, present, Path(tmp), root=root, tool="api-diff")
        yield Path(tmp)


def extract(ref: str, folders: list[str], dest: Path, *, root: Path = ROOT, tool: str) -> None:
    """`folders` as they are in git `ref`, written under `dest` (`git archive`: read only)."""
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", ref, *folders], capture_output=True, check=False
    )
    if archive.returncode != 0:
        raise SystemExit(f"{tool}: git archive {ref} failed: {archive.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(dest, filter="data")


def api_breaks(base_ref: str, *, root: Path = ROOT, packages: list[str] | None = None) -> dict[str, list[Break]]:
    """Per package, the breaks from git `base_ref` to the working tree at `root`."""
    if subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--verify", "--quiet", f"{base_ref}^{{commit}}"],
        capture_output=True,
        check=False,
    ).returncode:
        raise SystemExit(f"api-diff: unknown git ref {base_ref!r}")
    with export_ref(base_ref, root) as old_root:
        return api_breaks_dirs(old_root, root, packages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("packages", nargs="*", help="only these packages (default: every generated package and idv)")
    parser.add_argument("--base", help="git ref to compare with (default: the last tag, else HEAD)")
    parser.add_argument(
        "--base-dir", type=Path, help="compare with this tree (holding generated/ and overlays/) instead of git"
    )
    parser.add_argument("--new-dir", type=Path, default=ROOT, help="the tree to check (default: this repository)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument("--allow-breaking", action="store_true", help="exit 0 even when something breaks")
    args = parser.parse_args(argv)
    if args.base and args.base_dir:
        parser.error("--base and --base-dir exclude each other")

    packages = args.packages or None
    if args.base_dir:
        base = str(args.base_dir)
        results = api_breaks_dirs(args.base_dir, args.new_dir, packages)
    else:
        base = args.base or default_base()
        results = api_breaks(base, root=args.new_dir, packages=packages)

    if args.json:
        print(
            json.dumps({"base": base, "packages": {k: [b.to_dict() for b in v] for k, v in results.items()}}, indent=2)
        )
    else:
        for name, breaks in results.items():
            print(f"{name} (vs {base}): {len(breaks)} break{'s' if len(breaks) != 1 else ''}")
            print("\n".join(f"  {b}" for b in breaks) if breaks else "", end="\n" if breaks else "")
    if any(results.values()) and not args.allow_breaking:
        if not args.json:
            print(
                "api-diff: breaking changes (pass --allow-breaking / ALLOW_BREAKING=1 to accept them)", file=sys.stderr
            )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
