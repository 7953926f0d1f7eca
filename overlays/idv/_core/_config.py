"""Client settings from keyword arguments or the environment, with named environments.

Precedence for every setting: the keyword argument, then `<PROVIDER>_<NAME>` in the
environment (`HOPAE_CLIENT_ID`, `SOLARIS_BASE_URL`, …). The base URL also comes from a
named environment (`production`, `sandbox`, `emulator`), chosen by `environment=` or
`<PROVIDER>_ENVIRONMENT`; `production` when nothing says otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

import httpx

from ._errors import ConfigurationError

__all__ = ["EMULATOR_URL", "Settings", "resolve_base_url", "setting"]

EMULATOR_URL = os.environ.get("IDV_EMULATOR_URL", "http://127.0.0.1:8040")


def setting(provider: str, name: str, value: str | None, *, required: bool = True) -> str | None:
    """`value`, else `$<PROVIDER>_<NAME>`; raise `ConfigurationError` if required and absent."""
    if value:
        return value
    variable = f"{provider.upper()}_{name.upper()}"
    found = os.environ.get(variable)
    if found:
        return found
    if required:
        raise ConfigurationError(f"{provider}: no {name.lower()} given; pass {name.lower()}=... or set {variable}")
    return None


def resolve_base_url(
    provider: str, base_url: str | None, environment: str | None, environments: Mapping[str, str]
) -> str:
    explicit = setting(provider, "base_url", base_url, required=False)
    if explicit:
        return explicit.rstrip("/")
    name = setting(provider, "environment", environment, required=False) or "production"
    if name not in environments:
        known = ", ".join(sorted(environments))
        raise ConfigurationError(f"{provider}: unknown environment {name!r}; choose one of {known}")
    return environments[name].rstrip("/")


@dataclass(frozen=True)
class Settings:
    """What a provider's `settings()` resolves from keyword arguments and the environment.

    Attributes:
        base_url: The API's base URL, without a trailing slash.
        auth: The `httpx.Auth` every request goes through.
        webhook_secret: The secret `parse_webhook` verifies with (None when not configured,
            or when the provider does not sign its webhooks). Neither it nor `auth` is shown
            in `repr()`.
    """

    base_url: str
    auth: httpx.Auth = field(repr=False)
    webhook_secret: str | None = field(default=None, repr=False)
