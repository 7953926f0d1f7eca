"""Answers a tolerant reader must accept, built from an OpenAPI 3.1 schema.

`Builder` makes one deterministic, valid instance of a schema: only the required properties
(`minimal`), every property (`full`), or every property with the nullable ones `null`
(`nulls`). It resolves local `$ref`s, merges `allOf`, takes the first non-null branch of
`anyOf`/`oneOf`, and honours `type`, `format`, `enum`, `const`, `pattern`, lengths, bounds
and `minItems` enough to be valid. `answers()` turns one schema into the variations a real
provider could send:

    required-only          the required properties only
    all-fields             every property, non-null
    nulls                  every property, each nullable one `null` (outermost first)
    nulls-inner            the same, but nullable objects and arrays present, their nullable
                           members `null`
    unknown-enum <path>    one enum field (optional ones included) with a value the spec
                           does not list
    extra-field <path>     one object (the root, nested objects, array items, map values)
                           with a property the spec does not know

Every variation except `unknown-enum` is valid per the spec; `Spec.errors` checks that with
jsonschema's Draft 2020-12 validator and format checking, so a builder bug shows as a bug of
the builder, never as a failure of the client under test.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = [
    "EXTRA_FIELD",
    "UNKNOWN_STRING",
    "Answer",
    "Builder",
    "Path",
    "Spec",
    "answers",
    "format_path",
]

# A property name a provider could add later and a value of a shape a client has not seen.
EXTRA_FIELD = "x_added_in_2027"
EXTRA_VALUE: Any = {"added": "later", "count": 1, "tags": ["a"], "nested": {"deep": None}}
UNKNOWN_STRING = "NEW_VALUE_2027"

# A location in an instance: property names, "[]" for (the first) array item, "{}" for (the
# one) value of a map (an object whose `additionalProperties` is a schema).
Path = tuple[str, ...]
ITEM = "[]"
MAP_VALUE = "{}"
MAP_KEY = "key_1"

_SPEC_URI = "urn:idv:spec"
_FORMATS = {
    "date-time": "2026-01-02T03:04:05Z",
    "date": "2026-01-02",
    "time": "03:04:05Z",
    "uuid": "3f2a6c1e-8b4d-4f7a-9c2e-1d5b7a9e0f31",
    "uri": "https://example.test/path",
    "url": "https://example.test/path",
    "uri-reference": "https://example.test/path",
    "iri": "https://example.test/path",
    "email": "person@example.test",
    "idn-email": "person@example.test",
    "hostname": "example.test",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "eA==",
    "binary": "x",
    "password": "x",
}


def format_path(path: Path) -> str:
    """`data.status`, `rows[].status`, `details{}.matched`; `$` for the root."""
    text = ""
    for part in path:
        text += part if part in (ITEM, MAP_VALUE) else (f".{part}" if text else part)
    return text or "$"


class Spec:
    """One OpenAPI document: `$ref` resolution and validation against its schemas."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        resource = Resource.from_contents(dict(document), default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)

    def resolve(self, schema: Any) -> Any:
        """Follow a chain of local `$ref`s (siblings of a `$ref` are kept, the ref wins)."""
        seen: set[str] = set()
        while isinstance(schema, Mapping) and "$ref" in schema:
            ref = schema["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
                raise ValueError(f"cannot resolve {ref!r}")
            seen.add(ref)
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            siblings = {k: v for k, v in schema.items() if k != "$ref" and k not in ("description", "example")}
            schema = {**target, **siblings} if siblings else target
        return schema

    def flatten(self, schema: Any) -> dict[str, Any]:
        """`schema` resolved, its `allOf` members merged into it (properties and required
        united; a property in several members becomes the `allOf` of its schemas)."""
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping):
            return {} if schema is True else {"not": {}}
        if "allOf" not in schema:
            return dict(schema)
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for member in schema["allOf"]:
            part = self.flatten(member)
            for key, value in part.items():
                if key == "properties":
                    props = dict(merged.get("properties", {}))
                    for name, sub in value.items():
                        props[name] = {"allOf": [props[name], sub]} if name in props else sub
                    merged["properties"] = props
                elif key == "required":
                    merged["required"] = list(dict.fromkeys([*merged.get("required", []), *value]))
                elif key in ("if", "then", "else", "not"):
                    continue  # conditionals of request schemas: validated, not built
                else:
                    merged.setdefault(key, value)
        return merged

    def nullable(self, schema: Any) -> bool:
        """Does the schema admit `null`: a `type` (list) with "null", a null `const`/`enum`
        value, or an `anyOf`/`oneOf` branch that does."""
        flat = self.flatten(schema)
        kind = flat.get("type")
        if kind == "null" or (isinstance(kind, list) and "null" in kind):
            return True
        if "const" in flat:
            return flat["const"] is None
        if "enum" in flat and None in flat["enum"]:
            return True
        return any(self.nullable(branch) for key in ("anyOf", "oneOf") for branch in flat.get(key, []))

    def validator(self, schema: Any) -> Draft202012Validator:
        return Draft202012Validator(schema, registry=self._registry, format_checker=Draft202012Validator.FORMAT_CHECKER)

    def errors(self, schema: Any, instance: Any) -> list[str]:
        """What is wrong with `instance` as a `schema` of this document ([] if it is valid)."""
        rooted = _rooted(schema)
        return [
            f"{format_path(tuple(str(p) for p in e.absolute_path))}: {e.message}"
            for e in self.validator(rooted).iter_errors(instance)
        ]

    def is_valid(self, schema: Any, instance: Any) -> bool:
        return not self.errors(schema, instance)


