"""Solaris KYC emulator: OAuth2 tokens, persons, identification sessions, identifications, webhooks."""

from .handlers import SolarisProvider
from .settings import SolarisSettings

PROVIDER = SolarisProvider

__all__ = ["PROVIDER", "SolarisProvider", "SolarisSettings"]
