"""Provider settings: each provider declares a dataclass; the env vars and CLI flags derive from it.

A field `client_secret` of the provider `hopae` is read from `IDV_EMULATOR_HOPAE_CLIENT_SECRET`
and set with `--hopae-client-secret`. Fields made with `secret(...)` are hidden from `repr()`
and shown as `SECRET` in `--help`. Supported field types: `str`, `int`, `float`, `bool` and
their `| None` forms.
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ENV_PREFIX = "IDV_EMULATOR_"


def secret(default: str) -> Any:
    """A secret setting: never in `repr()`, a `SECRET` placeholder in `--help`."""
    return dataclasses.field(default=default, repr=False, metadata={"secret": True})


@dataclass(frozen=True)
class SettingField:
    """One setting as the environment and the command line see it."""

    provider: str
    name: str
    kind: type  # str, int, float or bool
    optional: bool
    secret: bool

    @property
    def env(self) -> str:
        return f"{ENV_PREFIX}{self.provider.upper()}_{self.name.upper()}"

    @property
    def flag(self) -> str:
        return f"--{self.provider}-{self.name}".replace("_", "-")

    @property
    def dest(self) -> str:
        return f"{self.provider}_{self.name}"

    def parse(self, raw: str) -> Any:
        if self.kind is bool:
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(f"{self.env} must be true or false, not {raw!r}")
        try:
            return self.kind(raw)
        except ValueError:
            raise ValueError(f"{self.env} must be a {self.kind.__name__}") from None


def setting_fields(provider: str, settings_type: type[Any]) -> list[SettingField]:
    hints = typing.get_type_hints(settings_type)
    found = []
    for f in dataclasses.fields(settings_type):
        kind, optional = _base_type(hints[f.name])
        found.append(SettingField(provider, f.name, kind, optional, bool(f.metadata.get("secret"))))
    return found


def load_settings(provider: str, settings_type: type[Any], overrides: Mapping[str, Any] | None = None) -> Any:
    """Build the settings: `overrides` (by field name) over `IDV_EMULATOR_<P>_<FIELD>` over defaults."""
    values: dict[str, Any] = {}
    for f in setting_fields(provider, settings_type):
        raw = os.environ.get(f.env)
        if raw is not None:
            values[f.name] = f.parse(raw)
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return settings_type(**values)


def _base_type(annotation: Any) -> tuple[type, bool]:
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1 and rest[0] in (str, int, float, bool):
            return rest[0], True
    if annotation in (str, int, float, bool):
        return annotation, False
    raise TypeError(f"unsupported setting type {annotation!r}")
