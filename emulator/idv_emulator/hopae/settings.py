"""Hopae's emulator settings (`IDV_EMULATOR_HOPAE_*`, `--hopae-*`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.settings import secret


@dataclass(frozen=True)
class HopaeSettings:
    client_id: str = "hopae-client"
    client_secret: str = secret("hopae-secret")
    webhook_url: str | None = None
    webhook_secret: str = secret("whsec_hopae_emulator")
