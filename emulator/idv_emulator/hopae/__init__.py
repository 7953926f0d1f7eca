"""Hopae Connect emulator: verifications across eID providers, userinfo, signed webhooks."""

from .handlers import HopaeProvider
from .settings import HopaeSettings

PROVIDER = HopaeProvider

__all__ = ["PROVIDER", "HopaeProvider", "HopaeSettings"]
