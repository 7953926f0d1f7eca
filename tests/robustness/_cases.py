"""What the robustness suite runs, read from the specs: every JSON response of every operation
and every webhook payload of every provider of the registry.

Nothing here lists a provider, an operation or a status: a new spec, operation, response or
webhook is a new case the moment it is in `specs/`.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import re
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from http import HTTPStatus
from types import ModuleType, NoneType, UnionType
from typing import Any
from uuid import UUID

import httpx
import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier

from scripts._registry import PROVIDERS, generated_package, spec_path
from tests.robustness._answers import Answer, Builder, Spec, answers

__all__ = [
    "METHODS",
    "Operation",
    "ResponseCase",
    "WebhookCase",
    "generated_arguments",
    "generated_operation",
    "model_class",
    "operations",
    "response_cases",
    "spec",
    "webhook_cases",
]

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The status served for a `default` response: the first one the operation does not list.
# (The generated clients build an `HTTPStatus`, so it has to be a registered code.)
DEFAULT_STATUSES = (500, 502, 503, 504, 429, 405, 413, 415, 409, 418)


@functools.cache
def spec(provider: str) -> Spec:
    return Spec(yaml.safe_load(spec_path(provider).read_text()))


def _is_json(content_type: str) -> bool:
    return content_type == "application/json" or content_type.endswith("+json")


def _json_content(document: Spec, holder: Mapping[str, Any]) -> tuple[str, Any] | None:
    """(content type, schema) of the first JSON content of a response or request body."""
    for content_type, media in document.resolve(holder).get("content", {}).items():
        if _is_json(content_type) and isinstance(media, Mapping) and "schema" in media:
            return content_type, media["schema"]
    return None


@dataclass(frozen=True)
class Operation:
    provider: str
    operation_id: str
    method: str
    path: str
    tag: str | None
    definition: Mapping[str, Any]
    parameters: tuple[Mapping[str, Any], ...]

    def matches(self, request: httpx.Request) -> bool:
        """Is `request` a call of this operation (whatever the base URL's own path)?"""
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(self.path))
        return request.method.lower() == self.method and re.search(f"{pattern}$", request.url.path) is not None


def operations(provider: str) -> list[Operation]:
    document = spec(provider)
    found = []
    for path, item in document.document.get("paths", {}).items():
        shared = tuple(document.resolve(p) for p in item.get("parameters", []))
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            own = tuple(document.resolve(p) for p in op.get("parameters", []))
            tags = op.get("tags") or [None]
            found.append(Operation(provider, op["operationId"], method, path, tags[0], op, shared + own))
    return found


@dataclass(frozen=True)
class ResponseCase:
    operation: Operation
    status: str  # as in the spec: "200", "4XX", "default"
    code: int  # the status served
    content_type: str
    schema: Any

    @property
    def id(self) -> str:
        return f"{self.operation.provider}-{self.operation.operation_id}-{self.status}"

    @property
    def documented(self) -> bool:
        return self.status != "default"

    def answers(self) -> list[Answer]:
        return answers(spec(self.operation.provider), self.schema)

    def response(self, body: Any) -> httpx.Response:
        return httpx.Response(self.code, content=json.dumps(body).encode(), headers={"content-type": self.content_type})


def _served_code(status: str, listed: set[str]) -> int:
    if status.isdigit():
        return int(status)
    if re.fullmatch(r"[1-5]XX", status):
        return next(c for c in HTTPStatus if str(c.value)[0] == status[0] and str(c.value) not in listed)
    return next(c for c in DEFAULT_STATUSES if str(c) not in listed)


def response_cases(provider: str) -> list[ResponseCase]:
    document = spec(provider)
    found = []
    for operation in operations(provider):
        responses = operation.definition.get("responses", {})
        for status, response in responses.items():
            content = _json_content(document, response)
            if content is not None:
                code = _served_code(str(status), {str(s) for s in responses})
                found.append(ResponseCase(operation, str(status), code, content[0], content[1]))
    return found


