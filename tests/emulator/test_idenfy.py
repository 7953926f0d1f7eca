"""iDenfy emulator, over HTTP: tokens, hosted page, auto/manual results, dummyStatus, expiry,
deletion, errors, auth, signed webhooks and their redelivery, faults."""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import re
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator

from idv_emulator import EmulatorServer
from idv_emulator.core.spec import FORMAT_CHECKER, inline_refs, specs_dir
from tests.emulator.conftest import CREDENTIALS, spec_client
from tests.support.receiver import Received, WebhookReceiver

SIGNING_KEY = "idenfy-signing-key"  # EmulatorConfig's default idenfy_signing_key
TOKEN = "/api/v2/token"
STATUS = "/api/v2/status"
DATA = "/api/v2/data"
DELETE = "/api/v2/delete"

# The seed page's full request, verbatim (callbackUrl is never called: no transition happens).
SEED_FULL_REQUEST: dict[str, Any] = {
    "clientId": "100000",
    "firstName": "John Tom",
    "lastName": "Smith",
    "successUrl": "https://www.my-company.com/idenfy/success",
    "errorUrl": "https://www.my-company.com/idenfy/fail",
    "unverifiedUrl": "https://www.my-company.com/idenfy/unverified",
    "callbackUrl": "https://mywebsite.com/idenfy/webhookendpoint",
    "locale": "en",
    "showInstructions": True,
    "expiryTime": 600,
    "sessionLength": 600,
    "country": "lt",
    "documents": ["PASSPORT"],
    "dateOfBirth": "1990-12-20",
    "dateOfExpiry": "1990-12-20",
    "dateOfIssue": "1990-12-20",
    "nationality": "lt",
    "personalNumber": "123456789",
    "documentNumber": "123456",
    "sex": "M",
    "address": "Address",
    "tokenType": "IDENTIFICATION",
    "videoCallQuestions": ["Question 1", "Question 2"],
    "externalRef": "reference",
    "utilityBill": False,
    "additionalSteps": None,
    "additionalData": None,
}
# Every default of the seed table, as the response echoes it for a request with only clientId.
SEED_DEFAULTS: dict[str, Any] = {
    "firstName": None,
    "lastName": None,
    "successUrl": "https://ui.idenfy.com/result?status=success",
    "errorUrl": "https://ui.idenfy.com/result?status=fail",
    "unverifiedUrl": "https://ui.idenfy.com/result?status=unverified",
    "callbackUrl": None,
    "locale": "en",
    "showInstructions": True,
    "country": None,
    "expiryTime": 86400,
    "sessionLength": 1800,
    "documents": ["ID_CARD", "PASSPORT"],
    "dateOfBirth": None,
    "dateOfExpiry": None,
    "dateOfIssue": None,
    "nationality": None,
    "personalNumber": None,
    "documentNumber": None,
    "sex": None,
    "generateDigitString": False,
    "digitString": None,
    "address": None,
    "tokenType": "IDENTIFICATION",
    "videoCallQuestions": [],
    "externalRef": None,
    "utilityBill": False,
    "additionalSteps": None,
    "additionalData": None,
    "allowedDocuments": {"ALL": ["ID_CARD", "PASSPORT"]},
}
SANDBOX_DOCUMENT: dict[str, Any] = {
    "docFirstName": "JOHN TOM",
    "docLastName": "SMITH",
    "docNumber": "123456",
    "docPersonalCode": "123456789",
    "docExpiry": "2030-12-20",
    "docDob": "1990-12-20",
    "docDateOfIssue": "2020-12-20",
    "docType": "PASSPORT",
    "docSex": "MALE",
    "docNationality": "LT",
    "docIssuingCountry": "LT",
    "birthPlace": "KAUNAS",
    "authority": "LIETUVOS RESPUBLIKA",
    "address": None,
    "manuallyDataChanged": False,
    "selectedCountry": "LT",
    # the official file's further `data` fields
    "docTemporaryAddress": None,
    "docBirthName": None,
    "docPatronymic": None,
    "mothersMaidenName": None,
    "driverLicenseCategory": None,
    "fullName": "JOHN TOM SMITH",
    **dict.fromkeys(
        (
            "orgFirstName",
            "orgLastName",
            "orgNationality",
            "orgBirthPlace",
            "orgAuthority",
            "orgAddress",
            "orgTemporaryAddress",
            "orgMothersMaidenName",
            "orgPatronymic",
            "orgBirthName",
        )
    ),
    "ageEstimate": "OVER_25",
    "additionalData": None,
    # filled in only when the token asked for the check (checkIpProxy, checkDuplicate*Faces)
    "clientIpProxyRiskLevel": None,
    "duplicateFaces": None,
    "duplicateDocFaces": None,
}
NO_DOCUMENT = dict.fromkeys(SANDBOX_DOCUMENT)


@pytest.fixture
def idenfy(idv_emulator: EmulatorServer) -> Iterator[httpx.Client]:
    with spec_client(idv_emulator, "idenfy", auth=CREDENTIALS["idenfy"]) as client:
        yield client


@pytest.fixture
def callback(receiver: WebhookReceiver) -> str:
    return f"{receiver.url}/idenfy/callback"


@functools.cache
def webhook_validator() -> Draft202012Validator:
    raw = yaml.safe_load((specs_dir() / "idenfy.openapi.yaml").read_text())
    schema = inline_refs(raw["components"]["schemas"]["IdentificationWebhook"], raw)
    return Draft202012Validator(schema, format_checker=FORMAT_CHECKER)


def create(client: httpx.Client, **body: Any) -> dict[str, Any]:
    reply = client.post(TOKEN, json={"clientId": "100000", **body})
    assert reply.status_code == 201, reply.text
    return reply.json()  # type: ignore[no-any-return]


def status_of(client: httpx.Client, scan_ref: str) -> dict[str, Any]:
    reply = client.post(STATUS, json={"scanRef": scan_ref})
    assert reply.status_code == 200, reply.text
    return reply.json()  # type: ignore[no-any-return]


def data_of(client: httpx.Client, scan_ref: str) -> dict[str, Any]:
    reply = client.post(DATA, json={"scanRef": scan_ref})
    assert reply.status_code == 200, reply.text
    return reply.json()  # type: ignore[no-any-return]


