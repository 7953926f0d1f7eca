"""iDenfy contract: delete's documented 200, which fuzzing reaches only by chance.

Deleting needs an expired token and the suite's clock is frozen (contract/idenfy.py): a
dummyStatus=EXPIRED verification makes the 200 part of every run, recorded for the status
coverage like every other answer of the suite's emulator.
"""

from __future__ import annotations

import base64

import pytest

from tests.contract._suite import emulated

pytestmark = pytest.mark.contract


def test_delete_after_expiry_conforms() -> None:
    schema = emulated("idenfy").schema
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
