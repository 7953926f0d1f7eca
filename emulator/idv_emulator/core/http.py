"""The emulator's minimal HTTP layer: a request object for handlers and the response they return.

The emulator speaks plain ASGI (no framework routing): one dispatcher matches the spec's
paths, so a request costs a regex match plus precompiled validators, nothing more.
"""

from __future__ import annotations

import json
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

# Deeper JSON is refused before anything recurses into it (the parser, null-dropping, schema
# validation, the encoder): no provider's API nests anywhere near this deep.
MAX_JSON_DEPTH = 64


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text[:20]} is out of range")
    return value


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def parse_json(raw: bytes | str) -> Any:
    """Parse strict JSON (RFC 8259): no `NaN`/`Infinity`, no number that overflows to them,
    at most `MAX_JSON_DEPTH` levels of nesting. ValueError, with the reason, otherwise."""
    try:
        data = json.loads(raw, parse_float=_finite, parse_constant=_not_json)
    except RecursionError:
        raise ValueError(f"nested deeper than {MAX_JSON_DEPTH} levels") from None
    stack: list[tuple[Any, int]] = [(data, 1)] if isinstance(data, dict | list) else []
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node
        for child in children:
            if isinstance(child, dict | list):
                if depth >= MAX_JSON_DEPTH:
                    raise ValueError(f"nested deeper than {MAX_JSON_DEPTH} levels")
                stack.append((child, depth + 1))
    return data


def is_json_media_type(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


@dataclass
class Request:
    method: str
    path: str  # path below the provider prefix, e.g. /v1/identification
    query_string: bytes
    headers: dict[str, str]  # lower-cased names
    body: bytes
    base_url: str  # the configured public URL, or the address the server is bound to (never `Host`)
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
class Deferred:
    """A handler's answer that needs outside I/O first (Solaris' subscription probe): the app
    awaits `wait` on the event loop, without the state lock, then answers `then(result)` under it.
    Nothing a handler does may block the loop."""

    wait: Awaitable[Any]
    then: Callable[[Any], Response]


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