def verified(received: Received, key: str = SIGNING_KEY) -> tuple[str, dict[str, Any]]:
    """Check one delivery independently (HMAC over the raw bytes, spec schema); return it."""
    signature = received.headers["idenfy-signature"]
    assert re.fullmatch("[0-9a-f]{64}", signature)
    expected = hmac.new(key.encode(), received.body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(signature, expected)
    assert received.headers["content-type"] == "application/json"
    payload = json.loads(received.body)
    errors = [e.message for e in webhook_validator().iter_errors(payload)]
    assert errors == []
    return received.headers["idenfy-event-type"], payload


def webhooks(receiver: WebhookReceiver, count: int, control: httpx.Client) -> list[tuple[str, dict[str, Any]]]:
    """Exactly `count` deliveries arrived, once every delivery is finished."""
    receiver.wait_for(count)
    assert control.post("/webhooks/wait", json={"timeout": 30}).json() == {"idle": True}
    assert len(receiver.received) == count
    return [verified(r) for r in receiver.received]


def page_url(token: dict[str, Any]) -> str:
    return str(token["redirectUrl"])


# -- tokens -------------------------------------------------------------------------------


def test_minimal_token_echoes_every_seed_default(idenfy: httpx.Client, idv_emulator: EmulatorServer) -> None:
    token = create(idenfy)
    generated = {k: token.pop(k) for k in ("authToken", "scanRef", "personScanRef", "redirectUrl")}
    assert token == {"message": "Token created successfully", "clientId": "100000", **SEED_DEFAULTS}
    assert re.fullmatch("[A-Za-z0-9]{40}", generated["authToken"])
    assert str(uuid.UUID(generated["scanRef"])) == generated["scanRef"]
    assert generated["redirectUrl"] == (
        f"{idv_emulator.url('idenfy')}/_pages/verification?authToken={generated['authToken']}"
    )
    # personScanRef identifies the person: the same for the same clientId, another for another.
    again, other = create(idenfy), create(idenfy, clientId="200000")
    assert again["personScanRef"] == generated["personScanRef"]
    assert other["personScanRef"] != generated["personScanRef"]
    assert len({generated["scanRef"], again["scanRef"], other["scanRef"]}) == 3


def test_full_seed_request_is_echoed_with_names_upper_cased(idenfy: httpx.Client) -> None:
    token = create(idenfy, **SEED_FULL_REQUEST, generateDigitString=True)
    expected = {**SEED_FULL_REQUEST, "firstName": "JOHN TOM", "lastName": "SMITH", "generateDigitString": True}
    assert {k: token[k] for k in expected} == expected
    assert re.fullmatch("[0-9]{8}", token["digitString"])
    assert token["allowedDocuments"] == {"ALL": ["PASSPORT"]}
    assert token["message"] == "Token created successfully"


def test_custom_settings_and_dummy_status_are_echoed_only_when_sent(idenfy: httpx.Client) -> None:
    settings = {
        "checkLiveness": True,
        "fraudServices": ["AML_NAMES_CHECK", "LID"],
        "maxAttemptCount": 3,
        "faceMatchingThresholdModifier": 1,
        "levenshteinTextMatchRatio": 0.8,
        "detectionTypes": ["FACE", "EYES"],
        "dummyStatus": None,
    }
    token = create(idenfy, **settings)
    assert {k: token[k] for k in settings} == settings
    assert not {"checkLiveness", "dummyStatus", "nfcRequired"} & set(create(idenfy))


def test_integral_floats_are_echoed_as_integers(idenfy: httpx.Client) -> None:
    token = create(idenfy, expiryTime=600.0, sessionLength=61.0, maxAttemptCount=3.0)
    assert [token[k] for k in ("expiryTime", "sessionLength", "maxAttemptCount")] == [600, 61, 3]
    assert all(isinstance(token[k], int) for k in ("expiryTime", "sessionLength", "maxAttemptCount"))


def test_loopback_http_and_https_callback_urls_are_accepted(idenfy: httpx.Client) -> None:
    for url in ("https://hooks.example/idenfy", "http://127.0.0.1:9/cb", "http://localhost/cb", "http://[::1]:9/"):
        assert create(idenfy, callbackUrl=url)["callbackUrl"] == url


# -- lifecycles ---------------------------------------------------------------------------


def test_approved_on_hosted_page(
    idenfy: httpx.Client, receiver: WebhookReceiver, callback: str, control: httpx.Client
) -> None:
    token = create(
        idenfy,
        callbackUrl=callback,
        firstName="Jonas",
        lastName="Jonaitis",
        dateOfBirth="1985-01-31",
        sex="M",
        country="lt",
        documents=["ID_CARD"],
        externalRef="order-17",
        utilityBill=True,
    )
    scan_ref = token["scanRef"]
    page = httpx.get(page_url(token))
    assert page.status_code == 200 and page.headers["content-type"] == "text/html; charset=utf-8"
    assert 'id="approve"' in page.text and scan_ref in page.text
    assert f'action="/idenfy/_pages/verification?authToken={token["authToken"]}"' in page.text
    assert status_of(idenfy, scan_ref)["status"] == "ACTIVE"
    assert data_of(idenfy, scan_ref) == {**NO_DOCUMENT, "scanRef": scan_ref, "clientId": "100000"}

    done = httpx.post(page_url(token), data={"decision": "approve"})
    assert done.status_code == 303
    assert done.headers["location"] == "https://ui.idenfy.com/result?status=success"

    assert status_of(idenfy, scan_ref) == {
        "status": "APPROVED",
        "scanRef": scan_ref,
        "clientId": "100000",
        "autoDocument": "DOC_VALIDATED",
        "autoFace": "FACE_MATCH",
        "manualDocument": "DOC_VALIDATED",
        "manualFace": "FACE_MATCH",
        "fraudTags": [],
        "mismatchTags": [],
    }
    document = {
        **SANDBOX_DOCUMENT,
        "docFirstName": "JONAS",
        "docLastName": "JONAITIS",
        "docDob": "1985-01-31",
        "docType": "ID_CARD",
        "fullName": "JONAS JONAITIS",
    }
    assert data_of(idenfy, scan_ref) == {**document, "scanRef": scan_ref, "clientId": "100000"}

    (auto_type, auto), (manual_type, manual) = webhooks(receiver, 2, control)
    assert [r.path for r in receiver.received] == ["/idenfy/callback"] * 2
    assert (auto_type, manual_type) == ("IDENTIFICATION_AUTO_FINISHED", "IDENTIFICATION_MANUAL_FINISHED")
    assert auto["final"] is False and manual["final"] is True
    assert auto["status"] == {
        "overall": "APPROVED",
        "fraudTags": [],
        "mismatchTags": [],
        "autoFace": "FACE_MATCH",
        "manualFace": None,
        "autoDocument": "DOC_VALIDATED",
        "manualDocument": None,
        "additionalSteps": "VALID",
    }
    assert manual["status"] == {**auto["status"], "manualFace": "FACE_MATCH", "manualDocument": "DOC_VALIDATED"}
    for payload in (auto, manual):
        assert payload["data"] == document
        assert (payload["scanRef"], payload["clientId"], payload["externalRef"]) == (scan_ref, "100000", "order-17")
        assert payload["platform"] == "PC" and payload["clientIpCountry"] == "LT"
        assert payload["startTime"] <= payload["finishTime"] <= time.time() + 1
        assert set(payload["fileUrls"]) == {"FRONT", "BACK", "FACE"}
        assert payload["additionalSteps"] == {"UTILITY_BILL": "UPLOAD"}
        # no extra check was asked for: none of their blocks is in the payload
        assert not {"AML", "amlCheck", "LID", "CRIMINAL_CHECK", "riskAssessment"} & set(payload)
    photo = httpx.get(auto["fileUrls"]["FACE"])
    assert photo.status_code == 200 and photo.headers["content-type"] == "image/png"
    assert photo.content.startswith(b"\x89PNG\r\n\x1a\n")


def test_declined_on_hosted_page(
    idenfy: httpx.Client, receiver: WebhookReceiver, callback: str, control: httpx.Client
) -> None:
    token = create(idenfy, callbackUrl=callback, errorUrl="https://shop.example/idenfy/fail")
    done = httpx.post(page_url(token), data={"decision": "decline"})
    assert done.status_code == 303 and done.headers["location"] == "https://shop.example/idenfy/fail"
    status = status_of(idenfy, token["scanRef"])
    assert (status["status"], status["autoFace"], status["manualFace"]) == ("DENIED", "FACE_MISMATCH", "FACE_MISMATCH")
    events = webhooks(receiver, 2, control)
    assert [(kind, p["final"], p["status"]["overall"]) for kind, p in events] == [
        ("IDENTIFICATION_AUTO_FINISHED", False, "DENIED"),
        ("IDENTIFICATION_MANUAL_FINISHED", True, "DENIED"),
    ]
    # The page of a finished verification shows it as finished; a late POST changes nothing.
    page = httpx.get(page_url(token))
    assert page.status_code == 200 and 'id="finished"' in page.text and 'id="approve"' not in page.text
    again = httpx.post(page_url(token), data={"decision": "approve"})
    assert again.status_code == 303 and again.headers["location"] == "https://shop.example/idenfy/fail"
    assert status_of(idenfy, token["scanRef"])["status"] == "DENIED"
    assert len(receiver.received) == 2


def test_redirect_to_a_url_with_control_characters_stays_one_header(idenfy: httpx.Client) -> None:
    token = create(idenfy, successUrl="https://shop.example/ok\r\nSet-Cookie: a=b ü")
    done = httpx.post(page_url(token), data={"decision": "approve"})
    assert done.status_code == 303
    assert done.headers["location"] == "https://shop.example/ok%0D%0ASet-Cookie:%20a=b%20%C3%BC"
    assert "set-cookie" not in done.headers


def test_document_only_token_has_no_face_check(idenfy: httpx.Client, control: httpx.Client) -> None:
    token = create(idenfy, tokenType="DOCUMENT")
    reply = control.post("/idenfy/outcome", json={"id": token["scanRef"], "outcome": "decline"})
    assert reply.status_code == 200
    assert reply.json()["autoDocument"] == "DOC_FAKE" and reply.json()["autoFace"] == "FACE_NOT_CHECKED"


def test_suspected_auto_result_approved_by_manual_review(
    idenfy: httpx.Client, receiver: WebhookReceiver, callback: str, control: httpx.Client
) -> None:
    scan_ref = create(idenfy, callbackUrl=callback)["scanRef"]
    reply = control.post("/idenfy/outcome", json={"id": scan_ref, "outcome": "SUSPECTED", "manual": "APPROVED"})
    assert reply.status_code == 200
    assert (
        reply.json()
        == status_of(idenfy, scan_ref)
        == {
            "status": "APPROVED",
            "scanRef": scan_ref,
            "clientId": "100000",
            "autoDocument": "DOC_INFO_MISMATCH",
            "autoFace": "FACE_MATCH",
            "manualDocument": "DOC_VALIDATED",
            "manualFace": "FACE_MATCH",
            "fraudTags": [],
            "mismatchTags": ["DOC_INFO_MISMATCH"],
        }
    )
    (_, auto), (_, manual) = webhooks(receiver, 2, control)
    assert (auto["final"], auto["status"]["overall"], auto["status"]["manualDocument"]) == (False, "SUSPECTED", None)
    assert (manual["final"], manual["status"]["overall"]) == (True, "APPROVED")
    assert manual["status"]["mismatchTags"] == ["DOC_INFO_MISMATCH"]


def test_manual_review_held_back_then_finished(
    idenfy: httpx.Client, receiver: WebhookReceiver, callback: str, control: httpx.Client
) -> None:
    scan_ref = create(idenfy, callbackUrl=callback)["scanRef"]
    held = control.post("/idenfy/outcome", json={"id": scan_ref, "outcome": "approve", "manual": "REVIEWING"})
    assert held.status_code == 200
    status = status_of(idenfy, scan_ref)
    assert (status["status"], status["autoDocument"], status["manualDocument"]) == ("REVIEWING", "DOC_VALIDATED", None)
    ((kind, auto),) = webhooks(receiver, 1, control)
    assert (kind, auto["final"], auto["status"]["overall"]) == ("IDENTIFICATION_AUTO_FINISHED", False, "APPROVED")
    assert data_of(idenfy, scan_ref)["docLastName"] == "SMITH"  # the document was read already

    finished = control.post("/idenfy/outcome", json={"id": scan_ref, "outcome": "DENIED"})
    assert finished.status_code == 200 and finished.json()["status"] == "DENIED"
    assert finished.json()["manualFace"] == "FACE_MISMATCH"
    kind, manual = webhooks(receiver, 2, control)[1]
    assert (kind, manual["final"], manual["status"]["overall"]) == ("IDENTIFICATION_MANUAL_FINISHED", True, "DENIED")


def test_control_outcome_errors(idenfy: httpx.Client, control: httpx.Client) -> None:
    scan_ref = create(idenfy)["scanRef"]
    for body, status in [
        ({"id": scan_ref, "outcome": "maybe"}, 400),
        ({"id": scan_ref, "outcome": "approve", "manual": "LATER"}, 400),
        ({"id": scan_ref, "outcome": "approve", "loa": 3}, 400),
        ({"id": scan_ref, "outcome": "EXPIRED", "manual": "APPROVED"}, 400),
        ({"id": "no-such-scan-ref", "outcome": "approve"}, 404),
    ]:
        assert control.post("/idenfy/outcome", json=body).status_code == status, body
    assert control.post("/idenfy/outcome", json={"id": scan_ref, "outcome": "approve"}).status_code == 200
    for outcome in ("approve", "EXPIRED"):
        conflict = control.post("/idenfy/outcome", json={"id": scan_ref, "outcome": outcome})
        assert conflict.status_code == 409 and conflict.json()["code"] == "verification_finished"


@pytest.mark.parametrize(
    "case",
    [
        ("APPROVED", "FACE_MATCH", []),
        ("DENIED", "FACE_MISMATCH", []),
        ("SUSPECTED", "FACE_MATCH", ["DOC_INFO_MISMATCH"]),
    ],
)
def test_dummy_status_finishes_at_once_without_ui(
    idenfy: httpx.Client,
    receiver: WebhookReceiver,
    callback: str,
    control: httpx.Client,
    case: tuple[str, str, list[str]],
) -> None:
    dummy, auto_face, mismatch = case
    token = create(idenfy, callbackUrl=callback, dummyStatus=dummy)
    assert token["dummyStatus"] == dummy
    status = status_of(idenfy, token["scanRef"])
    assert (status["status"], status["autoFace"], status["mismatchTags"]) == (dummy, auto_face, mismatch)
    events = webhooks(receiver, 2, control)
    assert [(kind, p["final"], p["status"]["overall"]) for kind, p in events] == [
        ("IDENTIFICATION_AUTO_FINISHED", False, dummy),
        ("IDENTIFICATION_MANUAL_FINISHED", True, dummy),
    ]
    assert all(p["platform"] is None and p["clientIp"] is None for _, p in events)  # no UI was involved
    assert httpx.post(page_url(token), data={"decision": "approve"}).status_code == 303
    assert status_of(idenfy, token["scanRef"])["status"] == dummy


def test_dummy_expired_can_be_deleted_at_once(
    idenfy: httpx.Client, receiver: WebhookReceiver, callback: str, control: httpx.Client
) -> None:
    token = create(idenfy, callbackUrl=callback, dummyStatus="EXPIRED")
    assert status_of(idenfy, token["scanRef"])["status"] == "EXPIRED"
    ((kind, payload),) = webhooks(receiver, 1, control)
    assert (kind, payload["final"], payload["status"]["overall"]) == ("IDENTIFICATION_EXPIRED", True, "EXPIRED")
    assert payload["data"] == NO_DOCUMENT and payload["fileUrls"] is None
    deleted = idenfy.post(DELETE, json={"scanRef": token["scanRef"]})
    assert deleted.status_code == 200 and deleted.content == b""
    assert status_of(idenfy, token["scanRef"])["status"] == "DELETED"


# -- expiry and deletion ------------------------------------------------------------------


def test_token_expires_with_the_clock_and_can_then_be_deleted(
    idenfy: httpx.Client, receiver: WebhookReceiver, callback: str, control: httpx.Client
) -> None:
    token = create(idenfy, callbackUrl=callback, expiryTime=600, unverifiedUrl="https://shop.example/unverified")
    scan_ref = token["scanRef"]
    assert control.post("/clock/advance", json={"seconds": 599}).status_code == 200
    assert status_of(idenfy, scan_ref)["status"] == "ACTIVE"
    refused = idenfy.post(DELETE, json={"scanRef": scan_ref})
    assert refused.status_code == 400
    assert refused.json() == {
        "identifier": "PARTNER_ERROR",
        "message": "Token has not expired yet.",
        "documentation": None,
        "severity": None,
    }

    control.post("/clock/advance", json={"seconds": 2})
    ((kind, payload),) = webhooks(receiver, 1, control)  # fired by the clock, before any read
    assert (kind, payload["final"], payload["status"]["overall"]) == ("IDENTIFICATION_EXPIRED", True, "EXPIRED")
    assert payload["scanRef"] == scan_ref and payload["startTime"] is None
    assert status_of(idenfy, scan_ref)["status"] == "EXPIRED"
    page = httpx.get(page_url(token))
    assert page.status_code == 200 and 'id="finished"' in page.text
    late = httpx.post(page_url(token), data={"decision": "approve"})
    assert late.status_code == 303 and late.headers["location"] == "https://shop.example/unverified"

    deleted = idenfy.post(DELETE, json={"scanRef": scan_ref})
    assert deleted.status_code == 200 and deleted.content == b""
    assert status_of(idenfy, scan_ref)["status"] == "DELETED"
    assert data_of(idenfy, scan_ref) == {**NO_DOCUMENT, "scanRef": scan_ref, "clientId": "100000"}
    assert idenfy.post(DELETE, json={"scanRef": scan_ref}).status_code == 200  # idempotent
    assert len(receiver.received) == 1


def test_expiry_is_also_observed_on_read(idenfy: httpx.Client, idv_emulator: EmulatorServer) -> None:
    scan_ref = create(idenfy, expiryTime=60)["scanRef"]
    idv_emulator.app.clock.advance(61)  # no tick: only the read can notice
    assert status_of(idenfy, scan_ref)["status"] == "EXPIRED"


def test_finished_verification_is_deleted_only_after_its_token_expired(
    idenfy: httpx.Client, receiver: WebhookReceiver, callback: str, control: httpx.Client
) -> None:
    token = create(idenfy, callbackUrl=callback, expiryTime=300)
    scan_ref = token["scanRef"]
    httpx.post(page_url(token), data={"decision": "approve"})
    assert idenfy.post(DELETE, json={"scanRef": scan_ref}).json()["identifier"] == "PARTNER_ERROR"
    control.post("/clock/advance", json={"seconds": 301})
    assert status_of(idenfy, scan_ref)["status"] == "APPROVED"  # a finished verification does not expire
    photo_url = webhooks(receiver, 2, control)[0][1]["fileUrls"]["FRONT"]
    assert idenfy.post(DELETE, json={"scanRef": scan_ref}).status_code == 200
    assert status_of(idenfy, scan_ref) == {
        "status": "DELETED",
        "scanRef": scan_ref,
        "clientId": "100000",
        "autoDocument": None,
        "autoFace": None,
        "manualDocument": None,
        "manualFace": None,
        "fraudTags": [],
        "mismatchTags": [],
    }
    assert data_of(idenfy, scan_ref)["docFirstName"] is None
    assert httpx.get(photo_url).status_code == 404  # the files went with the data
    assert len(receiver.received) == 2  # no IDENTIFICATION_EXPIRED for a finished verification


# -- webhooks -----------------------------------------------------------------------------


def test_webhook_redelivered_after_failures_and_events_stay_in_order(
    idenfy: httpx.Client, receiver: WebhookReceiver, callback: str, control: httpx.Client
) -> None:
    receiver.statuses.extend([500, 503])
    create(idenfy, callbackUrl=callback, dummyStatus="APPROVED")
    arrivals = webhooks(receiver, 4, control)
    assert [kind for kind, _ in arrivals] == ["IDENTIFICATION_AUTO_FINISHED"] * 3 + ["IDENTIFICATION_MANUAL_FINISHED"]
    assert len({r.body for r in receiver.received[:3]}) == 1  # the same event, redelivered byte for byte
    auto, manual = control.get("/webhooks", params={"provider": "idenfy"}).json()
    assert (auto["event"], auto["state"]) == ("IDENTIFICATION_AUTO_FINISHED", "delivered")
    assert [a["status"] for a in auto["attempts"]] == [500, 503, 200]
    assert (manual["event"], manual["state"]) == ("IDENTIFICATION_MANUAL_FINISHED", "delivered")
    assert [a["status"] for a in manual["attempts"]] == [200]


def test_webhook_given_up_after_five_attempts(
    idenfy: httpx.Client, receiver: WebhookReceiver, callback: str, control: httpx.Client
) -> None:
    receiver.statuses.extend([500] * 5)
    create(idenfy, callbackUrl=callback, dummyStatus="DENIED")
    arrivals = webhooks(receiver, 6, control)
    assert [kind for kind, _ in arrivals] == ["IDENTIFICATION_AUTO_FINISHED"] * 5 + ["IDENTIFICATION_MANUAL_FINISHED"]
    auto, manual = control.get("/webhooks", params={"provider": "idenfy"}).json()
    assert auto["state"] == "failed" and len(auto["attempts"]) == 5
    assert manual["state"] == "delivered"


def test_default_callback_url_and_signing_key_from_config(
    idenfy: httpx.Client, receiver: WebhookReceiver, control: httpx.Client
) -> None:
    create(idenfy, dummyStatus="APPROVED")  # no callbackUrl and none configured: nothing is sent
    assert control.post("/webhooks/wait", json={"timeout": 10}).json() == {"idle": True}
    assert control.get("/webhooks", params={"provider": "idenfy"}).json() == []

    configured = control.post("/idenfy/config", json={"callback_url": f"{receiver.url}/dashboard", "signing_key": "k2"})
    assert configured.status_code == 200
    assert configured.json() == {"callback_url": f"{receiver.url}/dashboard", "signing_key_set": True}
    create(idenfy, dummyStatus="APPROVED")
    create(idenfy, dummyStatus="DENIED", callbackUrl=f"{receiver.url}/own")  # the token's own URL wins
    receiver.wait_for(4)
    assert control.post("/webhooks/wait", json={"timeout": 10}).json() == {"idle": True}
    assert sorted(r.path for r in receiver.received) == ["/dashboard", "/dashboard", "/own", "/own"]
    for received in receiver.received:
        verified(received, key="k2")
    assert control.post("/idenfy/config", json={"webhook_url": "x"}).status_code == 400
    assert control.post("/idenfy/config", json={"signing_key": ""}).status_code == 400


# -- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "identifier", "message"),
    [
        ({}, "MISSING_VALUE", "Missing parameter: clientId."),
        ({"clientId": None}, "BAD_VALUE", "Bad value for parameter: clientId. "),
        ({"clientId": "x" * 101}, "BAD_VALUE", "Bad value for parameter: clientId. "),
        ({"firstName": "J0hn"}, "BAD_VALUE", "Bad value for parameter: firstName. "),
        ({"lastName": "Smith; DROP"}, "BAD_VALUE", "Bad value for parameter: lastName. "),
        ({"lastName": ""}, "BAD_VALUE", "Bad value for parameter: lastName. "),
        ({"successUrl": "http"}, "BAD_VALUE", "Bad value for parameter: successUrl. "),
        ({"locale": "xx"}, "BAD_VALUE", "Bad value for parameter: locale. "),
        ({"expiryTime": 0}, "BAD_VALUE", "Bad value for parameter: expiryTime. "),
        ({"expiryTime": 2592001}, "BAD_VALUE", "Bad value for parameter: expiryTime. "),
        ({"sessionLength": 60}, "BAD_VALUE", "Bad value for parameter: sessionLength. "),
        ({"sessionLength": 3600}, "BAD_VALUE", "Bad value for parameter: sessionLength. "),
        ({"country": "LTU"}, "BAD_VALUE", "Bad value for parameter: country. "),
        ({"documents": ["PASSPORT", "LIBRARY_CARD"]}, "BAD_VALUE", "Bad value for parameter: documents. "),
        ({"dateOfBirth": "1990-13-01"}, "BAD_VALUE", "Bad value for parameter: dateOfBirth. "),
        ({"sex": "X"}, "BAD_VALUE", "Bad value for parameter: sex. "),
        ({"address": "a" * 256}, "BAD_VALUE", "Bad value for parameter: address. "),
        ({"externalRef": "r" * 41}, "BAD_VALUE", "Bad value for parameter: externalRef. "),
        ({"tokenType": "SELFIE"}, "BAD_VALUE", "Bad value for parameter: tokenType. "),
        ({"dummyStatus": "REVIEWING"}, "BAD_VALUE", "Bad value for parameter: dummyStatus. "),
        ({"maxAttemptCount": -1}, "BAD_VALUE", "Bad value for parameter: maxAttemptCount. "),
        ({"callbackUrl": "http://hooks.example/cb"}, "BAD_VALUE", "Bad value for parameter: callbackUrl. "),
        ({"callbackUrl": "hooks.example/cb"}, "BAD_VALUE", "Bad value for parameter: callbackUrl. "),
        (
            {"utilityBill": True, "additionalSteps": {"ALL": {"UTILITY_BILL": {"type": "EXTRACT"}}}},
            "VALIDATION_ERROR",
            "utilityBill cannot be used together with additionalSteps.",
        ),
        (
            {"additionalData": {"UTILITY_BILL": {"ssn": "123-45-6789"}}},
            "VALIDATION_ERROR",
            "additionalData must be used together with additionalSteps.",
        ),
        (
            {"additionalData": {"UTILITY_BILL": {}}, "additionalSteps": None},
            "VALIDATION_ERROR",
            "additionalData must be used together with additionalSteps.",
        ),
        (
            {"generateDigitString": True, "expiryTime": 86401},
            "VALIDATION_ERROR",
            "expiryTime cannot exceed 86400 seconds",
        ),
    ],
)
def test_invalid_token_requests_get_400(
    idenfy: httpx.Client, body: dict[str, Any], identifier: str, message: str
) -> None:
    payload = body if not body or "clientId" in body else {"clientId": "100000", **body}
    reply = idenfy.post(TOKEN, json=payload)
    assert reply.status_code == 400, reply.text
    assert reply.headers["content-type"] == "application/json"
    assert reply.json()["identifier"] == identifier
    assert reply.json()["message"].startswith(message)


