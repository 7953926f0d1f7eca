"""Errors raised by emulator handlers; each provider renders them in its own envelope.

Handlers and models raise `ApiError` with the provider's own vocabulary (code, title,
detail). The provider module turns it into the exact body and status the real API sends —
Solaris `{"errors":[…]}`, iDenfy `{identifier, message}`, Hopae `{"error":{…}}`, Proofme
hal+json — so no handler ever formats an error body itself.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


@dataclass
class ApiError(Exception):
    status: int
    code: str
    title: str
    detail: str
    field: str | None = None
    details: dict[str, Any] = dataclasses.field(default_factory=dict)
    headers: dict[str, str] = dataclasses.field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status} {self.code}: {self.detail}"


class Kind:
    """Generic failure kinds the core detects before a handler runs.

    Providers map each kind to their own code and title (see `ProviderModule.error_for`).
    """

    NOT_FOUND_ROUTE = "route_not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    MALFORMED_BODY = "malformed_body"
    BODY_TOO_LARGE = "body_too_large"
    VALIDATION = "validation"
    MISSING = "missing"  # a required parameter or body field is absent
    UNAUTHENTICATED = "unauthenticated"
    INTERNAL = "internal"
    INJECTED = "injected"
