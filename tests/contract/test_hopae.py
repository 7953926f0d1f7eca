"""Contract: specs/hopae.openapi.yaml against the emulator, in-process."""

from __future__ import annotations

import pytest

from idv_emulator import create_app
from tests.contract._coverage import RecordingApp
from tests.contract._suite import HYPOTHESIS, load

pytestmark = pytest.mark.contract
PROVIDER = "hopae"
schema = load(PROVIDER, base_url=f"http://127.0.0.1:8040/{PROVIDER}", app=RecordingApp(create_app()))


@schema.parametrize()
@HYPOTHESIS
def test_operations(case):  # type: ignore[no-untyped-def]
    case.call_and_validate()


TestStateful = schema.as_state_machine().TestCase
TestStateful.settings = HYPOTHESIS