def test_valid_bounds_and_combinations_are_accepted(
    idenfy: httpx.Client, receiver: WebhookReceiver, control: httpx.Client
) -> None:
    create(idenfy, expiryTime=2592000, sessionLength=3599)
    create(idenfy, expiryTime=1, sessionLength=61, country="LT", nationality="lt")
    create(idenfy, firstName="Anne-Marie O'Neil Jr.")
    create(idenfy, utilityBill=False, additionalSteps={"ALL": {"UTILITY_BILL": {"type": "EXTRACT"}}})
    token = create(
        idenfy,
        callbackUrl=f"{receiver.url}/steps",
        additionalSteps={"ALL": {"UTILITY_BILL": {"type": "EXTRACT"}}, "LT": {"PROOF_OF_ADDRESS": {}}},
        additionalData={"UTILITY_BILL": {"ssn": "123-45-6789"}},
        dummyStatus="APPROVED",
    )
    _, auto = webhooks(receiver, 2, control)[0]
    assert auto["status"]["additionalSteps"] == "VALID"
    assert auto["additionalSteps"] == {"UTILITY_BILL": "EXTRACT", "PROOF_OF_ADDRESS": None}
    assert token["additionalData"] == {"UTILITY_BILL": {"ssn": "123-45-6789"}}
    assert create(idenfy, generateDigitString=True, expiryTime=86400)["digitString"] is not None


