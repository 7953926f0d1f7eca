"""Fail if generated/ differs from a fresh generation, or the manifest from its inputs.

Usage: python scripts/check_generated.py

Regenerates every client into a temporary folder and compares byte for byte: any added,
missing or changed file is listed and the exit status is 1. Nobody edits generated/ by hand;
this check is what makes that rule real.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _codegen import (
    GENERATED,
    build_all,
    files_of,
    manifest_entry,
    manifest_header,
    read_manifest,
)
from _registry import PROVIDERS, generated_package


def compare(provider: str, fresh: Path) -> list[str]:
    committed = files_of(GENERATED / generated_package(provider))
    expected = files_of(fresh)
    prefix = f"generated/{generated_package(provider)}/"
    problems = [f"missing: {prefix}{name}" for name in sorted(expected.keys() - committed.keys())]
    problems += [f"added:   {prefix}{name}" for name in sorted(committed.keys() - expected.keys())]
    problems += [
        f"changed: {prefix}{name}"
        for name in sorted(expected.keys() & committed.keys())
        if expected[name] != committed[name]
    ]
    return problems


def check_manifest() -> list[str]:
    recorded = read_manifest()
    problems = [
        f"manifest: {key} is {recorded.get(key)!r}, expected {value!r}"
        for key, value in manifest_header().items()
        if recorded.get(key) != value
    ]
    entries = recorded.get("providers", {})
    assert isinstance(entries, dict)
    for provider in PROVIDERS:
        if entries.get(provider) != manifest_entry(provider):
            problems.append(f"manifest: entry for {provider} does not match its spec/config")
    problems += [f"manifest: entry for {p}, which has no spec" for p in sorted(set(entries) - set(PROVIDERS))]
    return problems


def orphans() -> list[str]:
    """Generated packages whose spec is gone: a removed provider must take its client along."""
    expected = {generated_package(p) for p in PROVIDERS}
    return [
        f"added:   generated/{folder.name}/ (no specs/{folder.name.removesuffix('_client')}.openapi.yaml)"
        for folder in sorted(GENERATED.glob("*_client"))
        if folder.is_dir() and folder.name not in expected
    ]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="idv-check-") as tmp:
        built = build_all(PROVIDERS, Path(tmp))
        problems = [p for prov, out in zip(PROVIDERS, built, strict=True) for p in compare(prov, out)]
    problems += orphans() + check_manifest()
    if problems:
        print("generated/ is out of date with specs/ (run `make generate`):", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        sys.exit(1)
    print(f"generated/ matches a fresh generation of {len(PROVIDERS)} specs")


if __name__ == "__main__":
    main()
