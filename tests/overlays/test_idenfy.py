"""iDenfy's quirks only: HTTP Basic and the token body, its `identifier`/`message` envelope, the
read-only POSTs (status, data, delete) retried like reads, the outcome of automatic and manual
results, the body-only HMAC signature, and the webhook-driven flow against the emulator, sync and
async.

What must hold for every provider (redaction, retry rules, no retried create, Retry-After,
connection errors, non-JSON error bodies, missing credentials, the webhook forgery set) is in
`tests/overlays/test_conformance.py`, run for iDenfy through `tests/overlays/adapters/idenfy.py`."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import attrs
import httpx
import pytest
import yaml

import idv
from idenfy_client.api.verification import get_status
from idenfy_client.models import (
    DocumentExpirationThreshold,
    DocumentExpirationWebhook,
    DocumentType,
    IdentificationPage,
    IdentificationStatus,
    IdentificationWebhook,
    Locale,
    OverallStatus,
    ScanRefRequest,
    StatusResponse,
    TokenRequest,
    WebhookEventType,
)
from idenfy_client.types import UNSET
from idv import Outcome, WebhookEvent
from idv.idenfy import (
    ENVIRONMENTS,
    AsyncIdenfyClient,
    IdenfyClient,
    is_final,
    outcome,
    parse_webhook,
    token_request,
    verify_signature,
)
from idv_emulator import EmulatorServer
from tests.support.receiver import Received, WebhookReceiver

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "idenfy-key"
API_SECRET = "idenfy-secret"
SIGNING_KEY = "idenfy-signing-key"
BASIC = "Basic aWRlbmZ5LWtleTppZGVuZnktc2VjcmV0"  # base64("idenfy-key:idenfy-secret")
MOCK_URL = "https://ivs.test"
SCAN_REF = "ec6a7108-8c26-11e9-9758-309c231b1bac"

TOKEN_201 = {
    "message": "Token created successfully",
    "authToken": "pgYQX0z2T8mtcpNj9I20uWVCLKNuG0vgr12f0wAC",
    "scanRef": SCAN_REF,
    "clientId": "100000",
    "redirectUrl": "https://ui.idenfy.com/?authToken=pgYQX0z2T8mtcpNj9I20uWVCLKNuG0vgr12f0wAC",
    "tokenType": "IDENTIFICATION",
}
STATUS_200 = {
    "status": "APPROVED",
    "scanRef": SCAN_REF,
    "clientId": "100000",
    "autoDocument": "DOC_VALIDATED",
    "autoFace": "FACE_MATCH",
    "manualDocument": "DOC_VALIDATED",
    "manualFace": "FACE_MATCH",
    "fraudTags": [],
    "mismatchTags": [],
}
DATA_200 = {"docFirstName": "JOHN TOM", "docLastName": "SMITH", "scanRef": SCAN_REF, "clientId": "100000"}
WEBHOOK: dict[str, Any] = {
    "final": False,
    "platform": "PC",
    "status": {
        "overall": "DENIED",
        "fraudTags": [],
        "mismatchTags": [],
        "autoFace": "FACE_MISMATCH",
        "manualFace": None,
        "autoDocument": "DOC_VALIDATED",
        "manualDocument": None,
        "additionalSteps": None,
    },
    "data": {"docFirstName": "JOHN TOM", "docLastName": "SMITH"},
    "fileUrls": {"FRONT": "https://files.test/FRONT.png"},
    "scanRef": SCAN_REF,
    "clientId": "100000",
    "externalRef": None,
    "startTime": 1554726960,
    "finishTime": 1554727002,
    "clientIp": "192.0.2.10",
    "clientIpCountry": "LT",
    "clientLocation": "Kaunas, Lithuania",
}

Handler = Callable[[httpx.Request], httpx.Response]


# -- helpers ------------------------------------------------------------------------------


def scripted(*answers: httpx.Response | type[httpx.TransportError]) -> tuple[Handler, list[httpx.Request]]:
    """A handler answering each request with the next response, or raising the next error."""
    seen: list[httpx.Request] = []
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = queue.pop(0)
        if isinstance(answer, httpx.Response):
            return answer
        raise answer("boom", request=request)

    return handler, seen


def error(status: int, identifier: str, message: str, **headers: str) -> httpx.Response:
    body = {"identifier": identifier, "message": message, "documentation": None, "severity": None}
    return httpx.Response(status, json=body, headers=headers)


def mock_client(handler: Handler, **kwargs: Any) -> tuple[IdenfyClient, list[float]]:
    client = IdenfyClient(
        api_key=API_KEY, api_secret=API_SECRET, base_url=MOCK_URL, transport=httpx.MockTransport(handler), **kwargs
    )
    return client, record_sleeps(client)


def mock_async_client(handler: Handler, **kwargs: Any) -> tuple[AsyncIdenfyClient, list[float]]:
    client = AsyncIdenfyClient(
        api_key=API_KEY, api_secret=API_SECRET, base_url=MOCK_URL, transport=httpx.MockTransport(handler), **kwargs
    )
    return client, record_sleeps(client)


def record_sleeps(client: IdenfyClient | AsyncIdenfyClient) -> list[float]:
    """Replace the retry transport's sleep by a recorder (no real waiting in unit tests)."""
    sleeps: list[float] = []
    http = (
        client.generated.get_httpx_client()
        if isinstance(client, IdenfyClient)
        else client.generated.get_async_httpx_client()
    )
    cast(Any, http)._transport._sleep = sleeps.append
    return sleeps


def sign(body: bytes, key: str = SIGNING_KEY) -> str:
    return hmac.new(key.encode(), body, hashlib.sha256).hexdigest()


def signed_headers(
    body: bytes, event_type: str = "IDENTIFICATION_AUTO_FINISHED", key: str = SIGNING_KEY
) -> dict[str, str]:
    return {"Idenfy-Signature": sign(body, key), "Idenfy-Event-Type": event_type, "Content-Type": "application/json"}


@pytest.fixture
def no_idenfy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("API_KEY", "API_SECRET", "BASE_URL", "ENVIRONMENT", "SIGNING_KEY"):
        monkeypatch.delenv(f"IDENFY_{name}", raising=False)


# -- configuration ------------------------------------------------------------------------


def test_environments_share_the_host_and_emulator_has_its_prefix() -> None:
    assert ENVIRONMENTS["production"] == "https://ivs.idenfy.com"
    assert ENVIRONMENTS["sandbox"] == "https://ivs.idenfy.com"
    assert ENVIRONMENTS["emulator"].endswith("/idenfy")