@pytest.mark.parametrize("path", [STATUS, DATA, DELETE])
def test_scan_ref_operations_errors(idenfy: httpx.Client, path: str) -> None:
    unknown = idenfy.post(path, json={"scanRef": "ec6a7108-8c26-11e9-9758-309c231b1bac"})
    assert unknown.status_code == 404
    assert unknown.json() == {
        "identifier": "BAD_VALUE",
        "message": "Verification with the given scanRef was not found.",
        "documentation": None,
        "severity": None,
    }
    missing = idenfy.post(path, json={})
    assert missing.status_code == 400
    assert missing.json()["identifier"] == "MISSING_VALUE"
    assert missing.json()["message"] == "Missing parameter: scanRef."
    for bad in ("x" * 41, 12345, None):
        reply = idenfy.post(path, json={"scanRef": bad})
        assert reply.status_code == 400 and reply.json()["identifier"] == "BAD_VALUE", bad


def test_transport_mistakes_get_idenfy_envelopes(idenfy: httpx.Client) -> None:
    json_type = {"content-type": "application/json"}
    cases = [
        (idenfy.post("/api/v2/nothing-here", json={}), 404, "BAD_VALUE"),
        (idenfy.get(TOKEN), 405, "METHOD_NOT_ALLOWED"),
        (idenfy.put(STATUS, json={"scanRef": "x"}), 405, "METHOD_NOT_ALLOWED"),
        (idenfy.post(TOKEN, content=b'{"clientId": ', headers=json_type), 400, "JSON_ERROR"),
        (idenfy.post(TOKEN, content=b'{"clientId": "\xff"}', headers=json_type), 400, "JSON_ERROR"),
        (idenfy.post(TOKEN, content=b"clientId=1", headers={"content-type": "text/plain"}), 415, "ENCODING_ERROR"),
        (idenfy.post(TOKEN, content=b"", headers=json_type), 400, "MISSING_VALUE"),
        (idenfy.post(TOKEN, json=["clientId"]), 400, "BAD_VALUE"),
        (idenfy.post(TOKEN, json={"clientId": "1", "padding": "x" * (1024 * 1024)}), 413, "BAD_VALUE"),
    ]
    for reply, status, identifier in cases:
        assert reply.status_code == status, reply.text
        assert reply.headers["content-type"] == "application/json"
        body = reply.json()
        assert body["identifier"] == identifier and isinstance(body["message"], str) and body["message"]
        assert "Traceback" not in reply.text
    assert cases[1][0].headers["allow"] == "POST"
    assert cases[3][0].json()["message"].startswith("Request body is not valid JSON: ")
    assert cases[6][0].json()["message"] == "Missing request body."