def _rooted(schema: Any) -> Any:
    """A sub-schema whose local `$ref`s point into the spec document."""
    if isinstance(schema, Mapping):
        return {
            key: (f"{_SPEC_URI}{value}" if key == "$ref" and isinstance(value, str) else _rooted(value))
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_rooted(item) for item in schema]
    return schema


@dataclass
class Builder:
    """One deterministic instance of a schema.

    Args:
        mode: `minimal` (required properties only), `full` (every property) or `nulls`
            (every property, nullable ones `null`).
        target: In `minimal` mode, a path to build through as well (its optional ancestors
            are present, arrays on it have an item, maps on it an entry).
        keep_containers: In `nulls` mode, build nullable objects and arrays instead of
            making them `null` (so that their own nullable members are reached).
    """

    spec: Spec
    mode: str = "minimal"
    target: Path | None = None
    keep_containers: bool = False
    enums: dict[Path, list[Any]] = field(default_factory=dict)  # enum fields met, by path
    objects: dict[Path, Any] = field(default_factory=dict)  # objects met: their map-value schema or None
    _refs: list[str] = field(default_factory=list)

    def build(self, schema: Any, path: Path = ()) -> Any:
        ref = schema.get("$ref") if isinstance(schema, Mapping) else None
        if ref is not None:
            if ref in self._refs:  # a recursive schema: stop adding optional members here
                return Builder(self.spec, "minimal").build(self.spec.resolve(schema), path)
            self._refs.append(ref)
            try:
                return self.build(self.spec.resolve(schema), path)
            finally:
                self._refs.pop()
        flat = self.spec.flatten(schema)
        nullable = self.mode == "nulls" and path and self.spec.nullable(flat)
        if nullable and not (self.keep_containers and self._container(flat)):
            return None
        if "const" in flat:
            return copy.deepcopy(flat["const"])
        if "enum" in flat:
            values = [v for v in flat["enum"] if v is not None]
            self.enums.setdefault(path, values)
            return copy.deepcopy(values[0])
        for key in ("oneOf", "anyOf"):
            if key in flat:
                rest = {k: v for k, v in flat.items() if k not in ("oneOf", "anyOf")}
                return self._branch(key, flat[key], rest, path)
        kind = _type(flat)
        if kind == "object":
            return self._object(flat, path)
        if kind == "array":
            return self._array(flat, path)
        if kind == "string":
            return _string(flat)
        if kind in ("integer", "number"):
            return _number(flat, kind)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return "any value"  # an unconstrained schema

    def _container(self, flat: dict[str, Any]) -> bool:
        branches = [self.spec.flatten(b) for k in ("anyOf", "oneOf") for b in flat.get(k, [])] or [flat]
        return any(_type(b) in ("object", "array") for b in branches if _type(b) != "null")

    def _branch(self, key: str, branches: list[Any], rest: dict[str, Any], path: Path) -> Any:
        candidates = [b for b in branches if _type(self.spec.flatten(b)) != "null"] or branches
        for branch in candidates:
            merged = {**rest, "allOf": [branch]} if rest else branch
            value = self.build(merged, path)
            if self.spec.is_valid({**rest, key: branches}, value):
                return value
        return self.build(candidates[0], path)

    def _includes(self, path: Path) -> bool:
        if self.mode in ("full", "nulls"):
            return True
        return self.target is not None and self.target[: len(path)] == path

    def _object(self, flat: dict[str, Any], path: Path) -> dict[str, Any]:
        required = list(flat.get("required", []))
        properties: dict[str, Any] = dict(flat.get("properties", {}))
        extra = flat.get("additionalProperties")
        map_value = extra if isinstance(extra, Mapping) and extra else None
        self.objects.setdefault(path, map_value)
        out: dict[str, Any] = {}
        for name, sub in properties.items():
            if name in required or self._includes((*path, name)):
                out[name] = self.build(sub, (*path, name))
        for name in required:
            if name not in out:
                out[name] = self.build(map_value, (*path, MAP_VALUE)) if map_value else "any value"
        if map_value is not None and (self._includes((*path, MAP_VALUE)) or len(out) < flat.get("minProperties", 0)):
            out[MAP_KEY] = self.build(map_value, (*path, MAP_VALUE))
        for index in range(flat.get("minProperties", 0) - len(out)):
            out[f"key_{index + 2}"] = self.build(map_value, (*path, MAP_VALUE)) if map_value else "any value"
        return out

    def _array(self, flat: dict[str, Any], path: Path) -> list[Any]:
        count = flat.get("minItems", 0)
        if self._includes((*path, ITEM)):
            count = max(count, 1)
        items = flat.get("items", {})
        values = [self.build(items, (*path, ITEM)) for _ in range(count)]
        if flat.get("uniqueItems") and len(values) > 1:
            raise ValueError(f"{format_path(path)}: uniqueItems with minItems > 1 is not supported")
        return values


