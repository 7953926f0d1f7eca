"""Emulator settings: sandbox credentials and webhook secrets, from arguments or environment.

The defaults are the documented sandbox credentials (README, "Emulator"); every value can be
overridden with an `IDV_EMULATOR_*` environment variable or the matching CLI flag. `repr()`
never shows a secret.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields


def _env(name: str, default: str) -> str:
    return os.environ.get(f"IDV_EMULATOR_{name}", default)


@dataclass(frozen=True)
class EmulatorConfig:
    proofme_api_key: str = field(default_factory=lambda: _env("PROOFME_API_KEY", "proofme_test_key"), repr=False)
    solaris_client_id: str = field(default_factory=lambda: _env("SOLARIS_CLIENT_ID", "solaris-client"))
    solaris_client_secret: str = field(
        default_factory=lambda: _env("SOLARIS_CLIENT_SECRET", "solaris-secret"), repr=False
    )
    solaris_token_ttl: int = field(default_factory=lambda: int(_env("SOLARIS_TOKEN_TTL", "3599")))
    hopae_client_id: str = field(default_factory=lambda: _env("HOPAE_CLIENT_ID", "hopae-client"))
    hopae_client_secret: str = field(default_factory=lambda: _env("HOPAE_CLIENT_SECRET", "hopae-secret"), repr=False)
    hopae_webhook_url: str | None = field(default_factory=lambda: os.environ.get("IDV_EMULATOR_HOPAE_WEBHOOK_URL"))
    hopae_webhook_secret: str = field(
        default_factory=lambda: _env("HOPAE_WEBHOOK_SECRET", "whsec_hopae_emulator"), repr=False
    )
    idenfy_api_key: str = field(default_factory=lambda: _env("IDENFY_API_KEY", "idenfy-key"))
    idenfy_api_secret: str = field(default_factory=lambda: _env("IDENFY_API_SECRET", "idenfy-secret"), repr=False)
    idenfy_signing_key: str = field(
        default_factory=lambda: _env("IDENFY_SIGNING_KEY", "idenfy-signing-key"), repr=False
    )
    # Where webhooks may go: "loopback" (default: a local emulator never calls out to the
    # internet, e.g. to the example URLs a fuzzer sends) or "any".
    webhook_hosts: str = field(default_factory=lambda: _env("WEBHOOK_HOSTS", "loopback"))
    # Provider retry delays are multiplied by this, so "retry in 5 s" takes 50 ms by default.
    webhook_backoff_scale: float = field(default_factory=lambda: float(_env("WEBHOOK_BACKOFF_SCALE", "0.01")))

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in fields(cls)]
