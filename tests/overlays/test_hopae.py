"""idv.hopae: auth, error mapping, retries, flows, webhooks — unit (MockTransport) and against the emulator."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Callable

import httpx
import pytest

import idv
from hopae_client.api.providers import list_providers
from hopae_client.models import ProviderStatus, VerificationEventType, VerificationStatus
from idv import Outcome
from idv.hopae import AsyncHopaeClient, HopaeClient, outcome, parse_webhook
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


# -- unit: auth, errors, retries, redaction -------------------------------------------------


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


def test_non_json_error_body_still_maps_by_status() -> None:
    hopae = mock_client(lambda r: httpx.Response(502, text="<html>bad gateway</html>"), max_retries=0)
    with hopae, pytest.raises(idv.InternalServerError) as caught:
        hopae.get_verification("a" * 32)
    assert caught.value.envelope.raw is None and caught.value.code is None


def test_malformed_success_body_is_a_validation_error() -> None:
    hopae = mock_client(lambda r: httpx.Response(200, json={"unexpected": True}))
    with hopae, pytest.raises(idv.APIResponseValidationError):
        hopae.get_verification("a" * 32)


def test_get_is_retried_but_create_is_not() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        return httpx.Response(
            503,
            json={"error": {"code": "service_unavailable", "message": "x", "details": {}}},
            headers={"retry-after": "0"},
        )

    with mock_client(handler) as hopae:
        with pytest.raises(idv.InternalServerError):
            hopae.get_verification("a" * 32)
        assert calls == ["GET", "GET", "GET"]
        calls.clear()
        with pytest.raises(idv.InternalServerError):
            hopae.start_verification("frejaid")
        assert calls == ["POST"]
        calls.clear()
        with pytest.raises(idv.InternalServerError):
            hopae.with_options(retry_creates=True).start_verification("frejaid")
        assert calls == ["POST", "POST", "POST"]
        calls.clear()
        with pytest.raises(idv.InternalServerError):
            hopae.with_options(max_retries=0).get_verification("a" * 32)
        assert calls == ["GET"]


def test_connection_failure_is_api_connection_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with mock_client(handler, max_retries=1) as hopae, pytest.raises(idv.APIConnectionError) as caught:
        hopae.list_providers()
    assert not isinstance(caught.value, idv.APITimeoutError)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with mock_client(slow, max_retries=0) as hopae, pytest.raises(idv.APITimeoutError):
        hopae.list_providers()


def test_secret_never_in_repr_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    body = {"error": {"code": "AUTH_INVALID_CREDENTIALS", "message": "Invalid client credentials", "details": {}}}
    hopae = mock_client(lambda r: httpx.Response(401, json=body))
    assert SECRET not in repr(hopae)
    with caplog.at_level(logging.DEBUG, logger="idv"), hopae, pytest.raises(idv.AuthenticationError) as caught:
        hopae.list_providers()
    encoded = base64.b64encode(f"hopae-client:{SECRET}".encode()).decode()
    for text in (str(caught.value), repr(caught.value), caplog.text):
        assert SECRET not in text and encoded not in text
    assert "HTTP GET https://hopae.test/connect/v1/providers -> 401" in caplog.text  # logged, redacted


def test_missing_credentials_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOPAE_CLIENT_SECRET", raising=False)
    monkeypatch.setenv("HOPAE_CLIENT_ID", "from-env")
    with pytest.raises(idv.ConfigurationError, match="HOPAE_CLIENT_SECRET"):
        HopaeClient()
    monkeypatch.setenv("HOPAE_CLIENT_SECRET", "s")
    monkeypatch.setenv("HOPAE_ENVIRONMENT", "sandbox")
    assert HopaeClient().base_url == "https://sandbox.api.hopae.com"


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("initiated", Outcome.PENDING),
        ("authenticating", Outcome.PENDING),
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
    assert event.event is VerificationEventType.VERIFICATION_COMPLETED
    assert event.data.verification_id == "a" * 32
    assert outcome(event) is Outcome.APPROVED


@pytest.mark.parametrize(
    ("body", "headers", "message"),
    [
        (EVENT.replace(b"completed", b"cancelled", 1), signed(EVENT), "does not match"),
        (EVENT, signed(EVENT, secret="whsec_other"), "does not match"),
        (EVENT, {}, "missing X-Hopae-Signature"),
        (EVENT, signed(EVENT, at=int(time.time()) - 301), "outside the tolerance"),
        (EVENT, {"X-Hopae-Signature": "v1=abc"}, "no valid timestamp"),
        (b"not json", signed(b"not json"), "not a Hopae event"),
    ],
    ids=["tampered", "wrong-secret", "missing", "stale", "no-timestamp", "not-json"],
)
def test_webhook_rejections(body: bytes, headers: dict[str, str], message: str) -> None:
    with pytest.raises(idv.WebhookVerificationError, match=message):
        parse_webhook(body, headers, WEBHOOK_SECRET)


def test_reserialised_json_does_not_verify() -> None:
    reserialised = json.dumps(json.loads(EVENT), indent=1).encode()
    with pytest.raises(idv.WebhookVerificationError):
        parse_webhook(reserialised, signed(EVENT), WEBHOOK_SECRET)


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
        assert [e.event for e in events] == [
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
