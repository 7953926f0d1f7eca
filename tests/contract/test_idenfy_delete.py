"""iDenfy contract: documented answers that fuzzing reaches only by chance.

Deleting needs an expired token and the suite's clock is frozen (contract/idenfy.py): a
dummyStatus=EXPIRED verification makes delete's 200 part of every run. Likewise
request-information's 200 needs a finished verification (dummyStatus=APPROVED), and the
list's 404 a page past the last one. Each is recorded for the status coverage like every
other answer of the suite's emulator.
"""

from __future__ import annotations

import base64

import pytest

from tests.contract._suite import emulated

pytestmark = pytest.mark.contract


HEADERS = {"Authorization": "Basic " + base64.b64encode(b"idenfy-key:idenfy-secret").decode()}


def test_delete_after_expiry_conforms() -> None:
    schema = emulated("idenfy").schema
    headers = HEADERS
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


def test_request_information_after_finish_conforms() -> None:
    schema = emulated("idenfy").schema
    create = schema.find_operation_by_id("create_token").Case(
        body={"clientId": "contract-reopen", "dummyStatus": "APPROVED"}, media_type="application/json", headers=HEADERS
    )
    created = create.call_and_validate()
    assert created.status_code == 201
    reopen = schema.find_operation_by_id("request_information").Case(
        path_parameters={"scanRef": created.json()["scanRef"]},
        body={"lifetime": 600},
        media_type="application/json",
        headers=HEADERS,
    )
    reopened = reopen.call_and_validate()
    assert reopened.status_code == 200 and set(reopened.json()) == {"sessionUrl", "tokenString"}


def test_list_pages_conform() -> None:
    operation = emulated("idenfy").schema.find_operation_by_id("list_identifications")
    first = operation.Case(query={"clientId": "contract-list", "page": 1, "perPage": 5}, headers=HEADERS)
    assert first.call_and_validate().status_code == 200
    past = operation.Case(query={"clientId": "contract-list", "page": 2, "perPage": 5}, headers=HEADERS)
    assert past.call_and_validate().status_code == 404
