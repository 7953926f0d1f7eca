"""What the conformance suite needs to know about each provider, one module per provider.

`tests/overlays/test_conformance.py` runs the same checks for every provider of the registry
(`scripts/_registry.py`) and imports `tests.overlays.adapters.<provider>` for the few things
only the provider knows. A new provider adds `<provider>.py` here with:

    SECRETS: tuple[str, ...]             the credential values `client()` uses (must never leak)
    CLIENT: type                         the sync client class
    ENV: tuple[str, ...]                 credential variables; without them the client refuses
    WEBHOOK_SECRET_ENV: str | None       the variable `parse_webhook` falls back to (None: unsigned)
    WEBHOOK_SECRET_OPTION: str | None    the client keyword taking the webhook secret (None: unsigned)
    WEBHOOK_BODY: bytes                  a valid webhook body
    def client(transport, **options)     the sync client on an httpx transport, test credentials
    def preflight(request)               an answer for requests that are not the call under
                                         test (an OAuth2 token fetch), else None
    def create(client)                   one creation (not idempotent: must never be retried)
    def read(client)                     one idempotent read
    def sign(body, secret) -> headers    valid signature headers for `body` (unsigned: {})
    OPERATIONS: dict[str, Callable]      operationId -> `lambda client: client.<typed method>(...)`,
                                         one call of it (the robustness suite, tests/robustness)
    NO_OVERLAY_METHOD: dict[str, str]    operationId -> why it has no typed method (the suite
                                         runs it through `client.call(...)`)

Every operationId of the spec is in exactly one of OPERATIONS and NO_OVERLAY_METHOD.
"""

from __future__ import annotations

import importlib
from types import ModuleType


def adapter(provider: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{provider}")
