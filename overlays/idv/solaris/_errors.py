"""Solaris' two error shapes, normalised into `ErrorEnvelope`.

- Every `/v1` endpoint: `{"errors": [{"id", "status", "code", "title", "detail" | "details",
  "source": {"field", "message"}}]}`. The first error is the envelope; its `id` (a UUID or a
  `…bex` id, the one Solaris support asks for) is the request id. The per-endpoint pages also
  show the error object flattened (without the `errors` array): accepted as well.
- The OAuth2 token endpoint (RFC 6749 §5.2): `{"error": "invalid_client",
  "error_description": "…"}`; `error` becomes the code.
"""

from __future__ import annotations

from typing import Any

import httpx

from .._core._base import _json_or_none
from .._core._errors import ErrorEnvelope

__all__ = ["parse_error", "request_id"]


def _first_error(raw: Any) -> dict[str, Any] | None:
    if not isinstance(raw, dict):
        return None
    errors = raw.get("errors")
    if isinstance(errors, list):
        return errors[0] if errors and isinstance(errors[0], dict) else None
    if isinstance(raw.get("code"), str):  # the flattened form of the per-endpoint pages
        return raw
    return None


def parse_error(response: httpx.Response) -> ErrorEnvelope:
    raw = _json_or_none(response)
    error = _first_error(raw)
    if error is not None:
        source = error.get("source")
        field = source.get("field") if isinstance(source, dict) else None
        return ErrorEnvelope(
            code=_str(error.get("code")),
            title=_str(error.get("title")),
            detail=_str(error.get("detail")) or _str(error.get("details")),
            field=_str(field),
            raw=raw,
        )
    if isinstance(raw, dict) and isinstance(raw.get("error"), str):
        return ErrorEnvelope(code=raw["error"], detail=_str(raw.get("error_description")), raw=raw)
    return ErrorEnvelope(raw=raw)


def request_id(response: httpx.Response) -> str | None:
    """The first error's `id`, else an `X-Request-Id` header if one was sent."""
    error = _first_error(_json_or_none(response))
    if error is not None and isinstance(error.get("id"), str):
        value: str = error["id"]
        return value
    header: str | None = response.headers.get("x-request-id")
    return header


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None
