"""Validate every response the emulator sends in tests against the provider's spec.

openapi-core's response validation, fed from httpx: `SpecCheckedClient` is an `httpx.Client`
whose every response is checked before the test sees it, so a test cannot pass on a body
the spec does not allow.
"""

from __future__ import annotations

import copy
import functools
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types.util import json_loads
from openapi_core.templating.paths.exceptions import OperationNotFound, PathNotFound
from werkzeug.datastructures import Headers, ImmutableMultiDict

from idv_emulator.core.spec import specs_dir


class _Request:
    def __init__(self, request: httpx.Request, prefix: str) -> None:
        self._request = request
        url = urlsplit(str(request.url))
        self.host_url = f"{url.scheme}://{url.netloc}{prefix}"
        self.path = url.path[len(prefix) :] if url.path.startswith(prefix) else url.path
        self.method = request.method.lower()
        self.body = request.content or None
        self.content_type = request.headers.get("content-type", "application/json")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qs(url.query)),
            header=Headers(dict(request.headers)),
            cookie=ImmutableMultiDict({}),
        )


class _Response:
    def __init__(self, response: httpx.Response) -> None:
        self.data = response.content
        self.status_code = response.status_code
        self.content_type = response.headers.get("content-type", "")
        self.headers = Headers(dict(response.headers))


@functools.cache
def openapi_for(provider: str) -> OpenAPI:
    import yaml

    raw: dict[str, Any] = yaml.safe_load((specs_dir() / f"{provider}.openapi.yaml").read_text())
    raw = copy.deepcopy(raw)
    # Validate paths only: servers (and per-operation overrides) point at real hosts.
    raw["servers"] = [{"url": "/"}]
    for item in raw.get("paths", {}).values():
        item.pop("servers", None)
        for op in item.values():
            if isinstance(op, dict):
                op.pop("servers", None)
    # Proofme answers errors as application/hal+json, which openapi-core doesn't know is JSON.
    return OpenAPI.from_dict(raw, config=Config(extra_media_type_deserializers={"application/hal+json": json_loads}))


def validate_response(provider: str, response: httpx.Response, prefix: str) -> None:
    """Raise if `response` to a spec operation is not what the spec allows.

    Responses to routes or methods the spec doesn't have (404/405 tests) have nothing to be
    validated against and pass through.
    """
    try:
        openapi_for(provider).validate_response(_Request(response.request, prefix), _Response(response))
    except (PathNotFound, OperationNotFound):
        return


class SpecCheckedClient(httpx.Client):
    """An httpx client for one provider whose every spec response is validated."""

    def __init__(self, provider: str, base_url: str, **kwargs: Any) -> None:
        prefix = urlsplit(base_url).path.rstrip("/")
        super().__init__(base_url=base_url, **kwargs)
        self.provider = provider
        self.prefix = prefix

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:  # type: ignore[override]
        response = super().send(request, **kwargs)
        path = request.url.path[len(self.prefix) :]
        if not path.startswith("/_pages/"):
            response.read()
            validate_response(self.provider, response, self.prefix)
        return response