def test_hosted_page_mistakes(idenfy: httpx.Client, idv_emulator: EmulatorServer) -> None:
    base = f"{idv_emulator.url('idenfy')}/_pages/verification"
    assert httpx.get(base).status_code == 404
    assert httpx.get(base, params={"authToken": "nope"}).status_code == 404
    assert httpx.post(base, params={"authToken": "nope"}, data={"decision": "approve"}).status_code == 404
    token = create(idenfy)
    assert httpx.post(page_url(token), data={"decision": "maybe"}).status_code == 400
    assert status_of(idenfy, token["scanRef"])["status"] == "ACTIVE"
    assert httpx.get(f"{idv_emulator.url('idenfy')}/_files/{token['scanRef']}/FRONT.png").status_code == 404


# -- official-file fields, extra checks ---------------------------------------------------

OFFICIAL_ECHOED: dict[str, Any] = {
    "questionnaire": "onboarding",
    "riskAssessmentProfile": "0b7c4c38-5c7a-4c39-9d2f-6f1f6d7f1e21",
    "theme": "5d0e1f2a-3b4c-4d5e-8f60-718293a4b5c6",
    "registryCentersCountries": ["LT"],
    "checkAml": True,
    "checkLid": True,
    "checkCriminal": True,
    "verifyAddress": True,
    "verifyEmail": False,
}
OFFICIAL_REQUEST_ONLY: dict[str, Any] = {
    "questionnaireRequired": False,
    "nfcOptional": True,
    "ageLimit": 18,
    "ageMax": 99,
}


