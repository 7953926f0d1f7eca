"""Regenerate the typed clients in generated/ from specs/ (all providers, or one).

Usage: python scripts/generate.py [provider]

Each client is built in a temporary folder and then swapped in whole, so a file the new spec
no longer produces disappears instead of lingering. The manifest records what each client was
built from; `check_generated.py` verifies both.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from _codegen import (
    GENERATED,
    build_all,
    manifest_entry,
    manifest_header,
    read_manifest,
    select,
    write_manifest,
)
from _registry import generated_package


def main() -> None:
    started = time.perf_counter()
    providers = select(sys.argv[1] if len(sys.argv) > 1 else None)
    GENERATED.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="idv-generate-") as tmp:
        built = build_all(providers, Path(tmp))
        for provider, out in zip(providers, built, strict=True):
            target = GENERATED / generated_package(provider)
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(out, target)
    manifest = read_manifest()
    providers_entry = dict(manifest.get("providers", {}))  # type: ignore[call-overload]
    for provider in providers:
        providers_entry[provider] = manifest_entry(provider)
    write_manifest({**manifest_header(), "providers": providers_entry})
    elapsed = time.perf_counter() - started
    print(f"generated {', '.join(generated_package(p) for p in providers)} in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
