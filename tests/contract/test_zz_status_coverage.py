"""Keeping the spec honest: every documented status is produced by the emulator in the
contract run, or listed with a reason in contract/<p>.unproduced.yaml. Runs after the contract
modules (file order) and reads what they recorded."""

from __future__ import annotations

import pytest
import yaml

from scripts._registry import PROVIDERS, ROOT, spec_path
from tests.contract._coverage import PRODUCED

METHODS = ("get", "put", "post", "delete", "patch")

pytestmark = pytest.mark.contract


def documented(provider: str) -> dict[str, set[str]]:
    spec = yaml.safe_load(spec_path(provider).read_text())
    return {
        op["operationId"]: {str(code) for code in op.get("responses", {}) if str(code).isdigit()}
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in METHODS
    }


def unproduced(provider: str) -> dict[str, dict[str, str]]:
    """operationId -> status -> reason, from contract/<p>.unproduced.yaml."""
    data = yaml.safe_load((ROOT / "contract" / f"{provider}.unproduced.yaml").read_text()) or {}
    return {op: {str(k): v for k, v in (statuses or {}).items()} for op, statuses in data.items()}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_documented_statuses_are_produced_or_explained(provider: str) -> None:
    if provider not in PRODUCED:
        pytest.skip(f"the {provider} contract module did not run in this session")
    explained = unproduced(provider)
    never: dict[str, list[str]] = {}
    for operation_id, statuses in documented(provider).items():
        missing = statuses - PRODUCED[provider].get(operation_id, set())
        unexplained = sorted(s for s in missing if s not in (explained.get(operation_id) or {}))
        if unexplained:
            never[operation_id] = unexplained
    print(f"\n{provider}: documented but never produced (reasons in contract/{provider}.unproduced.yaml):")
    for operation_id, statuses in sorted(explained.items()):
        for status, reason in sorted((statuses or {}).items()):
            print(f"  {operation_id} {status}: {reason}")
    assert never == {}, f"{provider}: documented statuses the emulator never produced, and no reason given"


def test_explanations_are_not_stale() -> None:
    stale = []
    for provider in PROVIDERS:
        if provider not in PRODUCED:
            continue
        docs = documented(provider)
        for operation_id, statuses in unproduced(provider).items():
            for status in statuses or {}:
                if str(status) not in docs.get(operation_id, set()):
                    stale.append(f"{provider} {operation_id} {status}: not documented")
                elif str(status) in PRODUCED[provider].get(operation_id, set()):
                    stale.append(f"{provider} {operation_id} {status}: produced after all")
    assert stale == []