def test_official_fields_are_echoed_and_request_only_ones_stored(idenfy: httpx.Client, control: httpx.Client) -> None:
    token = create(idenfy, **OFFICIAL_ECHOED, **OFFICIAL_REQUEST_ONLY)
    assert {k: token[k] for k in OFFICIAL_ECHOED} == OFFICIAL_ECHOED
    assert not set(OFFICIAL_REQUEST_ONLY) & set(token)
    assert token["tokenType"] == "IDENTIFICATION" and token["clientId"] == "100000"
    assert not {"checkAml", "questionnaire", "theme"} & set(create(idenfy))
    for bad in ({"riskAssessmentProfile": "not-a-uuid"}, {"ageLimit": -1}, {"checkAml": "yes"}):
        reply = idenfy.post(TOKEN, json={"clientId": "100000", **bad})
        assert reply.status_code == 400 and reply.json()["identifier"] == "BAD_VALUE", bad


CHECK_FLAGS: dict[str, Any] = {
    "checkAml": True,
    "checkLid": True,
    "checkCriminal": True,
    "verifyAddress": True,
    "address": "Gedimino pr. 1, Vilnius",
    "riskAssessmentProfile": "0b7c4c38-5c7a-4c39-9d2f-6f1f6d7f1e21",
    "questionnaire": "onboarding",
    "registryCentersCountries": ["lt"],
    "verifyBank": True,
    "verifyBankAccounts": True,
    "verifyEmail": True,
    "verifyPhone": True,
    "checkDriverLicense": True,
    "bankCardVerification": True,
    "checkIpProxy": True,
    "checkDuplicateFaces": True,
    "checkDuplicateDocFaces": True,
}
CHECK_BLOCKS = {
    "AML",
    "amlCheck",
    "LID",
    "CRIMINAL_CHECK",
    "registryCenterCheck",
    "addressVerification",
    "questionnaireAnswers",
    "riskAssessment",
    "bankVerification",
    "emailVerification",
    "phoneVerification",
    "driverLicenseCheck",
    "bankCardVerification",
}


