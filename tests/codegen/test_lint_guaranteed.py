"""The tolerant reader lint: every required property of a response schema is a recorded guarantee.

`scripts/lint_specs.py::guaranteed_problems` finds the schemas a provider answer can contain
(operation responses of any status, webhook and callback request bodies, and everything they
reach) and wants each `required` name there in the schema's `x-guaranteed` map, and nothing
else in that map. These tests run it on small inline specs, one shape each.
"""

from __future__ import annotations

import importlib
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

Spec = dict[str, Any]


@pytest.fixture(scope="module")
def lint() -> Any:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return importlib.import_module("lint_specs")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def ref(name: str) -> Spec:
    return {"$ref": f"#/components/schemas/{name}"}


def answer(schema: Spec) -> Spec:
    return {"description": "an answer", "content": {"application/json": {"schema": schema}}}


def spec_with(
    schemas: Spec,
    *,
    response: Spec | None = None,
    request: Spec | None = None,
    webhook: Spec | None = None,
    status: str = "200",
) -> Spec:
    """A scratch spec: one `GET /things` answering `response`, one `POST /things` taking
    `request`, and one webhook posting `webhook`, over the named `schemas`."""
    paths: Spec = {}
    if response is not None:
        paths.setdefault("/things", {})["get"] = {"responses": {status: answer(response)}}
    if request is not None:
        paths.setdefault("/things", {})["post"] = {
            "requestBody": {"content": {"application/json": {"schema": request}}},
            "responses": {"204": {"description": "done"}},
        }
    spec: Spec = {
        "openapi": "3.1.0",
        "info": {"title": "scratch", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    if webhook is not None:
        spec["webhooks"] = {
            "thingChanged": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": webhook}}},
                    "responses": {"200": {"description": "ok"}},
                }
            }
        }
    return spec


def thing(**extra: Any) -> Spec:
    return {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}, **extra}


GUARANTEED_ID = {"required": ["id"], "x-guaranteed": {"id": "the identifier, in every answer"}}


def test_a_required_response_property_without_a_marker_fails(lint: Any) -> None:
    problems = lint.guaranteed_problems(spec_with({"Thing": thing(required=["id"])}, response=ref("Thing")))
    assert problems == ["#/components/schemas/Thing: required `id` in a response schema has no `x-guaranteed` reason"]


def test_a_marked_required_property_passes(lint: Any) -> None:
    assert lint.guaranteed_problems(spec_with({"Thing": thing(**GUARANTEED_ID)}, response=ref("Thing"))) == []


def test_a_stale_marker_fails(lint: Any) -> None:
    stale = thing(required=["id"], **{"x-guaranteed": {"id": "the identifier", "name": "was required once"}})
    problems = lint.guaranteed_problems(spec_with({"Thing": stale}, response=ref("Thing")))
    assert problems == ["#/components/schemas/Thing: `x-guaranteed` names `name`, which is not required (stale marker)"]


def test_a_marker_without_required_at_all_is_stale(lint: Any) -> None:
    stale = thing(**{"x-guaranteed": {"id": "the identifier"}})
    problems = lint.guaranteed_problems(spec_with({"Thing": stale}, response=ref("Thing")))
    assert problems == ["#/components/schemas/Thing: `x-guaranteed` names `id`, which is not required (stale marker)"]


@pytest.mark.parametrize("reason", ["", "   ", None, 42, ["a list"]])
def test_a_reason_must_be_a_non_empty_string(lint: Any, reason: Any) -> None:
    marked = thing(required=["id"], **{"x-guaranteed": {"id": reason}})
    problems = lint.guaranteed_problems(spec_with({"Thing": marked}, response=ref("Thing")))
    assert problems == ["#/components/schemas/Thing: `x-guaranteed` reason for `id` must be a non-empty string"]


