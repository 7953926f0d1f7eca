"""Contract: specs/idenfy.openapi.yaml against the emulator, in-process.

A token's generated `callbackUrl` (and `dummyStatus`, which finishes the verification at
once) makes the emulator send webhooks to invented hosts; it records those deliveries as
failed without a connection (it delivers to loopback hosts only by default).

The emulator's clock is frozen: a generated `expiryTime` of a second or two would otherwise
expire tokens mid-run depending on the machine's speed, and which statuses the run produces
(e.g. delete's 200) must not depend on that.
"""

from __future__ import annotations

import base64
from typing import Any

import pytest

from idv_emulator import create_app
from tests.contract._coverage import RecordingApp
from tests.contract._suite import HYPOTHESIS, load

pytestmark = pytest.mark.contract
PROVIDER = "idenfy"


app = create_app()
app.clock.freeze()
schema = load(PROVIDER, base_url=f"http://127.0.0.1:8040/{PROVIDER}", app=RecordingApp(app))


@schema.parametrize()
@HYPOTHESIS
def test_operations(case: Any) -> None:
    case.call_and_validate()


TestStateful = schema.as_state_machine().TestCase
TestStateful.settings = HYPOTHESIS


def test_delete_after_expiry_conforms() -> None:
    """Deleting needs an expired token, which fuzzing reaches only by chance (the clock is
    frozen): a dummyStatus=EXPIRED verification makes the documented 200 part of every run."""
    headers = {"Authorization": "Basic " + base64.b64encode(b"idenfy-key:idenfy-secret").decode()}
    create = schema.find_operation_by_id("create_token").Case(
        body={"clientId": "contract-expired", "dummyStatus": "EXPIRED"}, media_type="application/json", headers=headers
    )
    created = create.call_and_validate()
    assert created.status_code == 201
    delete = schema.find_operation_by_id("delete_verification").Case(
        body={"scanRef": created.json()["scanRef"]}, media_type="application/json", headers=headers
    )
    deleted = delete.call_and_validate()
    assert deleted.status_code == 200 and deleted.content == b""
