"""The fast path (jsonschema-rs) and the authority (`jsonschema`) agree on what the contract
suite sends: schemathesis' valid and invalid bodies and query values, for every operation of
every spec.

`core/fastcheck.py` accepts a request as soon as jsonschema-rs calls it valid; only a refusal
goes to `jsonschema`. A body jsonschema-rs accepts and `jsonschema` refuses would slip through,
so the two must agree; this test is where a new keyword, format or pattern construct that
they read differently shows up.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.core import NotSet
from schemathesis.generation import GenerationMode

from idv_emulator.core.spec import _validator, load_spec
from scripts._registry import PROVIDERS, spec_path

EXAMPLES = 25


def operations() -> list[tuple[str, str]]:
    return [(p, op_id) for p in PROVIDERS for op_id in load_spec(p).operations]


@pytest.fixture(scope="module")
def schemas() -> dict[str, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return {p: schemathesis.openapi.from_path(str(spec_path(p))) for p in PROVIDERS}


def disagreements(check: Any, value: Any) -> list[str]:
    fast, authority = check.fast_is_valid(value), check.python.is_valid(value)
    return [] if fast == authority else [f"jsonschema-rs {fast}, jsonschema {authority}: {value!r}"]


@pytest.mark.parametrize(("provider", "operation_id"), operations())
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
def test_fast_path_and_authority_agree(
    schemas: dict[str, Any], provider: str, operation_id: str, mode: GenerationMode
) -> None:
    operation = load_spec(provider).operations[operation_id]
    api_operation = next(
        r.ok()
        for r in schemas[provider].get_all_operations()
        if r.ok().definition.raw.get("operationId") == operation_id
    )
    query_checks = {p.name: p.validator for p in operation.parameters if p.location == "query"}
    found: list[str] = []
    seen = 0

    @settings(
        max_examples=EXAMPLES, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(api_operation.as_strategy(generation_mode=mode))
    def run(case: Any) -> None:
        nonlocal seen
        media_type = case.media_type or "application/json"
        check = operation.bodies.get(media_type)
        if check is not None and not isinstance(case.body, (bytes, NotSet)):
            seen += 1
            found.extend(disagreements(check, case.body))
        for name, value in (case.query or {}).items():
            if name in query_checks:
                seen += 1
                found.extend(disagreements(query_checks[name], value))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            run()
        except Exception as error:  # schemathesis cannot build a negative case for some operations
            if "Unsatisfiable" not in type(error).__name__:
                raise
    assert found == []
    if operation.bodies or query_checks:
        assert seen or mode is GenerationMode.NEGATIVE, "nothing was checked"


FORMAT_EDGES = {
    "uri": ["https://a.example/x", "http:foo", "https://", "urn:isbn:0451450523", "mailto:a@b.example", "a b", ""],
    "uuid": [
        "058ff1aa-613a-40a8-83d3-67a07d7b3713",
        "058ff1aa613a40a883d367a07d7b3713",
        "{058ff1aa-613a-40a8-83d3-67a07d7b3713}",
        "urn:uuid:058ff1aa-613a-40a8-83d3-67a07d7b3713",
        "058FF1AA-613A-40A8-83D3-67A07D7B3713",
    ],
    "date": ["2026-12-06", "2026-02-30", "2026-12-06\n", "20261206", "2026-12-06T00:00:00Z"],
    "date-time": [
        "2026-12-06T10:00:00Z",
        "2026-12-06T10:00:00+01:00",
        "2026-12-06 10:00:00Z",
        "2026-12-06T10:00:00Z\n",
    ],
    "email": ["a@b.example", "a@b", "a@@b", "@b.example", "a@b.example*", '"a b"@c.example', "a@[127.0.0.1]"],
}


@pytest.mark.parametrize("name", sorted(FORMAT_EDGES))
def test_formats_mean_the_same_on_both_paths(name: str) -> None:
    check = _validator({"type": "string", "format": name})
    assert [d for value in FORMAT_EDGES[name] for d in disagreements(check, value)] == []
