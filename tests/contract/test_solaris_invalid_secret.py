"""Solaris contract: a wrong identification secret is the documented 422 `invalid_secret`.

The stateful phase reaches `PATCH …/request` with a generated secret only when a link chain
happens to carry one to an identification still `created`; whether a given seed does depends
on everything else drawn before it. This walks the chain once, on purpose, through the same
recorded app, so the 422 is produced (and checked against the spec) in every run.
"""

from __future__ import annotations

import pytest
from schemathesis import checks

from tests.contract._suite import emulated

pytestmark = pytest.mark.contract
schema = emulated("solaris").schema
RESPONSE_CHECKS = [
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
]
BASIC = {"Authorization": "Basic c29sYXJpcy1jbGllbnQ6c29sYXJpcy1zZWNyZXQ="}  # solaris-client:solaris-secret


def call(path: str, method: str, *, headers: dict[str, str], **parts: object) -> dict[str, object]:
    operation = schema[path][method]
    case = operation.Case(headers=headers, **parts)  # type: ignore[arg-type]
    response = case.call()
    case.validate_response(response, checks=RESPONSE_CHECKS)
    return {"status": response.status_code, "json": response.json()}


def test_a_wrong_secret_is_422_invalid_secret() -> None:
    token = call(
        "/oauth2/token",
        "POST",
        headers=BASIC,
        body={"grant_type": "client_credentials"},
        media_type="application/x-www-form-urlencoded",
    )
    assert token["status"] == 200
    bearer = {"Authorization": f"Bearer {token['json']['access_token']}"}  # type: ignore[index]
    person = call("/v1/persons", "POST", headers=bearer, body={"first_name": "Erika", "last_name": "Mustermann"})
    person_id = person["json"]["id"]  # type: ignore[index]
    session = call(
        "/v1/persons/{person_id}/identification_sessions",
        "POST",
        headers=bearer,
        path_parameters={"person_id": person_id},
        body={"identification_methods": ["idnow"]},
    )
    identification = call(
        "/v1/persons/{person_id}/identification_sessions/{identification_session_id}/identifications",
        "POST",
        headers=bearer,
        path_parameters={"person_id": person_id, "identification_session_id": session["json"]["id"]},  # type: ignore[index]
        body={"method": "idnow"},
    )
    assert identification["status"] in (200, 201), identification
    answer = call(
        "/v1/persons/{person_id}/identifications/{id}/request",
        "PATCH",
        headers=bearer,
        path_parameters={"person_id": person_id, "id": identification["json"]["id"]},  # type: ignore[index]
        body={"secret": "not-the-secret"},
    )
    assert answer["status"] == 422
    assert answer["json"]["errors"][0]["code"] == "invalid_secret"  # type: ignore[index]
