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
from urllib.parse import urlsplit

from .core.net import is_loopback_host
from .core.settings import load_settings


def _env(name: str, default: str) -> str:
    return os.environ.get(f"IDV_EMULATOR_{name}", default)


def _env_or_none(name: str) -> str | None:
    return os.environ.get(f"IDV_EMULATOR_{name}") or None


# Seconds a shutdown (SIGTERM, Ctrl-C) waits for requests in flight, e.g. one held by an
# injected latency, before it cancels them.
SHUTDOWN_GRACE = 2


class ConfigError(ValueError):
    """A setting the emulator cannot run with (a bad value, or an unsafe combination)."""


@dataclass(frozen=True)
class EmulatorConfig:
    # Where webhooks may go: "loopback" (default: a local emulator never calls out to the
    # internet, e.g. to the example URLs a fuzzer sends) or "any".
    webhook_hosts: str = field(default_factory=lambda: _env("WEBHOOK_HOSTS", "loopback"))
    # Provider retry delays are multiplied by this, so "retry in 5 s" takes 50 ms by default.
    webhook_backoff_scale: float = field(default_factory=lambda: float(_env("WEBHOOK_BACKOFF_SCALE", "0.01")))
    # At most this many webhook deliveries are in flight at once; the rest wait their turn
    # (a slow receiver must not use up the process's file descriptors).
    webhook_concurrency: int = field(default_factory=lambda: int(_env("WEBHOOK_CONCURRENCY", "32")))
    # Resources each provider keeps (verifications, identifications, persons, …): beyond this the
    # oldest finished ones are forgotten (then the oldest of any), so a long run stays flat.
    max_resources: int = field(default_factory=lambda: int(_env("MAX_RESOURCES", "10000")))
    # The URL clients and browsers reach the emulator at (e.g. a tunnel), for hosted-page links
    # and the control API's Host/Origin check; None: the address the server is bound to.
    public_url: str | None = field(default_factory=lambda: _env_or_none("PUBLIC_URL"))
    # When set, every /_emulator request must carry it (`Authorization: Bearer …` or
    # `X-Emulator-Token`); required to bind a non-loopback address. Never printed.
    control_token: str | None = field(default_factory=lambda: _env_or_none("CONTROL_TOKEN"), repr=False)
    # Settings objects by provider name; a provider not listed reads its environment.
    providers: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.webhook_concurrency < 1:
            raise ConfigError("webhook_concurrency must be at least 1")
        if self.max_resources < 1:
            raise ConfigError("max_resources must be at least 1")
        if self.public_url is not None:
            try:
                parts = urlsplit(self.public_url)
                parts.port  # noqa: B018 - raises ValueError for a bad port
            except ValueError:
                raise ConfigError(f"public_url {self.public_url!r} is not a URL") from None
            if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
                raise ConfigError(
                    f"public_url must be an http(s) URL such as https://abc.example, not {self.public_url!r}"
                )
            object.__setattr__(self, "public_url", self.public_url.rstrip("/"))
        if self.control_token is not None and not self.control_token.strip():
            raise ConfigError("control_token must not be blank")

    def check_bind(self, host: str) -> None:
        """Refuse to serve a non-loopback address without a control token: anyone who can reach
        the port could otherwise read `/_emulator/state` (tokens, secrets) and steer the emulator."""
        if not is_loopback_host(host.strip("[]")) and self.control_token is None:
            raise ConfigError(
                f"refusing to bind {host}, which is not a loopback address, without a control token "
                "(set IDV_EMULATOR_CONTROL_TOKEN or --control-token; clients then send it on /_emulator)"
            )

    def settings_for(self, provider: str, settings_type: type[Any]) -> Any:
        given = self.providers.get(provider)
        return given if given is not None else load_settings(provider, settings_type)
