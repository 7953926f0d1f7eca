"""The robustness suite's own machinery: the answers are what they claim, and the checks fail
on a reader that is not tolerant (so a green run means something)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from idv.hopae import _outcome as hopae_outcome
from tests.overlays.adapters import adapter
from tests.robustness._answers import EXTRA_FIELD, UNKNOWN_STRING, Builder, Spec, answers
from tests.robustness._cases import ResponseCase, model_class, response_cases, webhook_cases
from tests.robustness._cases import spec as spec_of
from tests.robustness._checks import generated_problem, overlay_problem, webhook_problem

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "components": {
        "schemas": {
            "Status": {"type": "string", "enum": ["open", "closed"]},
            "Level": {"type": "integer", "enum": [1, 2, 3]},
            "Inner": {
                "type": "object",
                "required": ["code"],
                "properties": {
                    "code": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{2}$"},
                    "note": {"type": ["string", "null"]},
                },
            },
            "Thing": {
                "type": "object",
                "required": ["id", "status"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "status": {"$ref": "#/components/schemas/Status"},
                    "level": {"anyOf": [{"$ref": "#/components/schemas/Level"}, {"type": "null"}]},
                    "count": {"type": "integer", "minimum": 5},
                    "at": {"type": ["string", "null"], "format": "date-time"},
                    "inner": {"anyOf": [{"$ref": "#/components/schemas/Inner"}, {"type": "null"}]},
                    "items": {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/Inner"}},
                    "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Status"}},
                    "scores": {"type": "object", "additionalProperties": {"type": "number", "maximum": 1}},
                },
            },
        }
    },
}
THING = {"$ref": "#/components/schemas/Thing"}


@pytest.fixture
def spec() -> Spec:
    return Spec(DOCUMENT)


def by_variant(spec: Spec) -> dict[str, Any]:
    return {a.variant: a.body for a in answers(spec, THING)}


def test_required_only_has_the_required_fields_and_what_minItems_needs(spec: Spec) -> None:
    body = Builder(spec).build(THING)
    assert set(body) == {"id", "status"}
    assert spec.is_valid(THING, body)
    with_items = Builder(spec).build({**DOCUMENT["components"]["schemas"]["Thing"], "required": ["items"]})
    assert len(with_items["items"]) == 1 and re.fullmatch(r"[A-Z]{3}-[0-9]{2}", with_items["items"][0]["code"])


def test_every_base_variant_is_valid_and_the_unknown_enums_are_not(spec: Spec) -> None:
    for answer in answers(spec, THING):
        assert spec.is_valid(THING, answer.body) is answer.valid, answer


def test_nulls_sets_every_nullable_field_and_nulls_inner_keeps_nullable_objects(spec: Spec) -> None:
    variants = by_variant(spec)
    nulls, inner = variants["nulls"], variants["nulls-inner"]
    assert (nulls["level"], nulls["at"], nulls["inner"]) == (None, None, None)
    assert nulls["count"] == 5 and nulls["status"] == "open"
    assert inner["inner"] == {"code": inner["inner"]["code"], "note": None} and inner["level"] is None
    assert variants["all-fields"]["inner"]["note"] is not None


def test_each_enum_field_gets_an_unknown_value_of_its_type(spec: Spec) -> None:
    variants = by_variant(spec)
    assert variants["unknown-enum status"]["status"] == UNKNOWN_STRING
    assert variants["unknown-enum level"]["level"] == 1003  # an integer enum: an unused integer
    assert variants["unknown-enum tags[]"]["tags"] == [UNKNOWN_STRING]  # in arrays too
    assert set(variants["unknown-enum level"]) == {"id", "status", "level"}  # the rest minimal


def test_an_extra_field_goes_on_every_object_level(spec: Spec) -> None:
    variants = by_variant(spec)
    assert EXTRA_FIELD in variants["extra-field $"]
    assert EXTRA_FIELD in variants["extra-field inner"]["inner"]
    assert EXTRA_FIELD in variants["extra-field items[]"]["items"][0]
    # A map's extra entry is a value of the map's own schema.
    assert variants["extra-field scores"]["scores"][EXTRA_FIELD] == 1
    assert spec.is_valid(THING, variants["extra-field scores"])


def test_validation_rejects_what_the_spec_does_not_allow(spec: Spec) -> None:
    assert spec.errors(THING, {"id": "not-a-uuid", "status": "open"})  # formats are checked
    assert spec.errors(THING, {"id": "3f2a6c1e-8b4d-4f7a-9c2e-1d5b7a9e0f31"})  # required
    assert spec.nullable({"anyOf": [{"$ref": "#/components/schemas/Status"}, {"type": "null"}]})
    assert not spec.nullable({"$ref": "#/components/schemas/Status"})


def test_a_spec_closed_to_extra_fields_rejects_the_extra_field_answer() -> None:
    closed = {"type": "object", "additionalProperties": False, "properties": {"a": {"type": "string"}}}
    spec = Spec({"openapi": "3.1.0", "components": {"schemas": {"Closed": closed}}})
    schema = {"$ref": "#/components/schemas/Closed"}
    extra = next(a for a in answers(spec, schema) if a.variant == "extra-field $")
    assert extra.valid and spec.errors(schema, extra.body)  # reported, not passed over


# -- the checks fail on a reader that is not tolerant ----------------------------------------


def hopae_case(operation_id: str, status: str) -> ResponseCase:
    return next(c for c in response_cases("hopae") if c.operation.operation_id == operation_id and c.status == status)


def test_the_checks_catch_a_model_that_rejects_unknown_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    case = hopae_case("get_verification", "200")
    cls: Any = model_class("hopae", case.schema)
    assert cls is not None
    known = set(spec_of("hopae").flatten(case.schema).get("properties", {}))
    original = cls.from_dict

    def strict(src_dict: dict[str, Any]) -> Any:
        if set(src_dict) - known:
            raise KeyError(sorted(set(src_dict) - known)[0])
        return original(src_dict)

    monkeypatch.setattr(cls, "from_dict", staticmethod(strict))
    kit = adapter("hopae")
    found = {a.variant: (generated_problem(case, a), overlay_problem(kit, case, a)) for a in case.answers()}
    generated, overlay = found["extra-field $"]
    assert generated is not None and "KeyError: 'x_added_in_2027'" in generated
    assert overlay is not None and "APIResponseValidationError" in overlay
    assert found["required-only"] == (None, None)


def test_the_checks_catch_an_outcome_that_crashes(monkeypatch: pytest.MonkeyPatch) -> None:
    kit = adapter("hopae")
    case = hopae_case("get_verification", "200")
    answer = case.answers()[0]
    assert overlay_problem(kit, case, answer) is None

    def crashing(value: object) -> object:
        raise KeyError("status")

    monkeypatch.setattr(hopae_outcome, "outcome", crashing)
    monkeypatch.setattr("idv.hopae.outcome", crashing)
    problem = overlay_problem(kit, case, answer)
    assert problem is not None and problem.startswith("returned, but outcome() raised KeyError")
    webhook = webhook_cases("hopae")[0]
    problem = webhook_problem(kit, webhook, webhook.answers()[0])
    assert problem is not None and "outcome()" in problem
    # An error status raises the overlay's typed error of that status: accepted.
    error_case = hopae_case("get_verification", "404")
    assert overlay_problem(kit, error_case, error_case.answers()[0]) is None


def test_a_wrongly_signed_webhook_is_a_failure_not_a_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    kit = adapter("hopae")
    case = webhook_cases("hopae")[0]
    monkeypatch.setattr(kit, "sign", lambda body, secret: {"X-Hopae-Signature": "t=1,v1=00"})
    problem = webhook_problem(kit, case, case.answers()[0])
    assert problem is not None and "WebhookVerificationError" in problem
