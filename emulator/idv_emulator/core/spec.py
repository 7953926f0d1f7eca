"""Load a provider's OpenAPI document once and compile what request handling needs from it.

Everything here happens at start-up: path templates become regexes, parameter and body
schemas become `jsonschema` Draft 2020-12 validators with their `$ref`s inlined. Per request
the emulator only matches a regex and runs precompiled validators (≈ 20 µs), which is what
keeps it spec-driven without openapi-core's per-request cost.
"""

from __future__ import annotations

import copy
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.protocols import Validator

from .ecma import is_date_time, is_email, pattern_keyword, uri_characters
from .fastcheck import SchemaCheck

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_PARAM = re.compile(r"\{([^}/]+)\}")
_NON_WORD = re.compile(r"\W")

# Formats are asserted, as the providers' servers do: a malformed date, UUID, e-mail address or
# URL in a request is a client mistake and gets the provider's 4xx, not a stored garbage value.
FORMAT_CHECKER = FormatChecker(formats=("date", "uuid"))
# `pattern`, `email` and `date-time` as jsonschema-rs (the contract suite's judge) reads them.
FORMAT_CHECKER.checks("email")(is_email)
FORMAT_CHECKER.checks("date-time")(is_date_time)
SpecValidator: type[Validator] = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"pattern": pattern_keyword}
)


@FORMAT_CHECKER.checks("uri", raises=ValueError)
def _absolute_uri(value: object) -> bool:
    """An absolute URI of RFC 3986's characters: a scheme and, for http(s), a host (jsonschema's
    own check needs rfc3987)."""
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    if not parts.scheme or not _SCHEME.match(parts.scheme) or not uri_characters(value):
        return False
    return bool(parts.netloc) if parts.scheme in ("http", "https") else bool(parts.netloc or parts.path)


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*$")


def specs_dir() -> Path:
    """The folder holding `<p>.openapi.yaml`: `IDV_EMULATOR_SPECS`, or the package's `specs/`
    (a link to the repository's specs/ in a checkout, a copy in an installed wheel)."""
    override = os.environ.get("IDV_EMULATOR_SPECS")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "specs"


def inline_refs(node: Any, root: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    """Replace every local `$ref` by a copy of its target (the specs have no recursive refs)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            if ref in seen:
                raise ValueError(f"recursive $ref {ref}")
            target: Any = root
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            merged = {k: v for k, v in node.items() if k != "$ref"}
            resolved = inline_refs(copy.deepcopy(target), root, (*seen, ref))
            return {**resolved, **merged} if merged else resolved
        return {k: inline_refs(v, root, seen) for k, v in node.items()}
    if isinstance(node, list):
        return [inline_refs(v, root, seen) for v in node]
    return node


def _validator(schema: dict[str, Any], *, formats: bool = True) -> SchemaCheck:
    checker = FORMAT_CHECKER if formats else None
    return SchemaCheck(SpecValidator(schema, format_checker=checker), checker)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header
    required: bool
    schema: dict[str, Any]
    validator: SchemaCheck

    @property
    def types(self) -> tuple[str, ...]:
        declared = self.schema.get("type", "string")
        return tuple(declared) if isinstance(declared, list) else (declared,)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    regex: re.Pattern[str]
    parameters: tuple[Parameter, ...]
    bodies: dict[str, SchemaCheck]  # media type -> validator
    body_schemas: dict[str, dict[str, Any]]
    body_required: bool
    security: tuple[str, ...]  # names of the security schemes that apply (any of)
    responses: dict[str, Any] = field(repr=False)


@dataclass
class Spec:
    """A provider's compiled OpenAPI document."""

    provider: str
    raw: dict[str, Any]
    operations: dict[str, Operation]
    by_path: list[tuple[re.Pattern[str], dict[str, Operation]]]

    def match(self, path: str) -> tuple[dict[str, Operation], dict[str, str]] | None:
        """The operations (by method) whose path template matches, with the path params."""
        for regex, methods in self.by_path:
            m = regex.match(path)
            if m:
                return methods, m.groupdict()
        return None


def _path_regex(template: str) -> re.Pattern[str]:
    """`/v1/persons/{person_id}` -> `^/v1/persons/(?P<person_id>[^/]+)$`."""
    parts = _PARAM.split(template)
    pattern = "".join(
        re.escape(part) if i % 2 == 0 else "(?P<" + _NON_WORD.sub("_", part) + ">[^/]+)" for i, part in enumerate(parts)
    )
    return re.compile(f"^{pattern}$")


def load_spec(provider: str, path: Path | None = None) -> Spec:
    raw: dict[str, Any] = yaml.safe_load((path or specs_dir() / f"{provider}.openapi.yaml").read_text())
    resolved = inline_refs({k: v for k, v in raw.items() if k != "components"}, raw)
    global_security = tuple(name for req in raw.get("security", []) for name in req)
    operations: dict[str, Operation] = {}
    by_path: list[tuple[re.Pattern[str], dict[str, Operation]]] = []
    # Literal paths before templated ones, so /v1/identification/data/{id} is not eaten by
    # /v1/identification/{id}; among equals, more segments first.
    ordered = sorted(resolved.get("paths", {}).items(), key=lambda kv: (kv[0].count("{"), -kv[0].count("/")))
    for template, item in ordered:
        regex = _path_regex(template)
        methods: dict[str, Operation] = {}
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = {(p["name"], p["in"]): p for p in shared}
            params.update({(p["name"], p["in"]): p for p in op.get("parameters", [])})
            parameters = tuple(
                Parameter(
                    name=p["name"],
                    location=p["in"],
                    required=bool(p.get("required", p["in"] == "path")),
                    schema=p.get("schema", {}),
                    # A malformed id in the path names no resource: the handler's 404, not a 400.
                    validator=_validator(p.get("schema", {}), formats=p["in"] != "path"),
                )
                for p in params.values()
                if p["in"] in ("path", "query", "header")
            )
            body = op.get("requestBody", {})
            content = body.get("content", {})
            security = op.get("security")
            names = tuple(n for req in security for n in req) if security is not None else global_security
            operation = Operation(
                operation_id=op["operationId"],
                method=method.upper(),
                path=template,
                regex=regex,
                parameters=parameters,
                bodies={mt: _validator(c.get("schema", {})) for mt, c in content.items()},
                body_schemas={mt: c.get("schema", {}) for mt, c in content.items()},
                body_required=bool(body.get("required", False)),
                security=names,
                responses=op.get("responses", {}),
            )
            methods[operation.method] = operation
            operations[operation.operation_id] = operation
        by_path.append((regex, methods))
    return Spec(provider=provider, raw=raw, operations=operations, by_path=by_path)
