"""Errors raised by emulator handlers, and the failures the core detects before a handler runs.

Handlers and models raise `ApiError` with the provider's own vocabulary (code, title,
detail). The provider module turns it into the exact body and status the real API sends —
Solaris `{"errors":[…]}`, iDenfy `{identifier, message}`, Hopae `{"error":{…}}`, Proofme
hal+json — so no handler ever formats an error body itself.

A failure the core detects (no route, bad credentials, a parameter or body that breaks the
spec, …) is a `Failure` value: its kind, where it is (path, query, header or body), the field,
the JSON Schema keyword that failed and the message. The provider's `error_for(failure,
request)` maps it to an `ApiError` in its own codes, from those fields, never from wording.
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
    """Generic failure kinds the core detects before a handler runs."""

    NOT_FOUND_ROUTE = "route_not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    MALFORMED_BODY = "malformed_body"
    BODY_TOO_LARGE = "body_too_large"
    VALIDATION = "validation"
    MISSING = "missing"  # a required parameter, body or body field is absent
    UNAUTHENTICATED = "unauthenticated"
    INTERNAL = "internal"


PARAMETER_LOCATIONS = ("path", "query", "header")


@dataclass(frozen=True)
class Failure:
    """What went wrong with a request, as data.

    Args:
        kind: one of `Kind`.
        message: the reason alone (e.g. jsonschema's message), without where it happened.
        where: `path`, `query`, `header` or `body`; None when not about one part of the request.
        field: the parameter name, or the dotted path of the body member (None: the whole body).
        keyword: the JSON Schema keyword that failed (`type`, `pattern`, `required`, `not`, …).
        expected: that keyword's value in the schema (e.g. the pattern); for a malformed body,
            the parser's reason.
    """

    kind: str
    message: str
    where: str | None = None
    field: str | None = None
    keyword: str | None = None
    expected: Any = None

    @property
    def in_parameter(self) -> bool:
        return self.where in PARAMETER_LOCATIONS

    @property
    def detail(self) -> str:
        """A one-line English description naming where the failure is."""
        if self.in_parameter:
            if self.kind == Kind.MISSING:
                return f"missing required {self.where} parameter {self.field!r}"
            return f"{self.where} parameter {self.field!r}: {self.message}"
        if self.where == "body" and self.field is not None:
            return f"{self.field}: {self.message}"
        return self.message
