"""The emulator's minimal HTTP layer: a request object for handlers and the response they return.

The emulator speaks plain ASGI (no framework routing): one dispatcher matches the spec's
paths, so a request costs a regex match plus precompiled validators, nothing more.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl


@dataclass
class Request:
    method: str
    path: str  # path below the provider prefix, e.g. /v1/identification
    query_string: bytes
    headers: dict[str, str]  # lower-cased names
    body: bytes
    base_url: str  # scheme://host[:port] as the client reached us
    prefix: str = ""  # /proofme, /solaris, …
    path_params: dict[str, str] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    json: Any = None  # parsed body (JSON or form), set after validation
    media_type: str | None = None
    operation_id: str | None = None
    principal: str | None = None  # who authenticated (client id / key), set by auth

    @property
    def provider_url(self) -> str:
        """Absolute URL of this provider's root on the emulator (for hosted page links)."""
        return f"{self.base_url}{self.prefix}"

    def query_pairs(self) -> list[tuple[str, str]]:
        return parse_qsl(self.query_string.decode("latin-1"), keep_blank_values=True)

    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode("utf-8", "replace"), keep_blank_values=True))


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str | None = "application/json"
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, data: Any, status: int = 200, **kwargs: Any) -> Response:
        return cls(status, json.dumps(data, separators=(",", ":")).encode(), **kwargs)

    @classmethod
    def empty(cls, status: int = 204, **kwargs: Any) -> Response:
        return cls(status, b"", content_type=None, **kwargs)

    @classmethod
    def html(cls, text: str, status: int = 200) -> Response:
        return cls(status, text.encode(), content_type="text/html; charset=utf-8")

    @classmethod
    def redirect(cls, location: str) -> Response:
        return cls(303, b"", content_type=None, headers={"location": location})

    def raw_headers(self) -> list[tuple[bytes, bytes]]:
        headers = [(k.lower().encode(), v.encode("latin-1")) for k, v in self.headers.items()]
        if self.content_type is not None:
            headers.append((b"content-type", self.content_type.encode()))
        headers.append((b"content-length", str(len(self.body)).encode()))
        return headers
