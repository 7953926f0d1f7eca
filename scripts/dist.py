"""`make dist`: one wheel and one sdist per distributable package, into `dist/`.

The packages (`packaging/<dist>/pyproject.toml`, see `scripts/release.py`): one generated client
per provider (`idv-<p>-client`, needing only httpx and attrs), the overlay `idv`, and
`idv-emulator` with the server's dependencies (uvicorn, jsonschema, PyYAML, …) and the specs.
An app that installs a client and `idv` gets none of the emulator's dependencies.

For each package a build tree is assembled under `build/dist/<dist>/`: its `pyproject.toml`
and a copy of its source package. Two things are added on the way: `idv`'s requirement of
every provider's client (one per provider in the registry, `>=` the client's version and below
its next breaking version — see packaging/idv/pyproject.toml for why all four), and the
emulator's specs as real files (the repository's `idv_emulator/specs` is a link to `specs/`).
Then `python -m build --no-isolation` builds the sdist and, from the sdist, the wheel, with
the locked setuptools: a file missing from the sdist fails the wheel too.

The root pyproject.toml (`idv-clients`) is only the development install (`make install`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from _registry import ROOT, SPECS
from release import Package, next_breaking, packages

__all__ = ["BUILD", "DIST", "MARKER", "assemble", "build", "client_requirements", "main"]

DIST = ROOT / "dist"
BUILD = ROOT / "build" / "dist"
# The line of packaging/idv/pyproject.toml after which the client requirements go.
MARKER = '# scripts/dist.py: one "idv-<p>-client" per provider goes here'


def client_requirements(all_packages: Iterable[Package]) -> list[str]:
    """`idv`'s requirement of each client: its current version up to its next breaking one."""
    return [f"{pkg.dist}>={pkg.version},<{next_breaking(pkg.version)}" for pkg in all_packages if pkg.kind == "client"]


def _pyproject(pkg: Package, all_packages: list[Package]) -> str:
    text = (pkg.folder / "pyproject.toml").read_text()
    if pkg.kind != "overlay":
        return text
    lines = text.splitlines(keepends=True)
    at = next((i for i, line in enumerate(lines) if line.strip() == MARKER), None)
    if at is None:
        raise SystemExit(f"dist: {pkg.folder / 'pyproject.toml'} lacks the line {MARKER!r}")
    indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
    added = [f'{indent}"{requirement}",\n' for requirement in client_requirements(all_packages)]
    return "".join([*lines[: at + 1], *added, *lines[at + 1 :]])


def assemble(pkg: Package, build_root: Path, all_packages: list[Package], root: Path = ROOT) -> Path:
    """Write the package's build tree (pyproject + sources) under `build_root`; return it."""
    tree = build_root / pkg.dist
    shutil.rmtree(tree, ignore_errors=True)
    tree.mkdir(parents=True)
    (tree / "pyproject.toml").write_text(_pyproject(pkg, all_packages))
    source = pkg.source(root)

    def ignore(folder: str, names: list[str]) -> set[str]:
        skipped = {n for n in names if n == "__pycache__" or n.endswith(".pyc")}
        if pkg.kind == "emulator" and Path(folder) == source:
            skipped.add("specs")  # the link; the real files are copied below
        return skipped

    shutil.copytree(source, tree / pkg.package, ignore=ignore)
    if pkg.kind == "emulator":
        specs = tree / pkg.package / "specs"
        specs.mkdir()
        for spec in sorted((SPECS if root == ROOT else root / "specs").glob("*.openapi.yaml")):
            shutil.copyfile(spec, specs / spec.name)
    return tree


def build(tree: Path, out: Path) -> list[Path]:
    """sdist, then the wheel from the sdist, of one build tree into `out`; the files written."""
    staging = tree.with_name(f"{tree.name}.out")  # builds run in parallel: each its own folder
    shutil.rmtree(staging, ignore_errors=True)
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(staging), str(tree)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"dist: building {tree.name} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    written = []
    for artifact in sorted(staging.iterdir()):
        written.append(out / artifact.name)
        shutil.move(artifact, written[-1])
    staging.rmdir()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("packages", nargs="*", help="dist names (default: all)")
    parser.add_argument("--out", type=Path, default=DIST, help="where the wheels and sdists go (default: dist/)")
    parser.add_argument("--build-dir", type=Path, default=BUILD, help="where the build trees go (default: build/dist/)")
    args = parser.parse_args(argv)

    everything = packages()
    chosen = [p for p in everything if not args.packages or {p.dist, p.package} & set(args.packages)]
    unknown = set(args.packages) - {n for p in everything for n in (p.dist, p.package)}
    if unknown:
        parser.error(f"unknown packages {sorted(unknown)} (known: {', '.join(p.dist for p in everything)})")
    args.out.mkdir(parents=True, exist_ok=True)
    for pkg in chosen:  # no stale artifact of an older version next to the new one
        stem = pkg.dist.replace("-", "_")
        for old in [*args.out.glob(f"{stem}-*.whl"), *args.out.glob(f"{stem}-*.tar.gz")]:
            old.unlink()
    started = time.perf_counter()
    trees = [assemble(pkg, args.build_dir, everything) for pkg in chosen]
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        built = list(pool.map(lambda tree: build(tree, args.out), trees))
    for pkg, files in zip(chosen, built, strict=True):
        print(f"{pkg.dist} {pkg.version}: {', '.join(f.name for f in files)}")
    print(f"{len(chosen)} packages in {args.out} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
