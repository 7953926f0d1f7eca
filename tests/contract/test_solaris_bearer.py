"""Solaris contract: the bearer token is enforced on every /v1 operation.

schemathesis' `ignored_auth` probes apiKey and HTTP schemes only (the token endpoint's Basic),
not the `oauth2` scheme of every /v1 operation: this does the same for the bearer token. Auth
comes before validation, so an empty request with a made-up path id is enough.
"""

from __future__ import annotations

import pytest
from schemathesis import checks

from tests.contract._suite import emulated

pytestmark = pytest.mark.contract
schema = emulated("solaris").schema

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
