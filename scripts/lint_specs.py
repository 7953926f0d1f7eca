"""Validate every provider spec and enforce the project's own rules on top of OpenAPI 3.1.

Usage: python scripts/lint_specs.py [provider]

openapi-spec-validator checks the document against the OpenAPI 3.1 schema. The house rules
below are what the generator, the emulator and the contract tests rely on: every operation has
a snake_case operationId, a tag, a summary, a description and at least one documented 4xx;
`servers` carry only scheme and host (paths carry the full documented path); credential-like
properties say whether they are sensitive (`x-sensitive`); and every `required` property of a
schema that a provider answer reaches is a recorded guarantee (`x-guaranteed`, the tolerant
reader rule in specs/README.md).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml
from _codegen import select
from _registry import spec_path
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text())
    return data


def house_rules(spec: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if not str(spec.get("openapi", "")).startswith("3.1"):
        problems.append(f"openapi version is {spec.get('openapi')!r}, expected 3.1.x")
    for server in spec.get("servers", []):
        parts = urlsplit(server["url"])
        if not parts.scheme or not parts.netloc:
            problems.append(f"server {server['url']!r}: needs scheme and host")
        elif parts.path not in ("", "/") and not parts.netloc.startswith("127.0.0.1"):
            problems.append(f"server {server['url']!r}: carries a path; put it in `paths`")
    seen: dict[str, str] = {}
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            where = f"{method.upper()} {path}"
            op_id = op.get("operationId")
            if not op_id:
                problems.append(f"{where}: no operationId")
            elif not SNAKE.match(op_id):
                problems.append(f"{where}: operationId {op_id!r} is not snake_case")
            elif op_id in seen:
                problems.append(f"{where}: operationId {op_id!r} also used by {seen[op_id]}")
            else:
                seen[op_id] = where
            if not op.get("tags"):
                problems.append(f"{where}: no tag")
            for field in ("summary", "description"):
                if not op.get(field):
                    problems.append(f"{where}: no {field}")
            statuses = [str(code) for code in op.get("responses", {})]
            if not any(code.startswith("4") for code in statuses):
                problems.append(f"{where}: no documented 4xx response")
    return problems


# Credential-like property names: a word `secret`/`password`/`passwd`/`passphrase`, a name
# ending in `token` (access_token, authToken; not tokenType), or an API/signing/private/secret
# key. Such a property must say whether it is sensitive (see specs/README.md, "Credentials").
_CREDENTIAL_WORDS = {"secret", "secrets", "password", "passwd", "passphrase"}
_CREDENTIAL_KEYS = ("_api_key_", "_apikey_", "_signing_key_", "_private_key_", "_secret_key_")


def _looks_like_credential(name: str) -> bool:
    words = [w for w in re.split(r"[_\-\s]+", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()) if w]
    joined = "_" + "_".join(words) + "_"
    return (
        bool(_CREDENTIAL_WORDS.intersection(words))
        or joined.endswith("_token_")
        or any(key in joined for key in _CREDENTIAL_KEYS)
    )


def sensitive_fields(spec: dict[str, Any]) -> list[str]:
    """`x-sensitive` (kept out of generated reprs by codegen/templates/model.py.jinja) rules.

    It sits only on a property schema (anywhere else the template would ignore it); it is a
    boolean; `false` needs an `x-sensitive-reason`; and a credential-like property carries it.
    """
    problems: list[str] = []
    property_schemas: set[int] = set()

    def walk(node: Any, where: str) -> None:
        if isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, f"{where}/{i}")
            return
        if not isinstance(node, dict):
            return
        props = node.get("properties")
        if isinstance(props, dict):
            for name, schema in props.items():
                if not isinstance(schema, dict):
                    continue
                property_schemas.add(id(schema))
                at = f"{where}/properties/{name}"
                marker = schema.get("x-sensitive")
                if marker is None:
                    if _looks_like_credential(str(name)):
                        problems.append(f"{at}: credential-like property without `x-sensitive`")
                elif not isinstance(marker, bool):
                    problems.append(f"{at}: `x-sensitive` must be true or false, not {marker!r}")
                elif marker is False and not str(schema.get("x-sensitive-reason") or "").strip():
                    problems.append(f"{at}: `x-sensitive: false` needs an `x-sensitive-reason`")
        for key, value in node.items():
            if key in ("x-sensitive", "x-sensitive-reason") and id(node) not in property_schemas:
                problems.append(f"{where}: `{key}` outside a property schema has no effect")
            walk(value, f"{where}/{key}")

    walk(spec, "#")
    return problems


# ---------------------------------------------------------------- tolerant reader: x-guaranteed

GUARANTEED = "x-guaranteed"
# Keywords whose value is one subschema, a list of subschemas, or a map of name → subschema.
# `if` and `not` are left out on purpose: a `required` there describes a condition, not what
# an answer must carry, so it guarantees nothing.
_ONE_SCHEMA = (
    "items",
    "additionalProperties",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contains",
    "then",
    "else",
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas")
# Values that are data, not schemas: an `x-guaranteed` key inside them is not a marker.
_DATA_KEYWORDS = ("example", "examples", "default", "const", "enum")


def _pointer(parts: list[str]) -> str:
    return "#/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _resolve(spec: dict[str, Any], ref: str) -> tuple[Any, list[str]] | None:
    """The target of a local `$ref` (`#/components/...`) and its JSON-pointer parts, or None."""
    if not ref.startswith("#/"):
        return None
    parts = [unquote(p).replace("~1", "/").replace("~0", "~") for p in ref[2:].split("/")]
    node: Any = spec
    for part in parts:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node, parts


def _answer_schemas(spec: dict[str, Any], problems: list[str]) -> Iterator[tuple[Any, list[str]]]:
    """The schemas of what the provider sends: every operation response's content (any status,
    errors and `default` included), and the request bodies of `webhooks` and `callbacks`
    (the provider posts those to us). Responses of webhooks and callbacks are our answers."""

    def deref(node: Any, parts: list[str]) -> tuple[Any, list[str]]:
        for _ in range(32):  # a $ref chain between components cannot be longer than that
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                break
            target = _resolve(spec, node["$ref"])
            if target is None:
                problems.append(f"{_pointer(parts)}: cannot resolve $ref {node['$ref']!r}")
                return None, parts
            node, parts = target
        return node, parts

    def content_schemas(holder: Any, parts: list[str]) -> Iterator[tuple[Any, list[str]]]:
        holder, parts = deref(holder, parts)
        if not isinstance(holder, dict):
            return
        for media, body in (holder.get("content") or {}).items():
            if isinstance(body, dict) and "schema" in body:
                yield body["schema"], [*parts, "content", media, "schema"]

    def operations(item: Any, parts: list[str]) -> Iterator[tuple[dict[str, Any], list[str]]]:
        item, parts = deref(item, parts)
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield item[method], [*parts, method]

    def sent_to_us(item: Any, parts: list[str]) -> Iterator[tuple[Any, list[str]]]:
        for op, op_parts in operations(item, parts):
            if "requestBody" in op:
                yield from content_schemas(op["requestBody"], [*op_parts, "requestBody"])

    for path, item in (spec.get("paths") or {}).items():
        for op, op_parts in operations(item, ["paths", path]):
            for status, response in (op.get("responses") or {}).items():
                yield from content_schemas(response, [*op_parts, "responses", str(status)])
            for name, declared in (op.get("callbacks") or {}).items():
                callback, cb_parts = deref(declared, [*op_parts, "callbacks", name])
                if isinstance(callback, dict):
                    for expression, cb_item in callback.items():
                        yield from sent_to_us(cb_item, [*cb_parts, expression])
    for name, item in (spec.get("webhooks") or {}).items():
        yield from sent_to_us(item, ["webhooks", name])


def response_reachable(spec: dict[str, Any], problems: list[str] | None = None) -> dict[int, tuple[Any, str]]:
    """Every schema a provider answer can contain, keyed by `id()`: the answer schemas of
    `_answer_schemas` and everything reachable from them through local `$ref`s and the
    subschema keywords (`properties`, `items`, `additionalProperties`, `allOf` / `anyOf` /
    `oneOf`, `prefixItems`, …). Each value is (the schema, its JSON pointer). Cycles end at a
    schema already seen."""
    problems = [] if problems is None else problems
    reached: dict[int, tuple[Any, str]] = {}
    stack = list(_answer_schemas(spec, problems))
    stack.reverse()
    while stack:
        node, parts = stack.pop()
        if not isinstance(node, dict) or id(node) in reached:
            continue
        reached[id(node)] = (node, _pointer(parts))
        children: list[tuple[Any, list[str]]] = []
        ref = node.get("$ref")
        if isinstance(ref, str):
            target = _resolve(spec, ref)
            if target is None:
                problems.append(f"{_pointer(parts)}: cannot resolve $ref {ref!r}")
            else:
                children.append(target)
        for key in _ONE_SCHEMA:
            if key in node:
                children.append((node[key], [*parts, key]))
        for key in _SCHEMA_LISTS:
            for i, sub in enumerate(node.get(key) or []):
                children.append((sub, [*parts, key, str(i)]))
        for key in _SCHEMA_MAPS:
            value = node.get(key)
            if isinstance(value, dict):
                children.extend((sub, [*parts, key, name]) for name, sub in value.items())
        stack.extend(reversed(children))
    return reached


def guaranteed_problems(spec: dict[str, Any]) -> list[str]:
    """The tolerant reader rule (specs/README.md, "Tolerant reader"), checked.

    On every response-reachable schema (`response_reachable`), each `required` property has an
    entry in the schema's `x-guaranteed` map, a non-empty string saying why the provider always
    sends it; the map's keys are exactly `required` (a key not in `required` is a stale marker).
    A new required response field is then a decision someone wrote down, not an accident.

    `x-guaranteed` anywhere else is rejected too. It states what the provider puts in every
    answer; on a schema no answer reaches (a request body, a parameter) it states nothing, and
    it is what a split leaves behind on the request copy of a once-shared schema. Allowing it
    there would let markers outlive their meaning, and would blur the line the rule draws:
    `required` on a request schema is the seed's constraint on us and needs no marker.
    """
    problems: list[str] = []
    reached = response_reachable(spec, problems)
    for node, where in reached.values():
        required = node.get("required")
        marker = node.get(GUARANTEED)
        if not isinstance(required, list):
            required = []
        if marker is None:
            marker = {}
        elif not isinstance(marker, dict):
            problems.append(f"{where}: `{GUARANTEED}` must map property names to reasons, not {marker!r}")
            continue
        for name in required:
            if name not in marker:
                problems.append(f"{where}: required `{name}` in a response schema has no `{GUARANTEED}` reason")
        for name, reason in marker.items():
            if name not in required:
                problems.append(f"{where}: `{GUARANTEED}` names `{name}`, which is not required (stale marker)")
            elif not isinstance(reason, str) or not reason.strip():
                problems.append(f"{where}: `{GUARANTEED}` reason for `{name}` must be a non-empty string")

    def walk(node: Any, parts: list[str]) -> None:
        if isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, [*parts, str(i)])
            return
        if not isinstance(node, dict):
            return
        if GUARANTEED in node and id(node) not in reached:
            problems.append(f"{_pointer(parts)}: `{GUARANTEED}` on a schema no provider answer reaches")
        for key, value in node.items():
            if key in _DATA_KEYWORDS or key == GUARANTEED:
                continue
            if key in _SCHEMA_MAPS and isinstance(value, dict):
                for name, sub in value.items():  # names, not keywords: a property may be called anything
                    walk(sub, [*parts, key, name])
            else:
                walk(value, [*parts, key])

    walk(spec, [])
    return problems


def main() -> None:
    failed = False
    for provider in select(sys.argv[1] if len(sys.argv) > 1 else None):
        path = spec_path(provider)
        spec = load(path)
        try:
            validate(spec)
            problems = []
        except OpenAPIValidationError as exc:
            problems = [f"OpenAPI 3.1 validation: {exc.message} at {list(exc.path)}"]
        problems += house_rules(spec)
        problems += sensitive_fields(spec)
        problems += guaranteed_problems(spec)
        if problems:
            failed = True
            print(f"{path.name}: {len(problems)} problem(s)")
            for line in problems:
                print(f"  {line}")
        else:
            ops = sum(1 for item in spec["paths"].values() for m in HTTP_METHODS if m in item)
            print(f"{path.name}: ok ({ops} operations, {len(spec.get('webhooks', {}))} webhooks)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
