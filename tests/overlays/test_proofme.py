"""Proofme's quirks only: the raw API key, its HAL error envelope, UUID ids, the unsigned `{"id"}`
webhook hint and `fetch_after_webhook`, the revoke retry, the flows, and everything against the
emulator.

What must hold for every provider (redaction, retry rules, no retried create, Retry-After,
connection errors, non-JSON error bodies, missing credentials, refusing a webhook secret) is in
`tests/overlays/test_conformance.py`, run for Proofme through `tests/overlays/adapters/proofme.py`."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Coroutine
from typing import Any
from uuid import UUID

import httpx
import pytest

import idv
from idv import Outcome
from idv._core._config import EMULATOR_URL
from idv.proofme import ENVIRONMENTS, AsyncProofmeClient, ProofmeClient, outcome, parse_webhook
from idv_emulator import EmulatorServer
from proofme_client.api.identification import get_identification, list_identifications
from proofme_client.models import (
    EncryptionMode,
    Identification,
    IdentificationCreate,
    IdentificationCreateForm,
    IdentificationDataResponse,
    IdentificationList,
    IdentificationMode,
    IdentificationResponse,
    IdentificationSortColumn,
    IdentificationStatus,
    IdentificationStatusUpdate,
    Notify,
    ProofmeConfiguration,
    RevokeMessage,
    SortDirection,
)
from tests.support.receiver import WebhookReceiver

API_KEY = "proofme_UnitTestKey0123456789abcdefgh"
EMULATOR_KEY = "proofme_test_key"  # the emulator's sandbox key (README, "Emulator")
PROOFME_ID = "03682de3-b51c-451c-b50e-1977a332c9f2"  # the seed page's Proofme ("Age check")
IDENT_ID = "32daaa56-377f-4db9-acd7-fae2e327421e"
BASE = "https://proofme.test"
UNAUTHORIZED = "Missing authentication, or failed to authenticate"


def identification_json(status: str = "PENDING", identification_id: str = IDENT_ID) -> dict[str, Any]:
    return {
        "organisationId": "dc1d8dc2-a5b9-4c9d-b855-7024d1d93ca8",
        "id": identification_id,
        "proofmeId": PROOFME_ID,
        "proofmeRevision": 1,
        "description": "order-1234",
        "isRequest": True,
        "status": status,
        "redirectUrl": None,
        "webhookUrl": None,
        "metadata": {"my-data": 12345},
        "mode": "test",
        "notify": None,
        "myPageUrl": f"https://your-application.proofme.id/{identification_id}",
        "updatedAt": "2022-01-01T12:00:00+00:00",
        "createdAt": "2022-01-01T12:00:00+00:00",
        "scannedAt": None,
    }


def hal_error(status: int, title: str, detail: str, field: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"status": status, "title": title, "detail": detail}
    if field is not None:
        body["field"] = field
    body["_links"] = {
        "documentation": {"href": f"https://docs.proofme.id/#/api/errors?id={status}", "type": "text/html"}
    }
    return body


def hal(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"content-type": "application/hal+json", **(headers or {})},
    )


def mock_client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> ProofmeClient:
    return ProofmeClient(api_key=API_KEY, base_url=BASE, transport=httpx.MockTransport(handler), **kwargs)


def async_mock_client(
    handler: Callable[[httpx.Request], Coroutine[None, None, httpx.Response]], **kwargs: Any
) -> AsyncProofmeClient:
    return AsyncProofmeClient(api_key=API_KEY, base_url=BASE, transport=httpx.MockTransport(handler), **kwargs)


# -- unit: auth, requests, models ---------------------------------------------------------


def test_sends_the_raw_key_and_unwraps_the_identification() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"identification": identification_json("SUCCESS")})

    with mock_client(handler) as proofme:
        result = proofme.get_identification(IDENT_ID)
        again = proofme.get_identification(UUID(IDENT_ID))
    assert isinstance(result, Identification)
    assert result.id == UUID(IDENT_ID)
    assert result.status is IdentificationStatus.SUCCESS
    assert result.mode is IdentificationMode.TEST
    assert result.metadata == {"my-data": 12345}
    assert again.to_dict() == result.to_dict()
    assert [r.headers["authorization"] for r in seen] == [API_KEY, API_KEY]  # no "Bearer ", no scheme
    assert [str(r.url) for r in seen] == [f"{BASE}/v1/identification/{IDENT_ID}"] * 2
    assert [r.method for r in seen] == ["GET", "GET"]


def test_create_sends_json_or_form_bodies() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"identification": identification_json()})

    json_body = IdentificationCreate(
        proofme_id=UUID(PROOFME_ID),
        description="order-1234",
        webhook_url="https://app.example/hooks/proofme",
        metadata={"my-data": 12345},
        testmode=True,
        notify=Notify(hashed_email="ab" * 32),
    )
    form_body = IdentificationCreateForm(proofme_id=UUID(PROOFME_ID), metadata='{"my-data": 12345}', testmode=True)
    with mock_client(handler) as proofme:
        created = proofme.create_identification(json_body)
        proofme.create_identification(form_body)
    assert created.id == UUID(IDENT_ID) and created.status is IdentificationStatus.PENDING
    as_json, as_form = seen
    assert (as_json.method, as_json.url.path, as_json.headers["content-type"]) == (
        "POST",
        "/v1/identification",
        "application/json",
    )
    assert json.loads(as_json.content) == {
        "proofmeId": PROOFME_ID,
        "description": "order-1234",
        "webhookUrl": "https://app.example/hooks/proofme",
        "metadata": {"my-data": 12345},
        "testmode": True,
        "notify": {"hashedEmail": "ab" * 32},
    }
    assert as_form.headers["content-type"] == "application/x-www-form-urlencoded"
    assert httpx.QueryParams(as_form.content.decode()) == httpx.QueryParams(
        {"proofmeId": PROOFME_ID, "metadata": '{"my-data": 12345}', "testmode": "true"}
    )
    assert as_form.headers["authorization"] == API_KEY


def test_list_sends_only_the_given_query_parameters() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"count": 7, "rows": [identification_json()]})

    with mock_client(handler) as proofme:
        page = proofme.list_identifications(
            sort_column=IdentificationSortColumn.DESCRIPTION, sort_direction="ASC", offset=5, limit=10, search="order-"
        )
        proofme.list_identifications()
        proofme.list_identifications(sort_column="status", offset=0)
    assert isinstance(page, IdentificationList)
    assert page.count == 7 and [r.id for r in page.rows] == [UUID(IDENT_ID)]
    assert [dict(r.url.params) for r in seen] == [
        {"sortColumn": "description", "sortDirection": "ASC", "offset": "5", "limit": "10", "search": "order-"},
        {},
        {"sortColumn": "status", "offset": "0"},
    ]


def test_revoke_and_data_requests() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "DELETE":
            return httpx.Response(200, json={"message": "REVOKE_SUCCESSFUL"})
        return httpx.Response(200, json={"identification": {**identification_json(), "identificationData": None}})

    with mock_client(handler) as proofme:
        revoked = proofme.revoke_identification(IDENT_ID)
        data = proofme.get_identification_data(IDENT_ID)
    assert revoked.message is RevokeMessage.REVOKE_SUCCESSFUL
    assert data.identification_data is None and data.id == UUID(IDENT_ID)
    assert [(r.method, r.url.path) for r in seen] == [
        ("DELETE", f"/v1/identification/{IDENT_ID}"),
        ("GET", f"/v1/identification/data/{IDENT_ID}"),
    ]


def test_an_id_that_is_not_a_uuid_is_refused_before_sending() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    with mock_client(handler) as proofme, pytest.raises(ValueError, match="Proofme identification ids are UUIDs"):
        proofme.get_identification("not-a-uuid")
    assert seen == []


def test_iter_identifications_walks_every_page() -> None:
    ids = [str(uuid.UUID(int=n)) for n in range(1, 6)]
    offsets: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        offsets.append(params["offset"])
        start, size = int(params["offset"]), int(params["limit"])
        rows = [identification_json(identification_id=i) for i in ids[start : start + size]]
        return httpx.Response(200, json={"count": len(ids), "rows": rows})

    with mock_client(handler) as proofme:
        found = [str(i.id) for i in proofme.iter_identifications(page_size=2, search="order")]
    assert found == ids
    assert offsets == ["0", "2", "4"]


def test_iter_identifications_copes_with_pages_without_count_or_rows() -> None:
    """`count` and `rows` are optional (tolerant reader): without `count` the walk goes on
    until an empty page; a page without `rows` is empty."""
    ids = [str(uuid.UUID(int=n)) for n in range(1, 4)]
    offsets: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        offsets.append(params["offset"])
        start, size = int(params["offset"]), int(params["limit"])
        rows = [{"id": i, "status": "SUCCESS"} for i in ids[start : start + size]]
        return httpx.Response(200, json={"rows": rows} if rows else {})

    with mock_client(handler) as proofme:
        found = [str(i.id) for i in proofme.iter_identifications(page_size=2)]
    assert found == ids
    assert offsets == ["0", "2", "3"]  # the short page is not taken for the last: no `count`


# -- unit: errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "title", "detail", "field", "cls"),
    [
        (400, "Bad Request", "The request body is not valid JSON.", None, idv.BadRequestError),
        (401, "Unauthorized Request", UNAUTHORIZED, None, idv.AuthenticationError),
        (403, "Forbidden", "Not allowed", None, idv.PermissionDeniedError),
        (404, "Not Found", "No identification exists with this id.", None, idv.NotFoundError),
        (409, "Conflict", "The identification is already revoked.", None, idv.ConflictError),
        (410, "Gone", "The data of this identification was destroyed.", None, idv.BadRequestError),
        (415, "Unsupported Media Type", "Use JSON", None, idv.BadRequestError),
        (422, "Unprocessable Entity", "The proofmeId is invalid", "proofmeId", idv.UnprocessableEntityError),
        (429, "Too Many Requests", "Slow down", None, idv.RateLimitError),
        (500, "Internal Server Error", "Boom", None, idv.InternalServerError),
        (503, "Service Unavailable", "Maintenance", None, idv.InternalServerError),
    ],
)
def test_hal_error_envelope_maps_to_typed_error(
    status: int, title: str, detail: str, field: str | None, cls: type[idv.APIStatusError]
) -> None:
    body = hal_error(status, title, detail, field)
    with mock_client(lambda r: hal(status, body), max_retries=0) as proofme, pytest.raises(cls) as caught:
        proofme.create_identification(IdentificationCreate(proofme_id=UUID(PROOFME_ID)))
    error = caught.value
    assert type(error) is cls
    assert (error.status_code, error.code, error.detail, error.field) == (status, title, detail, field)
    assert error.envelope == idv.ErrorEnvelope(code=title, title=title, detail=detail, field=field, raw=body)
    assert error.provider == "proofme"
    assert error.request_id is None  # Proofme sends no request id
    assert error.response.status_code == status
    assert str(error) == f"proofme answered {status} to POST /v1/identification: {title} {detail}"


# -- unit: retries ---------------------------------------------------------------------------


def counting(status: int, headers: dict[str, str] | None = None) -> tuple[Callable[..., httpx.Response], list[str]]:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return hal(
            status, hal_error(status, "Service Unavailable", "try later"), {"retry-after": "0", **(headers or {})}
        )

    return handler, calls


def test_revoke_is_a_delete_and_is_retried() -> None:
    handler, calls = counting(503)
    with mock_client(handler) as proofme, pytest.raises(idv.InternalServerError):
        proofme.revoke_identification(IDENT_ID)
    assert calls == ["DELETE", "DELETE", "DELETE"]


# -- unit: configuration -------------------------------------------------------------------


def test_configuration_from_keywords_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PROOFME_API_KEY", "PROOFME_BASE_URL", "PROOFME_ENVIRONMENT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PROOFME_API_KEY", "proofme_from_env")
    assert ProofmeClient().base_url == "https://api.proofme.id"
    assert ProofmeClient(environment="emulator").base_url == f"{EMULATOR_URL}/proofme"
    assert {"production": "https://api.proofme.id", "emulator": f"{EMULATOR_URL}/proofme"} == ENVIRONMENTS
    with pytest.raises(
        idv.ConfigurationError, match="unknown environment 'sandbox'; choose one of emulator, production"
    ):
        ProofmeClient(environment="sandbox")
    monkeypatch.setenv("PROOFME_ENVIRONMENT", "emulator")
    assert AsyncProofmeClient().base_url == f"{EMULATOR_URL}/proofme"
    monkeypatch.setenv("PROOFME_BASE_URL", "https://proxy.example/proofme/")
    assert ProofmeClient().base_url == "https://proxy.example/proofme"
    assert ProofmeClient(base_url="https://kw.example").base_url == "https://kw.example"

    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json={"count": 0, "rows": []})

    with ProofmeClient(transport=httpx.MockTransport(handler)) as from_env:
        from_env.list_identifications()
    with ProofmeClient(api_key="proofme_keyword", transport=httpx.MockTransport(handler)) as keyword:
        keyword.list_identifications()
    assert seen == ["proofme_from_env", "proofme_keyword"]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("PENDING", Outcome.PENDING),
        ("SUCCESS", Outcome.APPROVED),
        ("FAILED", Outcome.DECLINED),
        ("REVOKED", Outcome.CANCELLED),
        ("EXPIRED_SOMEDAY", Outcome.PENDING),
    ],
)
def test_outcome(status: str, expected: Outcome) -> None:
    assert outcome(status) is expected
    assert outcome(IdentificationStatus(status)) is expected
    identification = Identification.from_dict(identification_json(status))
    assert outcome(identification) is expected
    assert outcome(IdentificationResponse(identification=identification)) is expected
    with_data = IdentificationDataResponse.from_dict(
        {"identification": {**identification_json(status), "identificationData": None}}
    )
    assert outcome(with_data) is expected
    assert outcome(with_data.identification) is expected
    # Only `id` and `status` are guaranteed: a bare identification has an outcome too.
    bare = {"id": IDENT_ID, "status": status}
    assert outcome(Identification.from_dict(bare)) is expected
    assert outcome(IdentificationDataResponse.from_dict({"identification": bare})) is expected


# -- unit: flows -----------------------------------------------------------------------------


def test_wait_for_completion_polls_until_not_pending() -> None:
    statuses = ["PENDING", "PENDING", "FAILED"]
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return httpx.Response(200, json={"identification": identification_json(statuses.pop(0))})

    with mock_client(handler) as proofme:
        final = proofme.wait_for_completion(IDENT_ID, timeout=5, interval=0.01)
    assert final.status is IdentificationStatus.FAILED and outcome(final) is Outcome.DECLINED
    assert calls == [f"/v1/identification/{IDENT_ID}"] * 3


def test_wait_for_completion_returns_on_an_unknown_status() -> None:
    with mock_client(lambda r: httpx.Response(200, json={"identification": identification_json("ARCHIVED")})) as p:
        final = p.wait_for_completion(IDENT_ID, timeout=5, interval=0.01)
    assert final.status == "ARCHIVED" and outcome(final) is Outcome.PENDING


def test_wait_for_completion_times_out_with_the_last_status() -> None:
    pending = httpx.Response(200, json={"identification": identification_json()})
    with mock_client(lambda r: pending) as proofme, pytest.raises(idv.WaitTimeoutError) as caught:
        proofme.wait_for_completion(IDENT_ID, timeout=0.05, interval=0.01)
    assert caught.value.last_status == "PENDING"
    assert str(caught.value) == "still PENDING after 0.05 s"
    assert isinstance(caught.value, TimeoutError)


def test_fetch_after_webhook_gets_the_identification_named_by_the_hint() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"identification": identification_json("SUCCESS")})

    body = json.dumps({"id": IDENT_ID}).encode()
    with mock_client(handler) as proofme:
        from_bytes = proofme.fetch_after_webhook(body)
        from_event = proofme.fetch_after_webhook(proofme.parse_webhook(body, {}))
        from_payload = proofme.fetch_after_webhook(proofme.parse_webhook(body, {}).payload)
        with pytest.raises(idv.WebhookVerificationError):
            proofme.fetch_after_webhook(b"{}")
    assert from_bytes.status is IdentificationStatus.SUCCESS and from_event.id == UUID(IDENT_ID)
    assert [(r.method, r.url.path, r.headers["authorization"]) for r in seen] == [
        ("GET", f"/v1/identification/{IDENT_ID}", API_KEY)
    ] * 3
    assert from_payload.id == UUID(IDENT_ID)


async def test_async_client_auth_errors_retries_and_flows() -> None:
    seen: list[httpx.Request] = []
    statuses = ["PENDING", "SUCCESS"]

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "POST":
            return hal(503, hal_error(503, "Service Unavailable", "try later"), {"retry-after": "0"})
        if request.method == "DELETE":
            return hal(409, hal_error(409, "Conflict", "The identification is already revoked."))
        if request.url.path == "/v1/identification":
            rows = [identification_json()] if request.url.params.get("offset") == "0" else []
            return httpx.Response(200, json={"count": 1, "rows": rows})
        return httpx.Response(200, json={"identification": identification_json(statuses.pop(0))})

    async with async_mock_client(handler) as proofme:
        assert repr(proofme) == f"AsyncProofmeClient(base_url='{BASE}', auth=RawKeyAuth(key='<redacted>'))"
        with pytest.raises(idv.InternalServerError) as caught:
            await proofme.create_identification(IdentificationCreate(proofme_id=UUID(PROOFME_ID)))
        assert (caught.value.code, caught.value.detail) == ("Service Unavailable", "try later")
        with pytest.raises(idv.ConflictError) as conflict:
            await proofme.revoke_identification(IDENT_ID)
        assert conflict.value.detail == "The identification is already revoked."
        final = await proofme.wait_for_completion(IDENT_ID, timeout=5, interval=0.01)
        assert outcome(final) is Outcome.APPROVED
        assert [i.id async for i in proofme.iter_identifications(page_size=10)] == [UUID(IDENT_ID)]
    assert [r.method for r in seen] == ["POST", "DELETE", "GET", "GET", "GET"]
    assert {r.headers["authorization"] for r in seen} == {API_KEY}


# -- webhooks ----------------------------------------------------------------------------------


def test_webhook_parses_the_id_hint() -> None:
    body = f'{{"id":"{IDENT_ID}"}}'.encode()
    event = parse_webhook(body, {})
    assert isinstance(event, idv.WebhookEvent) and isinstance(event.payload, IdentificationStatusUpdate)
    assert (event.provider, event.event_type, event.delivery_id) == ("proofme", "identificationStatusUpdate", None)
    assert event.payload.id == UUID(IDENT_ID) and event.payload.additional_properties == {}
    # Unsigned: whatever headers arrive change nothing.
    forged_headers = {"X-Proofme-Signature": "forged", "Content-Type": "text/plain"}
    assert parse_webhook(body, forged_headers).payload.id == UUID(IDENT_ID)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "body is not a Proofme webhook: JSONDecodeError"),
        (b'{"id": "\xff"}', "body is not a Proofme webhook: UnicodeDecodeError"),
        (b"[]", 'expected {"id": "<identification id>"}'),
        (b"{}", 'expected {"id": "<identification id>"}'),
        (b'{"id": 12}', 'expected {"id": "<identification id>"}'),
        (b'{"id": "32daaa56-not-a-uuid"}', "id is not a UUID"),
        (b"", "body is not a Proofme webhook: JSONDecodeError"),
    ],
    ids=["not-json", "not-utf8", "array", "no-id", "id-not-string", "id-not-uuid", "empty"],
)
def test_webhook_rejections(body: bytes, message: str) -> None:
    with pytest.raises(idv.WebhookVerificationError) as caught:
        parse_webhook(body, {})
    assert message in str(caught.value)


def test_a_forged_webhook_cannot_fake_a_status() -> None:
    """Anyone can post to the URL: extra fields parse but the API, not the hint, is the truth."""
    forged = json.dumps({"id": IDENT_ID, "status": "SUCCESS"}).encode()
    event = parse_webhook(forged, {"X-Anything": "no signature to check"})
    assert event.payload.additional_properties == {"status": "SUCCESS"}
    with mock_client(lambda r: httpx.Response(200, json={"identification": identification_json()})) as proofme:
        assert outcome(proofme.fetch_after_webhook(event)) is Outcome.PENDING


# -- integration with the emulator -------------------------------------------------------------


@pytest.fixture
def proofme(idv_emulator: EmulatorServer) -> ProofmeClient:
    return ProofmeClient(api_key=EMULATOR_KEY, base_url=idv_emulator.url("proofme"))


def new(description: str | None = None, **fields: Any) -> IdentificationCreate:
    body = IdentificationCreate(proofme_id=UUID(PROOFME_ID), **fields)
    if description is not None:
        body.description = description
    return body


def emulator_state(server: EmulatorServer) -> dict[str, Any]:
    state: dict[str, Any] = server.control("GET", "state")["providers"]["proofme"]
    return state


def test_create_get_and_data_against_emulator(proofme: ProofmeClient, idv_emulator: EmulatorServer) -> None:
    with proofme:
        created = proofme.create_identification(
            new(
                "x" * 300,
                redirect_url="https://rp.example/done",
                metadata={"order": 1234},
                testmode=True,
                notify=Notify(hashed_phonenumber="4c" * 32),
            )
        )
        iid = str(created.id)
        assert created.status is IdentificationStatus.PENDING
        assert created.description == "x" * 255  # truncated by Proofme, not rejected
        assert (created.mode, created.metadata, created.redirect_url) == (
            IdentificationMode.TEST,
            {"order": 1234},
            "https://rp.example/done",
        )
        assert isinstance(created.notify, Notify) and created.notify.hashed_phonenumber == "4c" * 32
        assert created.proofme_id == UUID(PROOFME_ID) and created.scanned_at is None
        assert created.my_page_url == f"{idv_emulator.url('proofme')}/_pages/identifications/{iid}"

        fetched = proofme.get_identification(iid)
        assert fetched.id == created.id and outcome(fetched) is Outcome.PENDING
        assert isinstance(fetched.proofme, ProofmeConfiguration) and fetched.proofme.to_dict()["name"] == "Age check"
        assert proofme.get_identification_data(iid).identification_data is None

        form = proofme.create_identification(
            IdentificationCreateForm(proofme_id=UUID(PROOFME_ID), metadata='{"my-data": 12345}', testmode=True)
        )
        assert (form.metadata, form.mode, form.description) == ({"my-data": 12345}, IdentificationMode.TEST, None)
        live = proofme.create_identification(new())
        assert live.mode is IdentificationMode.LIVE and live.metadata is None

        idv_emulator.control("POST", "proofme/outcome", json={"id": iid, "outcome": "approve"})
        final = proofme.wait_for_completion(iid, timeout=5, interval=0.05)
        assert final.status is IdentificationStatus.SUCCESS and outcome(final) is Outcome.APPROVED
        assert final.scanned_at is not None
        with_data = proofme.get_identification_data(iid)
        data = with_data.identification_data
        assert data is not None and outcome(with_data) is Outcome.APPROVED
        assert data.identification_id == created.id and data.encryption_mode is EncryptionMode.GCM
        assert data.encrypted_encryption_secret.startswith("-----BEGIN PGP MESSAGE-----\n\n")

        idv_emulator.control("POST", "clock/advance", json={"seconds": 31 * 86400})
        with pytest.raises(idv.BadRequestError) as gone:
            proofme.get_identification_data(iid)
        assert (gone.value.status_code, gone.value.code) == (410, "Gone")
        assert gone.value.detail is not None and gone.value.detail.startswith(
            "The data of this identification was destroyed on "
        )

        # Every operation is also reachable through `call` with the same auth and errors.
        wrapped = proofme.call(get_identification.sync_detailed, id=created.id)
        assert isinstance(wrapped, IdentificationResponse) and wrapped.identification.id == created.id
        assert proofme.call(list_identifications.sync_detailed, limit=1).count == 3
        with pytest.raises(idv.NotFoundError):
            proofme.call(get_identification.sync_detailed, id=uuid.uuid4())


def test_list_and_iterate_against_emulator(proofme: ProofmeClient) -> None:
    with proofme:
        made = [proofme.create_identification(new(f"order-{n}")) for n in (2, 3, 1)]
        proofme.create_identification(new("other"))
        page = proofme.list_identifications(
            sort_column=IdentificationSortColumn.DESCRIPTION,
            sort_direction=SortDirection.ASC,
            offset=1,
            limit=1,
            search="order-",
        )
        assert page.count == 3 and [r.description for r in page.rows] == ["order-2"]
        newest_first = proofme.list_identifications()
        assert newest_first.count == 4
        assert [r.description for r in newest_first.rows] == ["other", "order-1", "order-3", "order-2"]
        by_id = proofme.list_identifications(search=str(made[1].id))
        assert [r.id for r in by_id.rows] == [made[1].id]
        every = [i.description for i in proofme.iter_identifications(sort_column="description", page_size=2)]
        assert every == ["other", "order-3", "order-2", "order-1"]  # default direction: DESC
        with pytest.raises(idv.BadRequestError) as bad:
            proofme.list_identifications(sort_column="nonsense")
        assert (bad.value.status_code, bad.value.code) == (400, "Bad Request")


def test_revoke_and_errors_against_emulator(proofme: ProofmeClient, idv_emulator: EmulatorServer) -> None:
    with proofme:
        iid = proofme.create_identification(new()).id
        assert proofme.revoke_identification(iid).message is RevokeMessage.REVOKE_SUCCESSFUL
        assert outcome(proofme.get_identification(iid)) is Outcome.CANCELLED
        assert proofme.get_identification_data(iid).identification_data is None
        with pytest.raises(idv.ConflictError) as conflict:
            proofme.revoke_identification(iid)
        assert (conflict.value.code, conflict.value.detail) == (
            "Conflict",
            "The identification is already revoked and can no longer be revoked.",
        )
        with pytest.raises(idv.UnprocessableEntityError) as invalid:
            proofme.create_identification(IdentificationCreate(proofme_id=uuid.uuid4()))
        assert (invalid.value.code, invalid.value.detail, invalid.value.field) == (
            "Unprocessable Entity",
            "The proofmeId is invalid",
            "proofmeId",
        )
        with pytest.raises(idv.UnprocessableEntityError) as bad_url:
            proofme.create_identification(new(webhook_url="not a url"))
        assert (bad_url.value.field, bad_url.value.detail) == (
            "webhookUrl",
            "The webhookUrl is not a valid http(s) URL",
        )
        with pytest.raises(idv.NotFoundError) as missing:
            proofme.get_identification(uuid.uuid4())
        assert (missing.value.code, missing.value.detail) == ("Not Found", "No identification exists with this id.")
        assert missing.value.envelope.raw["_links"]["documentation"]["type"] == "text/html"
    with (
        ProofmeClient(api_key="proofme_wrong", base_url=idv_emulator.url("proofme")) as wrong,
        pytest.raises(idv.AuthenticationError) as unauthorized,
    ):
        wrong.list_identifications()
    assert (unauthorized.value.code, unauthorized.value.detail) == ("Unauthorized Request", UNAUTHORIZED)
    assert "proofme_wrong" not in str(unauthorized.value)
    # Another organisation's key does not see this one's identifications.
    idv_emulator.control("POST", "proofme/config", json={"api_keys": ["proofme_other_org"]})
    with ProofmeClient(api_key="proofme_other_org", base_url=idv_emulator.url("proofme")) as other:
        assert other.list_identifications().count == 0
        with pytest.raises(idv.NotFoundError):
            other.get_identification(iid)


def test_mypage_decline_and_wait_against_emulator(proofme: ProofmeClient) -> None:
    with proofme:
        created = proofme.create_identification(new(redirect_url="https://rp.example/back?order=7"))
        assert created.my_page_url
        page = httpx.post(created.my_page_url, data={"decision": "decline"})
        assert (page.status_code, page.headers["location"]) == (303, "https://rp.example/back?order=7")
        final = proofme.wait_for_completion(created.id, timeout=5, interval=0.05)
        assert final.status is IdentificationStatus.FAILED and outcome(final) is Outcome.DECLINED
        pending = proofme.create_identification(new())
        with pytest.raises(idv.WaitTimeoutError) as caught:
            proofme.wait_for_completion(pending.id, timeout=0.2, interval=0.05)
        assert caught.value.last_status == "PENDING"


def test_retries_injected_faults_against_emulator(proofme: ProofmeClient, idv_emulator: EmulatorServer) -> None:
    with proofme:
        iid = proofme.create_identification(new()).id
        idv_emulator.control(
            "POST",
            "faults",
            json={"provider": "proofme", "method": "GET", "status": 503, "retry_after": "0", "count": 2},
        )
        assert proofme.get_identification(iid).id == iid  # two 503s absorbed by the retries
        idv_emulator.control(
            "POST", "faults", json={"provider": "proofme", "method": "POST", "status": 503, "count": 1}
        )
        with pytest.raises(idv.InternalServerError) as caught:
            proofme.create_identification(new("once"))
        assert (caught.value.status_code, caught.value.code) == (503, "Service Unavailable")
        idv_emulator.control(
            "POST",
            "faults",
            json={"provider": "proofme", "method": "POST", "status": 429, "retry_after": "0", "count": 1},
        )
        proofme.create_identification(new("after-429"))
        descriptions = sorted(str(i["description"]) for i in emulator_state(idv_emulator)["identifications"].values())
        assert descriptions == ["None", "after-429"]  # no duplicate, and the 503'd create never happened
        idv_emulator.control(
            "POST", "faults", json={"provider": "proofme", "method": "GET", "latency_ms": 500, "count": 1}
        )
        with pytest.raises(idv.APITimeoutError):
            proofme.with_options(timeout=0.1, max_retries=0).get_identification(iid)


def test_real_webhook_from_emulator(
    proofme: ProofmeClient, idv_emulator: EmulatorServer, receiver: WebhookReceiver
) -> None:
    with proofme:
        created = proofme.create_identification(new(webhook_url=f"{receiver.url}/hooks/proofme"))
        other = proofme.create_identification(new(webhook_url=f"{receiver.url}/hooks/proofme"))
        idv_emulator.control("POST", "proofme/outcome", json={"id": str(created.id), "outcome": "approve"})
        first = receiver.wait_for(1)[0]
        proofme.revoke_identification(other.id)
        second = receiver.wait_for(2)[1]
        assert (first.path, first.body) == ("/hooks/proofme", f'{{"id":"{created.id}"}}'.encode())
        assert not any("signature" in name for name in first.headers)  # Proofme signs nothing
        event = proofme.parse_webhook(first.body, first.headers)
        assert event.payload.id == created.id
        fetched = proofme.fetch_after_webhook(event)
        assert fetched.status is IdentificationStatus.SUCCESS and outcome(fetched) is Outcome.APPROVED
        assert outcome(proofme.fetch_after_webhook(second.body)) is Outcome.CANCELLED


async def test_async_client_against_emulator(idv_emulator: EmulatorServer, receiver: WebhookReceiver) -> None:
    async with AsyncProofmeClient(api_key=EMULATOR_KEY, base_url=idv_emulator.url("proofme")) as proofme:
        created = await proofme.create_identification(
            new("async-1", webhook_url=f"{receiver.url}/hook", redirect_url="https://rp.example/done")
        )
        form = await proofme.create_identification(
            IdentificationCreateForm(proofme_id=UUID(PROOFME_ID), description="async-2", metadata="plain text")
        )
        assert form.metadata == "plain text"  # not JSON: kept as the string
        assert (await proofme.get_identification(created.id)).description == "async-1"
        page = await proofme.list_identifications(
            sort_column="description", sort_direction="ASC", limit=1, search="async"
        )
        assert page.count == 2 and [r.description for r in page.rows] == ["async-1"]
        assert [i.description async for i in proofme.iter_identifications(search="async", page_size=1)] == [
            "async-2",
            "async-1",
        ]
        assert (await proofme.get_identification_data(created.id)).identification_data is None
        assert created.my_page_url
        async with httpx.AsyncClient() as browser:
            answer = await browser.post(created.my_page_url, data={"decision": "approve"})
        assert answer.headers["location"] == "https://rp.example/done"
        final = await proofme.wait_for_completion(created.id, timeout=5, interval=0.05)
        assert outcome(final) is Outcome.APPROVED
        data = (await proofme.get_identification_data(created.id)).identification_data
        assert data is not None and data.identification_id == created.id
        arrival = receiver.wait_for(1)[0]
        fetched = await proofme.fetch_after_webhook(arrival.body)
        assert fetched.id == created.id and fetched.status is IdentificationStatus.SUCCESS
        assert (await proofme.revoke_identification(form.id)).message is RevokeMessage.REVOKE_SUCCESSFUL
        with pytest.raises(idv.ConflictError):
            await proofme.revoke_identification(form.id)
        with pytest.raises(idv.ConflictError):
            await proofme.revoke_identification(created.id)  # finished: no longer revocable
        with pytest.raises(idv.UnprocessableEntityError) as invalid:
            await proofme.create_identification(IdentificationCreate(proofme_id=uuid.uuid4()))
        assert invalid.value.field == "proofmeId"
        with pytest.raises(idv.NotFoundError):
            await proofme.get_identification_data(uuid.uuid4())
        pending = await proofme.create_identification(new())
        with pytest.raises(idv.WaitTimeoutError):
            await proofme.wait_for_completion(pending.id, timeout=0.2, interval=0.05)
        wrapped = await proofme.call(get_identification.asyncio_detailed, id=created.id)
        assert isinstance(wrapped, IdentificationResponse) and outcome(wrapped) is Outcome.APPROVED
    async with AsyncProofmeClient(api_key="proofme_wrong", base_url=idv_emulator.url("proofme")) as bad:
        with pytest.raises(idv.AuthenticationError) as caught:
            await bad.list_identifications()
    assert caught.value.detail == UNAUTHORIZED


async def test_async_retries_against_emulator(idv_emulator: EmulatorServer) -> None:
    async with AsyncProofmeClient(api_key=EMULATOR_KEY, base_url=idv_emulator.url("proofme")) as proofme:
        idv_emulator.control(
            "POST",
            "faults",
            json={"provider": "proofme", "method": "GET", "status": 502, "retry_after": "0", "count": 2},
        )
        assert (await proofme.list_identifications()).count == 0
        idv_emulator.control(
            "POST", "faults", json={"provider": "proofme", "method": "POST", "status": 500, "count": 1}
        )
        with pytest.raises(idv.InternalServerError):
            await proofme.create_identification(new())
        assert emulator_state(idv_emulator)["identifications"] == {}
        assert idv_emulator.control("GET", "faults") == []  # both 502s and the one 500 consumed, nothing more
