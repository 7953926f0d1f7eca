"""Forward compatibility, for every enum of every spec: unknown values parse, known stay canonical.

Providers add enum values (Solaris already documents statuses beyond its seed page). The
open-enum templates in codegen/templates make the generated enums accept them; this test walks
every enum schema of every spec so a template regression, or a new enum generated some other
way, is caught.
"""

from __future__ import annotations

import importlib
from enum import Enum
from typing import Any

import pytest
import yaml

from scripts._registry import PROVIDERS, generated_package, spec_path


def enum_schemas() -> list[tuple[str, str, list[Any]]]:
    found = []
    for provider in PROVIDERS:
        spec = yaml.safe_load(spec_path(provider).read_text())
        for name, schema in spec["components"]["schemas"].items():
            if "enum" in schema and schema.get("type") in ("string", "integer"):
                found.append((provider, name, schema["enum"]))
    return found


ENUMS = enum_schemas()


def enum_class(provider: str, name: str) -> type[Enum]:
    models = importlib.import_module(f"{generated_package(provider)}.models")
    cls = getattr(models, name)
    assert issubclass(cls, Enum)
    return cls


def test_every_provider_has_enums() -> None:
    assert {p for p, _, _ in ENUMS} == set(PROVIDERS)


@pytest.mark.parametrize(("provider", "name", "values"), ENUMS, ids=[f"{p}.{n}" for p, n, _ in ENUMS])
def test_unknown_value_parses_and_known_values_stay_members(provider: str, name: str, values: list[Any]) -> None:
    cls = enum_class(provider, name)
    for value in values:
        assert cls(value) in list(cls)
    unknown: Any = "value_added_later" if isinstance(values[0], str) else 987654
    member = cls(unknown)
    assert member == unknown
    assert member.value == unknown
    assert isinstance(member, cls)
    assert str(member) == str(unknown)
    assert member not in list(cls)


@pytest.mark.parametrize(("provider", "name", "values"), ENUMS[:1] + ENUMS[-1:])
def test_wrong_type_is_still_rejected(provider: str, name: str, values: list[Any]) -> None:
    cls = enum_class(provider, name)
    with pytest.raises(ValueError, match="is not a valid"):
        cls(["not", "a", "scalar"])
