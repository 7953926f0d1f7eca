"""Hopae's quirks only: HTTP Basic on `/connect/v1`, its `error` envelope, the status table, the
`t=…,v1=…` signature with its timestamp tolerance, and the flows against the emulator.

What must hold for every provider (redaction, retry rules, no retried create, Retry-After,
connection errors, non-JSON error bodies, missing credentials, the webhook forgery set) is in
`tests/overlays/test_conformance.py`, run for Hopae through `tests/overlays/adapters/hopae.py`."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Callable

import httpx
import pytest

import idv
from hopae_client.api.providers import list_providers
from hopae_client.models import (
    HopaeLoaLabel,
    ProviderStatus,
    UserDataFieldType,
    VerificationEventType,
    VerificationStatus,
)
from hopae_client.types import UNSET
from idv import Outcome
from idv.hopae import TOLERANCE, AsyncHopaeClient, HopaeClient, outcome, parse_webhook, verify_signature
from idv_emulator import EmulatorServer
from tests.support.receiver import WebhookReceiver

SECRET = "hopae-secret"
WEBHOOK_SECRET = "whsec_unit_test"


def mock_client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: object) -> HopaeClient:
    return HopaeClient(
        client_id="hopae-client",
        client_secret=SECRET,
        base_url="https://hopae.test",
        transport=httpx.MockTransport(handler),
        **kwargs,  # type: ignore[arg-type]
    )


def status_metadata(status: str = "pending") -> dict[str, object]:
    return {
        "verificationId": "a" * 32,
        "status": status,
        "providerId": "frejaid",
        "flowType": "qr",
        "createdAt": "2025-08-06T11:00:00Z",
        "expiresAt": "2025-08-06T12:00:00Z",
    }


# -- unit: auth, errors, configuration -------------------------------------------------------


def test_sends_basic_auth_and_parses_the_model() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=status_metadata("completed"))

    with mock_client(handler) as hopae:
        result = hopae.get_verification("a" * 32)
    assert result.status is VerificationStatus.COMPLETED
    expected = "Basic " + base64.b64encode(f"hopae-client:{SECRET}".encode()).decode()
    assert seen[0].headers["authorization"] == expected
    assert seen[0].url == httpx.URL(f"https://hopae.test/connect/v1/verifications/{'a' * 32}")


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, idv.BadRequestError),
        (401, idv.AuthenticationError),
        (404, idv.NotFoundError),
        (422, idv.UnprocessableEntityError),
    ],
)
def test_error_envelope_maps_to_typed_error(status: int, cls: type[idv.APIStatusError]) -> None:
    body = {
        "error": {
            "code": "VALIDATION_INVALID_PARAMETER",
            "message": "bad loa",
            "details": {"parameter": "requestedLoa"},
        }
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body, headers={"x-request-id": "req_42"})

    with mock_client(handler) as hopae, pytest.raises(cls) as caught:
        hopae.start_verification("frejaid", requested_loa=4)
    error = caught.value
    assert (error.status_code, error.code, error.detail, error.field) == (
        status,
        "VALIDATION_INVALID_PARAMETER",
        "bad loa",
        "requestedLoa",
    )
    assert error.request_id == "req_42"
    assert error.envelope.raw == body
    assert error.provider == "hopae"


def test_the_sandbox_environment_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOPAE_CLIENT_ID", "from-env")
    monkeypatch.setenv("HOPAE_CLIENT_SECRET", "s")
    monkeypatch.delenv("HOPAE_BASE_URL", raising=False)
    monkeypatch.setenv("HOPAE_ENVIRONMENT", "sandbox")
    assert HopaeClient().base_url == "https://sandbox.api.hopae.com"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("initiated", Outcome.PENDING),
        ("authenticating", Outcome.PENDING),
        ("processing", Outcome.PENDING),
        ("awaiting_user_action", Outcome.PENDING),
        ("pending", Outcome.PENDING),
        ("completed", Outcome.APPROVED),
        ("failed", Outcome.DECLINED),
        ("expired", Outcome.EXPIRED),
        ("cancelled", Outcome.CANCELLED),
        ("brand_new_state", Outcome.PENDING),
    ],
)
def test_outcome(status: str, expected: Outcome) -> None:
    assert outcome(status) is expected
    assert outcome(VerificationStatus(status)) is expected


# -- webhooks --------------------------------------------------------------------------


def signed(body: bytes, secret: str = WEBHOOK_SECRET, at: int | None = None) -> dict[str, str]:
    t = int(time.time()) if at is None else at
    digest = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Hopae-Signature": f"t={t},v1={digest}"}


EVENT = json.dumps(
    {
        "event": "verification.completed",
        "eventId": "evt_1",
        "timestamp": "2025-08-06T11:01:30Z",
        "apiVersion": "v1",
        "data": status_metadata("completed"),
    }
).encode()


def test_webhook_valid_signature_parses() -> None:
    event = parse_webhook(EVENT, signed(EVENT), WEBHOOK_SECRET)
    assert (event.provider, event.event_type, event.delivery_id) == ("hopae", "verification.completed", "evt_1")
    assert event.payload.event is VerificationEventType.VERIFICATION_COMPLETED
    assert event.payload.data.verification_id == "a" * 32
    assert outcome(event) is Outcome.APPROVED
    assert outcome(event.payload) is Outcome.APPROVED


def test_tolerance_is_a_client_option() -> None:
    stale = signed(EVENT, at=int(time.time()) - 400)
    with pytest.raises(idv.WebhookVerificationError, match="outside the tolerance"):
        parse_webhook(EVENT, stale, WEBHOOK_SECRET)  # TOLERANCE, 300 s
    lenient = HopaeClient(client_id="c", client_secret="s", webhook_secret=WEBHOOK_SECRET, webhook_tolerance=600)
    assert lenient.parse_webhook(EVENT, stale).payload.event_id == "evt_1"
    assert lenient.with_options(max_retries=0).parse_webhook(EVENT, stale).provider == "hopae"
    with pytest.raises(idv.WebhookVerificationError, match="outside the tolerance"):
        verify_signature(EVENT, signed(EVENT, at=1_000_000), WEBHOOK_SECRET, now=1_000_000 + TOLERANCE + 1)
    verify_signature(EVENT, signed(EVENT, at=1_000_000), WEBHOOK_SECRET, now=1_000_000 + TOLERANCE)


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        (signed(EVENT, at=int(time.time()) - 301), "outside the tolerance"),
        ({"X-Hopae-Signature": "v1=abc"}, "no valid timestamp"),
    ],
    ids=["stale", "no-timestamp"],
)
def test_webhook_timestamp_rejections(headers: dict[str, str], message: str) -> None:
    with pytest.raises(idv.WebhookVerificationError, match=message):
        parse_webhook(EVENT, headers, WEBHOOK_SECRET)


# -- integration with the emulator -----------------------------------------------------


@pytest.fixture
def hopae(idv_emulator: EmulatorServer) -> HopaeClient:
    return HopaeClient(
        client_id="hopae-client",
        client_secret=SECRET,
        base_url=idv_emulator.url("hopae"),
        webhook_secret=WEBHOOK_SECRET,
    )


def test_lifecycle_against_emulator(
    hopae: HopaeClient, idv_emulator: EmulatorServer, receiver: WebhookReceiver
) -> None:
    idv_emulator.control("POST", "hopae/config", json={"webhook_url": receiver.url, "webhook_secret": WEBHOOK_SECRET})
    with hopae:
        providers = hopae.list_providers(ProviderStatus.ACTIVATED)
        assert "smartid" in {p.id for p in providers}
        started = hopae.start_verification(
            "smartid", user_data={"registrationId": "PNOLT-40504040001"}, requested_claims=["name", "nationality"]
        )
        vid = started.verification_id
        assert outcome(hopae.get_verification(vid)) is Outcome.PENDING
        idv_emulator.control("POST", "hopae/outcome", json={"id": vid, "outcome": "approve"})
        final = hopae.wait_for_completion(vid, timeout=5, interval=0.05)
        assert final.status is VerificationStatus.COMPLETED
        info = hopae.get_userinfo(vid)
        assert info.user is not None and info.user.name == "OK TESTNUMBER" and info.user.nationality == "LT"
        arrivals = receiver.wait_for(2)
        events = [hopae.parse_webhook(r.body, r.headers) for r in arrivals]
        assert [e.payload.event for e in events] == [
            VerificationEventType.VERIFICATION_INITIATED,
            VerificationEventType.VERIFICATION_COMPLETED,
        ]
        with pytest.raises(idv.BadRequestError) as caught:
            hopae.cancel_verification(vid)
        assert caught.value.code == "verification_already_terminal"
        # Any operation is reachable through `call` with the same auth and errors.
        assert len(hopae.call(list_providers.sync_detailed)) == len(providers)


def test_cancel_and_errors_against_emulator(hopae: HopaeClient) -> None:
    vid = hopae.start_verification("frejaid").verification_id
    assert hopae.cancel_verification(vid) is None
    assert outcome(hopae.get_verification(vid)) is Outcome.CANCELLED
    with pytest.raises(idv.BadRequestError) as missing:
        hopae.start_verification("smartid")
    assert missing.value.code == "VALIDATION_MISSING_USER_DATA"
    with pytest.raises(idv.UnprocessableEntityError):
        hopae.start_verification("frejaid", requested_loa=4)
    with pytest.raises(idv.NotFoundError):
        hopae.get_userinfo("f" * 32)


def test_wait_for_completion_times_out(hopae: HopaeClient) -> None:
    vid = hopae.start_verification("frejaid").verification_id
    with pytest.raises(idv.WaitTimeoutError) as caught:
        hopae.wait_for_completion(vid, timeout=0.2, interval=0.05)
    assert caught.value.last_status == "initiated"


def test_retries_injected_faults_against_emulator(hopae: HopaeClient, idv_emulator: EmulatorServer) -> None:
    idv_emulator.control(
        "POST", "faults", json={"provider": "hopae", "method": "GET", "status": 503, "retry_after": "0", "count": 2}
    )
    assert len(hopae.list_providers()) >= 1  # two 503s absorbed by the retries
    idv_emulator.control("POST", "faults", json={"provider": "hopae", "method": "POST", "status": 503, "count": 1})
    with pytest.raises(idv.InternalServerError):
        hopae.start_verification("frejaid")
    assert idv_emulator.control("GET", "state")["providers"]["hopae"]["verifications"] == {}  # no duplicate


async def test_async_client_against_emulator(idv_emulator: EmulatorServer) -> None:
    async with AsyncHopaeClient(
        client_id="hopae-client", client_secret=SECRET, base_url=idv_emulator.url("hopae")
    ) as hopae:
        started = await hopae.start_verification("itsme", redirect_uri="https://rp.example/done")
        assert started.flow_details is not None and isinstance(started.flow_details.authorization_url, str)
        page = httpx.post(started.flow_details.authorization_url, data={"decision": "approve"})
        assert page.headers["location"].startswith("https://rp.example/done?")
        final = await hopae.wait_for_completion(started.verification_id, timeout=5, interval=0.05)
        assert outcome(final) is Outcome.APPROVED
        info = await hopae.get_userinfo(started.verification_id)
        assert info.provider_id == "itsme"
        second = await hopae.start_verification("frejaid")
        await hopae.cancel_verification(second.verification_id)
        with pytest.raises(idv.BadRequestError):
            await hopae.cancel_verification(second.verification_id)
        assert len(await hopae.list_providers()) >= 1
        with pytest.raises(idv.AuthenticationError):
            async with AsyncHopaeClient(
                client_id="hopae-client", client_secret="wrong", base_url=idv_emulator.url("hopae")
            ) as bad:
                await bad.list_providers()


# -- official-file operations and the tolerant reader ----------------------------------------


def test_status_answers_of_either_generation_parse() -> None:
    """A Dto answer without flowType/createdAt/expiresAt, and a legacy one with its code."""
    answers = iter(
        [
            {
                "verificationId": "a" * 32,
                "status": "processing",
                "providerId": "smartid",
                "links": "self",
                "referenceId": "ORDER-1",
                "hopae_loa_label": None,
                "failedAt": None,
            },
            {
                "verificationId": "a" * 32,
                "status": "completed",
                "providerId": "smartid",
                "authorizationCode": "code-123-secret",
                "verifiedAttributes": {"name": "OK TESTNUMBER"},
                "hopae_loa": 4,
                "hopae_loa_label": "high",
                "expiresAt": "2025-08-06T12:00:00Z",
            },
        ]
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=next(answers))

    with mock_client(handler) as hopae:
        dto = hopae.get_verification("a" * 32)
        assert dto.status is VerificationStatus.PROCESSING and outcome(dto) is Outcome.PENDING
        assert dto.flow_type is UNSET and dto.created_at is UNSET
        assert (dto.reference_id, dto.links, dto.hopae_loa_label) == ("ORDER-1", "self", None)
        final = hopae.wait_for_completion("a" * 32, timeout=5, interval=0.01)
    assert outcome(final) is Outcome.APPROVED
    assert final.hopae_loa_label is HopaeLoaLabel.HIGH
    assert final.authorization_code == "code-123-secret"
    assert "code-123-secret" not in repr(final)  # a one-time credential: redacted


def test_token_errors_use_the_oauth_body() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert json.loads(request.content) == {
            "grant_type": "authorization_code",
            "code": "used-code",
            "client_id": "hopae-client",
            "client_secret": SECRET,
        }
        assert request.url.path == "/connect/token"
        return httpx.Response(400, json={"error": "invalid_grant", "error_description": "code already used"})

    with mock_client(handler) as hopae, pytest.raises(idv.BadRequestError) as caught:
        hopae.exchange_code("used-code")
    assert (caught.value.code, caught.value.detail) == ("invalid_grant", "code already used")


def test_start_verification_sends_only_what_it_was_given() -> None:
    sent: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(201, json={**status_metadata("initiated"), "flowType": "dc"})

    with mock_client(handler) as hopae:
        hopae.start_verification("frejaid")
        hopae.start_verification(
            "mdl",
            webhook_url="https://rp.example/hooks/v-1",
            reference_id="ORDER-7",
            flow_type="dc",
            loa_strategy="allow",
            purpose="account_opening",
            metadata={"customer": 7},
        )
    assert sent[0] == {"providerId": "frejaid"}  # no constructor defaults (redirectUri, privateMode)
    assert sent[1] == {
        "providerId": "mdl",
        "webhookUrl": "https://rp.example/hooks/v-1",
        "referenceId": "ORDER-7",
        "flowType": "dc",
        "loaStrategy": "allow",
        "purpose": "account_opening",
        "metadata": {"customer": 7},
    }


def test_official_operations_against_emulator(
    hopae: HopaeClient, idv_emulator: EmulatorServer, receiver: WebhookReceiver
) -> None:
    idv_emulator.control("POST", "hopae/config", json={"webhook_url": receiver.url, "webhook_secret": WEBHOOK_SECRET})
    with hopae:
        config = hopae.get_provider_configuration("idin")
        assert isinstance(config.required_user_data, list)
        (bank,) = config.required_user_data
        assert (bank.field, bank.type_) == ("presetBank", UserDataFieldType.SELECT)
        with pytest.raises(idv.NotFoundError):
            hopae.get_provider_configuration("nope")

        started = hopae.start_verification(
            "frejaid", reference_id="ORDER-9", webhook_url=f"{receiver.url}/own", requested_claims=["name"]
        )
        vid = started.verification_id
        assert started.reference_id == "ORDER-9"
        with pytest.raises(idv.BadRequestError) as early:
            hopae.get_evidence(vid)
        assert early.value.code == "evidence_not_available"
        idv_emulator.control("POST", "hopae/outcome", json={"id": vid, "outcome": "approve"})
        final = hopae.get_verification(vid)
        assert final.reference_id == "ORDER-9"
        assert hopae.get_evidence(vid)["verificationId"] == vid
        assert isinstance(final.authorization_code, str)
        token = hopae.exchange_code(final.authorization_code)
        assert isinstance(token.id_token, str) and token.id_token.count(".") == 2
        assert token.id_token not in repr(token)
        with pytest.raises(idv.BadRequestError) as reused:
            hopae.exchange_code(final.authorization_code)
        assert reused.value.code == "invalid_grant"
        events = [hopae.parse_webhook(r.body, r.headers) for r in receiver.wait_for(2)]
        assert {r.path for r in receiver.received} == {"/own"}
        assert [e.payload.data.reference_id for e in events] == ["ORDER-9"] * 2


async def test_dc_flow_with_the_async_client(idv_emulator: EmulatorServer) -> None:
    async with AsyncHopaeClient(
        client_id="hopae-client", client_secret=SECRET, base_url=idv_emulator.url("hopae")
    ) as hopae:
        started = await hopae.start_verification("mdl", flow_type="dc")
        assert started.flow_type == "dc"
        session = await hopae.create_dc_request(started.verification_id)
        assert isinstance(session.request_base_64, str)
        assert json.loads(base64.b64decode(session.request_base_64))["protocol"] == "openid4vp"
        other = await hopae.start_verification("frejaid")
        with pytest.raises(idv.BadRequestError) as caught:
            await hopae.create_dc_request(other.verification_id)
        assert caught.value.code == "invalid_flow_type"