@pytest.mark.usefixtures("no_idenfy_env")
def test_settings_from_keywords_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    client = IdenfyClient(api_key=API_KEY, api_secret=API_SECRET)
    assert client.base_url == "https://ivs.idenfy.com"
    assert client.signing_key is None

    client = IdenfyClient(api_key=API_KEY, api_secret=API_SECRET, environment="sandbox")
    assert client.base_url == "https://ivs.idenfy.com"

    monkeypatch.setenv("IDENFY_API_KEY", "env-key")
    monkeypatch.setenv("IDENFY_API_SECRET", "env-secret")
    monkeypatch.setenv("IDENFY_ENVIRONMENT", "emulator")
    monkeypatch.setenv("IDENFY_SIGNING_KEY", "env-signing")
    client = IdenfyClient()
    assert client.base_url == ENVIRONMENTS["emulator"]
    assert client.signing_key == "env-signing"
    assert client._auth._header == "Basic ZW52LWtleTplbnYtc2VjcmV0"  # type: ignore[attr-defined]

    monkeypatch.setenv("IDENFY_BASE_URL", "https://proxy.test/idenfy/")
    assert IdenfyClient().base_url == "https://proxy.test/idenfy"
    assert IdenfyClient(base_url="https://other.test").base_url == "https://other.test"
    assert AsyncIdenfyClient(signing_key="kw").signing_key == "kw"


@pytest.mark.usefixtures("no_idenfy_env")
def test_unknown_environment() -> None:
    with pytest.raises(idv.ConfigurationError) as caught:
        IdenfyClient(api_key=API_KEY, api_secret=API_SECRET, environment="staging")
    assert str(caught.value) == "idenfy: unknown environment 'staging'; choose one of emulator, production, sandbox"


# -- auth and request bodies --------------------------------------------------------------


def test_basic_auth_header_and_minimal_token_body() -> None:
    handler, seen = scripted(httpx.Response(201, json=TOKEN_201))
    client, _ = mock_client(handler)
    with client:
        token = client.create_token("100000")
    assert token.scan_ref == SCAN_REF
    assert token.auth_token == "pgYQX0z2T8mtcpNj9I20uWVCLKNuG0vgr12f0wAC"
    assert token.redirect_url == TOKEN_201["redirectUrl"]
    (request,) = seen
    assert request.method == "POST"
    assert str(request.url) == "https://ivs.test/api/v2/token"
    assert request.headers["authorization"] == BASIC
    assert request.headers["content-type"] == "application/json"
    # Only what was given: no redirect URLs, locale, expiryTime … filled in by the client.
    assert json.loads(request.content) == {"clientId": "100000"}


def test_token_body_carries_exactly_the_given_fields() -> None:
    handler, seen = scripted(httpx.Response(200, json=TOKEN_201))  # 200 parses like 201
    client, _ = mock_client(handler)
    client.create_token(
        "100000",
        locale=Locale.DE,
        expiry_time=600,
        documents=[DocumentType.PASSPORT, "ID_CARD"],
        date_of_birth=datetime.date(1990, 12, 20),
        callback_url="https://rp.test/idenfy",
        dummy_status="APPROVED",
        additional_steps={"ALL": {"UTILITY_BILL": {"type": "EXTRACT"}}},
        country=None,
    )
    assert json.loads(seen[0].content) == {
        "clientId": "100000",
        "locale": "de",
        "expiryTime": 600,
        "documents": ["PASSPORT", "ID_CARD"],
        "dateOfBirth": "1990-12-20",
        "callbackUrl": "https://rp.test/idenfy",
        "dummyStatus": "APPROVED",
        "additionalSteps": {"ALL": {"UTILITY_BILL": {"type": "EXTRACT"}}},
        "country": None,
    }


def test_a_token_request_object_is_sent_as_built() -> None:
    handler, seen = scripted(httpx.Response(201, json=TOKEN_201))
    client, _ = mock_client(handler)
    client.create_token(TokenRequest(client_id="100000"))
    # The generated constructor's documented defaults, which token_request() leaves out.
    assert json.loads(seen[0].content) == {
        "clientId": "100000",
        "successUrl": "https://ui.idenfy.com/result?status=success",
        "errorUrl": "https://ui.idenfy.com/result?status=fail",
        "unverifiedUrl": "https://ui.idenfy.com/result?status=unverified",
        "locale": "en",
        "showInstructions": True,
        "expiryTime": 86400,
        "sessionLength": 1800,
        "generateDigitString": False,
        "tokenType": "IDENTIFICATION",
        "utilityBill": False,
    }


def sample(name: str) -> Any:
    """A value the generated model accepts for the field: null, else a list, else a string."""
    value: Any
    for value in (None, [], "x"):
        try:
            token_request("c", **{name: value})
        except (TypeError, ValueError):
            continue
        return value
    raise AssertionError(name)


def test_token_request_knows_every_generated_field_and_rejects_others() -> None:
    names = [a.name for a in attrs.fields(TokenRequest) if a.name not in ("client_id", "additional_properties")]
    keys = set()
    for name in names:
        body = token_request("c", **{name: sample(name)})
        # Every attribute name maps to the JSON key the generated model reads (none leak
        # into additional_properties) and comes back out under that key.
        assert body.additional_properties == {}, name
        (key,) = set(body.to_dict()) - {"clientId"}
        keys.add(key)
    spec = yaml.safe_load((ROOT / "specs" / "idenfy.openapi.yaml").read_text())
    assert keys == set(spec["components"]["schemas"]["TokenRequest"]["properties"]) - {"clientId"}
    assert token_request("c").to_dict() == {"clientId": "c"}
    assert token_request("c", first_name="John Tom", session_length=600).to_dict() == {
        "clientId": "c",
        "firstName": "John Tom",
        "sessionLength": 600,
    }
    with pytest.raises(TypeError, match="TokenRequest has no field"):
        token_request("c", firstName="John")
    with pytest.raises(TypeError, match="client_id"):
        token_request("c", client_id="d")
    client, _ = mock_client(scripted()[0])
    with pytest.raises(TypeError, match="not both"):
        client.create_token(TokenRequest(client_id="c"), locale="de")


