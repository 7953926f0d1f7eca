"""Hopae's error envelope: `{"error": {"code", "message", "details"}}` (OAuth 2.0 bodies on `/connect/token`)."""

from __future__ import annotations

import httpx

from .._core._base import _json_or_none
from .._core._errors import ErrorEnvelope


def parse_error(response: httpx.Response) -> ErrorEnvelope:
    """Hopae's envelope, or the token endpoint's OAuth 2.0 body `{"error": "<code>",
    "error_description": "…"}`."""
    raw = _json_or_none(response)
    body = raw.get("error") if isinstance(raw, dict) else None
    if isinstance(body, str) and isinstance(raw, dict):
        return ErrorEnvelope(code=body, detail=_str(raw.get("error_description")), raw=raw)
    if not isinstance(body, dict):
        return ErrorEnvelope(raw=raw)
    details = body.get("details")
    parameter = details.get("parameter") if isinstance(details, dict) else None
    field = parameter if isinstance(parameter, str) else None
    return ErrorEnvelope(code=_str(body.get("code")), detail=_str(body.get("message")), field=field, raw=raw)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None