@dataclass(frozen=True)
class WebhookCase:
    provider: str
    name: str
    schema: Any
    headers: Mapping[str, Any]  # required header parameters: name -> schema

    @property
    def id(self) -> str:
        return f"{self.provider}-webhook-{self.name}"

    def answers(self) -> list[Answer]:
        return answers(spec(self.provider), self.schema)

    def spec_headers(self, skip: frozenset[str] | set[str] = frozenset()) -> dict[str, str]:
        """Values of the webhook's required headers the spec describes (the event type, …),
        but those named in `skip` (lower case: the signature the adapter computes)."""
        document = spec(self.provider)
        return {
            name: str(Builder(document).build(schema))
            for name, schema in self.headers.items()
            if name.lower() not in skip
        }


def webhook_cases(provider: str) -> list[WebhookCase]:
    document = spec(provider)
    found = []
    for name, item in document.document.get("webhooks", {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None or "requestBody" not in op:
                continue
            content = _json_content(document, op["requestBody"])
            if content is None:
                continue
            params = [document.resolve(p) for p in (*item.get("parameters", []), *op.get("parameters", []))]
            headers = {p["name"]: p["schema"] for p in params if p.get("in") == "header" and p.get("required")}
            found.append(WebhookCase(provider, name, content[1], headers))
    return found


# -- the generated client ------------------------------------------------------------------


def generated_operation(operation: Operation) -> ModuleType:
    """`<p>_client.api.<tag>.<operation_id>`, the module openapi-python-client writes."""
    package = generated_package(operation.provider)
    name = PythonIdentifier(operation.operation_id, "")
    tag = PythonIdentifier(operation.tag or "default", "")
    return importlib.import_module(f"{package}.api.{tag}.{name}")


def model_class(provider: str, schema: Any) -> type | None:
    """The generated class of a `$ref`'d component schema (None for an inline schema)."""
    ref = schema.get("$ref") if isinstance(schema, Mapping) else None
    if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
        return None
    models = importlib.import_module(f"{generated_package(provider)}.models")
    found: type | None = getattr(models, ClassName(ref.rsplit("/", 1)[-1], ""), None)
    return found


@functools.cache
def _schema_by_class(provider: str) -> Mapping[str, str]:
    schemas = spec(provider).document.get("components", {}).get("schemas", {})
    return {ClassName(name, ""): name for name in schemas}


def _value_for(provider: str, annotation: Any) -> Any:
    """A value of a generated operation's parameter type; models from the spec's schema."""
    if typing.get_origin(annotation) in (typing.Union, UnionType):
        options = [
            a for a in typing.get_args(annotation) if a is not NoneType and getattr(a, "__name__", "") != "Unset"
        ]
        return _value_for(provider, options[0])
    origin = typing.get_origin(annotation)
    if origin in (list, tuple, set):
        return origin()
    if isinstance(annotation, type):
        if issubclass(annotation, Enum):
            return next(iter(annotation))
        if issubclass(annotation, bool):
            return True
        if issubclass(annotation, int | float):
            return annotation(1)
        if issubclass(annotation, str):
            return "id-1"
        if issubclass(annotation, UUID):
            return UUID("3f2a6c1e-8b4d-4f7a-9c2e-1d5b7a9e0f31")
        if issubclass(annotation, datetime):
            return datetime(2026, 1, 2, 3, 4, 5)
        if issubclass(annotation, date):
            return date(2026, 1, 2)
        if hasattr(annotation, "from_dict"):
            name = _schema_by_class(provider).get(annotation.__name__)
            schema = {"$ref": f"#/components/schemas/{name}"} if name else {}
            return annotation.from_dict(Builder(spec(provider)).build(schema))
    raise TypeError(f"no value for a parameter of type {annotation!r}")


def generated_arguments(provider: str, module: ModuleType) -> dict[str, Any]:
    """Arguments for the required parameters of `module.sync_detailed` (except `client`):
    path parameters, required query parameters, the request body (a minimal one, through
    the generated model's `from_dict`)."""
    function = module.sync_detailed
    hints = typing.get_type_hints(function)
    arguments = {}
    for name, parameter in inspect.signature(function).parameters.items():
        if name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        arguments[name] = _value_for(provider, hints[name])
    return arguments


def providers() -> tuple[str, ...]:
    return PROVIDERS
