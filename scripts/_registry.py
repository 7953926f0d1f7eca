"""The providers of this repository, discovered once: one `specs/<p>.openapi.yaml` each.

Every list of providers in the build, the scripts and the tests derives from `PROVIDERS`, so a
new provider is picked up everywhere the moment its spec exists (`make scaffold PROVIDER=<p>`
writes one). Each layer then finds the provider's own module by name: the generated package
`<p>_client`, the overlay `idv.<p>`, the emulator's `idv_emulator.<p>`.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

__all__ = [
    "PROVIDERS",
    "ROOT",
    "SPECS",
    "contract_hooks",
    "credentials",
    "discover",
    "emulator_module",
    "generated_package",
    "overlay_module",
    "spec_path",
]

ROOT = Path(__file__).resolve().parent.parent
# Overridable so tests can point the registry at a scratch copy of the repository.
SPECS = Path(os.environ.get("IDV_SPECS_DIR", ROOT / "specs"))
_SUFFIX = ".openapi.yaml"


def discover(specs: Path = SPECS) -> tuple[str, ...]:
    """The provider names, sorted: the stems of `specs/*.openapi.yaml`."""
    return tuple(sorted(path.name[: -len(_SUFFIX)] for path in specs.glob(f"*{_SUFFIX}")))


PROVIDERS: tuple[str, ...] = discover()


def spec_path(provider: str) -> Path:
    return SPECS / f"{provider}{_SUFFIX}"


def generated_package(provider: str) -> str:
    """The import name of the provider's generated client package."""
    return f"{provider}_client"


def overlay_module(provider: str) -> str:
    """The import name of the provider's overlay module."""
    return f"idv.{provider}"


def emulator_module(provider: str) -> str:
    """The import name of the provider's emulator package."""
    return f"idv_emulator.{provider}"


def contract_hooks(provider: str) -> ModuleType:
    """`contract/<p>.py`: what the contract suite must know about a provider beyond its spec.

    Required: `CREDENTIALS`, per security scheme of the spec, the environment variables that
    hold its credentials (the overlay's own) mapped to the emulator's sandbox values, in order —
    API key; user name and password; client id and secret (OAuth2 client credentials, fetched
    from the spec's own token operation). Optional: `READ_ONLY_OPERATIONS`, the operationIds
    other than GETs that change nothing (`make contract READ_ONLY=1` runs them);
    `TOKEN_URL_VARIABLE`, the variable that overrides the OAuth2 token URL of a live run;
    `setup(app)`, run on the in-process emulator after every reset (before the suite and before
    each stateful scenario).
    """
    name = f"_contract_hooks_{provider}"
    if name in sys.modules:
        return sys.modules[name]
    path = ROOT / "contract" / f"{provider}.py"
    if not path.is_file():
        raise FileNotFoundError(f"contract/{provider}.py is missing (`make scaffold PROVIDER={provider}` writes one)")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def credentials(provider: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Per security scheme: (variable, value) pairs, from the environment or the emulator's defaults."""
    declared: dict[str, dict[str, str]] = contract_hooks(provider).CREDENTIALS
    return {
        scheme: tuple((var, os.environ.get(var) or default) for var, default in variables.items())
        for scheme, variables in declared.items()
    }
