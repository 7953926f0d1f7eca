"""Emulator settings: the emulator's own, and each provider's, from arguments or environment.

Each provider package declares its settings dataclass (`Provider.settings_type`, defaults =
the documented sandbox credentials, README "The emulator"); every field can be overridden
with `IDV_EMULATOR_<P>_<FIELD>` or the matching CLI flag `--<p>-<field>` (see
`core.settings`). `repr()` never shows a secret.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .core.settings import load_settings


def _env(name: str, default: str) -> str:
    return os.environ.get(f"IDV_EMULATOR_{name}", default)


@dataclass(frozen=True)
class EmulatorConfig:
    # Where webhooks may go: "loopback" (default: a local emulator never calls out to the
    # internet, e.g. to the example URLs a fuzzer sends) or "any".
    webhook_hosts: str = field(default_factory=lambda: _env("WEBHOOK_HOSTS", "loopback"))
    # Provider retry delays are multiplied by this, so "retry in 5 s" takes 50 ms by default.
    webhook_backoff_scale: float = field(default_factory=lambda: float(_env("WEBHOOK_BACKOFF_SCALE", "0.01")))
    # Settings objects by provider name; a provider not listed reads its environment.
    providers: Mapping[str, Any] = field(default_factory=dict)

    def settings_for(self, provider: str, settings_type: type[Any]) -> Any:
        given = self.providers.get(provider)
        return given if given is not None else load_settings(provider, settings_type)
