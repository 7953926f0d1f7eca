"""iDenfy's emulator settings (`IDV_EMULATOR_IDENFY_*`, `--idenfy-*`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.settings import secret


@dataclass(frozen=True)
class IdenfySettings:
    api_key: str = "idenfy-key"
    api_secret: str = secret("idenfy-secret")
    signing_key: str = secret("idenfy-signing-key")
