"""The providers the emulator serves, discovered once — never a typed-out list.

A provider is served when `specs/<p>.openapi.yaml` exists (the emulator's `specs/`, or
`IDV_EMULATOR_SPECS`) and the package `idv_emulator.<p>` exports `PROVIDER`, its `Provider`
subclass (after moto's generated `backend_index.py`, but derived at start-up instead of
generated). A spec without a package is an error at start-up, not a silently missing provider.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from .core.provider import Provider
from .core.spec import specs_dir

__all__ = ["SPEC_SUFFIX", "RegistryError", "discover", "provider_class", "provider_names"]

SPEC_SUFFIX = ".openapi.yaml"


class RegistryError(RuntimeError):
    """A provider's spec and its emulator package do not fit together."""


def provider_names(specs: Path | None = None) -> tuple[str, ...]:
    """The stems of `<specs>/*.openapi.yaml`, sorted."""
    folder = specs or specs_dir()
    return tuple(sorted(path.name[: -len(SPEC_SUFFIX)] for path in folder.glob(f"*{SPEC_SUFFIX}")))


def provider_class(name: str) -> type[Provider]:
    """`idv_emulator.<name>.PROVIDER`, checked."""
    module_name = f"{__package__}.{name}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        raise RegistryError(
            f"specs/{name}{SPEC_SUFFIX} has no emulator package {module_name} "
            f"(create emulator/idv_emulator/{name}/__init__.py exporting PROVIDER, e.g. with "
            f"`make scaffold PROVIDER={name}`, or remove the spec)"
        ) from None
    cls = getattr(module, "PROVIDER", None)
    if not (isinstance(cls, type) and issubclass(cls, Provider)):
        raise RegistryError(f"{module_name} must export PROVIDER, a subclass of idv_emulator.core.provider.Provider")
    if getattr(cls, "name", None) != name:
        raise RegistryError(f"{module_name}.PROVIDER.name must be {name!r}, not {getattr(cls, 'name', None)!r}")
    if not hasattr(cls, "settings_type"):
        raise RegistryError(f"{module_name}.PROVIDER must declare settings_type (a dataclass)")
    return cls


def discover(specs: Path | None = None) -> dict[str, type[Provider]]:
    """Every served provider by name, in name order."""
    names = provider_names(specs)
    if not names:
        raise RegistryError(f"no *{SPEC_SUFFIX} in {specs or specs_dir()}")
    return {name: provider_class(name) for name in names}
