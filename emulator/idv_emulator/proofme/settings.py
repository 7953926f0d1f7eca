"""Proofme's emulator settings (`IDV_EMULATOR_PROOFME_*`, `--proofme-*`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..core.settings import secret


@dataclass(frozen=True)
class ProofmeSettings:
    api_key: str = secret("proofme_test_key")
