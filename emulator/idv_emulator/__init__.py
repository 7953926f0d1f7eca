"""A stateful local emulator of the Proofme, Solaris, Hopae Connect and iDenfy APIs.

Spec-first: each provider's routes, parameters and bodies come from `specs/<p>.openapi.yaml`,
validated by validators compiled at start-up. On top: real credential checks, lifecycles,
signed webhooks, hosted approval pages, a control API under `/_emulator`, and fault
injection. Use it over HTTP (`idv-emulator serve`), in-process (`create_app()` with
`httpx.ASGITransport`), or from pytest (the `idv_emulator` fixture).
"""

from .app import EmulatorApp, create_app
from .config import EmulatorConfig
from .server import EmulatorServer

__all__ = ["EmulatorApp", "EmulatorConfig", "EmulatorServer", "create_app"]
