"""iDenfy emulator: verification tokens, auto then manual results, dummyStatus, signed webhooks."""

from .handlers import IdenfyProvider
from .settings import IdenfySettings

PROVIDER = IdenfyProvider

__all__ = ["PROVIDER", "IdenfyProvider", "IdenfySettings"]
