"""Contract: specs/solaris.openapi.yaml against the emulator, in-process."""

from __future__ import annotations

import pytest
from schemathesis import checks

from idv_emulator import create_app
from tests.contract._coverage import RecordingApp
from tests.contract._suite import HYPOTHESIS, load

pytestmark = pytest.mark.contract
PROVIDER = "solaris"

app = create_app()
# The suite subscribes webhooks to generated URLs (https://<random host>/…): the emulator must
# not probe or deliver to them. Loopback URLs are still probed, as always.
app.providers[PROVIDER].configure({"webhooks_loopback_only": True})
schema = load(PROVIDER, base_url=f"http://127.0.0.1:8040/{PROVIDER}", app=RecordingApp(app))


@schema.parametrize()
@HYPOTHESIS
def test_operations(case):  # type: ignore[no-untyped-def]
    case.call_and_validate()


TestStateful = schema.as_state_machine().TestCase
TestStateful.settings = HYPOTHESIS


# schemathesis' `ignored_auth` probes apiKey and HTTP schemes only (the token endpoint's Basic),
# not the `oauth2` scheme of every /v1 operation: this does the same for the bearer token.
# Auth comes before validation, so an empty request with a made-up path id is enough.
V1_OPERATIONS = sorted(
    (op.method.upper(), op.path)
    for op in (result.ok() for result in schema.get_all_operations())
    if op.path.startswith("/v1/")
)
RESPONSE_CHECKS = [
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
]


@pytest.mark.parametrize(
    "authorization", [None, "Bearer not-a-token", "Basic c29sYXJpcy1jbGllbnQ6c29sYXJpcy1zZWNyZXQ="]
)
@pytest.mark.parametrize(("method", "path"), V1_OPERATIONS)
def test_bearer_token_is_enforced(method: str, path: str, authorization: str | None) -> None:
    operation = schema[path][method]
    case = operation.Case(
        path_parameters={p.name: "0" * 32 for p in operation.path_parameters},
        headers={"Authorization": authorization} if authorization else {},
    )
    response = case.call()
    assert response.status_code == 401, response.text
    case.validate_response(response, checks=RESPONSE_CHECKS)
    code = response.json()["errors"][0]["code"]
    assert code == ("invalid_token" if authorization and authorization.startswith("Bearer") else "token_required")
