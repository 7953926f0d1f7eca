"""Request validation against the compiled spec: parameters, content type, body.

Parses the body (form, or JSON with `http.parse_json`: the one, strict, parse of a request's
JSON body) and coerces query/path strings to the types their schemas declare, then runs the
validators compiled at start-up. Failures come back as `Failure` values (where, field, keyword,
message) so the provider can answer in its own envelope and status without reading the message.
"""

from __future__ import annotations

from typing import Any

from jsonschema.exceptions import ValidationError

from .errors import Failure, Kind
from .http import Request, parse_json
from .spec import Operation, Parameter

FORM = "application/x-www-form-urlencoded"


def _coerce(value: str, types: tuple[str, ...]) -> Any:
    for kind in types:
        try:
            if kind == "integer":
                return int(value)
            if kind == "number":
                return float(value)
            if kind == "boolean" and value in ("true", "false"):
                return value == "true"
        except ValueError:
            continue
        if kind == "string":
            return value
        if kind == "null" and value == "":
            return None
    return value


def _field_path(error: ValidationError) -> str | None:
    parts = [str(p) for p in error.absolute_path]
    if error.validator == "required" and isinstance(error.validator_value, list):
        present = error.instance if isinstance(error.instance, dict) else {}
        missing = [name for name in error.validator_value if name not in present]
        if missing:
            parts.append(missing[0])
    return ".".join(parts) or None


def check_parameters(op: Operation, request: Request) -> Failure | None:
    pairs = request.query_pairs()
    query: dict[str, Any] = {}
    for param in op.parameters:
        raw = _raw_value(param, request, pairs)
        if raw is None:
            if param.required:
                return Failure(Kind.MISSING, "is required", param.location, param.name, "required")
            continue
        value: Any
        if "array" in param.types:
            item_types = param.schema.get("items", {}).get("type", "string")
            item_types = tuple(item_types) if isinstance(item_types, list) else (item_types,)
            value = [_coerce(v, item_types) for v in raw]
        else:
            value = _coerce(raw[-1], param.types)
        error = param.validator.first_error(value)
        if error is not None:
            return Failure(
                Kind.VALIDATION, error.message, param.location, param.name, str(error.validator), error.validator_value
            )
        if param.location == "path":
            request.path_params[param.name] = value
        elif param.location == "query":
            query[param.name] = value
    request.query = query
    return None


def _raw_value(param: Parameter, request: Request, pairs: list[tuple[str, str]]) -> list[str] | None:
    if param.location == "path":
        value = request.path_params.get(param.name)
        return None if value is None else [value]
    if param.location == "header":
        value = request.headers.get(param.name.lower())
        return None if value is None else [value]
    values = [v for k, v in pairs if k == param.name]
    return values or None


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def check_body(op: Operation, request: Request, *, drop_nulls: bool = False) -> Failure | None:
    """Parse and validate the body; `drop_nulls` ignores null members first (Solaris' rule)."""
    content_type = request.headers.get("content-type", "")
    media_type = content_type.split(";", 1)[0].strip().lower()
    if not op.bodies:
        return None
    if not request.body:
        if op.body_required:
            return Failure(Kind.MISSING, "request body is required", "body", None, "required")
        return None
    validator = op.bodies.get(media_type)
    if validator is None:
        accepted = ", ".join(op.bodies)
        message = f"content type {media_type or 'none'!r} is not supported; use {accepted}"
        return Failure(Kind.UNSUPPORTED_MEDIA_TYPE, message)
    request.media_type = media_type
    if media_type == FORM:
        form = request.form()
        properties = op.body_schemas[media_type].get("properties", {})
        data: Any = {key: _coerce(value, _types_of(properties.get(key, {}))) for key, value in form.items()}
    else:
        try:
            data = parse_json(request.body)  # strict: no NaN/Infinity/1e400, bounded depth
        except (ValueError, UnicodeDecodeError) as exc:
            return Failure(Kind.MALFORMED_BODY, f"request body is not valid JSON: {exc}", "body", None, None, str(exc))
        if drop_nulls:
            data = _without_nulls(data)
    error = validator.first_error(data)
    if error is not None:
        kind = Kind.MISSING if error.validator == "required" else Kind.VALIDATION
        keyword = str(error.validator)
        return Failure(kind, error.message, "body", _field_path(error), keyword, error.validator_value)
    request.json = data
    return None


def _types_of(schema: dict[str, Any]) -> tuple[str, ...]:
    declared = schema.get("type")
    if declared is None:
        for option in schema.get("anyOf", []) + schema.get("oneOf", []):
            if "type" in option:
                declared = option["type"]
                break
    if declared is None:
        return ("string",)
    return tuple(declared) if isinstance(declared, list) else (declared,)