def test_the_marker_must_be_a_map(lint: Any) -> None:
    marked = thing(required=["id"], **{"x-guaranteed": ["id"]})
    problems = lint.guaranteed_problems(spec_with({"Thing": marked}, response=ref("Thing")))
    assert problems == ["#/components/schemas/Thing: `x-guaranteed` must map property names to reasons, not ['id']"]


def test_a_required_request_only_property_passes_without_a_marker(lint: Any) -> None:
    spec = spec_with(
        {"NewThing": thing(required=["id", "name"]), "Thing": thing(**GUARANTEED_ID)},
        request=ref("NewThing"),
        response=ref("Thing"),
    )
    assert lint.guaranteed_problems(spec) == []


def test_a_marker_on_a_request_only_schema_is_rejected(lint: Any) -> None:
    spec = spec_with({"NewThing": thing(**GUARANTEED_ID)}, request=ref("NewThing"), response={"type": "object"})
    assert lint.guaranteed_problems(spec) == [
        "#/components/schemas/NewThing: `x-guaranteed` on a schema no provider answer reaches"
    ]


def test_a_schema_shared_by_request_and_response_is_a_response_schema(lint: Any) -> None:
    spec = spec_with({"Thing": thing(required=["id"])}, request=ref("Thing"), response=ref("Thing"))
    assert len(lint.guaranteed_problems(spec)) == 1


def test_error_and_default_responses_count(lint: Any) -> None:
    for status in ("404", "default"):
        spec = spec_with({"Error": thing(required=["id"])}, response=ref("Error"), status=status)
        assert lint.guaranteed_problems(spec) == [
            "#/components/schemas/Error: required `id` in a response schema has no `x-guaranteed` reason"
        ], status


def test_reachability_through_responses_components(lint: Any) -> None:
    spec = spec_with({"Error": thing(required=["id"])})
    spec["components"]["responses"] = {"NotFound": answer(ref("Error"))}
    spec["paths"] = {"/things": {"get": {"responses": {"404": {"$ref": "#/components/responses/NotFound"}}}}}
    assert len(lint.guaranteed_problems(spec)) == 1


@pytest.mark.parametrize(
    ("wrapper", "where"),
    [
        ({"type": "array", "items": ref("Inner")}, "items"),
        ({"anyOf": [ref("Inner"), {"type": "null"}]}, "anyOf"),
        ({"oneOf": [{"type": "string"}, ref("Inner")]}, "oneOf"),
        ({"allOf": [ref("Inner"), {"type": "object"}]}, "allOf"),
        ({"type": "object", "properties": {"inner": ref("Inner")}}, "properties"),
        ({"type": "object", "additionalProperties": ref("Inner")}, "additionalProperties"),
        ({"type": "array", "prefixItems": [{"type": "string"}, ref("Inner")]}, "prefixItems"),
    ],
)
def test_reachability_through_subschema_keywords(lint: Any, wrapper: Spec, where: str) -> None:
    spec = spec_with({"Outer": wrapper, "Inner": thing(required=["name"])}, response=ref("Outer"))
    assert lint.guaranteed_problems(spec) == [
        "#/components/schemas/Inner: required `name` in a response schema has no `x-guaranteed` reason"
    ], where


def test_reachability_through_a_chain_of_refs(lint: Any) -> None:
    spec = spec_with({"A": ref("B"), "B": {"items": ref("C")}, "C": thing(required=["id"])}, response=ref("A"))
    assert len(lint.guaranteed_problems(spec)) == 1


def test_inline_schemas_are_checked_where_they_are(lint: Any) -> None:
    inline = {"type": "object", "properties": {"thing": thing(required=["id"])}}
    problems = lint.guaranteed_problems(spec_with({}, response=inline))
    assert problems == [
        "#/paths/~1things/get/responses/200/content/application~1json/schema/properties/thing: "
        "required `id` in a response schema has no `x-guaranteed` reason"
    ]


