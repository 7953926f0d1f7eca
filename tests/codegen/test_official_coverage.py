"""Each provider's coverage record (`specs/coverage/<p>.yaml`) against its spec.

A record lists the elements of the provider's official OpenAPI file (operations, request and
response fields, webhook fields, enum values) and, for each, where our spec has it
(`present`) or why it does not (`omitted`). This checks that every `present` location really
exists in `specs/<p>.openapi.yaml` and that at least 90 % of the elements are present:

- `#/…`: a JSON pointer into the spec (`~1` is `/`, `~0` is `~`);
- `operationId X`: an operation (under `paths`) with that operationId;
- `enum S: v`: `v` is one of `components.schemas.S.enum`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
RECORDS = sorted((ROOT / "specs" / "coverage").glob("*.yaml"))
TARGET = 0.90
KINDS = {"operation", "request-field", "response-field", "webhook-field", "enum-value"}
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text())


def _pointer(spec: Any, pointer: str) -> bool:
    node = spec
    for raw in pointer[2:].split("/") if pointer != "#" else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


def _operation_ids(spec: dict[str, Any]) -> set[str]:
    return {
        op["operationId"]
        for item in spec.get("paths", {}).values()
        for method in HTTP_METHODS
        if isinstance(op := item.get(method), dict) and "operationId" in op
    }


def locate(spec: dict[str, Any], present: str) -> bool:
    """Whether the `present` location names something that exists in `spec`."""
    if present.startswith("#/"):
        return _pointer(spec, present)
    if present.startswith("operationId "):
        return present.removeprefix("operationId ").strip() in _operation_ids(spec)
    if present.startswith("enum ") and ": " in present:
        name, value = present.removeprefix("enum ").split(": ", 1)
        schema = spec.get("components", {}).get("schemas", {}).get(name.strip(), {})
        return value in [str(v) for v in schema.get("enum", [])]
    return False


def test_there_are_coverage_records() -> None:
    assert RECORDS, "no specs/coverage/<provider>.yaml"


@pytest.mark.parametrize("record", RECORDS, ids=[p.stem for p in RECORDS])
def test_record_is_well_formed_and_met(record: Path) -> None:
    data = _load(record)
    provider = data.get("provider")
    assert provider == record.stem, f"{record.name}: provider is {provider!r}"
    spec = _load(ROOT / "specs" / f"{provider}.openapi.yaml")
    elements = data.get("elements")
    assert isinstance(elements, list) and elements, f"{record.name}: no elements"
    problems: list[str] = []
    present = 0
    for element in elements:
        label = f"{element.get('kind')} {element.get('name')!r}"
        if element.get("kind") not in KINDS:
            problems.append(f"{label}: kind must be one of {sorted(KINDS)}")
        if not str(element.get("name") or "").strip():
            problems.append(f"{label}: no name")
        where, reason = element.get("present"), element.get("omitted")
        if (where is None) == (reason is None):
            problems.append(f"{label}: needs exactly one of `present` and `omitted`")
        elif where is not None:
            if locate(spec, str(where)):
                present += 1
            else:
                problems.append(f"{label}: `present: {where}` is not in specs/{provider}.openapi.yaml")
        elif not str(reason).strip():
            problems.append(f"{label}: `omitted` needs a reason")
    share = present / len(elements)
    print(f"{provider}: {present}/{len(elements)} official elements present ({share:.1%})")
    assert not problems, "\n".join(problems)
    assert share >= TARGET, f"{provider}: {share:.1%} of the official elements present, below {TARGET:.0%}"


def test_locate_understands_the_three_forms() -> None:
    spec = {
        "paths": {"/a/{id}/": {"get": {"operationId": "get_a", "parameters": [{"name": "id"}]}}},
        "components": {"schemas": {"Colour": {"enum": ["RED", "NO"]}}},
    }
    assert locate(spec, "#/paths/~1a~1{id}~1/get/parameters/0")
    assert not locate(spec, "#/paths/~1a~1{id}~1/get/parameters/1")
    assert locate(spec, "operationId get_a") and not locate(spec, "operationId get_b")
    assert locate(spec, "enum Colour: NO") and not locate(spec, "enum Colour: BLUE")
    assert not locate(spec, "somewhere else")
