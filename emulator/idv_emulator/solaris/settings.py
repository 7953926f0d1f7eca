"""Solaris' emulator settings (`IDV_EMULATOR_SOLARIS_*`, `--solaris-*`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.settings import secret


@dataclass(frozen=True)
class SolarisSettings:
    client_id: str = "solaris-client"
    client_secret: str = secret("solaris-secret")
    token_ttl: int = 3599  # seconds of emulator time an access token lives