def _type(flat: Mapping[str, Any]) -> str | None:
    kind = flat.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"] or kind
        kind = kinds[0] if kinds else None
    if kind is None:
        if "properties" in flat or "additionalProperties" in flat or "required" in flat:
            return "object"
        if "items" in flat:
            return "array"
        if "pattern" in flat or "format" in flat or "minLength" in flat:
            return "string"
    return kind if isinstance(kind, str) else None


def _string(flat: Mapping[str, Any]) -> str:
    low, high = flat.get("minLength", 0), flat.get("maxLength")
    candidates = [flat.get("example"), *flat.get("examples", []), flat.get("default")]
    if flat.get("format") in _FORMATS:
        candidates.append(_FORMATS[flat["format"]])
    candidates += ["text", "x" * max(low, 1)]
    checker = Draft202012Validator.FORMAT_CHECKER
    for value in candidates:
        if not isinstance(value, str) or len(value) < low or (high is not None and len(value) > high):
            continue
        if "pattern" in flat and not re.search(flat["pattern"], value):
            continue
        if "format" in flat and not checker.conforms(value, flat["format"]):
            continue
        return value
    if "pattern" in flat:
        return _from_pattern(flat["pattern"], low, high)
    raise ValueError(f"no string for {dict(flat)!r}")


