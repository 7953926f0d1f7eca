"""`scripts/spec_diff.py`: every change between two spec versions, classified from the client's side.

Each rule runs on a pair of small inline specs; then a copy of a real spec with a few edits, the
real specs against themselves (no false positives), and the command line (exit codes, JSON).
"""

from __future__ import annotations

import copy
import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "spec_diff.py"

sys.path.insert(0, str(ROOT / "scripts"))
try:
    sd: Any = importlib.import_module("spec_diff")
    registry: Any = importlib.import_module("_registry")
finally:
    sys.path.remove(str(ROOT / "scripts"))

Spec = dict[str, Any]


def _spec(
    *,
    request: Spec | None = None,
    response: Spec | None = None,
    schemas: Spec | None = None,
    parameters: list[Spec] | None = None,
    webhook: Spec | None = None,
    extra_paths: Spec | None = None,
) -> Spec:
    """One POST /things (JSON body `request`, 200 answer `response`), optional components and webhook."""
    op: Spec = {"operationId": "create_thing", "tags": ["things"], "summary": "Create", "responses": {}}
    if request is not None:
        op["requestBody"] = {"required": True, "content": {"application/json": {"schema": request}}}
    op["responses"]["200"] = {
        "description": "OK",
        "content": {"application/json": {"schema": response or {"type": "object"}}},
    }
    if parameters is not None:
        op["parameters"] = parameters
    doc: Spec = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "servers": [{"url": "https://api.example.com", "description": "Production"}],
        "security": [{"basic": []}],
        "paths": {"/things": {"post": op}, **(extra_paths or {})},
        "components": {"securitySchemes": {"basic": {"type": "http", "scheme": "basic"}}, "schemas": schemas or {}},
    }
    if webhook is not None:
        doc["webhooks"] = {
            "thingChanged": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": webhook}}},
                    "responses": {"200": {"description": "Received"}},
                }
            }
        }
    return doc


def _obj(properties: Spec, required: list[str] | None = None, **more: Any) -> Spec:
    schema: Spec = {"type": "object", "properties": properties, **more}
    if required:
        schema["required"] = required
    return schema


STR: Spec = {"type": "string"}


def _only(changes: list[Any]) -> Any:
    assert len(changes) == 1, [str(c) for c in changes]
    return changes[0]


def _verdicts(changes: list[Any]) -> set[tuple[str, str, str]]:
    return {(c.kind, c.severity, c.side) for c in changes}


# -- schema rules, request side then response side -----------------------------------------------

