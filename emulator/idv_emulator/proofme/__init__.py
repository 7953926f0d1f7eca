"""Proofme emulator: identifications, the hosted MyPage, encrypted data, unsigned webhooks."""

from .handlers import ProofmeProvider
from .settings import ProofmeSettings

PROVIDER = ProofmeProvider

__all__ = ["PROVIDER", "ProofmeProvider", "ProofmeSettings"]
