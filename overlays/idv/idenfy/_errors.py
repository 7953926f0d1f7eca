"""iDenfy's error envelope: `{"identifier": "<CONSTANT>", "message": "…"}`.

Sent with 400 or the fitting status (401 `UNAUTHORIZED`, 404, 429 `TOO_MANY_REQUESTS`, 5xx
`INTERNAL_ERROR` …), sometimes with `documentation` and `severity` as well. The identifier
becomes the error's `code`, the message its `detail`. iDenfy has no field attribute, but its
messages name the parameter (`"Missing parameter: clientId."`, `"Bad value for parameter:
callbackUrl. …"`): that name becomes `field`. It sends no request id.
"""

from __future__ import annotations

import re

import httpx

from .._core._base import _json_or_none
from .._core._errors import ErrorEnvelope

__all__ = ["parse_error"]

_PARAMETER = re.compile(r"\bparameter:\s*([A-Za-z_][A-Za-z0-9_.\[\]]*?)(?:[.,;]?(?:\s|$))")


def parse_error(response: httpx.Response) -> ErrorEnvelope:
    raw = _json_or_none(response)
    if not isinstance(raw, dict) or not isinstance(raw.get("identifier"), str):
        return ErrorEnvelope(raw=raw)
    message = raw.get("message")
    detail = message if isinstance(message, str) else None
    found = _PARAMETER.search(detail) if detail else None
    return ErrorEnvelope(code=raw["identifier"], detail=detail, field=found.group(1) if found else None, raw=raw)