# (id, old spec, new spec, expected (kind, severity, side))
RULES: list[tuple[str, Spec, Spec, tuple[str, str, str]]] = [
    (
        "request: new required field breaks",
        _spec(request=_obj({"a": STR}, ["a"])),
        _spec(request=_obj({"a": STR, "b": STR}, ["a", "b"])),
        ("property-added", "breaking", "request"),
    ),
    (
        "request: new optional field is additive",
        _spec(request=_obj({"a": STR})),
        _spec(request=_obj({"a": STR, "b": STR})),
        ("property-added", "additive", "request"),
    ),
    (
        "request: removed field breaks",
        _spec(request=_obj({"a": STR, "b": STR})),
        _spec(request=_obj({"a": STR})),
        ("property-removed", "breaking", "request"),
    ),
    (
        "request: optional field made required breaks",
        _spec(request=_obj({"a": STR})),
        _spec(request=_obj({"a": STR}, ["a"])),
        ("required-added", "breaking", "request"),
    ),
    (
        "request: required field made optional is additive",
        _spec(request=_obj({"a": STR}, ["a"])),
        _spec(request=_obj({"a": STR})),
        ("required-removed", "additive", "request"),
    ),
    (
        "request: type changed breaks",
        _spec(request=_obj({"a": STR})),
        _spec(request=_obj({"a": {"type": "integer"}})),
        ("type-changed", "breaking", "request"),
    ),
    (
        "request: narrower type breaks",
        _spec(request=_obj({"a": {"type": ["string", "integer"]}})),
        _spec(request=_obj({"a": STR})),
        ("type-narrowed", "breaking", "request"),
    ),
    (
        "request: wider type is additive",
        _spec(request=_obj({"a": {"type": "integer"}})),
        _spec(request=_obj({"a": {"type": "number"}})),
        ("type-widened", "additive", "request"),
    ),
    (
        "request: new format breaks",
        _spec(request=_obj({"a": STR})),
        _spec(request=_obj({"a": {"type": "string", "format": "email"}})),
        ("format-changed", "breaking", "request"),
    ),
    (
        "request: format dropped is additive",
        _spec(request=_obj({"a": {"type": "string", "format": "email"}})),
        _spec(request=_obj({"a": STR})),
        ("format-removed", "additive", "request"),
    ),
    (
        "request: smaller maxLength breaks",
        _spec(request=_obj({"a": {"type": "string", "maxLength": 64}})),
        _spec(request=_obj({"a": {"type": "string", "maxLength": 32}})),
        ("bound-tightened", "breaking", "request"),
    ),
    (
        "request: new maxLength breaks",
        _spec(request=_obj({"a": STR})),
        _spec(request=_obj({"a": {"type": "string", "maxLength": 32}})),
        ("bound-tightened", "breaking", "request"),
    ),
    (
        "request: larger minimum breaks",
        _spec(request=_obj({"a": {"type": "integer", "minimum": 1}})),
        _spec(request=_obj({"a": {"type": "integer", "minimum": 5}})),
        ("bound-tightened", "breaking", "request"),
    ),
    (
        "request: new pattern breaks",
        _spec(request=_obj({"a": STR})),
        _spec(request=_obj({"a": {"type": "string", "pattern": "^[a-z]+$"}})),
        ("bound-tightened", "breaking", "request"),
    ),
    (
        "request: larger maxLength is additive",
        _spec(request=_obj({"a": {"type": "string", "maxLength": 32}})),
        _spec(request=_obj({"a": {"type": "string", "maxLength": 64}})),
        ("bound-loosened", "additive", "request"),
    ),
    (
        "request: pattern dropped is additive",
        _spec(request=_obj({"a": {"type": "string", "pattern": "^[a-z]+$"}})),
        _spec(request=_obj({"a": STR})),
        ("bound-loosened", "additive", "request"),
    ),
    (
        "request: enum value removed breaks",
        _spec(request=_obj({"a": {"type": "string", "enum": ["x", "y"]}})),
        _spec(request=_obj({"a": {"type": "string", "enum": ["x"]}})),
        ("enum-value-removed", "breaking", "request"),
    ),
    (
        "request: enum value added is additive",
        _spec(request=_obj({"a": {"type": "string", "enum": ["x"]}})),
        _spec(request=_obj({"a": {"type": "string", "enum": ["x", "y"]}})),
        ("enum-value-added", "additive", "request"),
    ),
    (
        "request: null accepted is additive",
        _spec(request=_obj({"a": STR})),
        _spec(request=_obj({"a": {"type": ["string", "null"]}})),
        ("nullable-added", "additive", "request"),
    ),
    (
        "request: additionalProperties false breaks",
        _spec(request=_obj({"a": STR})),
        _spec(request=_obj({"a": STR}, additionalProperties=False)),
        ("additional-properties-closed", "breaking", "request"),
    ),
    (
        "request: changed default breaks (the generated model sends it)",
        _spec(request=_obj({"a": {"type": "string", "default": "x"}})),
        _spec(request=_obj({"a": {"type": "string", "default": "y"}})),
        ("default-changed", "breaking", "request"),
    ),
    (
        "request: new anyOf alternative is additive",
        _spec(request=_obj({"a": {"anyOf": [STR, {"type": "integer"}]}})),
        _spec(request=_obj({"a": {"anyOf": [STR, {"type": "integer"}, {"type": "boolean"}]}})),
        ("anyOf-variant-added", "additive", "request"),
    ),
    (
        "response: removed field breaks",
        _spec(response=_obj({"a": STR, "b": STR})),
        _spec(response=_obj({"a": STR})),
        ("property-removed", "breaking", "response"),
    ),
    (
        "response: new optional field is additive",
        _spec(response=_obj({"a": STR})),
        _spec(response=_obj({"a": STR, "b": STR})),
        ("property-added", "additive", "response"),
    ),
    (
        "response: new required field is additive",
        _spec(response=_obj({"a": STR}, ["a"])),
        _spec(response=_obj({"a": STR, "b": STR}, ["a", "b"])),
        ("property-added", "additive", "response"),
    ),
    (
        "response: required field made optional breaks (Unset)",
        _spec(response=_obj({"a": STR}, ["a"])),
        _spec(response=_obj({"a": STR})),
        ("required-removed", "breaking", "response"),
    ),
    (
        "response: optional field made required is additive",
        _spec(response=_obj({"a": STR})),
        _spec(response=_obj({"a": STR}, ["a"])),
        ("required-added", "additive", "response"),
    ),
    (
        "response: enum value added is additive (open enums)",
        _spec(response=_obj({"a": {"type": "string", "enum": ["x"]}})),
        _spec(response=_obj({"a": {"type": "string", "enum": ["x", "y"]}})),
        ("enum-value-added", "additive", "response"),
    ),
    (
        "response: field made nullable breaks",
        _spec(response=_obj({"a": STR})),
        _spec(response=_obj({"a": {"anyOf": [STR, {"type": "null"}]}})),
        ("nullable-added", "breaking", "response"),
    ),
    (
        "response: wider type breaks",
        _spec(response=_obj({"a": {"type": "integer"}})),
        _spec(response=_obj({"a": {"type": "number"}})),
        ("type-widened", "breaking", "response"),
    ),
    (
        "response: narrower type is additive",
        _spec(response=_obj({"a": {"type": ["string", "integer"]}})),
        _spec(response=_obj({"a": STR})),
        ("type-narrowed", "additive", "response"),
    ),
    (
        "response: date-time format breaks (the generated type changes)",
        _spec(response=_obj({"a": STR})),
        _spec(response=_obj({"a": {"type": "string", "format": "date-time"}})),
        ("format-changed", "breaking", "response"),
    ),
    (
        "response: bounds are not checked by the reader, additive",
        _spec(response=_obj({"a": {"type": "string", "maxLength": 32}})),
        _spec(response=_obj({"a": {"type": "string", "maxLength": 64}})),
        ("bound-loosened", "additive", "response"),
    ),
    (
        "response: new anyOf alternative breaks (the old reader cannot parse it)",
        _spec(response=_obj({"a": {"anyOf": [STR, {"type": "integer"}]}})),
        _spec(response=_obj({"a": {"anyOf": [STR, {"type": "integer"}, {"type": "boolean"}]}})),
        ("anyOf-variant-added", "breaking", "response"),
    ),
    (
        "response: title renames the generated class, breaks",
        _spec(response=_obj({"a": STR}, title="Thing")),
        _spec(response=_obj({"a": STR}, title="Item")),
        ("title-changed", "breaking", "response"),
    ),
    (
        "unclassified keyword changes break until someone classifies them",
        _spec(response=_obj({"a": STR}, discriminator={"propertyName": "a"})),
        _spec(response=_obj({"a": STR}, discriminator={"propertyName": "b"})),
        ("unclassified", "breaking", "response"),
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_schema_rule(old: Spec, new: Spec, expected: tuple[str, str, str]) -> None:
    change = _only(sd.diff_specs(old, new))
    assert (change.kind, change.severity, change.side) == expected
    assert change.operations == ("create_thing",)


def test_nested_changes_are_located_by_path() -> None:
    old = _spec(request=_obj({"person": _obj({"names": {"type": "array", "items": _obj({"first": STR})}})}))
    new = copy.deepcopy(old)
    new["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]["person"][
        "properties"
    ]["names"]["items"]["properties"]["first"]["maxLength"] = 10
    change = _only(sd.diff_specs(old, new))
    assert change.location == "POST /things requestBody application/json.person.names[].first"
    assert change.severity == "breaking"


# -- $refs: once per schema, every operation named, both sides' rules -----------------------------


def _two_ops(schemas: Spec, request: Spec | None = None, response: Spec | None = None) -> Spec:
    doc = _spec(request=request, response=response, schemas=schemas)
    doc["paths"]["/things/{id}"] = {
        "get": {
            "operationId": "get_thing",
            "tags": ["things"],
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": STR}],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                }
            },
        }
    }
    return doc


def test_a_change_in_a_referenced_schema_is_reported_once_with_every_operation() -> None:
    ref = {"$ref": "#/components/schemas/Thing"}
    old = _two_ops({"Thing": _obj({"id": STR, "name": STR}, ["id"])}, response=ref)
    new = _two_ops({"Thing": _obj({"id": STR}, ["id"])}, response=ref)
    change = _only(sd.diff_specs(old, new))
    assert change.location == "components.schemas.Thing.name"
    assert (change.kind, change.severity, change.side) == ("property-removed", "breaking", "response")
    assert change.operations == ("create_thing", "get_thing")


def test_a_nested_reference_names_the_operations_that_reach_it_transitively() -> None:
    schemas = {"Thing": _obj({"owner": {"$ref": "#/components/schemas/Owner"}}), "Owner": _obj({"id": STR}, ["id"])}
    old = _spec(response={"$ref": "#/components/schemas/Thing"}, schemas=schemas)
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Owner"]["required"] = []
    change = _only(sd.diff_specs(old, new))
    assert change.location == "components.schemas.Owner.id"
    assert change.operations == ("create_thing",)
    assert (change.severity, change.side) == ("breaking", "response")


def test_a_schema_used_on_both_sides_gets_both_rules() -> None:
    ref = {"$ref": "#/components/schemas/Thing"}
    old = _spec(request=ref, response=ref, schemas={"Thing": _obj({"a": STR})})
    new = _spec(request=ref, response=ref, schemas={"Thing": _obj({"a": STR, "b": STR}, ["b"])})
    changes = sd.diff_specs(old, new)
    assert _verdicts(changes) == {("property-added", "breaking", "request"), ("property-added", "additive", "response")}
    assert {c.location for c in changes} == {"components.schemas.Thing.b"}


def test_the_same_verdict_on_both_sides_is_reported_once() -> None:
    ref = {"$ref": "#/components/schemas/Thing"}
    old = _spec(request=ref, response=ref, schemas={"Thing": _obj({"a": STR, "b": STR})})
    new = _spec(request=ref, response=ref, schemas={"Thing": _obj({"a": STR})})
    change = _only(sd.diff_specs(old, new))
    assert (change.kind, change.severity, change.side) == ("property-removed", "breaking", "both")


def test_a_recursive_schema_terminates() -> None:
    node = _obj({"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}, "name": STR})
    old = _spec(response={"$ref": "#/components/schemas/Node"}, schemas={"Node": node})
    new = copy.deepcopy(old)
    del new["components"]["schemas"]["Node"]["properties"]["name"]
    change = _only(sd.diff_specs(old, new))
    assert (change.location, change.severity) == ("components.schemas.Node.name", "breaking")


def test_a_reference_swapped_between_recursive_schemas_terminates() -> None:
    def tree(name: str, *extra: str) -> Spec:
        props = {"children": {"type": "array", "items": {"$ref": f"#/components/schemas/{name}"}}, "id": STR}
        return _obj(props | dict.fromkeys(extra, STR))

    old = _spec(response={"$ref": "#/components/schemas/Node"}, schemas={"Node": tree("Node", "label")})
    new = _spec(
        response={"$ref": "#/components/schemas/Tree"}, schemas={"Node": tree("Node", "label"), "Tree": tree("Tree")}
    )
    changes = sd.diff_specs(old, new)
    breaking = {(c.kind, c.location) for c in changes if c.severity == "breaking"}
    assert breaking == {("property-removed", "POST /things response 200 application/json.label")}
    assert ("schema-ref-changed", "docs", "response") in _verdicts(changes)


def test_swapping_a_ref_for_an_identical_inline_schema_is_not_breaking() -> None:
    old = _spec(
        response=_obj({"s": {"$ref": "#/components/schemas/Status"}}),
        schemas={"Status": {"type": "string", "enum": ["a", "b"]}},
    )
    new = _spec(
        response=_obj({"s": {"type": "string", "enum": ["a", "b"]}}),
        schemas={"Status": {"type": "string", "enum": ["a", "b"]}},
    )
    change = _only(sd.diff_specs(old, new))
    assert (change.kind, change.severity) == ("schema-ref-changed", "docs")


def test_allof_regrouping_with_the_same_fields_is_not_breaking() -> None:
    schemas = {"Base": _obj({"id": STR}, ["id"])}
    old = _spec(response=_obj({"id": STR, "name": STR}, ["id"]), schemas=schemas)
    new = _spec(response={"allOf": [{"$ref": "#/components/schemas/Base"}, _obj({"name": STR})]}, schemas=schemas)
    assert [c for c in sd.diff_specs(old, new) if c.severity != "docs"] == []


def test_the_house_nullable_form_and_a_new_alternative() -> None:
    old = _spec(response=_obj({"a": {"type": "array", "items": STR}}))
    new = _spec(response=_obj({"a": {"anyOf": [{"type": "array", "items": STR}, STR, {"type": "null"}]}}))
    assert _verdicts(sd.diff_specs(old, new)) == {
        ("nullable-added", "breaking", "response"),
        ("anyOf-variant-added", "breaking", "response"),
    }


def test_a_removed_schema_breaks_and_a_new_one_is_additive() -> None:
    old = _spec(schemas={"Old": _obj({"a": STR})})
    new = _spec(schemas={"New": _obj({"a": STR})})
    assert _verdicts(sd.diff_specs(old, new)) == {("schema-removed", "breaking", ""), ("schema-added", "additive", "")}


# -- operations, parameters, bodies, responses ----------------------------------------------------


def _get(path: str = "/other", op_id: str = "get_other") -> Spec:
    return {path: {"get": {"operationId": op_id, "tags": ["things"], "responses": {"200": {"description": "OK"}}}}}


def test_operation_removed_breaks_and_added_is_additive() -> None:
    base = _spec()
    more = _spec(extra_paths=_get())
    assert _verdicts(sd.diff_specs(more, base)) == {("operation-removed", "breaking", "")}
    change = _only(sd.diff_specs(base, more))
    assert (change.kind, change.severity, change.location, change.operations) == (
        "operation-added",
        "additive",
        "GET /other",
        ("get_other",),
    )


def test_operation_id_and_tag_changes_break_the_generated_names() -> None:
    old = _spec()
    new = copy.deepcopy(old)
    new["paths"]["/things"]["post"]["operationId"] = "make_thing"
    assert _only(sd.diff_specs(old, new)).kind == "operation-id-changed"
    new = copy.deepcopy(old)
    new["paths"]["/things"]["post"]["tags"] = ["items"]
    change = _only(sd.diff_specs(old, new))
    assert (change.kind, change.severity) == ("operation-tag-changed", "breaking")


def _param(name: str, where: str = "query", *, required: bool = False) -> Spec:
    return {"name": name, "in": where, "required": required, "schema": STR}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ([], [_param("q", required=True)], ("parameter-added", "breaking")),
        ([], [_param("q")], ("parameter-added", "additive")),
        ([], [_param("X-Trace", "header", required=True)], ("parameter-added", "breaking")),
        ([_param("q")], [], ("parameter-removed", "breaking")),
        ([_param("q")], [_param("q", required=True)], ("parameter-required", "breaking")),
        ([_param("q", required=True)], [_param("q")], ("parameter-optional", "additive")),
    ],
    ids=["required-added", "optional-added", "required-header-added", "removed", "made-required", "made-optional"],
)
def test_parameter_rule(old: list[Spec], new: list[Spec], expected: tuple[str, str]) -> None:
    change = _only(sd.diff_specs(_spec(parameters=old), _spec(parameters=new)))
    assert (change.kind, change.severity) == expected


def test_parameter_schema_is_request_side() -> None:
    old = _spec(parameters=[{"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}}])
    new = _spec(parameters=[{"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 50}}])
    change = _only(sd.diff_specs(old, new))
    assert (change.kind, change.severity, change.location) == (
        "bound-tightened",
        "breaking",
        "POST /things parameter query:limit",
    )


def test_request_body_added_required_breaks() -> None:
    change = _only(sd.diff_specs(_spec(), _spec(request=_obj({"a": STR}))))
    assert (change.kind, change.severity) == ("request-body-added", "breaking")


def test_response_status_added_success_breaks_error_is_additive() -> None:
    old = _spec()
    new = copy.deepcopy(old)
    new["paths"]["/things"]["post"]["responses"]["201"] = {"description": "Created"}
    assert _verdicts(sd.diff_specs(old, new)) == {("response-added", "breaking", "response")}
    new = copy.deepcopy(old)
    new["paths"]["/things"]["post"]["responses"]["409"] = {"description": "Conflict"}
    assert _verdicts(sd.diff_specs(old, new)) == {("response-added", "additive", "response")}


# -- webhooks: what the app receives is response-side ---------------------------------------------


def test_webhook_payload_is_response_side() -> None:
    old = _spec(webhook=_obj({"id": STR, "status": STR}, ["id"]))
    removed = _spec(webhook=_obj({"id": STR}, ["id"]))
    change = _only(sd.diff_specs(old, removed))
    assert (change.kind, change.severity, change.side, change.operations) == (
        "property-removed",
        "breaking",
        "response",
        ("webhook thingChanged",),
    )
    added = _spec(webhook=_obj({"id": STR, "status": STR, "at": STR}, ["id", "at"]))
    change = _only(sd.diff_specs(old, added))
    assert (change.kind, change.severity, change.side) == ("property-added", "additive", "response")


def test_webhook_header_the_app_reads_removed_breaks() -> None:
    old = _spec(webhook=_obj({"id": STR}))
    old["webhooks"]["thingChanged"]["post"]["parameters"] = [_param("X-Signature", "header", required=True)]
    new = copy.deepcopy(old)
    new["webhooks"]["thingChanged"]["post"]["parameters"][0]["required"] = False
    change = _only(sd.diff_specs(old, new))
    assert (change.kind, change.severity, change.side) == ("parameter-optional", "breaking", "response")


def test_webhook_removed_breaks() -> None:
    assert _verdicts(sd.diff_specs(_spec(webhook=_obj({})), _spec())) == {("operation-removed", "breaking", "")}


# -- auth, servers, documentation ----------------------------------------------------------------


def test_security_changes() -> None:
    old = _spec()
    new = copy.deepcopy(old)
    new["components"]["securitySchemes"]["basic"] = {"type": "apiKey", "in": "header", "name": "X-Api-Key"}
    assert _verdicts(sd.diff_specs(old, new)) == {("security-scheme-changed", "breaking", "")}

    new = copy.deepcopy(old)
    new["components"]["securitySchemes"]["key"] = {"type": "apiKey", "in": "header", "name": "X-Api-Key"}
    new["security"] = [{"key": []}]
    changes = sd.diff_specs(old, new)
    assert ("security-changed", "breaking", "") in _verdicts(changes)
    assert next(c for c in changes if c.kind == "security-changed").operations == ("create_thing",)

    new["security"] = [{"basic": []}, {"key": []}]
    assert ("security-added", "additive", "") in _verdicts(sd.diff_specs(old, new))

    new = copy.deepcopy(old)
    new["components"]["securitySchemes"]["basic"]["description"] = "HTTP Basic"
    assert _verdicts(sd.diff_specs(old, new)) == {("docs-changed", "docs", "")}


def test_servers_are_additive_or_documentation() -> None:
    old = _spec()
    new = copy.deepcopy(old)
    new["servers"].append({"url": "https://sandbox.example.com"})
    assert _verdicts(sd.diff_specs(old, new)) == {("server-added", "additive", "")}
    new = copy.deepcopy(old)
    new["servers"][0]["description"] = "Live"
    assert _verdicts(sd.diff_specs(old, new)) == {("docs-changed", "docs", "")}


def test_documentation_only_changes() -> None:
    old = _spec(request=_obj({"a": STR}), response=_obj({"b": STR}))
    new = copy.deepcopy(old)
    op = new["paths"]["/things"]["post"]
    op["summary"] = "Create a thing"
    op["description"] = "Longer words."
    op["externalDocs"] = {"url": "https://docs.example.com"}
    op["requestBody"]["content"]["application/json"]["schema"]["properties"]["a"]["description"] = "The a."
    op["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["b"]["example"] = "bee"
    op["responses"]["200"]["content"]["application/json"]["schema"]["x-guaranteed"] = {"b": "why"}
    new["info"]["description"] = "An API."
    changes = sd.diff_specs(old, new)
    assert changes
    assert {c.severity for c in changes} == {"docs"}
    assert sd.max_severity(changes) == "docs"


def test_a_new_spec_is_additive_and_a_removed_one_breaks() -> None:
    assert [(c.kind, c.severity) for c in sd.diff_specs(None, _spec())] == [("spec-added", "additive")]
    assert [(c.kind, c.severity) for c in sd.diff_specs(_spec(), None)] == [("spec-removed", "breaking")]


def test_identical_specs_have_no_changes() -> None:
    doc = _two_ops(
        {"Thing": _obj({"id": STR})},
        request={"$ref": "#/components/schemas/Thing"},
        response={"$ref": "#/components/schemas/Thing"},
    )
    assert sd.diff_specs(doc, copy.deepcopy(doc)) == []


# -- a real spec -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> tuple[str, Spec]:
    """The first spec with a response-only object schema, a request-only object schema and a
    response-only enum (all specs have them; which one depends on the specs of the day)."""
    for provider in registry.PROVIDERS:
        doc = sd._load(registry.spec_path(provider).read_text())
        if _pick(doc):
            return provider, doc
    pytest.fail("no spec has a response-only object, a request-only object and a response-only enum")


def _pick(doc: Spec) -> tuple[str, str, str] | None:
    reach = sd._reachability(sd._Spec(doc))
    schemas = doc["components"]["schemas"]

    def only(side: str, test: Any) -> list[str]:
        return sorted(n for n, sides in reach.items() if set(sides) == {side} and n in schemas and test(schemas[n]))

    responses = only(
        "response",
        lambda s: isinstance(s.get("properties"), dict) and len(s.get("properties")) > 1 and "allOf" not in s,
    )
    requests = only("request", lambda s: isinstance(s.get("properties"), dict) and "allOf" not in s)
    enums = only("response", lambda s: isinstance(s.get("enum"), list))
    return (responses[0], requests[0], enums[0]) if responses and requests and enums else None


def test_real_specs_against_themselves_have_no_changes() -> None:
    for provider in registry.PROVIDERS:
        doc = sd._load(registry.spec_path(provider).read_text())
        assert sd.diff_specs(doc, copy.deepcopy(doc)) == [], provider


def test_a_real_spec_with_a_few_edits(real: tuple[str, Spec]) -> None:
    provider, doc = real
    picked = _pick(doc)
    assert picked is not None
    response, request, enum = picked
    schemas = doc["components"]["schemas"]

    # New optional response field and a new response enum value: additive only.
    new = copy.deepcopy(doc)
    new["components"]["schemas"][response]["properties"]["spec_diff_extra"] = STR
    new["components"]["schemas"][enum]["enum"] = [*schemas[enum]["enum"], "SPEC_DIFF_NEW"]
    changes = sd.diff_specs(doc, new)
    assert _verdicts(changes) == {
        ("property-added", "additive", "response"),
        ("enum-value-added", "additive", "response"),
    }, provider
    assert all(c.operations for c in changes)

    # A response field removed: breaking.
    new = copy.deepcopy(doc)
    gone = sorted(schemas[response]["properties"])[0]
    del new["components"]["schemas"][response]["properties"][gone]
    new["components"]["schemas"][response]["required"] = [r for r in schemas[response].get("required", []) if r != gone]
    if not new["components"]["schemas"][response]["required"]:
        del new["components"]["schemas"][response]["required"]
    changes = sd.diff_specs(doc, new)
    assert ("property-removed", "breaking", "response") in _verdicts(changes)
    assert sd.max_severity(changes) == "breaking"
    assert {c.location for c in changes if c.severity == "breaking"} == {f"components.schemas.{response}.{gone}"}

    # A new required request field: breaking.
    new = copy.deepcopy(doc)
    target = new["components"]["schemas"][request]
    target["properties"]["specDiffRequired"] = STR
    target["required"] = [*target.get("required", []), "specDiffRequired"]
    change = _only(sd.diff_specs(doc, new))
    assert (change.kind, change.severity, change.side, change.location) == (
        "property-added",
        "breaking",
        "request",
        f"components.schemas.{request}.specDiffRequired",
    )

    # A description: documentation only.
    new = copy.deepcopy(doc)
    new["components"]["schemas"][response]["description"] = "Rewritten by the spec-diff test."
    first_path = next(iter(new["paths"].values()))
    next(v for k, v in first_path.items() if k in sd.METHODS)["description"] = "Also rewritten."
    changes = sd.diff_specs(doc, new)
    assert len(changes) == 2
    assert {c.severity for c in changes} == {"docs"}


# -- command line ---------------------------------------------------------------------------------


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False, timeout=60)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    specs = {
        "old": _spec(response=_obj({"a": STR, "b": STR})),
        "breaking": _spec(response=_obj({"a": STR})),
        "additive": _spec(response=_obj({"a": STR, "b": STR, "c": STR})),
    }
    paths = {}
    for name, doc in specs.items():
        paths[name] = tmp_path / f"{name}.yaml"
        paths[name].write_text(yaml.safe_dump(doc))
    return paths


def test_cli_exit_codes(files: dict[str, Path]) -> None:
    breaking = _run("--old", str(files["old"]), "--new", str(files["breaking"]))
    assert breaking.returncode == 1
    assert "[breaking] POST /things response 200 application/json.b (response side): field removed" in breaking.stdout
    assert "--allow-breaking" in breaking.stderr
    assert _run("--old", str(files["old"]), "--new", str(files["breaking"]), "--allow-breaking").returncode == 0
    additive = _run("--old", str(files["old"]), "--new", str(files["additive"]))
    assert additive.returncode == 0, additive.stdout
    assert "1 additive" in additive.stdout


def test_cli_json_shape(files: dict[str, Path]) -> None:
    result = _run("--old", str(files["old"]), "--new", str(files["breaking"]), "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["base"] == str(files["old"])
    assert list(data["specs"]) == [str(files["breaking"])]
    (change,) = data["specs"][str(files["breaking"])]
    assert change == {
        "kind": "property-removed",
        "severity": "breaking",
        "location": "POST /things response 200 application/json.b",
        "operations": ["create_thing"],
        "message": "field removed",
        "side": "response",
    }


def test_cli_against_a_git_ref() -> None:
    # Other work may have changed the specs since HEAD: the exit code must match what is found.
    result = _run("--base", "HEAD", "--json")
    data = json.loads(result.stdout)
    assert data["base"] == "HEAD"
    assert set(registry.PROVIDERS) <= set(data["specs"])
    breaking = any(c["severity"] == "breaking" for changes in data["specs"].values() for c in changes)
    assert result.returncode == (1 if breaking else 0), result.stderr
    unknown = _run("--base", "no-such-ref-anywhere")
    assert unknown.returncode != 0
    assert "unknown git ref" in unknown.stderr