def test_scan_ref_operations_send_scan_ref_and_parse_models() -> None:
    handler, seen = scripted(
        httpx.Response(200, json=STATUS_200), httpx.Response(200, json=DATA_200), httpx.Response(200)
    )
    client, _ = mock_client(handler)
    status = client.get_status(SCAN_REF)
    data = client.get_data(SCAN_REF)
    client.delete_verification(SCAN_REF)  # 200, empty body
    assert isinstance(status, StatusResponse)
    assert status.status is OverallStatus.APPROVED
    assert data.doc_first_name == "JOHN TOM"
    assert [r.url.path for r in seen] == ["/api/v2/status", "/api/v2/data", "/api/v2/delete"]
    assert [json.loads(r.content) for r in seen] == [{"scanRef": SCAN_REF}] * 3
    assert {r.headers["authorization"] for r in seen} == {BASIC}


async def test_async_auth_and_bodies() -> None:
    handler, seen = scripted(httpx.Response(201, json=TOKEN_201), httpx.Response(200, json=STATUS_200))
    client, _ = mock_async_client(handler)
    async with client:
        token = await client.create_token("100000", locale="lt")
        status = await client.get_status(token.scan_ref)
    assert status.status is OverallStatus.APPROVED
    assert [r.headers["authorization"] for r in seen] == [BASIC, BASIC]
    assert json.loads(seen[0].content) == {"clientId": "100000", "locale": "lt"}


# -- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "cls", "code", "detail", "field"),
    [
        (
            error(400, "MISSING_VALUE", "Missing parameter: clientId."),
            idv.BadRequestError,
            "MISSING_VALUE",
            "Missing parameter: clientId.",
            "clientId",
        ),
        (
            error(400, "BAD_VALUE", "Bad value for parameter: callbackUrl. It must be an HTTPS URL."),
            idv.BadRequestError,
            "BAD_VALUE",
            "Bad value for parameter: callbackUrl. It must be an HTTPS URL.",
            "callbackUrl",
        ),
        (
            error(400, "PARTNER_ERROR", "Token has not expired yet."),
            idv.BadRequestError,
            "PARTNER_ERROR",
            "Token has not expired yet.",
            None,
        ),
        (
            error(401, "UNAUTHORIZED", "Provided API key and secret are invalid."),
            idv.AuthenticationError,
            "UNAUTHORIZED",
            "Provided API key and secret are invalid.",
            None,
        ),
        (
            error(403, "PERMISSIONS_ERROR", "No permission."),
            idv.PermissionDeniedError,
            "PERMISSIONS_ERROR",
            "No permission.",
            None,
        ),
        (
            error(404, "BAD_VALUE", "Verification with the given scanRef was not found."),
            idv.NotFoundError,
            "BAD_VALUE",
            "Verification with the given scanRef was not found.",
            None,
        ),
        (
            error(405, "METHOD_NOT_ALLOWED", "Method not allowed."),
            idv.BadRequestError,
            "METHOD_NOT_ALLOWED",
            "Method not allowed.",
            None,
        ),
        (error(409, "CONFLICT", "Conflict."), idv.ConflictError, "CONFLICT", "Conflict.", None),
        (
            error(422, "VALIDATION_ERROR", "Validation error."),
            idv.UnprocessableEntityError,
            "VALIDATION_ERROR",
            "Validation error.",
            None,
        ),
        (
            error(429, "TOO_MANY_REQUESTS", "Request limit exceeded."),
            idv.RateLimitError,
            "TOO_MANY_REQUESTS",
            "Request limit exceeded.",
            None,
        ),
        (
            error(500, "INTERNAL_ERROR", "Internal server error."),
            idv.InternalServerError,
            "INTERNAL_ERROR",
            "Internal server error.",
            None,
        ),
        (
            error(503, "NEW_IDENTIFIER", "Maintenance."),
            idv.InternalServerError,
            "NEW_IDENTIFIER",
            "Maintenance.",
            None,
        ),
    ],
)
def test_error_envelope_mapping(
    response: httpx.Response, cls: type[idv.APIStatusError], code: str, detail: str, field: str | None
) -> None:
    client, _ = mock_client(lambda request: response, max_retries=0)
    with pytest.raises(cls) as caught:
        client.create_token("100000")
    exc = caught.value
    assert type(exc) is cls
    assert exc.status_code == response.status_code
    assert exc.provider == "idenfy"
    assert exc.code == code
    assert exc.detail == detail
    assert exc.field == field
    assert exc.envelope.title is None
    assert exc.envelope.raw == {"identifier": code, "message": detail, "documentation": None, "severity": None}
    assert exc.request_id is None  # iDenfy sends none
    assert exc.response is response
    assert str(exc) == f"idenfy answered {response.status_code} to POST /api/v2/token: {code} {detail}"


async def test_async_error_mapping() -> None:
    client, _ = mock_async_client(lambda request: error(404, "BAD_VALUE", "Not found."))
    with pytest.raises(idv.NotFoundError) as caught:
        await client.get_data(SCAN_REF)
    assert caught.value.code == "BAD_VALUE"
    assert caught.value.detail == "Not found."


# -- retries ------------------------------------------------------------------------------


def test_read_only_predicate() -> None:
    def request(method: str, path: str) -> httpx.Request:
        return httpx.Request(method, f"https://ivs.test{path}")

    assert IdenfyClient._read_only(request("POST", "/api/v2/status"))
    assert IdenfyClient._read_only(request("POST", "/api/v2/data"))
    assert IdenfyClient._read_only(request("POST", "/idenfy/api/v2/delete"))  # behind a prefix
    assert not IdenfyClient._read_only(request("POST", "/api/v2/token"))
    assert not IdenfyClient._read_only(request("POST", "/api/v2/status/extra"))


@pytest.mark.parametrize("operation", ["get_status", "get_data", "delete_verification"])
def test_read_only_posts_are_retried(operation: str) -> None:
    ok = {"get_status": STATUS_200, "get_data": DATA_200, "delete_verification": None}[operation]
    handler, seen = scripted(
        error(503, "INTERNAL_ERROR", "Unavailable."),
        httpx.ReadTimeout,
        httpx.Response(200, json=ok) if ok else httpx.Response(200),
    )
    client, sleeps = mock_client(handler)
    getattr(client, operation)(SCAN_REF)
    assert len(seen) == 3
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0  # backoff with jitter


async def test_async_retry_decisions() -> None:
    handler, seen = scripted(error(503, "INTERNAL_ERROR", "Unavailable."), httpx.Response(200, json=STATUS_200))
    client, sleeps = mock_async_client(handler)
    assert (await client.get_status(SCAN_REF)).status is OverallStatus.APPROVED
    assert len(seen) == 2
    assert len(sleeps) == 1

    handler, seen = scripted(error(503, "INTERNAL_ERROR", "Unavailable."), httpx.Response(201, json=TOKEN_201))
    client, sleeps = mock_async_client(handler)
    with pytest.raises(idv.InternalServerError):
        await client.create_token("100000")
    assert len(seen) == 1
    assert sleeps == []

    handler, seen = scripted(httpx.ReadTimeout, httpx.Response(201, json=TOKEN_201))
    client, _ = mock_async_client(handler, retry_creates=True)
    assert (await client.create_token("100000")).scan_ref == SCAN_REF
    assert len(seen) == 2