@functools.cache
def _from_pattern(pattern: str, low: int, high: int | None) -> str:
    """The simplest string matching `pattern`, by hypothesis' shrinker (deterministic)."""
    from hypothesis import HealthCheck, find, settings
    from hypothesis import strategies as st

    def fits(value: str) -> bool:
        return len(value) >= low and (high is None or len(value) <= high)

    found: str = find(
        st.from_regex(pattern),
        fits,
        settings=settings(database=None, max_examples=2000, suppress_health_check=list(HealthCheck)),
    )
    return found


def _number(flat: Mapping[str, Any], kind: str) -> int | float:
    candidates: list[Any] = [flat.get("example"), *flat.get("examples", []), flat.get("default")]
    for bound in ("minimum", "maximum"):
        if isinstance(flat.get(bound), int | float):
            candidates.append(flat[bound])
    if isinstance(flat.get("exclusiveMinimum"), int | float):
        candidates.append(flat["exclusiveMinimum"] + (1 if kind == "integer" else 0.5))
    candidates += [1, 0]
    for value in candidates:
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        if kind == "integer" and not float(value).is_integer():
            continue
        if not _in_bounds(flat, value):
            continue
        return int(value) if kind == "integer" else value
    raise ValueError(f"no {kind} for {dict(flat)!r}")


def _in_bounds(flat: Mapping[str, Any], value: float) -> bool:
    checks: list[tuple[str, Callable[[float, float], bool]]] = [
        ("minimum", lambda v, b: v >= b),
        ("maximum", lambda v, b: v <= b),
        ("exclusiveMinimum", lambda v, b: v > b),
        ("exclusiveMaximum", lambda v, b: v < b),
        ("multipleOf", lambda v, b: (v / b).is_integer()),
    ]
    return all(check(value, flat[key]) for key, check in checks if isinstance(flat.get(key), int | float))


# -- the variations ------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """One body to serve. `valid`: the spec allows it (all but `unknown-enum` variants)."""

    variant: str
    body: Any
    valid: bool = True


def answers(spec: Spec, schema: Any) -> list[Answer]:
    """Every variation of `schema` (see the module docs), in a stable order."""
    found: list[Answer] = [Answer("required-only", Builder(spec).build(schema))]
    full = Builder(spec, "full")
    found.append(Answer("all-fields", full.build(schema)))
    found.append(Answer("nulls", Builder(spec, "nulls").build(schema)))
    found.append(Answer("nulls-inner", Builder(spec, "nulls", keep_containers=True).build(schema)))
    for path, values in full.enums.items():
        body = _replaced(Builder(spec, target=path).build(schema), path, unknown_value(values))
        found.append(Answer(f"unknown-enum {format_path(path)}", body, valid=False))
    for path, map_value in full.objects.items():
        body = Builder(spec, target=path).build(schema)
        holder = _get(body, path)
        if isinstance(holder, dict):  # None when the path crosses a value that is not an object
            holder[EXTRA_FIELD] = (
                Builder(spec).build(map_value) if map_value is not None else copy.deepcopy(EXTRA_VALUE)
            )
            found.append(Answer(f"extra-field {format_path(path)}", body))
    # Variations that came out identical (a schema without optional or nullable members)
    # are served once.
    unique: dict[str, Answer] = {}
    for answer in found:
        unique.setdefault(repr(answer.body), answer)
    return list(unique.values())


def unknown_value(values: list[Any]) -> Any:
    """A value the enum does not list, of the enum's own type."""
    integers = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
    if integers and len(integers) == len(values):
        return max(integers) + 1000
    return UNKNOWN_STRING


def _key(part: str) -> str | int:
    return 0 if part == ITEM else (MAP_KEY if part == MAP_VALUE else part)


def _get(body: Any, path: Path) -> Any:
    node = body
    for part in path:
        try:
            node = node[_key(part)]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _replaced(body: Any, path: Path, value: Any) -> Any:
    """`body` with the value at `path` replaced by `value`."""
    if not path:
        return value
    holder = _get(body, path[:-1])
    holder[_key(path[-1])] = value
    return body
