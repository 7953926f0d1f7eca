"""Solaris KYC emulator, over HTTP: OAuth2 tokens, lifecycles, hosted pages, errors, webhooks."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from idv_emulator import EmulatorServer
from tests.emulator.conftest import CREDENTIALS, spec_client
from tests.support.receiver import Received, WebhookReceiver
from tests.support.spec_responses import SpecCheckedClient

CLIENT = ("solaris-client", "solaris-secret")
FORM = {"grant_type": "client_credentials", "scope": "partners"}
PERSON = {
    "salutation": "MS",
    "first_name": "Erika",
    "last_name": "Mustermann",
    "birth_date": "1985-06-15",
    "nationality": "DE",
    "address": {"line_1": "BERLINER STR. 45", "postal_code": "14169", "city": "Berlin", "country": "DE"},
    "email": "erika.mustermann@example.com",
    "unknown_field": "dropped",
}
HEX32 = re.compile(r"^[0-9a-f]{32}$")


# -- fixtures and helpers ----------------------------------------------------------------


def fetch_token(server: EmulatorServer) -> str:
    with spec_client(server, "solaris", auth=CLIENT) as client:
        reply = client.post("/oauth2/token", data=FORM)
    assert reply.status_code == 200, reply.text
    token: str = reply.json()["access_token"]
    return token


def bearer_client(server: EmulatorServer, token: str | None = None) -> SpecCheckedClient:
    token = token or fetch_token(server)
    return spec_client(server, "solaris", headers={"authorization": f"Bearer {token}"})


@pytest.fixture
def solaris(idv_emulator: EmulatorServer) -> Iterator[httpx.Client]:
    with bearer_client(idv_emulator) as client:
        yield client


class Hook:
    """An IDENTIFICATION subscription pointing at the shared loopback receiver."""

    def __init__(self, receiver: WebhookReceiver, subscription: dict[str, Any], path: str) -> None:
        self.receiver = receiver
        self.id: str = subscription["id"]
        self.secret: str = subscription["secret"]
        self.path = path

    def events(self, count: int, timeout: float = 10.0) -> list[Received]:
        """Wait until `count` IDENTIFICATION deliveries reached this subscription's path."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            arrived = self.arrived()
            if len(arrived) >= count:
                return arrived
            time.sleep(0.01)
        raise AssertionError(f"expected {count} deliveries, got {len(self.arrived())}")

    def arrived(self) -> list[Received]:
        return [
            r
            for r in list(self.receiver.received)
            if r.path == self.path and r.headers.get("solaris-webhook-event-type") == "IDENTIFICATION"
        ]


def subscribe(client: httpx.Client, receiver: WebhookReceiver, path: str = "/solaris/hook") -> Hook:
    reply = client.post("/v1/webhooks", json={"event_type": "IDENTIFICATION", "url": f"{receiver.url}{path}"})
    assert reply.status_code == 201, reply.text
    return Hook(receiver, reply.json(), path)


@pytest.fixture
def hook(solaris: httpx.Client, receiver: WebhookReceiver) -> Hook:
    return subscribe(solaris, receiver)


