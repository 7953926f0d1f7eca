"""Shared pieces of the code-generation pipeline: where things are and how one client is built.

`generate.py` writes `generated/`; `check_generated.py` builds the same output in a temporary
directory and compares. Both go through `build_client()`, so the drift check can never test a
different pipeline from the one that produced the committed code.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from pathlib import Path

from _registry import PROVIDERS, ROOT, SPECS, generated_package, spec_path

# Overridable so the drift check's own tests can point it at a scratch copy.
GENERATED = Path(os.environ.get("IDV_GENERATED_DIR", ROOT / "generated"))
TEMPLATES = ROOT / "codegen" / "templates"
RUFF_CONFIG = ROOT / "codegen" / "ruff.toml"
MANIFEST = GENERATED / "manifest.json"
TOOLS = ("openapi-python-client", "ruff")
IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache"}


def config_path(provider: str) -> Path:
    return SPECS / f"{provider}.codegen.yaml"


def tool(name: str) -> str:
    """The tool from this interpreter's environment, so a bare PATH can't pick another ruff."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def _run(args: list[str], cwd: Path) -> None:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args[:2])} failed ({proc.returncode}) in {cwd}:\n{proc.stdout}{proc.stderr}")


def build_client(provider: str, workdir: Path) -> Path:
    """Generate and format one provider's client under `workdir`; return the package folder.

    `--fail-on-warning` makes every generator warning a failure. The config sets
    `post_hooks: []` and ruff runs here with an explicit config, so formatting doesn't depend
    on which pyproject.toml happens to sit above the output folder.
    """
    out = workdir / generated_package(provider)
    _run(
        [
            tool("openapi-python-client"),
            "generate",
            "--path",
            str(spec_path(provider)),
            "--config",
            str(config_path(provider)),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "none",
            "--output-path",
            str(out),
            "--overwrite",
            "--fail-on-warning",
        ],
        cwd=workdir,
    )
    ruff = tool("ruff")
    _run([ruff, "check", "--fix-only", "--quiet", "--config", str(RUFF_CONFIG), str(out)], workdir)
    _run([ruff, "format", "--quiet", "--config", str(RUFF_CONFIG), str(out)], workdir)
    for cache in out.rglob("__pycache__"):
        shutil.rmtree(cache)
    # PEP 561 marker: --meta none writes no packaging files, and without it mypy treats the
    # installed client as untyped.
    (out / "py.typed").write_text("")
    return out


def build_all(providers: tuple[str, ...], root: Path) -> list[Path]:
    """Build the providers' clients in parallel, each in its own folder under `root`."""
    workdirs = [root / p for p in providers]
    for workdir in workdirs:
        workdir.mkdir()
    with ThreadPoolExecutor(max_workers=len(providers)) as pool:
        return list(pool.map(build_client, providers, workdirs))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_sha256(folder: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(file.relative_to(folder).as_posix().encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def manifest_entry(provider: str) -> dict[str, str]:
    return {
        "spec": spec_path(provider).relative_to(ROOT).as_posix(),
        "spec_sha256": sha256(spec_path(provider)),
        "config_sha256": sha256(config_path(provider)),
    }


def manifest_header() -> dict[str, object]:
    return {
        "tools": {tool: version(tool) for tool in TOOLS},
        "templates_sha256": tree_sha256(TEMPLATES),
        "ruff_config_sha256": sha256(RUFF_CONFIG),
    }


def read_manifest() -> dict[str, object]:
    if not MANIFEST.exists():
        return {"providers": {}}
    data: dict[str, object] = json.loads(MANIFEST.read_text())
    return data


def write_manifest(data: dict[str, object]) -> None:
    MANIFEST.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def files_of(folder: Path) -> dict[str, bytes]:
    """Relative path -> bytes for every file under `folder`, caches excluded."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not IGNORED.intersection(p.relative_to(folder).parts)
    }


def select(argv_provider: str | None) -> tuple[str, ...]:
    if not argv_provider:
        return PROVIDERS
    if argv_provider not in PROVIDERS:
        raise SystemExit(f"unknown provider {argv_provider!r}; choose from {', '.join(PROVIDERS)}")
    return (argv_provider,)
