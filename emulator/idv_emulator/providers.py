"""The providers the emulator serves, each under `/<name>`."""

from __future__ import annotations

from .core.provider import Provider
from .hopae.handlers import HopaeProvider
from .idenfy.handlers import IdenfyProvider
from .proofme.handlers import ProofmeProvider
from .solaris.handlers import SolarisProvider

PROVIDER_CLASSES: tuple[type[Provider], ...] = (HopaeProvider, IdenfyProvider, ProofmeProvider, SolarisProvider)