def verify_signature(received: Received, secret: str) -> None:
    """Recompute Solaris-Webhook-Signature from the raw bytes, independently of the emulator."""
    expected = "sha256=" + hmac.new(secret.encode(), received.body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(received.headers["solaris-webhook-signature"], expected)


def new_person(client: httpx.Client, **fields: object) -> str:
    reply = client.post("/v1/persons", json={"first_name": "Erika", "last_name": "Mustermann", **fields})
    assert reply.status_code == 201, reply.text
    person_id: str = reply.json()["id"]
    return person_id


def new_session(client: httpx.Client, person_id: str, **body: object) -> dict[str, Any]:
    payload = {"identification_methods": ["idnow"], **body}
    reply = client.post(f"/v1/persons/{person_id}/identification_sessions", json=payload)
    assert reply.status_code == 201, reply.text
    session: dict[str, Any] = reply.json()
    return session


def new_identification(client: httpx.Client, person_id: str, session_id: str, **body: object) -> dict[str, Any]:
    reply = client.post(
        f"/v1/persons/{person_id}/identification_sessions/{session_id}/identifications",
        json={"method": "idnow", **body},
    )
    assert reply.status_code == 200, reply.text  # seed quirk: 200, not 201
    identification: dict[str, Any] = reply.json()
    return identification


def started(client: httpx.Client) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """A person with a session and a requested (pending) IDnow identification."""
    person_id = new_person(client)
    session = new_session(client, person_id)
    identification = new_identification(client, person_id, session["id"])
    reply = client.patch(f"/v1/persons/{person_id}/identifications/{identification['id']}/request")
    assert reply.status_code == 200 and reply.json()["status"] == "pending"
    return person_id, session, reply.json()


def error_of(reply: httpx.Response) -> dict[str, Any]:
    assert reply.headers["content-type"] == "application/json"
    body = reply.json()
    assert list(body) == ["errors"] and len(body["errors"]) == 1
    error: dict[str, Any] = body["errors"][0]
    assert re.fullmatch(r"[0-9a-f]{32}bex", error["id"])
    assert error["status"] == str(reply.status_code)
    return error


def identification_state(control: httpx.Client, identification_id: str) -> dict[str, Any]:
    state: dict[str, Any] = control.get("/state").json()["providers"]["solaris"]["identifications"][identification_id]
    return state


# -- OAuth2 token endpoint -----------------------------------------------------------------


def test_token_endpoint_issues_expiring_bearer_tokens(idv_emulator: EmulatorServer) -> None:
    with spec_client(idv_emulator, "solaris", auth=CLIENT) as client:
        first = client.post("/oauth2/token", data=FORM)
        second = client.post("/oauth2/token", data={"grant_type": "client_credentials"})  # scope defaults
    assert first.status_code == 200 and second.status_code == 200
    body = first.json()
    assert set(body) == {"access_token", "expires_in", "scope", "token_type"}
    assert body["expires_in"] == 3599 and body["scope"] == "partners" and body["token_type"] == "bearer"
    assert first.headers["cache-control"] == "no-store"
    assert body["access_token"] != second.json()["access_token"]
    with bearer_client(idv_emulator, body["access_token"]) as api:
        assert api.post("/v1/persons", json={"first_name": "A", "last_name": "B"}).status_code == 201


@pytest.mark.parametrize(
    ("auth", "data", "status", "code"),
    [
        (None, FORM, 401, "invalid_client"),
        (("solaris-client", "wrong"), FORM, 401, "invalid_client"),
        (("someone-else", "solaris-secret"), FORM, 401, "invalid_client"),
        (CREDENTIALS["hopae"], FORM, 401, "invalid_client"),
        (CLIENT, {"grant_type": "password"}, 400, "unsupported_grant_type"),
        (CLIENT, {"scope": "partners"}, 400, "invalid_request"),
        (CLIENT, {}, 400, "invalid_request"),
        (CLIENT, {"grant_type": "client_credentials", "scope": "admin"}, 400, "invalid_scope"),
    ],
)
def test_token_endpoint_errors_use_the_oauth2_format(
    idv_emulator: EmulatorServer, auth: tuple[str, str] | None, data: dict[str, str], status: int, code: str
) -> None:
    with spec_client(idv_emulator, "solaris", auth=auth) as client:
        reply = client.post("/oauth2/token", data=data)
    assert reply.status_code == status, reply.text
    assert reply.headers["content-type"] == "application/json"
    assert reply.json()["error"] == code and set(reply.json()) == {"error", "error_description"}
    if status == 401:
        assert reply.headers["www-authenticate"] == 'Basic realm="Solaris"'


def test_token_endpoint_wants_a_form_and_post(idv_emulator: EmulatorServer) -> None:
    with spec_client(idv_emulator, "solaris", auth=CLIENT) as client:
        as_json = client.post("/oauth2/token", json=FORM)
        wrong_method = client.get("/oauth2/token")
    with spec_client(idv_emulator, "solaris", headers={"authorization": "Bearer solaris-secret"}) as client:
        bearer = client.post("/oauth2/token", data=FORM)
    assert as_json.status_code == 400
    assert as_json.json() == {
        "error": "invalid_request",
        "error_description": "The token request must be application/x-www-form-urlencoded.",
    }
    assert bearer.status_code == 401 and bearer.json()["error"] == "invalid_client"
    assert wrong_method.status_code == 405 and wrong_method.headers["allow"] == "POST"
    assert wrong_method.json()["error"] == "invalid_request"


@pytest.mark.parametrize(
    ("authorization", "code"),
    [
        (None, "token_required"),
        ("Bearer not-a-token", "invalid_token"),
        ("Bearer proofme_test_key", "invalid_token"),  # another provider's credential
        ("Basic c29sYXJpcy1jbGllbnQ6c29sYXJpcy1zZWNyZXQ=", "token_required"),  # client creds, not a token
        ("Basic aG9wYWUtY2xpZW50OmhvcGFlLXNlY3JldA==", "token_required"),  # Hopae's Basic credentials
    ],
)
def test_v1_needs_a_valid_bearer_token(idv_emulator: EmulatorServer, authorization: str | None, code: str) -> None:
    headers = {"authorization": authorization} if authorization else {}
    with spec_client(idv_emulator, "solaris", headers=headers) as client:
        reply = client.get("/v1/webhooks")
    assert reply.status_code == 401
    error = error_of(reply)
    assert error["code"] == code
    assert error["title"] == {"token_required": "Token Required", "invalid_token": "Invalid Token"}[code]
    assert reply.headers["www-authenticate"].startswith('Bearer realm="Solaris"')


def test_tokens_expire_on_the_emulator_clock(idv_emulator: EmulatorServer, control: httpx.Client) -> None:
    token = fetch_token(idv_emulator)
    with bearer_client(idv_emulator, token) as client:
        assert control.post("/reset").status_code == 200
        assert client.get("/v1/webhooks").status_code == 200  # tokens survive a reset
        control.post("/clock/advance", json={"seconds": 3598})
        assert client.get("/v1/webhooks").status_code == 200
        control.post("/clock/advance", json={"seconds": 1})
        expired = client.get("/v1/webhooks")
    assert expired.status_code == 401
    assert error_of(expired)["code"] == "invalid_token"
    assert error_of(expired)["detail"] == "The access token is invalid or has expired."
    with bearer_client(idv_emulator) as fresh:
        assert fresh.get("/v1/webhooks").status_code == 200


# -- lifecycles ------------------------------------------------------------------------------


def test_idnow_lifecycle_through_the_hosted_idnow_page(solaris: httpx.Client, hook: Hook) -> None:
    person = solaris.post("/v1/persons", json=PERSON).json()
    person_id = person["id"]
    assert re.fullmatch(r"[0-9a-f]{32}cper", person_id)
    assert person["first_name"] == "Erika" and person["address"]["city"] == "Berlin"
    assert "unknown_field" not in person and person["mobile_number"] is None
    assert solaris.get(f"/v1/persons/{person_id}").json() == person

    session = new_session(
        solaris, person_id, callback_url="https://rp.example/kyc/done?x=1", identification_methods=["idnow", "bank_id"]
    )
    assert re.fullmatch(r"[0-9a-f]{32}ises", session["id"])
    assert session["status"] == "created" and session["identification_methods"] == ["idnow", "bank_id"]
    assert session["url"] == f"{solaris.base_url}_pages/identification_sessions/{session['id']}"
    fetched = solaris.get(f"/v1/persons/{person_id}/identification_sessions/{session['id']}")
    assert fetched.json() == session

    created = new_identification(solaris, person_id, session["id"], language="EN")
    iid = created["id"]
    assert re.fullmatch(r"[0-9a-f]{32}cidt", iid)
    assert created["status"] == "created" and created["method"] == "idnow" and created["language"] == "EN"
    assert re.fullmatch(r"TST-[A-Z]{5}", created["reference"])
    assert created["url"] == f"{solaris.base_url}_pages/idnow/identifications/{iid}"
    assert created["person_id"] == person_id and created["completed_at"] is None
    assert "documents" not in created

    requested = solaris.patch(f"/v1/persons/{person_id}/identifications/{iid}/request", json={"device_data": "Web;x"})
    assert requested.status_code == 200
    assert requested.json()["status"] == "pending" and requested.json()["terms_and_conditions_signed_at"]
    assert solaris.get(f"/v1/persons/{person_id}/identification_sessions/{session['id']}").json()["status"] == "pending"

    page = httpx.get(created["url"])
    assert page.status_code == 200 and 'id="approve"' in page.text and created["reference"] in page.text
    assert f'action="/solaris/_pages/idnow/identifications/{iid}"' in page.text
    done = httpx.post(created["url"], data={"decision": "approve"})
    assert done.status_code == 303
    assert done.headers["location"] == "https://rp.example/kyc/done?x=1"

    final = solaris.get(f"/v1/persons/{person_id}/identifications/{iid}").json()
    assert final["status"] == "successful" and final["completed_at"].endswith("Z")
    assert final["address"] == PERSON["address"] and final["failure_reason"] is None
    assert "documents" not in final
    documents = solaris.get(f"/v1/persons/{person_id}/identifications/{iid}", params={"include_documents": "true"})
    assert [d["document_type"] for d in documents.json()["documents"]] == ["KYC_REPORT", "ID_DOCUMENT"]
    session_now = solaris.get(f"/v1/persons/{person_id}/identification_sessions/{session['id']}").json()
    assert session_now["status"] == "successful"
    assert 'id="finished"' in httpx.get(created["url"]).text

    events = hook.events(3)
    bodies = [json.loads(r.body) for r in events]
    assert sorted(b["status"] for b in bodies) == ["pending", "pending_successful", "successful"]
    assert {b["id"] for b in bodies} == {iid}
    assert next(b for b in bodies if b["status"] == "successful") == final  # the identification object
    for received in events:
        verify_signature(received, hook.secret)
        assert received.headers["content-type"] == "application/json"
        assert received.headers["solaris-webhook-subscription-id"] == hook.id
        assert received.headers["solaris-entity-id"] == iid
        assert received.headers["solaris-webhook-attempt"] == "1"
        assert HEX32.match(received.headers["solaris-webhook-id"])
    assert len({r.headers["solaris-webhook-id"] for r in events}) == 3


def test_session_page_decline_creates_and_fails_an_identification(solaris: httpx.Client, hook: Hook) -> None:
    person_id = new_person(solaris)
    session = new_session(solaris, person_id, identification_methods=["bank_id", "idnow"])  # no callback_url
    page = httpx.get(session["url"])
    assert page.status_code == 200 and "bank_id, idnow" in page.text
    result = httpx.post(session["url"], data={"decision": "decline"})
    assert result.status_code == 200 and '<h1 id="result">rejected</h1>' in result.text

    (identification,) = solaris.get(f"/v1/persons/{person_id}/identifications").json()
    assert identification["method"] == "bank_id" and identification["status"] == "failed"
    assert identification["url"] is None and identification["reference"] is None
    assert identification["completed_at"] is not None
    assert (
        solaris.get(f"/v1/persons/{person_id}/identification_sessions/{session['id']}").json()["status"] == "rejected"
    )
    statuses = sorted(json.loads(r.body)["status"] for r in hook.events(3))
    assert statuses == ["failed", "pending", "pending_failed"]

    # The customer tries again on the same session page: a second identification, approved.
    retry = httpx.post(session["url"], data={"decision": "approve"})
    assert retry.status_code == 200 and '<h1 id="result">successful</h1>' in retry.text
    listed = solaris.get(f"/v1/persons/{person_id}/identifications").json()
    assert [i["status"] for i in listed] == ["failed", "successful"]
    assert httpx.post(session["url"], data={"decision": "maybe"}).status_code == 400
    assert httpx.get(session["url"].replace(session["id"], "0" * 32 + "ises")).status_code == 404


def test_control_outcomes_drive_the_state_machine(solaris: httpx.Client, control: httpx.Client, hook: Hook) -> None:
    person_id, _session, identification = started(solaris)
    iid = identification["id"]
    path = f"/v1/persons/{person_id}/identifications/{iid}"

    reply = control.post("/solaris/outcome", json={"id": iid, "outcome": "pending_successful"})
    assert reply.status_code == 200 and reply.json()["status"] == "pending_successful"
    again = control.post("/solaris/outcome", json={"id": iid, "outcome": "pending_failed"})
    assert again.status_code == 409 and again.json()["code"] == "invalid_status"
    reply = control.post("/solaris/outcome", json={"id": iid, "outcome": "failed", "failure_reason": "fraud_suspected"})
    assert reply.json()["status"] == "failed"  # the review overturned the provisional result
    assert solaris.get(path).json()["failure_reason"] == "fraud_suspected"
    finished = control.post("/solaris/outcome", json={"id": iid, "outcome": "approve"})
    assert finished.status_code == 409
    statuses = sorted(json.loads(r.body)["status"] for r in hook.events(3))
    assert statuses == ["failed", "pending", "pending_successful"]

    session = new_session(solaris, person_id)
    for outcome in ("aborted", "canceled", "expired", "pending_failed"):
        other = new_identification(solaris, person_id, session["id"])
        reply = control.post("/solaris/outcome", json={"id": other["id"], "outcome": outcome})
        assert reply.status_code == 200 and reply.json()["status"] == outcome
    by_session = control.post("/solaris/outcome", json={"id": session["id"], "outcome": "approve"})
    assert by_session.json()["status"] == "successful"  # decides the open pending_failed one

    bad = control.post("/solaris/outcome", json={"id": iid, "outcome": "maybe"})
    assert bad.status_code == 400 and bad.json()["code"] == "invalid_outcome"
    unknown = control.post("/solaris/outcome", json={"id": "nope", "outcome": "approve"})
    assert unknown.status_code == 404 and unknown.json()["code"] == "model_not_found"
    state = control.get("/state").json()["providers"]["solaris"]
    assert state["persons"][person_id]["unsuccessful_attempts"] == 2  # failed + aborted


# -- request_identification errors ------------------------------------------------------------


def test_request_identification_errors(solaris: httpx.Client, control: httpx.Client) -> None:
    person_id = new_person(solaris)
    session = new_session(solaris, person_id)
    iid = new_identification(solaris, person_id, session["id"])["id"]
    other_person = new_person(solaris)

    unknown_person = solaris.patch(f"/v1/persons/{'0' * 32}cper/identifications/{iid}/request")
    assert unknown_person.status_code == 404
    assert error_of(unknown_person) == {
        "id": error_of(unknown_person)["id"],
        "status": "404",
        "code": "model_not_found",
        "title": "Model Not Found",
        "detail": f"Couldn't find 'Solaris::Person' for id '{'0' * 32}cper'.",
    }
    for owner, identification_id in ((person_id, "bbbcccfff388923eb899a5852df6cidt"), (other_person, iid)):
        missing = solaris.patch(f"/v1/persons/{owner}/identifications/{identification_id}/request")
        assert missing.status_code == 404
        assert error_of(missing)["detail"] == f"Couldn't find 'Solaris::Identification' for id '{identification_id}'."

    secret = identification_state(control, iid)["secret"]
    assert re.fullmatch(r"\d{6}", secret)
    wrong = solaris.patch(f"/v1/persons/{person_id}/identifications/{iid}/request", json={"secret": "000000x"})
    assert wrong.status_code == 422
    error = error_of(wrong)
    assert error["code"] == "invalid_secret" and error["title"] == "Invalid Secret"
    assert error["details"] == "Invalid Secret submitted" and "detail" not in error
    right = solaris.patch(f"/v1/persons/{person_id}/identifications/{iid}/request", json={"secret": secret})
    assert right.status_code == 200 and right.json()["status"] == "pending"
    repeated = solaris.patch(f"/v1/persons/{person_id}/identifications/{iid}/request")
    assert repeated.status_code == 200 and repeated.json()["status"] == "pending"

    control.post("/solaris/outcome", json={"id": iid, "outcome": "decline"})
    finished = solaris.patch(f"/v1/persons/{person_id}/identifications/{iid}/request")
    assert finished.status_code == 400
    assert error_of(finished)["code"] == "invalid_status"


def test_more_than_19_unsuccessful_attempts_is_412(solaris: httpx.Client, control: httpx.Client) -> None:
    person_id = new_person(solaris)
    session = new_session(solaris, person_id)
    for _ in range(20):  # attempts 1-20 may start: at most 19 failures precede each
        iid = new_identification(solaris, person_id, session["id"])["id"]
        assert solaris.patch(f"/v1/persons/{person_id}/identifications/{iid}/request").status_code == 200
        assert control.post("/solaris/outcome", json={"id": iid, "outcome": "failed"}).status_code == 200
    iid = new_identification(solaris, person_id, session["id"])["id"]
    blocked = solaris.patch(f"/v1/persons/{person_id}/identifications/{iid}/request")
    assert blocked.status_code == 412
    error = error_of(blocked)
    assert error["code"] == "identification_attempts_exceeded"
    assert error["title"] == "Identification Attempts Exceeded"
    assert error["details"] == "There are more than 19 unsuccessful attempts"
    # Another person is not affected.
    _other, _session, pending = started(solaris)
    assert pending["status"] == "pending"


# -- listing and pagination --------------------------------------------------------------------


def test_list_identifications_paginates_with_headers(solaris: httpx.Client) -> None:
    person_id = new_person(solaris)
    session = new_session(solaris, person_id)
    ids = [new_identification(solaris, person_id, session["id"])["id"] for _ in range(3)]
    base = f"{solaris.base_url}v1/persons/{person_id}/identifications"

    first = solaris.get(f"/v1/persons/{person_id}/identifications", params={"page[size]": 2})
    assert [i["id"] for i in first.json()] == ids[:2]
    assert first.headers["total"] == "3" and first.headers["per_page"] == "2"
    assert first.headers["link"] == (
        f'<{base}?page[number]=1&page[size]=2>; rel="first", '
        f'<{base}?page[number]=2&page[size]=2>; rel="next", '
        f'<{base}?page[number]=2&page[size]=2>; rel="last"'
    )
    second = solaris.get(f"/v1/persons/{person_id}/identifications", params={"page[number]": 2, "page[size]": 2})
    assert [i["id"] for i in second.json()] == ids[2:]
    assert 'rel="prev"' in second.headers["link"] and 'rel="next"' not in second.headers["link"]
    beyond = solaris.get(f"/v1/persons/{person_id}/identifications", params={"page[number]": 9})
    assert beyond.status_code == 200 and beyond.json() == []
    default = solaris.get(f"/v1/persons/{person_id}/identifications")
    assert default.headers["per_page"] == "10" and len(default.json()) == 3

    for params in ({"page[size]": 1001}, {"page[number]": 0}, {"page[size]": "ten"}):
        bad = solaris.get(f"/v1/persons/{person_id}/identifications", params=params)
        assert bad.status_code == 400
        error = error_of(bad)
        assert error["code"] == "validation_error" and error["source"]["field"] == next(iter(params))
    unknown = solaris.get(f"/v1/persons/{'1' * 32}cper/identifications")
    assert unknown.status_code == 404 and error_of(unknown)["code"] == "model_not_found"
    assert solaris.get(f"/v1/persons/{new_person(solaris)}/identifications").headers["total"] == "0"


# -- webhook subscriptions ---------------------------------------------------------------------


def test_webhook_subscription_probe_secret_and_crud(solaris: httpx.Client, receiver: WebhookReceiver) -> None:
    url = f"{receiver.url}/solaris/crud"
    created = solaris.post("/v1/webhooks", json={"event_type": "IDENTIFICATION", "url": url})
    assert created.status_code == 201
    subscription = created.json()
    assert re.fullmatch(r"[0-9a-f]{32}whk", subscription["id"]) and HEX32.match(subscription["secret"])
    assert subscription["event_type"] == "IDENTIFICATION" and subscription["url"] == url

    (probe,) = [r for r in receiver.wait_for(1) if r.path == "/solaris/crud"]
    assert probe.path == "/solaris/crud" and probe.body == b""
    assert probe.headers["solaris-webhook-event-type"] == "WEBHOOK-SUBSCRIPTION"

    listed = solaris.get("/v1/webhooks")
    assert listed.json() == [{"id": subscription["id"], "event_type": "IDENTIFICATION", "url": url}]
    assert listed.headers["total"] == "1"
    fetched = solaris.get(f"/v1/webhooks/{subscription['id']}").json()
    assert "secret" not in fetched and fetched["url"] == url

    deleted = solaris.delete(f"/v1/webhooks/{subscription['id']}")
    assert deleted.status_code == 204 and deleted.content == b""
    gone = solaris.get(f"/v1/webhooks/{subscription['id']}")
    assert gone.status_code == 404
    assert error_of(gone)["detail"] == f"Couldn't find 'Solaris::Webhook' for id '{subscription['id']}'."
    assert solaris.delete(f"/v1/webhooks/{subscription['id']}").status_code == 404
    assert solaris.get("/v1/webhooks").json() == []


def test_webhook_url_rules(solaris: httpx.Client, receiver: WebhookReceiver) -> None:
    def create(url: str) -> httpx.Response:
        return solaris.post("/v1/webhooks", json={"event_type": "IDENTIFICATION", "url": url})

    unsafe = create("http://example.com/hook")
    assert unsafe.status_code == 400
    assert error_of(unsafe) == {
        "id": error_of(unsafe)["id"],
        "status": "400",
        "code": "unsafe_webhook_url",
        "title": "Unsafe Webhook URL",
        "detail": "The webhook URL must use HTTPS.",
        "source": {"field": "url", "message": "must use https"},
    }

    unreachable = create("https://127.0.0.1:9/hook")  # HTTPS is allowed, but nobody answers
    assert unreachable.status_code == 400 and error_of(unreachable)["code"] == "invalid_webhook_url"
    assert error_of(unreachable)["title"] == "Invalid Webhook URL"

    receiver.statuses.append(500)
    refused = create(f"{receiver.url}/solaris/refuses")
    assert refused.status_code == 400 and error_of(refused)["code"] == "invalid_webhook_url"
    assert "answered 500" in error_of(refused)["detail"]

    port = receiver.url.rsplit(":", 1)[1]
    assert create(f"http://localhost:{port}/solaris/local").status_code == 201  # loopback http is fine
    not_a_url = create("hook")
    assert not_a_url.status_code == 400 and error_of(not_a_url)["source"]["field"] == "url"
    wrong_event = solaris.post("/v1/webhooks", json={"event_type": "PERSON_CHANGED", "url": "https://a.example"})
    assert wrong_event.status_code == 400 and error_of(wrong_event)["source"]["field"] == "event_type"
    assert len(solaris.get("/v1/webhooks").json()) == 1


def test_webhook_to_the_emulator_itself_fails_fast(idv_emulator: EmulatorServer, solaris: httpx.Client) -> None:
    """The emulator cannot answer its own probe while handling the subscription: no 2 s wait."""
    own_page = f"{idv_emulator.url('solaris')}/_pages/identification_sessions/{'0' * 32}ises"
    started_at = time.monotonic()
    reply = solaris.post("/v1/webhooks", json={"event_type": "IDENTIFICATION", "url": own_page})
    assert time.monotonic() - started_at < 1
    assert reply.status_code == 400 and error_of(reply)["code"] == "invalid_webhook_url"
    assert "the emulator itself" in error_of(reply)["detail"]


def test_webhooks_loopback_only_keeps_the_emulator_off_the_network(
    solaris: httpx.Client, control: httpx.Client, receiver: WebhookReceiver
) -> None:
    for bad in ({"webhooks_loopback_only": "yes"}, {"webhook_url": "https://a.example"}):
        assert control.post("/solaris/config", json=bad).status_code == 400
    configured = control.post("/solaris/config", json={"webhooks_loopback_only": True})
    assert configured.status_code == 200 and configured.json() == {"webhooks_loopback_only": True}

    # Another host: subscribed without a probe (`.invalid` could not be reached anyway).
    remote = solaris.post("/v1/webhooks", json={"event_type": "IDENTIFICATION", "url": "https://hooks.invalid/x"})
    assert remote.status_code == 201, remote.text
    # The URL rules still apply, and loopback receivers are still probed and delivered to.
    assert (
        solaris.post("/v1/webhooks", json={"event_type": "IDENTIFICATION", "url": "http://a.invalid/"}).status_code
        == 400
    )
    local = subscribe(solaris, receiver)
    assert [r.path for r in receiver.wait_for(1)] == ["/solaris/hook"]

    _person_id, _session, identification = started(solaris)
    assert json.loads(local.events(1)[0].body)["id"] == identification["id"]
    control.post("/webhooks/wait", json={"timeout": 10})
    deliveries = control.get("/webhooks", params={"provider": "solaris"}).json()
    assert [d["url"] for d in deliveries] == [f"{receiver.url}/solaris/hook"]

    assert control.post("/solaris/config", json={"webhooks_loopback_only": False}).json() == {
        "webhooks_loopback_only": False
    }
    control.post("/reset")  # back to the emulator-wide default: loopback only
    assert control.post("/solaris/config", json={}).json() == {"webhooks_loopback_only": True}


def test_webhook_redelivered_with_attempt_counter(solaris: httpx.Client, hook: Hook, control: httpx.Client) -> None:
    hook.receiver.statuses.extend([500, 503])
    _person_id, _session, identification = started(solaris)
    arrivals = hook.events(3)
    assert [r.headers["solaris-webhook-attempt"] for r in arrivals] == ["1", "2", "3"]
    assert len({r.body for r in arrivals}) == 1 and json.loads(arrivals[0].body)["status"] == "pending"
    assert len({r.headers["solaris-webhook-id"] for r in arrivals}) == 1  # same delivery, retried
    for received in arrivals:
        verify_signature(received, hook.secret)
        assert received.headers["solaris-entity-id"] == identification["id"]
    assert control.post("/webhooks/wait", json={"timeout": 10}).json() == {"idle": True}
    (delivery,) = control.get("/webhooks", params={"provider": "solaris"}).json()
    assert delivery["state"] == "delivered" and delivery["event"] == "IDENTIFICATION"
    assert [a["status"] for a in delivery["attempts"]] == [500, 503, 200]


def test_410_cancels_the_subscription_and_422_is_not_retried(
    solaris: httpx.Client, receiver: WebhookReceiver, control: httpx.Client
) -> None:
    gone = subscribe(solaris, receiver, "/solaris/gone")
    receiver.statuses.append(410)
    person_id, session, identification = started(solaris)
    assert len(gone.events(1)) == 1
    assert control.post("/webhooks/wait", json={"timeout": 10}).json() == {"idle": True}
    (delivery,) = control.get("/webhooks", params={"provider": "solaris"}).json()
    assert delivery["state"] == "rejected" and [a["status"] for a in delivery["attempts"]] == [410]
    assert solaris.get(f"/v1/webhooks/{gone.id}").status_code == 404
    assert solaris.get("/v1/webhooks").json() == []

    rejecting = subscribe(solaris, receiver, "/solaris/rejects")
    receiver.statuses.append(422)
    control.post("/solaris/outcome", json={"id": identification["id"], "outcome": "pending_successful"})
    assert len(rejecting.events(1)) == 1
    assert control.post("/webhooks/wait", json={"timeout": 10}).json() == {"idle": True}
    last = control.get("/webhooks", params={"provider": "solaris"}).json()[-1]
    assert last["state"] == "rejected" and [a["status"] for a in last["attempts"]] == [422]
    assert solaris.get(f"/v1/webhooks/{rejecting.id}").status_code == 200  # 422 keeps the subscription
    assert len(gone.arrived()) == 1  # nothing more for the cancelled one
    assert new_identification(solaris, person_id, session["id"])["status"] == "created"


# -- clock-driven expiry -------------------------------------------------------------------------


def test_sessions_and_open_identifications_expire_after_24_hours(
    idv_emulator: EmulatorServer, solaris: httpx.Client, control: httpx.Client, hook: Hook
) -> None:
    person_id, session, pending = started(solaris)
    created = new_identification(solaris, person_id, session["id"])
    decided = new_identification(solaris, person_id, session["id"])
    control.post("/solaris/outcome", json={"id": decided["id"], "outcome": "pending_successful"})
    assert len(hook.events(3)) == 3  # pending (started), then pending and pending_successful

    control.post("/clock/advance", json={"seconds": 24 * 3600 - 1})
    assert solaris.get(f"/v1/persons/{person_id}/identifications/{created['id']}").status_code == 401  # token too
    with bearer_client(idv_emulator) as client:
        assert client.get(f"/v1/persons/{person_id}/identifications/{created['id']}").json()["status"] == "created"
        control.post("/clock/advance", json={"seconds": 1})
        # The tick fired the webhooks before anyone read the identifications.
        expired = [b for b in (json.loads(r.body) for r in hook.events(5)) if b["status"] == "expired"]
        assert sorted(b["id"] for b in expired) == sorted([pending["id"], created["id"]])
        assert {b["status"] for b in expired} == {"expired"}
        statuses = {i["id"]: i["status"] for i in client.get(f"/v1/persons/{person_id}/identifications").json()}
        assert statuses == {pending["id"]: "expired", created["id"]: "expired", decided["id"]: "pending_successful"}
        late = client.post(
            f"/v1/persons/{person_id}/identification_sessions/{session['id']}/identifications", json={"method": "idnow"}
        )
        assert late.status_code == 400 and error_of(late)["code"] == "identification_session_expired"
        request = client.patch(f"/v1/persons/{person_id}/identifications/{created['id']}/request")
        assert request.status_code == 400 and error_of(request)["code"] == "invalid_status"
        assert 'id="finished"' in httpx.get(session["url"]).text

        fresh = new_session(client, person_id)
        control.post("/clock/advance", json={"seconds": 24 * 3600})
        read = client.get(f"/v1/persons/{person_id}/identification_sessions/{fresh['id']}")
        assert read.status_code == 401  # the token expired as well
    with bearer_client(idv_emulator) as client:
        assert (
            client.get(f"/v1/persons/{person_id}/identification_sessions/{fresh['id']}").json()["status"] == "expired"
        )


# -- client mistakes ---------------------------------------------------------------------------


def test_client_mistakes_get_solaris_envelopes(solaris: httpx.Client) -> None:
    person_id = new_person(solaris)
    session = new_session(solaris, person_id)
    identifications = f"/v1/persons/{person_id}/identification_sessions/{session['id']}/identifications"
    cases: list[tuple[httpx.Response, int, str, str | None]] = [
        (solaris.get("/v1/nothing-here"), 404, "not_found", None),
        (solaris.get(f"/v1/persons/{'0' * 32}cper"), 404, "model_not_found", None),
        (solaris.get(f"/v1/persons/{person_id}/identification_sessions/nope"), 404, "model_not_found", None),
        (solaris.put("/v1/persons", json={}), 405, "method_not_allowed", None),
        (solaris.patch("/v1/webhooks/x", json={}), 405, "method_not_allowed", None),
        (
            solaris.post("/v1/persons", content=b"{nope", headers={"content-type": "application/json"}),
            400,
            "invalid_json",
            None,
        ),
        (
            solaris.post("/v1/persons", content=b"first_name=A", headers={"content-type": "text/plain"}),
            415,
            "unsupported_media_type",
            None,
        ),
        (solaris.post("/v1/persons", json={"first_name": "A", "pad": "x" * (1024 * 1024)}), 413, None, None),
        (solaris.post("/v1/persons", json={"first_name": "Erika"}), 400, "invalid_model", "last_name"),
        (
            solaris.post("/v1/persons", json={"first_name": "E" * 51, "last_name": "M"}),
            400,
            "invalid_model",
            "first_name",
        ),
        (solaris.post("/v1/persons", json={"first_name": 5, "last_name": "M"}), 400, "type_error", "first_name"),
        (solaris.post("/v1/persons", json={**PERSON, "salutation": "mr"}), 400, "invalid_model", "salutation"),
        (solaris.post("/v1/persons", json={**PERSON, "first_name": " Erika"}), 400, "invalid_model", "first_name"),
        (solaris.post("/v1/persons", json={**PERSON, "birth_date": "15.06.1985"}), 400, "invalid_model", "birth_date"),
        (
            solaris.post(f"/v1/persons/{person_id}/identification_sessions", json={"identification_methods": []}),
            400,
            "invalid_model",
            "identification_methods",
        ),
        (solaris.post(identifications, json={"method": "bank_id"}), 400, "invalid_model", "iban"),
        (solaris.post(identifications, json={"method": "fourthline"}), 400, "invalid_model", "method"),
        (solaris.post(identifications, json={"method": "idnow", "language": "FR"}), 400, "invalid_model", "language"),
    ]
    for reply, status, code, field in cases:
        assert reply.status_code == status, reply.text
        error = error_of(reply)
        if code is not None:
            assert error["code"] == code, reply.text
        if field is not None:
            assert error["source"]["field"] == field, reply.text
    assert cases[3][0].headers["allow"] == "POST"
    assert cases[4][0].headers["allow"] == "DELETE, GET"
    assert error_of(cases[8][0])["detail"] == "last_name is missing"
    assert error_of(cases[8][0])["source"] == {"field": "last_name", "message": "is missing"}
    assert error_of(cases[12][0])["detail"] == "first_name must not start or end with whitespace"
    assert error_of(cases[7][0])["code"] == "request_entity_too_large"


def test_unknown_fields_are_dropped_whatever_their_value(solaris: httpx.Client) -> None:
    """Solaris drops unknown parameters, so its request rules (whitespace) do not reach them."""
    created = solaris.post(
        "/v1/persons",
        json={
            "first_name": "Erika",
            "last_name": "Mustermann",
            "nickname": " padded ",
            "address": {"city": "Berlin", "floor": " 3 "},
        },
    )
    assert created.status_code == 201, created.text
    assert "nickname" not in created.json() and created.json()["address"] == {"city": "Berlin"}
    padded = solaris.post("/v1/persons", json={"first_name": "Erika", "last_name": "M\n"})
    assert padded.status_code == 400
    assert error_of(padded)["detail"] == "last_name must not start or end with whitespace"
    assert error_of(padded)["source"] == {"field": "last_name", "message": "must not start or end with whitespace"}
    # A known nested member is checked too, and named (inside the nullable `address`).
    nested = solaris.post("/v1/persons", json={"first_name": "Erika", "last_name": "M", "address": {"city": "Berlin "}})
    assert nested.status_code == 400
    assert error_of(nested)["code"] == "invalid_model" and error_of(nested)["source"]["field"] == "address.city"


def test_null_values_are_ignored(solaris: httpx.Client) -> None:
    """Solaris API conventions: a null member is treated as absent, at any depth."""
    created = solaris.post(
        "/v1/persons",
        json={
            "first_name": "Erika",
            "last_name": "Mustermann",
            "salutation": None,
            "birth_date": None,
            "address": {"line_1": "BERLINER STR. 45", "line_2": None, "city": "Berlin", "postal_code": None},
        },
    )
    assert created.status_code == 201, created.text
    person = created.json()
    assert person["salutation"] is None and person["birth_date"] is None
    assert person["address"] == {"line_1": "BERLINER STR. 45", "city": "Berlin"}
    assert solaris.get(f"/v1/persons/{person['id']}").json() == person

    # A null required field is missing, not a type error.
    missing = solaris.post("/v1/persons", json={"first_name": "Erika", "last_name": None})
    assert missing.status_code == 400
    assert error_of(missing)["code"] == "invalid_model"
    assert error_of(missing)["source"] == {"field": "last_name", "message": "is missing"}

    # `method: null` falls back to the session's first method; `iban: null` with a bank
    # method is a missing IBAN.
    session = new_session(solaris, person["id"], identification_methods=["idnow", "bank"])
    identifications = f"/v1/persons/{person['id']}/identification_sessions/{session['id']}/identifications"
    defaulted = solaris.post(identifications, json={"method": None, "language": None, "reference": None})
    assert defaulted.status_code == 200, defaulted.text
    assert defaulted.json()["method"] == "idnow" and defaulted.json()["language"] is None
    no_iban = solaris.post(identifications, json={"method": "bank", "iban": None})
    assert no_iban.status_code == 400 and error_of(no_iban)["source"]["field"] == "iban"

    # The request body's optional fields too: `secret: null` is no secret (no 422).
    requested = solaris.patch(
        f"/v1/persons/{person['id']}/identifications/{defaulted.json()['id']}/request",
        json={"secret": None, "device_data": None},
    )
    assert requested.status_code == 200 and requested.json()["status"] == "pending"


def test_injected_faults(idv_emulator: EmulatorServer, solaris: httpx.Client, control: httpx.Client) -> None:
    added = control.post(
        "/faults",
        json={"provider": "solaris", "operation_id": "list_webhooks", "status": 429, "retry_after": "3", "count": 1},
    )
    assert added.status_code == 201
    limited = solaris.get("/v1/webhooks")
    assert limited.status_code == 429 and limited.headers["retry-after"] == "3"
    assert error_of(limited)["code"] == "too_many_requests" and error_of(limited)["title"] == "Too Many Requests"
    assert solaris.get("/v1/webhooks").status_code == 200

    control.post("/faults", json={"provider": "solaris", "path": "^/v1/persons$", "status": 500, "count": 1})
    broken = solaris.post("/v1/persons", json={"first_name": "A", "last_name": "B"})
    assert broken.status_code == 500 and error_of(broken)["code"] == "generic_error"

    # The token endpoint keeps its OAuth2 format under faults, with the RFC 6749 codes the
    # spec's OAuthErrorCode lists for them (the spec-checked client validates the bodies).
    for status, code in ((503, "temporarily_unavailable"), (429, "temporarily_unavailable"), (502, "server_error")):
        control.post(
            "/faults", json={"provider": "solaris", "operation_id": "create_token", "status": status, "count": 1}
        )
        with spec_client(idv_emulator, "solaris", auth=CLIENT) as token_client:
            unavailable = token_client.post("/oauth2/token", data=FORM)
        assert unavailable.status_code == status
        assert unavailable.json() == {"error": code, "error_description": unavailable.json()["error_description"]}
    assert fetch_token(idv_emulator)

    control.post("/faults", json={"operation_id": "get_person", "latency_ms": 200, "count": 1})
    person_id = new_person(solaris)
    started_at = time.monotonic()
    assert solaris.get(f"/v1/persons/{person_id}").status_code == 200
    assert time.monotonic() - started_at >= 0.2

    control.post("/faults", json={"provider": "solaris", "drop": True, "count": 1})
    with pytest.raises(httpx.RemoteProtocolError):
        solaris.get(f"/v1/persons/{person_id}")
    assert solaris.get(f"/v1/persons/{person_id}").status_code == 200


def test_seeded_ids_are_reproducible(idv_emulator: EmulatorServer, control: httpx.Client) -> None:
    def run() -> list[str]:
        control.post("/seed", json={"seed": 7})
        with bearer_client(idv_emulator) as client:
            person_id = new_person(client)
            session = new_session(client, person_id)
            identification = new_identification(client, person_id, session["id"])
        return [person_id, session["id"], identification["id"], identification["reference"]]

    assert run() == run()