# -- redaction ----------------------------------------------------------------------------


async def test_async_repr_is_redacted() -> None:
    async with AsyncIdenfyClient(api_key=API_KEY, api_secret=API_SECRET, base_url=MOCK_URL) as client:
        assert repr(client) == (
            "AsyncIdenfyClient(base_url='https://ivs.test', api_key='<redacted>', api_secret='<redacted>')"
        )


# -- outcomes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("ACTIVE", Outcome.PENDING),
        ("APPROVED", Outcome.APPROVED),
        ("DENIED", Outcome.DECLINED),
        ("SUSPECTED", Outcome.REVIEW),
        ("REVIEWING", Outcome.REVIEW),
        ("EXPIRED", Outcome.EXPIRED),
        ("DELETED", Outcome.CANCELLED),
        ("ARCHIVED", Outcome.REVIEW),
        ("SOMETHING_NEW", Outcome.REVIEW),
    ],
)
def test_outcome_of_statuses(status: str, expected: Outcome) -> None:
    assert outcome(status) is expected
    assert outcome(OverallStatus(status)) is expected
    response = StatusResponse.from_dict({**STATUS_200, "status": status})
    assert outcome(response) is expected
    payload = IdentificationWebhook.from_dict({**WEBHOOK, "status": {**WEBHOOK["status"], "overall": status}})
    assert outcome(payload) is expected
    assert outcome(WebhookEvent("idenfy", payload, WebhookEventType.IDENTIFICATION)) is expected


def test_outcome_of_an_automatic_result_stands_while_final_is_false() -> None:
    auto = WebhookEvent(
        "idenfy", IdentificationWebhook.from_dict(WEBHOOK), WebhookEventType.IDENTIFICATION_AUTO_FINISHED
    )
    assert is_final(auto) is False
    assert outcome(auto) is Outcome.DECLINED  # as mapped; a manual result may still follow
    assert Outcome.DECLINED.final is True  # the vocabulary's notion, hence is_final()


@pytest.mark.parametrize(
    ("event_type", "expected"),
    [
        (WebhookEventType.IDENTIFICATION_EXPIRED, Outcome.EXPIRED),
        (WebhookEventType.IDENTIFICATION_CANCELLED, Outcome.CANCELLED),
        (WebhookEventType.IDENTIFICATION_RESUBMITTED, Outcome.PENDING),
        (WebhookEventType.DOCUMENT_EXPIRATION, Outcome.REVIEW),
        (None, Outcome.REVIEW),
    ],
)
def test_outcome_of_a_webhook_without_status(event_type: WebhookEventType | None, expected: Outcome) -> None:
    payload = IdentificationWebhook.from_dict({"scanRef": SCAN_REF, "clientId": "100000"})
    assert outcome(WebhookEvent("idenfy", payload, event_type)) is expected
    assert outcome(payload) is Outcome.REVIEW


# -- list, request-information, tolerant answers (mock transport) -------------------------


def page_answer(refs: list[str], next_page: int | None, count: int = 5) -> httpx.Response:
    url = f"{MOCK_URL}/kyc/identifications/?page={next_page}" if next_page else None
    results = [{"scanRef": ref, "status": "APPROVED", "suspected": False} for ref in refs]
    return httpx.Response(200, json={"count": count, "next": url, "previous": None, "results": results})


def test_list_identifications_sends_only_the_given_parameters() -> None:
    handler, seen = scripted(page_answer(["a", "b"], 2), page_answer([], None, count=0))
    client, _ = mock_client(handler)
    page = client.list_identifications(client_id="user-1", page=1, per_page=2)
    assert isinstance(page, IdentificationPage)
    assert (page.count, page.next_, [r.scan_ref for r in page.results]) == (
        5,
        f"{MOCK_URL}/kyc/identifications/?page=2",
        ["a", "b"],
    )
    assert client.list_identifications().results == []
    assert [(r.method, r.url.path, dict(r.url.params)) for r in seen] == [
        ("GET", "/kyc/identifications/", {"clientId": "user-1", "page": "1", "perPage": "2"}),
        ("GET", "/kyc/identifications/", {}),
    ]


def test_iter_identifications_walks_every_page() -> None:
    handler, seen = scripted(page_answer(["a", "b"], 2), page_answer(["c", "d"], 3), page_answer(["e"], None))
    client, _ = mock_client(handler)
    assert [i.scan_ref for i in client.iter_identifications(client_id="u", per_page=2)] == ["a", "b", "c", "d", "e"]
    assert [r.url.params["page"] for r in seen] == ["1", "2", "3"]
    assert {r.url.params["perPage"] for r in seen} == {"2"}


async def test_async_iter_identifications_and_page_past_the_end() -> None:
    handler, _ = scripted(page_answer(["a"], 2), page_answer(["b"], None), error(404, "BAD_VALUE", "Invalid page."))
    client, _ = mock_async_client(handler)
    assert [i.scan_ref async for i in client.iter_identifications()] == ["a", "b"]
    with pytest.raises(idv.NotFoundError) as caught:
        await client.list_identifications(page=9)
    assert (caught.value.code, caught.value.detail) == ("BAD_VALUE", "Invalid page.")


def test_list_is_a_get_and_retried() -> None:
    handler, seen = scripted(error(503, "INTERNAL_ERROR", "Unavailable."), httpx.ReadTimeout, page_answer(["a"], None))
    client, sleeps = mock_client(handler)
    assert [i.scan_ref for i in client.list_identifications().results] == ["a"]
    assert len(seen) == 3 and len(sleeps) == 2


