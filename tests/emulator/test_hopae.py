"""Hopae Connect emulator, over HTTP: lifecycle, errors, auth, webhooks, expiry, faults."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Iterator

import httpx
import pytest

from idv_emulator import EmulatorServer
from tests.emulator.conftest import CREDENTIALS, spec_client
from tests.support.receiver import WebhookReceiver

SECRET = "whsec_test_hopae"


@pytest.fixture
def hopae(idv_emulator: EmulatorServer) -> Iterator[httpx.Client]:
    with spec_client(idv_emulator, "hopae", auth=CREDENTIALS["hopae"]) as client:
        yield client


@pytest.fixture
def hooked(control: httpx.Client, receiver: WebhookReceiver) -> WebhookReceiver:
    reply = control.post("/hopae/config", json={"webhook_url": f"{receiver.url}/hopae", "webhook_secret": SECRET})
    assert reply.status_code == 200
    return receiver


def create(client: httpx.Client, **body: object) -> dict[str, object]:
    reply = client.post("/connect/v1/verifications", json={"providerId": "frejaid", **body})
    assert reply.status_code == 201, reply.text
    return reply.json()  # type: ignore[no-any-return]


def verify_signature(headers: dict[str, str], body: bytes, secret: str = SECRET) -> int:
    """Recompute X-Hopae-Signature independently; return its timestamp."""
    parts = dict(item.split("=", 1) for item in headers["x-hopae-signature"].split(","))
    expected = hmac.new(secret.encode(), f"{parts['t']}.".encode() + body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(parts["v1"], expected)
    return int(parts["t"])


def test_qr_lifecycle_through_hosted_page(hopae: httpx.Client, hooked: WebhookReceiver) -> None:
    created = create(hopae, redirectUri="https://rp.example/cb?x=1", requestedClaims=["name", "birthdate", "email"])
    assert created["status"] == "initiated"
    assert created["flowType"] == "qr"
    assert created["verification_model"] == "disclosure"
    vid = created["verificationId"]
    assert isinstance(vid, str) and len(vid) == 32
    page_url = base64.b64decode(created["flowDetails"]["qrData"]).decode()  # type: ignore[index]
    assert page_url.endswith(f"/hopae/_pages/verifications/{vid}")

    page = httpx.get(page_url)
    assert page.status_code == 200 and 'id="approve"' in page.text
    assert hopae.get(f"/connect/v1/verifications/{vid}").json()["status"] == "authenticating"

    done = httpx.post(page_url, data={"decision": "approve"})
    assert done.status_code == 303
    assert done.headers["location"] == f"https://rp.example/cb?x=1&verificationId={vid}&status=completed"

    status = hopae.get(f"/connect/v1/verifications/{vid}").json()
    assert status["status"] == "completed"
    assert status["acr"] == "urn:hopae:loa:3" and status["hopae_loa"] == 3
    assert "verification_model" not in status  # creation response only

    info = hopae.get(f"/connect/v1/verifications/{vid}/userinfo").json()
    assert info["user"] == {"name": "OK TESTNUMBER", "birthdate": "1905-04-04"}
    assert info["missing_claims"] == ["email"]
    assert info["provider_id"] == "frejaid"

    events = hooked.wait_for(2)
    bodies = [json.loads(r.body) for r in events]
    assert [b["event"] for b in bodies] == ["verification.initiated", "verification.completed"]
    assert bodies[1]["data"]["verificationId"] == vid and bodies[1]["apiVersion"] == "v1"
    for received in events:
        assert abs(verify_signature(received.headers, received.body) - time.time()) < 300


def test_declined_on_page_fails_and_has_no_userinfo(hopae: httpx.Client) -> None:
    vid = create(hopae)["verificationId"]
    page_url = f"{str(hopae.base_url).rstrip('/')}/_pages/verifications/{vid}"
    assert httpx.post(page_url, data={"decision": "decline"}).status_code == 303
    reply = hopae.get(f"/connect/v1/verifications/{vid}/userinfo")
    assert reply.status_code == 400
    assert reply.json() == {
        "error": {
            "code": "verification_not_completed",
            "message": "Verification is failed; userinfo is available once it is completed",
            "details": {"status": "failed", "verificationId": vid},
        }
    }


def test_push_provider_needs_user_data(hopae: httpx.Client) -> None:
    missing = hopae.post("/connect/v1/verifications", json={"providerId": "smartid"})
    assert missing.status_code == 400
    assert missing.json()["error"]["code"] == "VALIDATION_MISSING_USER_DATA"
    ok = create(hopae, providerId="smartid", userData={"registrationId": "PNOLT-40504040001"})
    assert ok["status"] == "pending" and ok["flowType"] == "push"


def test_loa_out_of_range_is_400_but_unreachable_loa_is_422(hopae: httpx.Client) -> None:
    out_of_range = hopae.post("/connect/v1/verifications", json={"providerId": "frejaid", "requestedLoa": 6})
    assert out_of_range.status_code == 400
    assert out_of_range.json()["error"]["code"] == "VALIDATION_INVALID_PARAMETER"
    unreachable = hopae.post("/connect/v1/verifications", json={"providerId": "frejaid", "requestedLoa": 4})
    assert unreachable.status_code == 422
    assert unreachable.json()["error"]["details"]["maxLoa"] == 3


def test_final_loa_below_requested_fails(hopae: httpx.Client, control: httpx.Client) -> None:
    vid = create(hopae, providerId="itsme", requestedLoa=4)["verificationId"]
    reply = control.post("/hopae/outcome", json={"id": vid, "outcome": "approve", "loa": 3})
    assert reply.status_code == 200
    assert hopae.get(f"/connect/v1/verifications/{vid}").json()["status"] == "failed"


def test_cancel_then_cancel_again(hopae: httpx.Client, hooked: WebhookReceiver) -> None:
    vid = create(hopae)["verificationId"]
    first = hopae.delete(f"/connect/v1/verifications/{vid}")
    assert first.status_code == 204 and first.content == b""
    again = hopae.delete(f"/connect/v1/verifications/{vid}")
    assert again.status_code == 400
    assert again.json()["error"]["details"] == {"status": "cancelled", "verificationId": vid}
    events = [json.loads(r.body)["event"] for r in hooked.wait_for(2)]
    assert events == ["verification.initiated", "verification.cancelled"]


def test_expiry_follows_the_clock(hopae: httpx.Client, control: httpx.Client, hooked: WebhookReceiver) -> None:
    vid = create(hopae)["verificationId"]
    assert control.post("/clock/advance", json={"seconds": 3601}).status_code == 200
    assert hopae.get(f"/connect/v1/verifications/{vid}").json()["status"] == "expired"
    assert hopae.delete(f"/connect/v1/verifications/{vid}").status_code == 400
    events = [json.loads(r.body)["event"] for r in hooked.wait_for(2)]
    assert events == ["verification.initiated", "verification.expired"]


def test_webhook_redelivered_after_failures(
    hopae: httpx.Client, hooked: WebhookReceiver, control: httpx.Client
) -> None:
    hooked.statuses.extend([500, 503])
    create(hopae)
    arrivals = hooked.wait_for(3)
    assert len({r.body for r in arrivals}) == 1  # the same event, redelivered
    assert control.post("/webhooks/wait", json={"timeout": 10}).json() == {"idle": True}
    (delivery,) = control.get("/webhooks", params={"provider": "hopae"}).json()
    assert delivery["state"] == "delivered"
    assert [a["status"] for a in delivery["attempts"]] == [500, 503, 200]


@pytest.mark.parametrize(
    ("auth", "why"),
    [
        (None, "no credentials"),
        (("hopae-client", "wrong"), "wrong secret"),
        (CREDENTIALS["idenfy"], "another provider's credentials"),
    ],
)
def test_bad_credentials_get_401(idv_emulator: EmulatorServer, auth: tuple[str, str] | None, why: str) -> None:
    with spec_client(idv_emulator, "hopae", auth=auth) as client:
        reply = client.get("/connect/v1/providers")
    assert reply.status_code == 401, why
    assert reply.json()["error"]["code"] == "AUTH_INVALID_CREDENTIALS"
    assert reply.headers["www-authenticate"].startswith("Basic")


def test_client_mistakes_get_hopae_envelopes(hopae: httpx.Client) -> None:
    cases = [
        (hopae.get("/connect/v1/verifications/" + "0" * 32), 404, "verification_not_found"),
        (hopae.get("/connect/v1/nothing-here"), 404, "not_found"),
        (hopae.put("/connect/v1/verifications", json={}), 405, "method_not_allowed"),
        (
            hopae.post("/connect/v1/verifications", content=b"{nope", headers={"content-type": "application/json"}),
            400,
            "VALIDATION_INVALID_PARAMETER",
        ),
        (
            hopae.post(
                "/connect/v1/verifications", content=b"providerId=frejaid", headers={"content-type": "text/plain"}
            ),
            415,
            "unsupported_media_type",
        ),
        (hopae.post("/connect/v1/verifications", json={}), 400, "VALIDATION_MISSING_PARAMETER"),
        (
            hopae.post("/connect/v1/verifications", json={"providerId": "frejaid", "padding": "x" * (1024 * 1024)}),
            413,
            "payload_too_large",
        ),
        (hopae.get("/connect/v1/providers", params={"status": "bogus"}), 400, "VALIDATION_INVALID_PARAMETER"),
    ]
    for reply, status, code in cases:
        assert reply.status_code == status, reply.text
        assert reply.headers["content-type"] == "application/json"
        assert reply.json()["error"]["code"] == code
    assert cases[2][0].headers["allow"] == "POST"


def test_injected_faults(hopae: httpx.Client, control: httpx.Client) -> None:
    added = control.post(
        "/faults",
        json={"provider": "hopae", "path": "^/connect/v1/providers$", "status": 429, "retry_after": "2", "count": 2},
    )
    assert added.status_code == 201
    for _ in range(2):
        limited = hopae.get("/connect/v1/providers")
        assert limited.status_code == 429 and limited.headers["retry-after"] == "2"
        assert "error" in limited.json()
    assert hopae.get("/connect/v1/providers").status_code == 200  # count exhausted

    control.post("/faults", json={"operation_id": "list_providers", "latency_ms": 200, "count": 1})
    started = time.monotonic()
    assert hopae.get("/connect/v1/providers").status_code == 200
    assert time.monotonic() - started >= 0.2

    control.post("/faults", json={"provider": "hopae", "drop": True, "count": 1})
    with pytest.raises(httpx.RemoteProtocolError):
        hopae.get("/connect/v1/providers")
    assert hopae.get("/connect/v1/providers").status_code == 200

    bad = control.post("/faults", json={"status": 200})
    assert bad.status_code == 400


def test_webhooks_to_other_hosts_are_not_sent_by_default(hopae: httpx.Client, control: httpx.Client) -> None:
    control.post("/hopae/config", json={"webhook_url": "https://example.com/hooks", "webhook_secret": SECRET})
    create(hopae)
    assert control.post("/webhooks/wait", json={"timeout": 10}).json() == {"idle": True}
    (delivery,) = control.get("/webhooks", params={"provider": "hopae"}).json()
    assert delivery["state"] == "failed"
    assert [a["status"] for a in delivery["attempts"]] == [None]
    assert "loopback hosts only" in delivery["attempts"][0]["error"]


async def test_lifespan_shutdown_does_not_break_webhooks(receiver: WebhookReceiver) -> None:
    from idv_emulator import create_app

    app = create_app()
    app.providers["hopae"].configure({"webhook_url": receiver.url, "webhook_secret": SECRET})
    messages = iter([{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}])

    async def receive() -> dict[str, str]:
        return next(messages)

    async def send(message: dict[str, str]) -> None:
        pass

    await app({"type": "lifespan"}, receive, send)  # startup + shutdown closes the dispatcher
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://emulator/hopae", auth=CREDENTIALS["hopae"]
    ) as client:
        reply = await client.post("/connect/v1/verifications", json={"providerId": "frejaid"})
    assert reply.status_code == 201
    assert json.loads(receiver.wait_for(1)[0].body)["event"] == "verification.initiated"
    app.webhooks.close()


def test_frozen_clock_moves_only_when_advanced(hopae: httpx.Client, control: httpx.Client) -> None:
    frozen = control.post("/clock/freeze", json={"frozen": True}).json()
    assert frozen["frozen"] is True
    time.sleep(1.1)
    assert control.get("/clock").json()["now"] == frozen["now"]
    vid = create(hopae)["verificationId"]
    control.post("/clock/advance", json={"seconds": 3600})
    assert hopae.get(f"/connect/v1/verifications/{vid}").json()["status"] == "expired"
    assert control.post("/clock/freeze", json={"frozen": "yes"}).status_code == 400
    thawed = control.post("/clock/freeze", json={"frozen": False}).json()
    assert thawed["frozen"] is False and thawed["offset_seconds"] > 3590


# -- operations and fields from the official OpenAPI file ----------------------------------


def approve(control: httpx.Client, vid: object, **params: object) -> None:
    reply = control.post("/hopae/outcome", json={"id": vid, "outcome": "approve", **params})
    assert reply.status_code == 200, reply.text


def test_provider_configuration(hopae: httpx.Client) -> None:
    idin = hopae.get("/connect/v1/providers/idin/configuration")
    assert idin.status_code == 200
    body = idin.json()
    assert body["providerId"] == "idin" and body["flowTypes"] == ["redirect"]
    (bank,) = body["requiredUserData"]
    assert (bank["field"], bank["type"], bank["required"]) == ("presetBank", "select", True)
    assert {"value": "ABNANL2A", "label": "ABN AMRO"} in bank["options"]
    smartid = hopae.get("/connect/v1/providers/smartid/configuration").json()
    assert [f["field"] for f in smartid["requiredUserData"]] == ["registrationId"]
    evrotrust = hopae.get("/connect/v1/providers/evrotrust/configuration").json()
    assert evrotrust["requiredUserData"] == []  # alternatives: none of them alone is required
    assert {f["field"] for f in evrotrust["optionalUserData"]} == {"identificationNumber", "country", "email", "phone"}
    unknown = hopae.get("/connect/v1/providers/nope/configuration")
    assert unknown.status_code == 404
    assert unknown.json()["error"]["code"] == "provider_not_found"


def test_idin_needs_the_bank_its_configuration_names(hopae: httpx.Client) -> None:
    missing = hopae.post("/connect/v1/verifications", json={"providerId": "idin"})
    assert missing.status_code == 400
    assert missing.json()["error"]["code"] == "VALIDATION_MISSING_USER_DATA"
    assert create(hopae, providerId="idin", userData={"presetBank": "ABNANL2A"})["flowType"] == "redirect"


def test_evidence_only_once_completed(hopae: httpx.Client, control: httpx.Client) -> None:
    vid = create(hopae)["verificationId"]
    before = hopae.get(f"/connect/v1/verifications/{vid}/evidence")
    assert before.status_code == 400
    assert before.json()["error"]["code"] == "evidence_not_available"
    assert before.json()["error"]["details"] == {"status": "initiated", "verificationId": vid}
    approve(control, vid)
    after = hopae.get(f"/connect/v1/verifications/{vid}/evidence")
    assert after.status_code == 200
    assert after.json()["verificationId"] == vid and after.json()["providerId"] == "frejaid"
    assert hopae.get(f"/connect/v1/verifications/{'0' * 32}/evidence").status_code == 404


def test_dc_flow_and_dc_request(hopae: httpx.Client) -> None:
    created = create(hopae, providerId="mdl")
    assert created["flowType"] == "dc" and "linkData" in created["flowDetails"]  # type: ignore[operator]
    vid = created["verificationId"]
    reply = hopae.post("/connect/v1/verifications/dc-request", json={"verificationId": vid})
    assert reply.status_code == 200, reply.text
    request = json.loads(base64.b64decode(reply.json()["requestBase64"]))
    assert request["protocol"] == "openid4vp"
    assert request["data"]["response_uri"].endswith(f"/_pages/verifications/{vid}")
    assert reply.json()["dcSessionId"].startswith("dcs_")

    # flowType is a preference: a provider without the dc flow keeps its own.
    qr = create(hopae, flowType="dc")
    assert qr["flowType"] == "qr"
    wrong = hopae.post("/connect/v1/verifications/dc-request", json={"verificationId": qr["verificationId"]})
    assert wrong.status_code == 400 and wrong.json()["error"]["code"] == "invalid_flow_type"
    assert hopae.delete(f"/connect/v1/verifications/{vid}").status_code == 204
    closed = hopae.post("/connect/v1/verifications/dc-request", json={"verificationId": vid})
    assert closed.status_code == 400 and closed.json()["error"]["code"] == "verification_not_pending"
    unknown = hopae.post("/connect/v1/verifications/dc-request", json={"verificationId": "f" * 32})
    assert unknown.status_code == 404
    assert hopae.post("/connect/v1/verifications/dc-request", json={}).status_code == 400


def _jwt_claims(token: str, key: str) -> dict[str, object]:
    header, payload, signature = token.split(".")
    expected = hmac.new(key.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    assert hmac.compare_digest(base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4)), expected)
    assert json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))) == {"alg": "HS256", "typ": "JWT"}
    claims: dict[str, object] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return claims


def test_authorization_code_exchanges_once_for_an_id_token(
    idv_emulator: EmulatorServer, hopae: httpx.Client, control: httpx.Client
) -> None:
    client_id, client_secret = CREDENTIALS["hopae"]
    vid = create(hopae, requestedClaims=["name", "birthdate"])["verificationId"]
    assert "authorizationCode" not in hopae.get(f"/connect/v1/verifications/{vid}").json()
    approve(control, vid)
    code = hopae.get(f"/connect/v1/verifications/{vid}").json()["authorizationCode"]
    body = {"grant_type": "authorization_code", "code": code, "client_id": client_id, "client_secret": client_secret}
    with spec_client(idv_emulator, "hopae") as anonymous:  # security: [] — credentials in the body
        wrong_client = anonymous.post("/connect/token", json={**body, "client_secret": "wrong"})
        assert wrong_client.status_code == 401
        assert wrong_client.json()["error"] == "invalid_client"
        first = anonymous.post("/connect/token", json=body)
        assert first.status_code == 200, first.text
        claims = _jwt_claims(first.json()["id_token"], client_secret)
        assert claims["aud"] == client_id and claims["acr"] == "urn:hopae:loa:3"
        assert claims["name"] == "OK TESTNUMBER" and claims["birthdate"] == "1905-04-04"
        again = anonymous.post("/connect/token", json=body)
        assert again.status_code == 400
        assert again.json() == {
            "error": "invalid_grant",
            "error_description": "The authorization code is invalid, expired or already used",
        }
        other_grant = anonymous.post("/connect/token", json={**body, "grant_type": "client_credentials"})
        assert other_grant.status_code == 400 and other_grant.json()["error"] == "unsupported_grant_type"
        no_code = anonymous.post("/connect/token", json={k: v for k, v in body.items() if k != "code"})
        assert no_code.status_code == 400 and no_code.json()["error"] == "invalid_request"
    assert "authorizationCode" not in hopae.get(f"/connect/v1/verifications/{vid}").json()  # used up


def test_per_verification_webhook_url_replaces_the_configured_one(
    hopae: httpx.Client, hooked: WebhookReceiver, control: httpx.Client
) -> None:
    own = f"{hooked.url}/own"
    created = create(hopae, webhookUrl=own, referenceId="ORDER-2024-12345")
    assert created["referenceId"] == "ORDER-2024-12345"
    vid = created["verificationId"]
    assert hopae.get(f"/connect/v1/verifications/{vid}").json()["referenceId"] == "ORDER-2024-12345"
    approve(control, vid)
    events = hooked.wait_for(2)
    assert {r.path for r in events} == {"/own"}  # not the application's /hopae
    bodies = [json.loads(r.body) for r in events]
    assert [b["event"] for b in bodies] == ["verification.initiated", "verification.completed"]
    assert all(b["data"]["referenceId"] == "ORDER-2024-12345" for b in bodies)
    assert "authorizationCode" not in bodies[1]["data"]  # the code stays on the API
    for received in events:
        verify_signature(received.headers, received.body)
    create(hopae)  # without webhookUrl: the application's URL
    assert hooked.wait_for(3)[-1].path == "/hopae"


def test_failed_and_cancelled_carry_their_details(hopae: httpx.Client, control: httpx.Client) -> None:
    declined = create(hopae)["verificationId"]
    assert control.post("/hopae/outcome", json={"id": declined, "outcome": "decline"}).status_code == 200
    status = hopae.get(f"/connect/v1/verifications/{declined}").json()
    assert status["status"] == "failed" and "failedAt" in status
    assert status["error"]["code"] == "user_declined" and status["error"]["type"] == "user"

    low = create(hopae, providerId="itsme", requestedLoa=4)["verificationId"]
    approve(control, low, loa=3)
    error = hopae.get(f"/connect/v1/verifications/{low}").json()["error"]
    assert error["code"] == "loa_not_met" and error["details"] == {"requestedLoa": 4, "achievedLoa": 3}

    cancelled = create(hopae)["verificationId"]
    hopae.delete(f"/connect/v1/verifications/{cancelled}")
    status = hopae.get(f"/connect/v1/verifications/{cancelled}").json()
    assert status["status"] == "cancelled" and "cancelledAt" in status and "failedAt" not in status


def test_loa_strategy_allow_and_official_loa_labels(hopae: httpx.Client, control: httpx.Client) -> None:
    allowed = create(hopae, providerId="itsme", requestedLoa=4, loaStrategy="allow")["verificationId"]
    approve(control, allowed, loa=2)
    status = hopae.get(f"/connect/v1/verifications/{allowed}").json()
    assert status["status"] == "completed"
    assert (status["hopae_loa"], status["hopae_loa_label"]) == (2, "low")
    high = create(hopae, providerId="itsme")["verificationId"]
    approve(control, high, loa=4)
    assert hopae.get(f"/connect/v1/verifications/{high}").json()["hopae_loa_label"] == "high"
    none = create(hopae, providerId="itsme")["verificationId"]
    approve(control, none, loa=1)
    assert hopae.get(f"/connect/v1/verifications/{none}/userinfo").json()["hopae_loa_label"] == "none"


def test_new_request_fields_are_validated_and_stored(hopae: httpx.Client, control: httpx.Client) -> None:
    bad = [
        {"webhookUrl": "not a url"},
        {"loaStrategy": "strict"},
        {"flowType": "nfc"},
        {"initiationMethod": "smoke"},
        {"returnContext": {}},
        {"uiCustomization": {"theme": "neon"}},
        {"privateMode": "yes"},
    ]
    for extra in bad:
        reply = hopae.post("/connect/v1/verifications", json={"providerId": "frejaid", **extra})
        assert reply.status_code == 400, extra
    vid = create(
        hopae,
        purpose="account_opening",
        locale="en, en-US",
        metadata={"customer": 7},
        initiationMethod="qrOnly",
        returnContext={"state": "s-1"},
        uiCustomization={"theme": "dark", "colorScheme": "#003366"},
        privateMode=True,
    )["verificationId"]
    stored = control.get("/state").json()["providers"]["hopae"]["verifications"][vid]["options"]
    assert stored["purpose"] == "account_opening" and stored["returnContext"] == {"state": "s-1"}
    assert stored["privateMode"] is True and stored["metadata"] == {"customer": 7}


def test_processing_is_an_intermediate_status(hopae: httpx.Client, control: httpx.Client) -> None:
    vid = create(hopae)["verificationId"]
    reply = control.post("/hopae/outcome", json={"id": vid, "outcome": "processing"})
    assert reply.status_code == 200 and reply.json()["status"] == "processing"
    approve(control, vid)
    assert hopae.get(f"/connect/v1/verifications/{vid}").json()["status"] == "completed"
