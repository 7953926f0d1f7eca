"""Proofme's error envelope: `application/hal+json` `{status, title, detail, field?, _links}`.

Proofme has no error code: `title` ("Unauthorized Request", "Unprocessable Entity", …) is the
closest thing and becomes `ErrorEnvelope.code` as well as `.title`. `field` names the
offending request field on 422 answers. Proofme sends no request id.
"""

from __future__ import annotations

import httpx

from .._core._base import _json_or_none
from .._core._errors import ErrorEnvelope

__all__ = ["parse_error"]


def parse_error(response: httpx.Response) -> ErrorEnvelope:
    raw = _json_or_none(response)
    if not isinstance(raw, dict):
        return ErrorEnvelope(raw=raw)
    title = _str(raw.get("title"))
    return ErrorEnvelope(code=title, title=title, detail=_str(raw.get("detail")), field=_str(raw.get("field")), raw=raw)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