def test_request_information_sends_only_the_given_fields_and_is_not_retried() -> None:
    session = {"sessionUrl": "https://ui.idenfy.com/?authToken=NEW", "tokenString": "NEW"}
    handler, seen = scripted(httpx.Response(200, json=session), httpx.Response(200, json=session))
    client, _ = mock_client(handler)
    answer = client.request_information(SCAN_REF)
    assert answer.session_url.endswith("NEW") and "NEW" not in repr(answer)
    client.request_information(SCAN_REF, lifetime=600, bank_card_expected_last_four="1234")
    assert [r.url.path for r in seen] == [f"/kyc/identifications/{SCAN_REF}/request-information/"] * 2
    assert seen[0].content == b""
    assert json.loads(seen[1].content) == {"lifetime": 600, "bankCardExpectedLastFour": "1234"}
    with pytest.raises(TypeError, match="no field"):
        client.request_information(SCAN_REF, life_time=1)

    handler, seen = scripted(error(503, "INTERNAL_ERROR", "Unavailable."), httpx.Response(200, json=session))
    client, sleeps = mock_client(handler)
    with pytest.raises(idv.InternalServerError):
        client.request_information(SCAN_REF)
    assert len(seen) == 1 and sleeps == []  # a second call would open another session


def test_token_answer_with_only_the_official_guarantees_parses() -> None:
    minimal = {"authToken": "t" * 40, "scanRef": SCAN_REF, "tokenType": "DOCUMENT", "clientId": None, "locale": "ko"}
    handler, _ = scripted(httpx.Response(201, json=minimal))
    client, _ = mock_client(handler)
    token = client.create_token("100000")
    assert (token.scan_ref, token.client_id, token.locale) == (SCAN_REF, None, "ko")
    assert token.message is UNSET and token.redirect_url is UNSET


# -- webhooks (signed in the test) --------------------------------------------------------


def webhook_body(**changes: Any) -> bytes:
    return json.dumps({**WEBHOOK, **changes}, indent=1).encode()


def test_valid_webhook() -> None:
    body = webhook_body()
    event = parse_webhook(body, signed_headers(body), SIGNING_KEY)
    assert event.event_type is WebhookEventType.IDENTIFICATION_AUTO_FINISHED
    assert event.payload.scan_ref == SCAN_REF
    assert is_final(event) is False
    assert isinstance(event.payload, IdentificationWebhook)
    assert isinstance(event.payload.status, IdentificationStatus)
    assert event.payload.status.overall is OverallStatus.DENIED
    assert event.payload.client_ip == "192.0.2.10"
    assert event.payload.start_time == 1554726960


def test_header_names_any_case_and_uppercase_hex() -> None:
    body = webhook_body(final=True)
    headers = {"idenfy-signature": sign(body).upper(), "IDENFY-EVENT-TYPE": "IDENTIFICATION_MANUAL_FINISHED"}
    event = parse_webhook(body, headers, SIGNING_KEY)
    assert event.event_type is WebhookEventType.IDENTIFICATION_MANUAL_FINISHED
    assert is_final(event) is True
    verify_signature(body, headers, SIGNING_KEY)


def test_malformed_signature_is_rejected() -> None:
    body = webhook_body()
    for bad in ("", "not-hex", sign(body)[:-2]):
        with pytest.raises(idv.WebhookVerificationError):
            parse_webhook(body, {"Idenfy-Signature": bad}, SIGNING_KEY)


def test_signed_body_that_is_not_a_webhook_is_rejected() -> None:
    for body in (b"[1, 2]", json.dumps({"clientId": "100000"}).encode()):
        with pytest.raises(idv.WebhookVerificationError) as caught:
            parse_webhook(body, signed_headers(body), SIGNING_KEY)
        assert str(caught.value).startswith("signed body is not an iDenfy webhook: ")


def test_event_type_header_is_optional_and_open() -> None:
    body = webhook_body()
    event = parse_webhook(body, {"Idenfy-Signature": sign(body)}, SIGNING_KEY)
    assert event.event_type is None
    event = parse_webhook(body, signed_headers(body, event_type="SOMETHING_NEW"), SIGNING_KEY)
    assert event.event_type == "SOMETHING_NEW"


def test_no_timestamp_means_signature_alone_decides() -> None:
    """iDenfy signs the body only: an old delivery verifies (handle repeats by scanRef + final)."""
    body = webhook_body(finishTime=946684800)  # 2000-01-01
    assert parse_webhook(body, signed_headers(body), SIGNING_KEY).payload.finish_time == 946684800


def test_async_client_parse_webhook_uses_its_signing_key() -> None:
    body = webhook_body()
    async_client, _ = mock_async_client(scripted()[0], signing_key=SIGNING_KEY)
    assert async_client.parse_webhook(body, signed_headers(body)).payload.scan_ref == SCAN_REF
    with pytest.raises(idv.WebhookVerificationError):
        async_client.parse_webhook(body, signed_headers(body, key="other"))


DOCUMENT_EXPIRATION = {
    "scanRef": SCAN_REF,
    "clientId": "100000",
    "expirationThreshold": "DOCUMENT_EXPIRES_WITHIN_7_DAYS",
    "documentExpiration": "2030-12-20",
}


def test_document_expiration_webhook_has_its_own_payload() -> None:
    body = json.dumps(DOCUMENT_EXPIRATION).encode()
    event = parse_webhook(body, signed_headers(body, event_type="DOCUMENT_EXPIRATION"), SIGNING_KEY)
    assert event.event_type is WebhookEventType.DOCUMENT_EXPIRATION
    assert isinstance(event.payload, DocumentExpirationWebhook)
    assert event.payload.expiration_threshold is DocumentExpirationThreshold.DOCUMENT_EXPIRES_WITHIN_7_DAYS
    assert (event.payload.scan_ref, event.payload.document_expiration) == (SCAN_REF, "2030-12-20")
    assert is_final(event) is True
    assert outcome(event) is Outcome.REVIEW  # a warning: ask for a new document in time
    expired_body = json.dumps({**DOCUMENT_EXPIRATION, "expirationThreshold": "DOCUMENT_EXPIRED"}).encode()
    # Without the event-type header, the body's shape decides.
    expired = parse_webhook(expired_body, {"Idenfy-Signature": sign(expired_body)}, SIGNING_KEY)
    assert isinstance(expired.payload, DocumentExpirationWebhook)
    assert outcome(expired) is outcome(expired.payload) is Outcome.EXPIRED
    # An identification body is never mistaken for one.
    identification = webhook_body()
    assert isinstance(
        parse_webhook(identification, {"Idenfy-Signature": sign(identification)}, SIGNING_KEY).payload,
        IdentificationWebhook,
    )
    with pytest.raises(idv.WebhookVerificationError, match="document-expiration"):
        parse_webhook(identification, signed_headers(identification, event_type="DOCUMENT_EXPIRATION"), SIGNING_KEY)


