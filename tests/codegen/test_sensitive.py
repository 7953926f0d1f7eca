"""Credentials stay out of reprs, for every property the specs mark `x-sensitive: true`.

The marker lives in the spec; `codegen/templates/model.py.jinja` reads it and gives the field
`repr=_redacted`; `scripts/lint_specs.py` makes credential-like names carry it. This walks every
marked property of every spec, so a marker the template misses (a new schema shape) fails here,
and checks the template's less common paths (allOf over a `$ref`, inline objects, defaults) on
a scratch spec run through the real generator.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_python_client.strings import pascal_case

from scripts._registry import PROVIDERS, generated_package, spec_path

ROOT = Path(__file__).resolve().parents[2]
CANARY = "canary-7f3e9a1c-do-not-print"

Spec = dict[str, Any]


# ---------------------------------------------------------------- walking the specs


def deref(spec: Spec, node: Any) -> Any:
    """Follow `$ref`s (siblings of a `$ref` are kept by the caller, not merged here)."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
        seen += 1
        assert seen < 20, "reference cycle"
    return node


def effective_properties(spec: Spec, schema: Spec) -> dict[str, Spec]:
    """A model's properties as the generator merges them: its own plus its allOf members'."""
    props: dict[str, Spec] = {}
    for member in schema.get("allOf", []):
        for name, prop in effective_properties(spec, deref(spec, member)).items():
            props[name] = {**props.get(name, {}), **prop}
    for name, prop in (schema.get("properties") or {}).items():
        props[name] = {**props.get(name, {}), **prop}
    return props


def sensitive_in_model(spec: Spec, class_name: str, schema: Spec) -> Iterator[tuple[str, str, Spec]]:
    """(class name, property name, the model's schema) for each marked property of the model."""
    for name, prop in effective_properties(spec, schema).items():
        if prop.get("x-sensitive") is True:
            yield class_name, name, schema
        if "$ref" not in prop and prop.get("properties"):  # an inline object is its own model
            yield from sensitive_in_model(spec, class_name + pascal_case(name), prop)


def all_markers(node: Any) -> Iterator[Spec]:
    """Every property schema marked `x-sensitive: true`, wherever it sits."""
    if isinstance(node, list):
        for item in node:
            yield from all_markers(item)
    elif isinstance(node, dict):
        for prop in (node.get("properties") or {}).values() if isinstance(node.get("properties"), dict) else []:
            if isinstance(prop, dict) and prop.get("x-sensitive") is True:
                yield prop
        for value in node.values():
            yield from all_markers(value)


def load(provider: str) -> Spec:
    spec: Spec = yaml.safe_load(spec_path(provider).read_text())
    return spec


MODEL_SCHEMAS: dict[tuple[str, str], Spec] = {}


def sensitive_fields() -> list[tuple[str, str, str]]:
    found = []
    for provider in PROVIDERS:
        spec = load(provider)
        for name, schema in spec["components"]["schemas"].items():
            class_name = pascal_case(schema.get("title") or name)
            for cls, prop, model_schema in sensitive_in_model(spec, class_name, schema):
                MODEL_SCHEMAS[(provider, cls)] = model_schema
                found.append((provider, cls, prop))
    return found


FIELDS = sensitive_fields()


# ---------------------------------------------------------------- building a minimal instance