def test_webhook_payloads_are_response_schemas(lint: Any) -> None:
    spec = spec_with({"Event": thing(required=["id"])}, webhook=ref("Event"))
    assert lint.guaranteed_problems(spec) == [
        "#/components/schemas/Event: required `id` in a response schema has no `x-guaranteed` reason"
    ]
    spec["components"]["schemas"]["Event"] = thing(**GUARANTEED_ID)
    assert lint.guaranteed_problems(spec) == []


def test_callback_request_bodies_are_response_schemas(lint: Any) -> None:
    spec = spec_with({"Event": thing(required=["id"])}, response={"type": "object"})
    spec["paths"]["/things"]["get"]["callbacks"] = {
        "changed": {
            "{$request.query.url}": {
                "post": {"requestBody": {"content": {"application/json": {"schema": ref("Event")}}}}
            }
        }
    }
    assert lint.guaranteed_problems(spec) == [
        "#/components/schemas/Event: required `id` in a response schema has no `x-guaranteed` reason"
    ]


def test_webhook_answers_are_ours_not_the_providers(lint: Any) -> None:
    spec = spec_with({"Ack": thing(required=["id"])}, webhook={"type": "object"})
    spec["webhooks"]["thingChanged"]["post"]["responses"]["200"] = answer(ref("Ack"))
    assert lint.guaranteed_problems(spec) == []


def test_conditional_and_negated_required_are_not_guarantees(lint: Any) -> None:
    schema = thing(**{"if": {"required": ["name"]}, "not": {"required": ["id"]}})
    assert lint.guaranteed_problems(spec_with({"Thing": schema}, response=ref("Thing"))) == []


def test_a_property_called_x_guaranteed_is_not_a_marker(lint: Any) -> None:
    schema = {"type": "object", "properties": {"x-guaranteed": {"type": "string"}}, "example": {"x-guaranteed": 1}}
    assert lint.guaranteed_problems(spec_with({"NewThing": schema}, request=ref("NewThing"))) == []


def test_an_unresolvable_ref_is_reported(lint: Any) -> None:
    problems = lint.guaranteed_problems(spec_with({}, response=ref("Missing")))
    assert problems == [
        "#/paths/~1things/get/responses/200/content/application~1json/schema: "
        "cannot resolve $ref '#/components/schemas/Missing'"
    ]


def test_cycles_end(lint: Any) -> None:
    node = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "string"}, "parent": ref("Node"), "children": {"items": ref("Node")}},
    }
    spec = spec_with({"Node": node, "Loop": ref("Loop")}, response={"anyOf": [ref("Node"), ref("Loop")]})
    result: list[list[str]] = []
    worker = threading.Thread(target=lambda: result.append(lint.guaranteed_problems(spec)), daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert result, "guaranteed_problems did not finish on a cyclic spec"
    assert result[0] == ["#/components/schemas/Node: required `id` in a response schema has no `x-guaranteed` reason"]


def test_main_runs_the_rule(lint: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    spec = spec_with({"Thing": thing(required=["id"])}, response=ref("Thing"))
    monkeypatch.setattr(lint, "select", lambda _: ("scratch",))
    monkeypatch.setattr(lint, "spec_path", lambda _: Path("scratch.openapi.yaml"))
    monkeypatch.setattr(lint, "load", lambda _: spec)
    monkeypatch.setattr(lint, "validate", lambda _: None)
    monkeypatch.setattr(lint, "house_rules", lambda _: [])
    monkeypatch.setattr(sys, "argv", ["lint_specs.py"])
    with pytest.raises(SystemExit) as exit_info:
        lint.main()
    assert exit_info.value.code == 1
    assert "required `id` in a response schema has no `x-guaranteed` reason" in capsys.readouterr().out


@pytest.mark.parametrize("provider", ["proofme", "solaris"])
def test_the_specs_done_so_far_pass(lint: Any, provider: str) -> None:
    spec = lint.load(ROOT / "specs" / f"{provider}.openapi.yaml")
    assert lint.guaranteed_problems(spec) == []