def test_requested_checks_report_their_result_blocks(
    idenfy: httpx.Client, receiver: WebhookReceiver, callback: str, control: httpx.Client
) -> None:
    token = create(idenfy, callbackUrl=callback, **CHECK_FLAGS)
    scan_ref = token["scanRef"]
    before = data_of(idenfy, scan_ref)  # requested, not run yet: null
    assert {k: before[k] for k in CHECK_BLOCKS} == dict.fromkeys(CHECK_BLOCKS)
    assert before["clientIpProxyRiskLevel"] is None and before["duplicateFaces"] is None

    finished = control.post("/idenfy/outcome", json={"id": scan_ref, "outcome": "SUSPECTED", "tag": "AML_SUSPECTION"})
    assert finished.status_code == 200, finished.text
    (_, auto), (_, manual) = webhooks(receiver, 2, control)  # each checked against the spec schema
    data = data_of(idenfy, scan_ref)
    for where in (auto, manual, data):
        assert set(where) >= CHECK_BLOCKS
        assert [(r["serviceName"], r["status"]["overallStatus"]) for r in where["AML"]] == [
            ("AML_NAMES_CHECK", "SUSPECTED")
        ]
        assert where["amlCheck"]["overallStatus"] == "SUSPECTED"
        assert where["LID"][0]["serviceName"] == "LID" and where["LID"][0]["status"]["overallStatus"] == "NOT_SUSPECTED"
        assert where["LID"][0]["data"][0]["documentNumber"] == "123456"
        assert where["CRIMINAL_CHECK"][0]["serviceGroupType"] == "CRIMINAL_CHECK"
        assert where["registryCenterCheck"]["resourceType"] == "LithuaniaRegistryCenterCheck"
        assert where["addressVerification"]["address"] == "Gedimino pr. 1, Vilnius"
        assert where["addressVerification"]["status"] == "VERIFIED"
        assert where["questionnaireAnswers"]["title"] == "onboarding"
        assert where["riskAssessment"]["riskLevel"] == "HIGH"
        assert len(where["bankVerification"]["accounts"]) == 1
        assert where["emailVerification"]["emailVerified"] is True
        assert where["bankCardVerification"]["status"] == "MATCH"
    for document in (auto["data"], data):
        assert document["clientIpProxyRiskLevel"] == "LOW"
        assert document["duplicateFaces"] == [] and document["duplicateDocFaces"] == []
    assert auto["status"]["fraudTags"] == ["AML_SUSPECTION"]


def test_seed_fraud_services_run_their_services(
    idenfy: httpx.Client, receiver: WebhookReceiver, callback: str, control: httpx.Client
) -> None:
    token = create(idenfy, callbackUrl=callback, fraudServices=["AML_NEWS", "LID"], dummyStatus="APPROVED")
    _, auto = webhooks(receiver, 2, control)[0]
    assert [r["serviceName"] for r in auto["AML"]] == ["AML_NEWS"]
    assert auto["LID"][0]["status"]["overallStatus"] == "NOT_SUSPECTED"
    assert "amlCheck" not in auto and "CRIMINAL_CHECK" not in auto
    assert "AML" in data_of(idenfy, token["scanRef"])


# -- list, request-information -----------------------------------------------------------

LIST = "/kyc/identifications/"


def request_information(scan_ref: str) -> str:
    return f"/kyc/identifications/{scan_ref}/request-information/"


def test_list_is_paged_newest_first_and_filtered_by_client(
    idenfy: httpx.Client, idv_emulator: EmulatorServer, control: httpx.Client
) -> None:
    refs = [create(idenfy, clientId="lister")["scanRef"] for _ in range(5)]
    other = create(idenfy, clientId="someone-else", dummyStatus="SUSPECTED")["scanRef"]
    base = f"{idv_emulator.url('idenfy')}/kyc/identifications/"

    first = idenfy.get(LIST, params={"clientId": "lister", "perPage": 2})
    assert first.status_code == 200
    assert first.json() == {
        "count": 5,
        "next": f"{base}?clientId=lister&page=2&perPage=2",
        "previous": None,
        "results": [{"scanRef": ref, "status": "ACTIVE", "suspected": False} for ref in refs[::-1][:2]],
    }
    middle = idenfy.get(LIST, params={"clientId": "lister", "page": 2, "perPage": 2}).json()
    assert [r["scanRef"] for r in middle["results"]] == refs[::-1][2:4]
    assert middle["previous"] == f"{base}?clientId=lister&page=1&perPage=2"
    last = idenfy.get(LIST, params={"clientId": "lister", "page": 3, "perPage": 2}).json()
    assert [r["scanRef"] for r in last["results"]] == refs[:1] and last["next"] is None
    # Following `next` walks the whole list.
    walked, url = [], first.json()["next"]
    while url:
        page = idenfy.get(url).json()
        walked += [r["scanRef"] for r in page["results"]]
        url = page["next"]
    assert walked == refs[::-1][2:]

    past = idenfy.get(LIST, params={"clientId": "lister", "page": 4, "perPage": 2})
    assert past.status_code == 404
    assert past.json() == {
        "identifier": "BAD_VALUE",
        "message": "Invalid page.",
        "documentation": None,
        "severity": None,
    }
    everyone = idenfy.get(LIST).json()  # default page size 10, every client
    assert everyone["count"] == 6 and everyone["next"] is None
    assert everyone["results"][0] == {"scanRef": other, "status": "SUSPECTED", "suspected": True}
    empty = idenfy.get(LIST, params={"clientId": "nobody"})
    assert empty.status_code == 200 and empty.json() == {"count": 0, "next": None, "previous": None, "results": []}
    assert idenfy.get(LIST, params={"clientId": "nobody", "page": 2}).status_code == 404
    for bad in ({"page": 0}, {"perPage": 0}, {"page": "two"}):
        reply = idenfy.get(LIST, params=bad)
        assert reply.status_code == 400 and reply.json()["identifier"] == "BAD_VALUE", bad
    assert httpx.get(f"{base}").status_code == 401


