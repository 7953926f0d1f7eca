"""Every spec operation has an emulator handler, and every handler a spec operation."""

from __future__ import annotations

import pytest

from idv_emulator import EmulatorApp
from scripts._registry import PROVIDERS


@pytest.mark.parametrize("provider", PROVIDERS)
def test_handlers_match_spec_operations(idv_emulator_app: EmulatorApp, provider: str) -> None:
    assert provider in idv_emulator_app.providers, f"{provider} is not served"
    served = idv_emulator_app.providers[provider]
    spec_ops = set(served.spec.operations)
    handlers = set(served.handlers)
    assert spec_ops - handlers == set(), "spec operations without a handler"
    assert handlers - spec_ops == set(), "handlers without a spec operation"
    assert spec_ops, "the spec has no operations"


def test_every_provider_and_nothing_else(idv_emulator_app: EmulatorApp) -> None:
    assert set(idv_emulator_app.providers) == set(PROVIDERS)