def test_webhook_with_official_fields_and_nulls_parses() -> None:
    body = webhook_body(
        status={**WEBHOOK["status"], "additionalSteps": "NOT_FOUND", "fraudTags": ["DEV_TOOLS_OPENED"]},
        data={"docDob": "1990", "docType": "SMART_ID", "docSex": "UNDEFINED", "ageEstimate": "OVER_18"},
        platform=None,
        companyId=None,
        additionalSteps={"UTILITY_BILL": "EXTRACT"},
        AML=[{"serviceName": "AML_NEWS", "uid": "u", "status": {"overallStatus": "SUSPECTED"}, "data": []}],
        riskAssessment={"riskScore": 80, "riskLevel": "HIGH"},
    )
    event = parse_webhook(body, signed_headers(body), SIGNING_KEY)
    payload = event.payload
    assert isinstance(payload, IdentificationWebhook) and isinstance(payload.status, IdentificationStatus)
    assert payload.status.additional_steps == "NOT_FOUND" and payload.status.fraud_tags == ["DEV_TOOLS_OPENED"]
    assert payload.platform is None and outcome(event) is Outcome.DECLINED
    assert payload.data is not UNSET and payload.data.doc_type == "SMART_ID" and payload.data.doc_dob == "1990"
    assert isinstance(payload.aml, list) and payload.aml[0].service_name == "AML_NEWS"
    assert payload.risk_assessment is not None and payload.risk_assessment is not UNSET
    assert payload.risk_assessment.risk_level == "HIGH"


# -- integration: the emulator over loopback -----------------------------------------------