def test_request_information_reopens_a_finished_verification(
    idenfy: httpx.Client, receiver: WebhookReceiver, callback: str, control: httpx.Client, idv_emulator: EmulatorServer
) -> None:
    token = create(idenfy, callbackUrl=callback)
    scan_ref = token["scanRef"]
    in_progress = idenfy.post(request_information(scan_ref), json={})
    assert in_progress.status_code == 400 and in_progress.json()["identifier"] == "PARTNER_ERROR"

    assert httpx.post(page_url(token), data={"decision": "decline"}).status_code == 303
    assert [p["status"]["overall"] for _, p in webhooks(receiver, 2, control)] == ["DENIED", "DENIED"]

    reopened = idenfy.post(request_information(scan_ref), json={"lifetime": 600, "questionnaire": "more-info"})
    assert reopened.status_code == 200
    session = reopened.json()
    assert set(session) == {"sessionUrl", "tokenString"}
    assert re.fullmatch("[A-Za-z0-9]{40}", session["tokenString"])
    assert session["tokenString"] != token["authToken"]
    assert session["sessionUrl"] == (
        f"{idv_emulator.url('idenfy')}/_pages/verification?authToken={session['tokenString']}"
    )
    status = status_of(idenfy, scan_ref)
    assert (status["status"], status["autoFace"], status["manualFace"]) == ("ACTIVE", None, None)
    assert data_of(idenfy, scan_ref)["docFirstName"] is None
    assert httpx.get(page_url(token)).status_code == 404  # the old link no longer opens it
    page = httpx.get(session["sessionUrl"])
    assert page.status_code == 200 and 'id="approve"' in page.text

    assert httpx.post(session["sessionUrl"], data={"decision": "approve"}).status_code == 303
    receiver.wait_for(4)
    assert control.post("/webhooks/wait", json={"timeout": 30}).json() == {"idle": True}
    again = [verified(r) for r in receiver.received[2:]]
    assert [(kind, p["status"]["overall"], p["scanRef"]) for kind, p in again] == [
        ("IDENTIFICATION_AUTO_FINISHED", "APPROVED", scan_ref),
        ("IDENTIFICATION_MANUAL_FINISHED", "APPROVED", scan_ref),
    ]
    assert again[1][1]["questionnaireAnswers"]["title"] == "more-info"  # the new session's check
    state = control.get("/state").json()["providers"]["idenfy"]["verifications"][scan_ref]
    assert state["history"] == ["ACTIVE", "DENIED", "DENIED", "ACTIVE", "APPROVED", "APPROVED"]
    # The reopened session's body asks for a card check: it compares the expected digits.
    card = create(idenfy, callbackUrl=callback, dummyStatus="APPROVED")["scanRef"]
    receiver.wait_for(6)
    body = {"bankCardVerification": True, "bankCardExpectedLastFour": "4242"}
    card_session = idenfy.post(request_information(card), json=body).json()
    assert httpx.post(card_session["sessionUrl"], data={"decision": "approve"}).status_code == 303
    receiver.wait_for(8)
    assert control.post("/webhooks/wait", json={"timeout": 30}).json() == {"idle": True}
    _, card_result = verified(receiver.received[-1])
    assert card_result["bankCardVerification"]["status"] == "NO_MATCH"
    assert card_result["bankCardVerification"]["noMatchReason"] == "NUMBER_MISMATCH"
    assert card_result["bankCardVerification"]["lastFourMatch"] is False
    # A body is optional; an expired verification can be reopened too.
    expired = create(idenfy, dummyStatus="EXPIRED")["scanRef"]
    assert idenfy.post(request_information(expired)).status_code == 200
    assert status_of(idenfy, expired)["status"] == "ACTIVE"


def test_request_information_errors(idenfy: httpx.Client) -> None:
    unknown = idenfy.post(request_information("ec6a7108-8c26-11e9-9758-309c231b1bac"), json={})
    assert unknown.status_code == 404 and unknown.json()["identifier"] == "BAD_VALUE"
    scan_ref = create(idenfy, dummyStatus="APPROVED")["scanRef"]
    for bad in ({"lifetime": -1}, {"lifetime": 2592001}, {"bankCardExpectedLastFour": "12345"}, {"questionnaire": ""}):
        reply = idenfy.post(request_information(scan_ref), json=bad)
        assert reply.status_code == 400 and reply.json()["identifier"] == "BAD_VALUE", bad
    assert status_of(idenfy, scan_ref)["status"] == "APPROVED"
    broken = idenfy.post(request_information(scan_ref), content=b"{", headers={"content-type": "application/json"})
    assert broken.status_code == 400 and broken.json()["identifier"] == "JSON_ERROR"


# -- auth ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("auth", "header", "why"),
    [
        (None, None, "no credentials"),
        (("idenfy-key", "wrong"), None, "wrong secret"),
        (("wrong", "idenfy-secret"), None, "wrong key"),
        (CREDENTIALS["hopae"], None, "another provider's credentials"),
        (None, "Bearer idenfy-secret", "not Basic"),
        (None, "Basic !!!not-base64", "garbled Basic"),
    ],
)
def test_bad_credentials_get_401(
    idv_emulator: EmulatorServer, auth: tuple[str, str] | None, header: str | None, why: str
) -> None:
    headers = {"authorization": header} if header else {}
    with spec_client(idv_emulator, "idenfy", auth=auth, headers=headers) as client:
        reply = client.post(TOKEN, json={"clientId": "100000"})
    assert reply.status_code == 401, why
    assert reply.json()["identifier"] == "UNAUTHORIZED"
    assert reply.headers["www-authenticate"].startswith("Basic")
    assert idv_emulator.control("GET", "state")["providers"]["idenfy"]["verifications"] == {}


# -- control API, faults ------------------------------------------------------------------


def test_state_dump_and_seeded_ids(idenfy: httpx.Client, control: httpx.Client) -> None:
    control.post("/seed", json={"seed": 7})
    first = create(idenfy)
    control.post("/seed", json={"seed": 7})
    second = create(idenfy)
    assert (first["scanRef"], first["authToken"]) == (second["scanRef"], second["authToken"])
    state = control.get("/state").json()["providers"]["idenfy"]
    assert list(state["verifications"]) == [second["scanRef"]]
    entry = state["verifications"][second["scanRef"]]
    assert entry["history"] == ["ACTIVE"] and entry["authToken"] == second["authToken"]
    assert entry["tokenExpired"] is False and state["callback_url"] is None


def test_injected_faults(idenfy: httpx.Client, control: httpx.Client) -> None:
    added = control.post(
        "/faults",
        json={"provider": "idenfy", "operation_id": "create_token", "status": 429, "retry_after": "3", "count": 2},
    )
    assert added.status_code == 201
    for _ in range(2):
        limited = idenfy.post(TOKEN, json={"clientId": "100000"})
        assert limited.status_code == 429 and limited.headers["retry-after"] == "3"
        assert limited.json()["identifier"] == "TOO_MANY_REQUESTS"
        assert limited.json()["message"] == "Request limit exceeded."
    scan_ref = create(idenfy)["scanRef"]  # count exhausted

    control.post("/faults", json={"provider": "idenfy", "path": "^/api/v2/status$", "status": 503, "count": 1})
    unavailable = idenfy.post(STATUS, json={"scanRef": scan_ref})
    assert unavailable.status_code == 503 and unavailable.json()["identifier"] == "INTERNAL_ERROR"
    assert status_of(idenfy, scan_ref)["status"] == "ACTIVE"

    control.post("/faults", json={"provider": "idenfy", "drop": True, "count": 1})
    with pytest.raises(httpx.RemoteProtocolError):
        idenfy.post(STATUS, json={"scanRef": scan_ref})
    assert status_of(idenfy, scan_ref)["status"] == "ACTIVE"
