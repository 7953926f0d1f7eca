"""Validate every provider spec and enforce the project's own rules on top of OpenAPI 3.1.

Usage: python scripts/lint_specs.py [provider]

openapi-spec-validator checks the document against the OpenAPI 3.1 schema. The house rules
below are what the generator, the emulator and the contract tests rely on: every operation has
a snake_case operationId, a tag, a summary, a description and at least one documented 4xx;
`servers` carry only scheme and host (paths carry the full documented path).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

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