class Counting(httpx.BaseTransport):
    """A real HTTP transport that records every request it sends."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


@pytest.fixture
def idenfy(idv_emulator: EmulatorServer) -> Iterator[IdenfyClient]:
    with IdenfyClient(
        api_key=API_KEY, api_secret=API_SECRET, base_url=idv_emulator.url("idenfy"), signing_key=SIGNING_KEY
    ) as client:
        yield client


@pytest.fixture
def callback(receiver: WebhookReceiver) -> str:
    return f"{receiver.url}/idenfy"


def finish(server: EmulatorServer, scan_ref: str, result: str, **params: str) -> dict[str, Any]:
    reply: dict[str, Any] = server.control("POST", "idenfy/outcome", json={"id": scan_ref, "outcome": result, **params})
    return reply


def parsed(
    client: IdenfyClient | AsyncIdenfyClient, received: list[Received]
) -> list[WebhookEvent[IdentificationWebhook | DocumentExpirationWebhook]]:
    return [client.parse_webhook(r.body, r.headers) for r in received]


def test_lifecycle_with_webhooks(
    idenfy: IdenfyClient, idv_emulator: EmulatorServer, receiver: WebhookReceiver, callback: str
) -> None:
    token = idenfy.create_token("user-1", callback_url=callback, external_ref="order-9")
    assert token.client_id == "user-1"
    assert token.message == "Token created successfully"
    assert token.redirect_url == f"{idv_emulator.url('idenfy')}/_pages/verification?authToken={token.auth_token}"
    assert token.expiry_time == 86400  # iDenfy's default, applied by iDenfy
    assert outcome(idenfy.get_status(token.scan_ref)) is Outcome.PENDING

    finish(idv_emulator, token.scan_ref, "approve")
    auto, manual = parsed(idenfy, receiver.wait_for(2))
    assert receiver.received[0].path == "/idenfy"
    assert (auto.event_type, is_final(auto), outcome(auto)) == (
        WebhookEventType.IDENTIFICATION_AUTO_FINISHED,
        False,
        Outcome.APPROVED,
    )
    assert (manual.event_type, is_final(manual), outcome(manual)) == (
        WebhookEventType.IDENTIFICATION_MANUAL_FINISHED,
        True,
        Outcome.APPROVED,
    )
    assert manual.payload.scan_ref == token.scan_ref
    assert manual.payload.external_ref == "order-9"

    status = idenfy.get_status(token.scan_ref)
    assert (status.status, status.auto_face, status.manual_document) == ("APPROVED", "FACE_MATCH", "DOC_VALIDATED")
    data = idenfy.get_data(manual.payload.scan_ref)
    assert (data.doc_first_name, data.doc_last_name, data.doc_dob) == ("JOHN TOM", "SMITH", "1990-12-20")

    with pytest.raises(idv.BadRequestError) as caught:
        idenfy.delete_verification(token.scan_ref)
    assert (caught.value.code, caught.value.detail) == ("PARTNER_ERROR", "Token has not expired yet.")

    idv_emulator.control("POST", "clock/advance", json={"seconds": 86400})
    idenfy.delete_verification(token.scan_ref)
    deleted = idenfy.get_status(token.scan_ref)
    assert deleted.status is OverallStatus.DELETED
    assert outcome(deleted) is Outcome.CANCELLED
    assert idenfy.get_data(token.scan_ref).doc_first_name is None
    idenfy.delete_verification(token.scan_ref)  # idempotent


def test_hosted_page_decline(
    idenfy: IdenfyClient, idv_emulator: EmulatorServer, receiver: WebhookReceiver, callback: str
) -> None:
    token = idenfy.create_token("user-2", callback_url=callback, error_url="https://rp.test/failed")
    assert isinstance(token.redirect_url, str)
    reply = httpx.post(token.redirect_url, data={"decision": "decline"})
    assert reply.status_code == 303
    assert reply.headers["location"] == "https://rp.test/failed"
    events = parsed(idenfy, receiver.wait_for(2))
    assert [outcome(e) for e in events] == [Outcome.DECLINED, Outcome.DECLINED]
    assert [is_final(e) for e in events] == [False, True]
    assert outcome(idenfy.get_status(token.scan_ref)) is Outcome.DECLINED


def test_manual_review_changes_the_automatic_result(
    idenfy: IdenfyClient, idv_emulator: EmulatorServer, receiver: WebhookReceiver, callback: str
) -> None:
    token = idenfy.create_token("user-3", callback_url=callback)
    finish(idv_emulator, token.scan_ref, "SUSPECTED", manual="REVIEWING")
    (auto,) = parsed(idenfy, receiver.wait_for(1))
    assert (auto.event_type, is_final(auto), outcome(auto)) == (
        WebhookEventType.IDENTIFICATION_AUTO_FINISHED,
        False,
        Outcome.REVIEW,
    )
    assert auto.payload.status.mismatch_tags == ["DOC_INFO_MISMATCH"]  # type: ignore[union-attr]
    assert idenfy.get_status(token.scan_ref).status is OverallStatus.REVIEWING

    finish(idv_emulator, token.scan_ref, "approve")
    _, manual = parsed(idenfy, receiver.wait_for(2))
    assert (manual.event_type, is_final(manual), outcome(manual)) == (
        WebhookEventType.IDENTIFICATION_MANUAL_FINISHED,
        True,
        Outcome.APPROVED,
    )

    # An automatic DENIED stands as declined, but the manual review may overturn it.
    other = idenfy.create_token("user-4", callback_url=callback)
    finish(idv_emulator, other.scan_ref, "decline", manual="APPROVED")
    auto, manual = parsed(idenfy, receiver.wait_for(4)[2:])
    assert (is_final(auto), outcome(auto)) == (False, Outcome.DECLINED)
    assert (is_final(manual), outcome(manual)) == (True, Outcome.APPROVED)


@pytest.mark.parametrize(
    "case",
    [
        ("APPROVED", ["IDENTIFICATION_AUTO_FINISHED", "IDENTIFICATION_MANUAL_FINISHED"], Outcome.APPROVED),
        ("DENIED", ["IDENTIFICATION_AUTO_FINISHED", "IDENTIFICATION_MANUAL_FINISHED"], Outcome.DECLINED),
        ("SUSPECTED", ["IDENTIFICATION_AUTO_FINISHED", "IDENTIFICATION_MANUAL_FINISHED"], Outcome.REVIEW),
        ("EXPIRED", ["IDENTIFICATION_EXPIRED"], Outcome.EXPIRED),
    ],
)
def test_sandbox_dummy_status(
    idenfy: IdenfyClient, receiver: WebhookReceiver, callback: str, case: tuple[str, list[str], Outcome]
) -> None:
    dummy, types, expected = case
    token = idenfy.create_token("user-5", dummy_status=dummy, callback_url=callback)
    assert token.dummy_status == dummy
    assert outcome(idenfy.get_status(token.scan_ref)) is expected
    events = parsed(idenfy, receiver.wait_for(len(types)))
    assert [e.event_type for e in events] == types
    assert outcome(events[-1]) is expected
    assert is_final(events[-1]) is True


def test_token_expiry_and_generated_options(idenfy: IdenfyClient, idv_emulator: EmulatorServer) -> None:
    token = idenfy.create_token(
        "user-6",
        expiry_time=600,
        locale=Locale.LT,
        documents=["PASSPORT"],
        first_name="John Tom",
        date_of_birth=datetime.date(1990, 12, 20),
        generate_digit_string=True,
    )
    assert (token.expiry_time, token.locale, token.first_name) == (600, Locale.LT, "JOHN TOM")
    assert token.documents == [DocumentType.PASSPORT]
    assert isinstance(token.digit_string, str) and len(token.digit_string) == 8
    idv_emulator.control("POST", "clock/advance", json={"seconds": 601})
    assert outcome(idenfy.get_status(token.scan_ref)) is Outcome.EXPIRED
    idenfy.delete_verification(token.scan_ref)
    assert idenfy.get_status(token.scan_ref).status is OverallStatus.DELETED


def test_emulator_errors_are_typed(idenfy: IdenfyClient, idv_emulator: EmulatorServer) -> None:
    with pytest.raises(idv.NotFoundError) as not_found:
        idenfy.get_status("00000000-0000-0000-0000-000000000000")
    assert (not_found.value.code, not_found.value.detail) == (
        "BAD_VALUE",
        "Verification with the given scanRef was not found.",
    )
    with pytest.raises(idv.BadRequestError) as bad:
        idenfy.create_token("user-7", callback_url="ftp://rp.test/hook")
    assert (bad.value.code, bad.value.field) == ("BAD_VALUE", "callbackUrl")
    assert bad.value.detail == (
        "Bad value for parameter: callbackUrl. It must be an HTTPS URL (http only to a loopback host)."
    )
    with pytest.raises(idv.BadRequestError) as digits:
        idenfy.create_token("user-7", generate_digit_string=True, expiry_time=90000)
    assert digits.value.code == "VALIDATION_ERROR"
    with (
        IdenfyClient(api_key=API_KEY, api_secret="wrong", base_url=idv_emulator.url("idenfy")) as wrong,
        pytest.raises(idv.AuthenticationError) as unauthorized,
    ):
        wrong.get_data("anything")
    assert (unauthorized.value.code, unauthorized.value.detail) == (
        "UNAUTHORIZED",
        "Provided API key and secret are invalid.",
    )
    assert "wrong" not in str(unauthorized.value)


def test_generic_call_reaches_operations_with_auth_and_errors(idenfy: IdenfyClient) -> None:
    token = idenfy.create_token("user-8")
    status = idenfy.call(get_status.sync_detailed, body=ScanRefRequest(token.scan_ref))
    assert isinstance(status, StatusResponse)
    assert status.status is OverallStatus.ACTIVE
    with pytest.raises(idv.NotFoundError):
        idenfy.call(get_status.sync_detailed, body=ScanRefRequest("missing"))


def test_emulator_faults_retry_reads_but_not_token_creation(idv_emulator: EmulatorServer) -> None:
    transport = Counting()
    client = IdenfyClient(
        api_key=API_KEY, api_secret=API_SECRET, base_url=idv_emulator.url("idenfy"), transport=transport
    )
    token = client.create_token("user-9")

    fault = {"provider": "idenfy", "status": 503, "retry_after": "0"}
    idv_emulator.control("POST", "faults", json={**fault, "operation_id": "get_status", "count": 2})
    transport.requests.clear()
    assert client.get_status(token.scan_ref).status is OverallStatus.ACTIVE
    assert len(transport.requests) == 3

    idv_emulator.control("POST", "faults", json={**fault, "operation_id": "create_token", "count": 1})
    transport.requests.clear()
    with pytest.raises(idv.InternalServerError) as caught:
        client.create_token("user-10")
    assert (caught.value.code, caught.value.detail) == ("INTERNAL_ERROR", "Internal server error.")
    assert len(transport.requests) == 1
    state = idv_emulator.control("GET", "state")["providers"]["idenfy"]["verifications"]
    assert [v["clientId"] for v in state.values()] == ["user-9"]  # no second session

    idv_emulator.control(
        "POST", "faults", json={"provider": "idenfy", "operation_id": "create_token", "status": 429, "retry_after": "0"}
    )
    transport.requests.clear()
    with pytest.raises(idv.RateLimitError) as limited:
        client.with_options(max_retries=1).create_token("user-11")
    assert limited.value.code == "TOO_MANY_REQUESTS"
    assert len(transport.requests) == 2
    client.close()


# -- integration, async -------------------------------------------------------------------


@pytest.fixture
async def aidenfy(idv_emulator: EmulatorServer) -> Any:
    async with AsyncIdenfyClient(
        api_key=API_KEY, api_secret=API_SECRET, base_url=idv_emulator.url("idenfy"), signing_key=SIGNING_KEY
    ) as client:
        yield client


async def test_async_lifecycle_with_webhooks(
    aidenfy: AsyncIdenfyClient, idv_emulator: EmulatorServer, receiver: WebhookReceiver, callback: str
) -> None:
    token = await aidenfy.create_token("user-a1", callback_url=callback)
    assert outcome(await aidenfy.get_status(token.scan_ref)) is Outcome.PENDING
    finish(idv_emulator, token.scan_ref, "approve")
    auto, manual = parsed(aidenfy, receiver.wait_for(2))
    assert [(e.event_type, is_final(e)) for e in (auto, manual)] == [
        (WebhookEventType.IDENTIFICATION_AUTO_FINISHED, False),
        (WebhookEventType.IDENTIFICATION_MANUAL_FINISHED, True),
    ]
    assert outcome(manual) is Outcome.APPROVED
    assert outcome(await aidenfy.get_status(manual.payload.scan_ref)) is Outcome.APPROVED
    assert (await aidenfy.get_data(manual.payload.scan_ref)).doc_last_name == "SMITH"

    with pytest.raises(idv.BadRequestError) as caught:
        await aidenfy.delete_verification(token.scan_ref)
    assert caught.value.code == "PARTNER_ERROR"
    idv_emulator.control("POST", "clock/advance", json={"seconds": 86400})
    await aidenfy.delete_verification(token.scan_ref)
    assert outcome(await aidenfy.get_status(token.scan_ref)) is Outcome.CANCELLED


async def test_async_dummy_status_errors_and_generic_call(
    aidenfy: AsyncIdenfyClient, idv_emulator: EmulatorServer, receiver: WebhookReceiver, callback: str
) -> None:
    token = await aidenfy.create_token(TokenRequest.from_dict({"clientId": "user-a2", "dummyStatus": "EXPIRED"}))
    status = await aidenfy.call(get_status.asyncio_detailed, body=ScanRefRequest(token.scan_ref))
    assert isinstance(status, StatusResponse)
    assert outcome(status) is Outcome.EXPIRED

    denied = await aidenfy.create_token("user-a3", dummy_status="DENIED", callback_url=callback)
    events = parsed(aidenfy, receiver.wait_for(2))
    assert [outcome(e) for e in events] == [Outcome.DECLINED, Outcome.DECLINED]
    assert events[1].payload.scan_ref == denied.scan_ref

    with pytest.raises(idv.NotFoundError) as caught:
        await aidenfy.get_data("missing")
    assert caught.value.code == "BAD_VALUE"
    async with AsyncIdenfyClient(api_key="nobody", api_secret="wrong", base_url=idv_emulator.url("idenfy")) as wrong:
        with pytest.raises(idv.AuthenticationError) as unauthorized:
            await wrong.create_token("user-a4")
    assert unauthorized.value.code == "UNAUTHORIZED"


async def test_async_faults_retry_reads_but_not_creation(
    aidenfy: AsyncIdenfyClient, idv_emulator: EmulatorServer
) -> None:
    token = await aidenfy.create_token("user-a5")
    fault = {"provider": "idenfy", "status": 503, "retry_after": "0"}
    idv_emulator.control("POST", "faults", json={**fault, "operation_id": "get_data", "count": 2})
    assert (await aidenfy.get_data(token.scan_ref)).scan_ref == token.scan_ref
    assert idv_emulator.control("GET", "faults") == []  # both consumed by retries

    idv_emulator.control("POST", "faults", json={**fault, "operation_id": "create_token", "count": 2})
    with pytest.raises(idv.InternalServerError):
        await aidenfy.create_token("user-a6")
    (left,) = idv_emulator.control("GET", "faults")
    assert (left["hits"], left["count"]) == (1, 1)  # tried once
    state = idv_emulator.control("GET", "state")["providers"]["idenfy"]["verifications"]
    assert len(state) == 1


def test_reopen_with_request_information_and_list(
    idenfy: IdenfyClient, idv_emulator: EmulatorServer, receiver: WebhookReceiver, callback: str
) -> None:
    token = idenfy.create_token("user-ri", callback_url=callback, check_aml=True)
    finish(idv_emulator, token.scan_ref, "decline")
    first = parsed(idenfy, receiver.wait_for(2))
    assert [outcome(e) for e in first] == [Outcome.DECLINED, Outcome.DECLINED]
    assert isinstance(first[1].payload, IdentificationWebhook) and isinstance(first[1].payload.aml, list)
    assert first[1].payload.aml[0].service_name == "AML_NAMES_CHECK"
    with pytest.raises(idv.NotFoundError):
        idenfy.request_information("missing")

    session = idenfy.request_information(token.scan_ref, lifetime=3600)
    assert session.session_url.endswith(f"authToken={session.token_string}")
    assert outcome(idenfy.get_status(token.scan_ref)) is Outcome.PENDING
    with pytest.raises(idv.BadRequestError) as caught:
        idenfy.request_information(token.scan_ref)  # already open again
    assert caught.value.code == "PARTNER_ERROR"
    done = httpx.post(session.session_url, data={"decision": "approve"})
    assert done.status_code == 303
    again = parsed(idenfy, receiver.wait_for(4)[2:])
    assert [(e.payload.scan_ref, outcome(e)) for e in again] == [(token.scan_ref, Outcome.APPROVED)] * 2

    others = [idenfy.create_token("user-ri").scan_ref for _ in range(2)]
    listed = list(idenfy.iter_identifications(client_id="user-ri", per_page=2))
    assert [i.scan_ref for i in listed] == [*others[::-1], token.scan_ref]
    assert [i.status for i in listed] == ["ACTIVE", "ACTIVE", "APPROVED"]
    with pytest.raises(idv.NotFoundError):
        idenfy.list_identifications(client_id="user-ri", page=3, per_page=2)


async def test_async_request_information_and_list(aidenfy: AsyncIdenfyClient) -> None:
    token = await aidenfy.create_token("user-ari", dummy_status="SUSPECTED")
    page = await aidenfy.list_identifications(client_id="user-ari")
    assert [(i.scan_ref, i.status, i.suspected) for i in page.results] == [(token.scan_ref, "SUSPECTED", True)]
    session = await aidenfy.request_information(token.scan_ref, questionnaire="more")
    assert session.token_string in session.session_url
    assert [i.status async for i in aidenfy.iter_identifications(client_id="user-ari")] == ["ACTIVE"]
