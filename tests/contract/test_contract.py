"""Contract: every provider's spec against its emulator, in-process — one set of tests per
provider of the registry (specs/*.openapi.yaml), nothing typed out per provider.

For each provider `<p>` this module holds `test_<p>` (every operation, schemathesis'
examples, coverage and fuzzing phases) and `Test<P>Stateful` (the stateful phase along the
spec's links). Run one provider with `-k <p>`. What differs between providers is data and
hooks in contract/<p>.toml and contract/<p>.py, never an `if` here.
"""

from __future__ import annotations

from typing import Any

import pytest

from scripts._registry import PROVIDERS
from tests.contract._suite import HYPOTHESIS, Emulated, emulated

pytestmark = pytest.mark.contract


def operations_test(suite: Emulated) -> Any:
    @suite.schema.parametrize()
    @HYPOTHESIS
    def test(case: Any) -> None:
        case.call_and_validate()

    test.__name__ = test.__qualname__ = f"test_{suite.provider}"
    return test


def stateful_test(suite: Emulated) -> type:
    """The stateful phase. Hypothesis replays scenarios while shrinking: each one starts from a
    fresh, seeded emulator (then the provider's `setup`), so the same choices meet the same
    state — otherwise what earlier scenarios left behind (a list with more rows, a person with
    more attempts) makes Hypothesis report a flaky strategy."""

    class Workflow(suite.schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            suite.fresh()

    case: type = Workflow.TestCase
    case.settings = HYPOTHESIS  # type: ignore[attr-defined]
    name = f"Test{suite.provider.title()}Stateful"
    return type(name, (case,), {"__qualname__": name, "__module__": __name__})


for _provider in PROVIDERS:
    _suite = emulated(_provider)
    globals()[f"test_{_provider}"] = operations_test(_suite)
    globals()[f"Test{_provider.title()}Stateful"] = stateful_test(_suite)