def minimal(spec: Spec, schema: Any) -> Any:
    """The smallest JSON value the schema accepts (enough for the generated `from_dict`)."""
    schema = deref(spec, schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [deref(spec, s) for s in schema[key]]
            return minimal(spec, next(s for s in options if s.get("type") != "null"))
    if "allOf" in schema or "properties" in schema:
        props = effective_properties(spec, schema)
        required = set(schema.get("required", []))
        for member in schema.get("allOf", []):
            required |= set(deref(spec, member).get("required", []))
        return {name: minimal(spec, props[name]) for name in sorted(required)}
    types = schema.get("type", "string")
    kind = next(t for t in types if t != "null") if isinstance(types, list) else types
    fmt = schema.get("format")
    if kind == "string":
        return {
            "date-time": "2024-01-01T00:00:00Z",
            "date": "2024-01-01",
            "uuid": "00000000-0000-4000-8000-000000000000",
            "uri": "https://example.com/",
        }.get(fmt, "x")
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", -1) + 1)
        return int(low) if kind == "integer" else float(low)
    if kind == "boolean":
        return False
    if kind == "array":
        return []
    if kind == "object":
        return {}
    raise AssertionError(f"minimal(): extend for {schema!r}")


def build(provider: str, class_name: str, prop: str) -> Any:
    payload = minimal(load(provider), MODEL_SCHEMAS[(provider, class_name)])
    payload[prop] = CANARY
    cls = getattr(importlib.import_module(f"{generated_package(provider)}.models"), class_name)
    return cls.from_dict(payload)


# ---------------------------------------------------------------- every marked field


def test_every_marker_is_walked() -> None:
    """A marker this walk cannot map to a class (e.g. inside array items) must extend the walk."""
    for provider in PROVIDERS:
        spec = load(provider)
        markers = {json.dumps(m, sort_keys=True) for m in all_markers(spec)}
        walked = {
            json.dumps(effective_properties(spec, MODEL_SCHEMAS[(p, cls)])[prop], sort_keys=True)
            for p, cls, prop in FIELDS
            if p == provider
        }
        assert markers <= walked, provider


def test_the_issue_fields_are_marked() -> None:
    assert {
        ("solaris", "TokenResponse", "access_token"),
        ("solaris", "Webhook", "secret"),
        ("solaris", "RequestIdentificationRequest", "secret"),
        ("idenfy", "TokenResponse", "authToken"),
        ("idenfy", "TokenResponse", "digitString"),
        ("idenfy", "TokenResponse", "redirectUrl"),  # embeds the authToken
        ("proofme", "IdentificationData", "encryptedEncryptionSecret"),
    } <= set(FIELDS)


@pytest.mark.parametrize(("provider", "class_name", "prop"), FIELDS, ids=[".".join(f) for f in FIELDS])
def test_sensitive_field_is_out_of_repr_but_in_to_dict(provider: str, class_name: str, prop: str) -> None:
    model = build(provider, class_name, prop)
    assert CANARY not in repr(model)
    assert CANARY not in str(model)  # attrs models have no __str__: it is the repr
    assert "'<redacted>'" in repr(model)
    assert model.to_dict()[prop] == CANARY


# ---------------------------------------------------------------- the two regressions of the issue


def test_solaris_token_answer_repr_hides_the_access_token() -> None:
    from solaris_client.models import TokenResponse

    token = TokenResponse.from_dict({"access_token": CANARY, "token_type": "bearer", "expires_in": 3599})
    assert CANARY not in repr(token)
    assert "access_token='<redacted>'" in repr(token)
    assert "expires_in=3599" in repr(token)  # the rest stays visible for debugging
    assert token.access_token == CANARY
    assert token.to_dict()["access_token"] == CANARY


def test_solaris_webhook_subscription_repr_hides_the_secret() -> None:
    from solaris_client.models import Webhook

    created = Webhook.from_dict({"id": "whk1", "event_type": "IDENTIFICATION", "url": "https://e.x/", "secret": CANARY})
    assert CANARY not in repr(created)
    assert "secret='<redacted>'" in repr(created)
    assert created.secret == CANARY
    assert created.to_dict()["secret"] == CANARY
    # get/list answer without the secret: the repr says so rather than hiding that too
    assert "secret=None" in repr(Webhook.from_dict({"id": "whk1", "secret": None}))
    assert "'<redacted>'" not in repr(Webhook.from_dict({"id": "whk1"}))


# ---------------------------------------------------------------- the linter


@pytest.fixture(scope="module")
def lint_specs() -> Any:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return importlib.import_module("lint_specs")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


def scratch_spec(props: dict[str, Any], **schema_extra: Any) -> Spec:
    return {
        "openapi": "3.1.0",
        "info": {"title": "scratch", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Client": {"type": "object", "properties": props, **schema_extra}}},
    }


def test_linter_rejects_an_unmarked_client_secret(lint_specs: Any) -> None:
    problems = lint_specs.sensitive_fields(
        scratch_spec({"client_id": {"type": "string"}, "client_secret": {"type": "string"}})
    )
    assert problems == [
        "#/components/schemas/Client/properties/client_secret: credential-like property without `x-sensitive`"
    ]


@pytest.mark.parametrize(
    "name", ["client_secret", "apiKey", "api_key", "signingKey", "password", "refresh_token", "authToken"]
)
def test_linter_knows_credential_names(lint_specs: Any, name: str) -> None:
    assert lint_specs.sensitive_fields(scratch_spec({name: {"type": "string"}}))
    assert lint_specs.sensitive_fields(scratch_spec({name: {"type": "string", "x-sensitive": True}})) == []


@pytest.mark.parametrize("name", ["tokenType", "token_type", "client_id", "monkey", "keyId"])
def test_linter_leaves_other_names_alone(lint_specs: Any, name: str) -> None:
    assert lint_specs.sensitive_fields(scratch_spec({name: {"type": "string"}})) == []


def test_linter_needs_a_reason_for_false_and_a_boolean(lint_specs: Any) -> None:
    without_reason = scratch_spec({"nextPageToken": {"type": "string", "x-sensitive": False}})
    assert "needs an `x-sensitive-reason`" in lint_specs.sensitive_fields(without_reason)[0]
    with_reason = scratch_spec(
        {"nextPageToken": {"type": "string", "x-sensitive": False, "x-sensitive-reason": "a pagination cursor"}}
    )
    assert lint_specs.sensitive_fields(with_reason) == []
    not_bool = scratch_spec({"secret": {"type": "string", "x-sensitive": "yes"}})
    assert "must be true or false" in lint_specs.sensitive_fields(not_bool)[0]


def test_linter_rejects_a_marker_the_template_would_ignore(lint_specs: Any) -> None:
    on_component = scratch_spec({"id": {"type": "string"}}, **{"x-sensitive": True})
    assert lint_specs.sensitive_fields(on_component) == [
        "#/components/schemas/Client: `x-sensitive` outside a property schema has no effect"
    ]


def test_the_repository_specs_pass(lint_specs: Any) -> None:
    for provider in PROVIDERS:
        assert lint_specs.sensitive_fields(load(provider)) == [], provider


# ---------------------------------------------------------------- the template on shapes the specs don't have yet

SCRATCH = {
    "openapi": "3.1.0",
    "info": {"title": "scratch", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "create_thing",
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Composite"}}}
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Plain"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Plain": {
                "type": "object",
                "required": ["api_key"],
                "properties": {
                    "api_key": {"type": "string", "x-sensitive": True},
                    "pin": {"type": ["string", "null"], "default": "0000", "x-sensitive": True},
                    "label": {"type": "string"},
                    "nested": {
                        "type": "object",
                        "properties": {"password": {"type": "string", "x-sensitive": True}, "user": {"type": "string"}},
                    },
                },
            },
            "Composite": {
                "allOf": [
                    {"$ref": "#/components/schemas/Plain"},
                    {"type": "object", "properties": {"signing_key": {"type": "string", "x-sensitive": True}}},
                ]
            },
        }
    },
}


@pytest.fixture(scope="module")
def scratch_models(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("sensitive")
    (root / "scratch.openapi.yaml").write_text(yaml.safe_dump(SCRATCH))
    (root / "scratch.codegen.yaml").write_text("package_name_override: scratch_sensitive_client\npost_hooks: []\n")
    subprocess.run(
        [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path", str(root / "scratch.openapi.yaml"),
            "--config", str(root / "scratch.codegen.yaml"),
            "--custom-template-path", str(ROOT / "codegen" / "templates"),
            "--meta", "none",
            "--output-path", str(root / "scratch_sensitive_client"),
            "--fail-on-warning",
        ],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module("scratch_sensitive_client.models")
    finally:
        sys.path.remove(str(root))


def test_template_redacts_own_nested_defaulted_and_allof_ref_fields(scratch_models: Any) -> None:
    plain = {
        "api_key": CANARY + "1",
        "pin": CANARY + "2",
        "label": "visible",
        "nested": {"password": CANARY + "3", "user": "u"},
    }
    for cls, payload in (
        (scratch_models.Plain, plain),
        (scratch_models.Composite, {**plain, "signing_key": CANARY + "4"}),
    ):
        model = cls.from_dict(payload)
        assert CANARY not in repr(model), cls
        assert "label='visible'" in repr(model)
        assert "user='u'" in repr(model)
        assert model.to_dict() == payload
    assert scratch_models.Plain(api_key="k").pin == "0000"  # the default survives the field() rewrite
