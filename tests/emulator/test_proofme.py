"""Proofme emulator, over HTTP: lifecycle, MyPage, data, errors, auth, webhooks, clock, faults."""

from __future__ import annotations

import base64
import functools
import json
import re
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from openapi_core import Config, OpenAPI
from openapi_core.deserializing.media_types.util import json_loads

from idv_emulator import EmulatorConfig, EmulatorServer
from tests.emulator.conftest import CREDENTIALS, spec_client
from tests.support import spec_responses
from tests.support.receiver import WebhookReceiver, running_receiver

API_KEY = "proofme_test_key"
OTHER_KEY = "proofme_other_organisation_key"
PROOFME_ID = "03682de3-b51c-451c-b50e-1977a332c9f2"  # the seed page's Proofme
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$")
UNAUTHORIZED = "Missing authentication, or failed to authenticate"


_openapi_for = spec_responses.openapi_for


@functools.cache
def _proofme_openapi() -> OpenAPI:
    config = Config(extra_media_type_deserializers={"application/hal+json": json_loads})
    return OpenAPI(_openapi_for("proofme").spec, config=config)


@pytest.fixture(autouse=True)
def _hal_json_is_json(monkeypatch: pytest.MonkeyPatch) -> None:
    """openapi-core 0.23 parses only application/json and application/vnd.api+json bodies, so
    every Proofme error (application/hal+json) would fail validation as "not an object".
    Until tests/support/spec_responses.py registers the media type itself, this file
    validates with an OpenAPI object that parses hal+json as JSON."""
    monkeypatch.setattr(
        spec_responses,
        "openapi_for",
        lambda provider: _proofme_openapi() if provider == "proofme" else _openapi_for(provider),
    )


@pytest.fixture
def proofme(idv_emulator: EmulatorServer) -> Iterator[httpx.Client]:
    with spec_client(idv_emulator, "proofme", headers={"authorization": API_KEY}) as client:
        yield client


def create(client: httpx.Client, **body: Any) -> dict[str, Any]:
    reply = client.post("/v1/identification", json={"proofmeId": PROOFME_ID, **body})
    assert reply.status_code == 201, reply.text
    assert reply.headers["content-type"] == "application/json"
    identification: dict[str, Any] = reply.json()["identification"]
    return identification


def get(client: httpx.Client, identification_id: str) -> dict[str, Any]:
    reply = client.get(f"/v1/identification/{identification_id}")
    assert reply.status_code == 200, reply.text
    identification: dict[str, Any] = reply.json()["identification"]
    return identification


def get_data(client: httpx.Client, identification_id: str) -> dict[str, Any]:
    reply = client.get(f"/v1/identification/data/{identification_id}")
    assert reply.status_code == 200, reply.text
    identification: dict[str, Any] = reply.json()["identification"]
    return identification


def assert_error(reply: httpx.Response, status: int, title: str, field: str | None = None) -> dict[str, Any]:
    """The hal+json envelope, exactly: status repeated, title, detail, field only on 422, _links."""
    assert reply.status_code == status, reply.text
    assert reply.headers["content-type"] == "application/hal+json"
    body: dict[str, Any] = reply.json()
    expected_keys = {"status", "title", "detail", "_links"} | ({"field"} if field else set())
    assert set(body) == expected_keys
    assert body["status"] == status
    assert body["title"] == title
    assert isinstance(body["detail"], str) and body["detail"]
    assert body.get("field") == field
    assert body["_links"]["documentation"]["type"] == "text/html"
    assert body["_links"]["documentation"]["href"].startswith("https://docs.proofme.id/")
    return body


def crc24(data: bytes) -> int:
    """RFC 4880 §6.1, written independently of the emulator's."""
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def moment(text: str) -> datetime:
    assert TIMESTAMP.match(text), text
    return datetime.fromisoformat(text)


# -- creation -----------------------------------------------------------------------------


def test_form_create_as_in_the_seed_curl_example(proofme: httpx.Client, idv_emulator: EmulatorServer) -> None:
    reply = proofme.post(
        "/v1/identification",
        data={
            "description": "New description",
            "proofmeId": PROOFME_ID,
            "redirectUrl": "https://your-application.example.org/redirect/",
            "webhookUrl": "https://your-application.example.org/webhook/",
            "metadata": '{"my-data": 12345}',
            "testmode": "true",
        },
    )
    assert reply.status_code == 201
    identification = reply.json()["identification"]
    identification_id = identification["id"]
    assert uuid.UUID(identification_id).version == 4
    assert uuid.UUID(identification["organisationId"])
    dynamic = {"id", "organisationId", "myPageUrl", "createdAt", "updatedAt"}
    assert {k: v for k, v in identification.items() if k not in dynamic} == {
        "proofmeId": PROOFME_ID,
        "proofmeRevision": 1,
        "description": "New description",
        "isRequest": True,
        "status": "PENDING",
        "redirectUrl": "https://your-application.example.org/redirect/",
        "webhookUrl": "https://your-application.example.org/webhook/",
        "metadata": {"my-data": 12345},  # the form's JSON string comes back parsed
        "mode": "test",
        "notify": None,
        "scannedAt": None,
    }
    assert identification["myPageUrl"] == f"{idv_emulator.url('proofme')}/_pages/identifications/{identification_id}"
    assert moment(identification["createdAt"]) == moment(identification["updatedAt"])
    assert abs(moment(identification["createdAt"]).timestamp() - time.time()) < 5
    assert "proofme" not in identification  # only GET responses nest the configuration


def test_json_create_defaults_truncation_and_metadata(proofme: httpx.Client) -> None:
    minimal = create(proofme)
    assert minimal["mode"] == "live"  # testmode defaults to false
    assert minimal["description"] is None
    assert minimal["redirectUrl"] is None and minimal["webhookUrl"] is None
    assert minimal["metadata"] is None and minimal["notify"] is None

    long_text = "".join(str(n % 10) for n in range(300))
    truncated = create(proofme, description=long_text, testmode=False)
    assert truncated["description"] == long_text[:255]  # truncated, not rejected
    assert truncated["mode"] == "live"
    assert create(proofme, description="é" * 255)["description"] == "é" * 255

    notify = {"hashedPhonenumber": "4c0fe29edc91206df827fb98262f09429ddc0e650ae498f2f06bec1b36563dc1"}
    as_json = create(proofme, metadata='{"kept": "as a string"}', notify=notify, testmode=True)
    assert as_json["metadata"] == '{"kept": "as a string"}'  # JSON bodies keep the value as sent
    assert as_json["notify"] == notify
    assert as_json["mode"] == "test"
    assert create(proofme, metadata=[1, "two", None])["metadata"] == [1, "two", None]

    not_json = proofme.post("/v1/identification", data={"proofmeId": PROOFME_ID, "metadata": "order 1234"})
    assert not_json.status_code == 201
    assert not_json.json()["identification"]["metadata"] == "order 1234"  # not JSON: kept as text
    number = proofme.post("/v1/identification", data={"proofmeId": PROOFME_ID, "metadata": "42"})
    assert number.json()["identification"]["metadata"] == 42


def test_organisation_is_fixed_per_api_key_and_isolates_identifications(
    idv_emulator: EmulatorServer, proofme: httpx.Client, control: httpx.Client
) -> None:
    first = create(proofme)
    assert create(proofme)["organisationId"] == first["organisationId"]
    configured = control.post("/proofme/config", json={"api_keys": [OTHER_KEY]})
    assert configured.status_code == 200
    assert configured.json()["organisations"][0] == first["organisationId"]
    with spec_client(idv_emulator, "proofme", headers={"authorization": OTHER_KEY}) as other:
        theirs = create(other, description="other organisation")
        assert theirs["organisationId"] != first["organisationId"]
        assert theirs["organisationId"] == configured.json()["organisations"][1]
        assert_error(other.get(f"/v1/identification/{first['id']}"), 404, "Not Found")
        assert_error(other.delete(f"/v1/identification/{first['id']}"), 404, "Not Found")
        assert other.get("/v1/identification").json()["count"] == 1
    assert_error(proofme.get(f"/v1/identification/data/{theirs['id']}"), 404, "Not Found")
    assert proofme.get("/v1/identification").json()["count"] == 2

    idv_emulator.reset()  # the organisation follows the key, not the emulator's state
    assert create(proofme)["organisationId"] == first["organisationId"]


def test_unknown_proofme_is_422_until_registered(proofme: httpx.Client, control: httpx.Client) -> None:
    unknown = str(uuid.uuid4())
    body = assert_error(
        proofme.post("/v1/identification", json={"proofmeId": unknown}), 422, "Unprocessable Entity", "proofmeId"
    )
    assert body["detail"] == "The proofmeId is invalid"
    assert_error(
        proofme.post("/v1/identification", data={"proofmeId": "not-a-uuid"}), 422, "Unprocessable Entity", "proofmeId"
    )

    reply = control.post("/proofme/config", json={"proofmes": [{"id": unknown.upper(), "name": "KYC", "revision": 3}]})
    assert reply.status_code == 200 and unknown in reply.json()["proofmes"]
    registered = create(proofme, proofmeId=unknown)
    assert registered["proofmeId"] == unknown and registered["proofmeRevision"] == 3
    nested = get(proofme, registered["id"])["proofme"]
    assert nested["id"] == unknown and nested["name"] == "KYC" and nested["revision"] == 3
    assert nested["organisationId"] == registered["organisationId"]

    assert control.post("/proofme/config", json={"accept_any_proofme": True}).status_code == 200
    anything = str(uuid.uuid4())
    assert create(proofme, proofmeId=anything)["proofmeId"] == anything
    assert control.post("/proofme/config", json={"bogus": 1}).status_code == 400
    assert control.post("/proofme/config", json={"proofmes": [{"id": "x"}]}).status_code == 400


# -- lifecycle ----------------------------------------------------------------------------


def test_approved_on_mypage_with_webhook_and_encrypted_data(
    proofme: httpx.Client, receiver: WebhookReceiver, control: httpx.Client
) -> None:
    created = create(
        proofme,
        description="order-1234",
        redirectUrl="https://shop.example/return?order=1234",
        webhookUrl=f"{receiver.url}/proofme/webhook?order=1234",
    )
    identification_id = created["id"]
    pending = get_data(proofme, identification_id)
    assert pending["status"] == "PENDING" and pending["identificationData"] is None

    page = httpx.get(created["myPageUrl"])
    assert page.status_code == 200
    assert 'id="approve"' in page.text and 'id="decline"' in page.text
    assert f'action="/proofme/_pages/identifications/{identification_id}"' in page.text
    assert "Age check" in page.text and "order-1234" in page.text
    scanned = get(proofme, identification_id)
    assert scanned["status"] == "PENDING"
    assert moment(scanned["scannedAt"]) == moment(scanned["updatedAt"])
    assert scanned["proofme"] == {
        "id": PROOFME_ID,
        "name": "Age check",
        "organisationId": created["organisationId"],
        "requestedCredentials": [{"key": "OVER_18", "provider": "EPASSPORT", "required": True}],
        "purpose": "Verify that you are over 18.",
        "storage": "PROOFME",
        "revision": 1,
    }
    assert control.get("/webhooks", params={"provider": "proofme"}).json() == []  # a scan is no status change

    done = httpx.post(created["myPageUrl"], data={"decision": "approve"})
    assert done.status_code == 303
    assert done.headers["location"] == "https://shop.example/return?order=1234"  # exactly as given

    finished = get_data(proofme, identification_id)
    assert finished["status"] == "SUCCESS"
    data = finished["identificationData"]
    assert set(data) == {
        "id",
        "identificationId",
        "encryptedData",
        "encryptedEncryptionSecret",
        "storage",
        "additionalInfo",
        "destroyDate",
        "encryptionMode",
        "createdAt",
        "updatedAt",
    }
    assert data["identificationId"] == identification_id and uuid.UUID(data["id"])
    assert data["encryptionMode"] == "GCM" and data["storage"] == "PROOFME" and data["additionalInfo"] == []
    assert len(base64.b64decode(data["encryptedData"], validate=True)) == 12 + 384 + 16
    armour = data["encryptedEncryptionSecret"]
    lines = armour.split("\n")
    assert lines[:2] == ["-----BEGIN PGP MESSAGE-----", ""] and lines[-2:] == ["-----END PGP MESSAGE-----", ""]
    assert lines[-3].startswith("=")
    packets = base64.b64decode("".join(lines[2:-3]), validate=True)
    assert packets[0] == 0xC1  # an OpenPGP public-key encrypted session key packet comes first
    assert base64.b64decode(lines[-3][1:]) == crc24(packets).to_bytes(3, "big")
    assert moment(data["destroyDate"]) - moment(data["createdAt"]) == timedelta(days=31)
    assert moment(data["createdAt"]) == moment(finished["updatedAt"])

    (arrival,) = receiver.wait_for(1)
    assert arrival.path == "/proofme/webhook?order=1234"
    assert json.loads(arrival.body) == {"id": identification_id}  # the id only, no status
    assert arrival.headers["content-type"] == "application/json"
    assert not [name for name in arrival.headers if "signature" in name or name.startswith("x-proofme")]

    again = httpx.get(created["myPageUrl"])
    assert 'id="finished"' in again.text and 'id="approve"' not in again.text
    assert httpx.post(created["myPageUrl"], data={"decision": "decline"}).status_code == 303
    assert get(proofme, identification_id)["status"] == "SUCCESS"  # a finished one never changes
    assert control.post("/webhooks/wait", json={"timeout": 10}).json() == {"idle": True}
    assert len(receiver.received) == 1


def test_declined_without_redirect_shows_result_page(proofme: httpx.Client, control: httpx.Client) -> None:
    created = create(proofme)
    done = httpx.post(created["myPageUrl"], data={"decision": "decline"})
    assert done.status_code == 200
    assert '<h1 id="result">FAILED</h1>' in done.text
    failed = get_data(proofme, created["id"])
    assert failed["status"] == "FAILED"
    assert moment(failed["scannedAt"]) == moment(failed["updatedAt"])
    assert failed["identificationData"]["identificationId"] == created["id"]
    assert control.get("/webhooks", params={"provider": "proofme"}).json() == []  # no webhookUrl, no call


def test_mypage_errors(proofme: httpx.Client, idv_emulator: EmulatorServer) -> None:
    created = create(proofme)
    unknown = f"{idv_emulator.url('proofme')}/_pages/identifications/{uuid.uuid4()}"
    assert httpx.get(unknown).status_code == 404
    assert httpx.post(unknown, data={"decision": "approve"}).status_code == 404
    assert httpx.post(created["myPageUrl"], data={"decision": "maybe"}).status_code == 400
    assert httpx.post(created["myPageUrl"]).status_code == 400
    assert get(proofme, created["id"])["status"] == "PENDING"


def test_revoke_only_while_pending(proofme: httpx.Client, receiver: WebhookReceiver, control: httpx.Client) -> None:
    created = create(proofme, webhookUrl=f"{receiver.url}/hook")
    revoked = proofme.delete(f"/v1/identification/{created['id']}")
    assert revoked.status_code == 200
    assert revoked.json() == {"message": "REVOKE_SUCCESSFUL"}
    after = get_data(proofme, created["id"])  # revoked, not deleted
    assert after["status"] == "REVOKED" and after["identificationData"] is None
    (arrival,) = receiver.wait_for(1)
    assert json.loads(arrival.body) == {"id": created["id"]}

    twice = assert_error(proofme.delete(f"/v1/identification/{created['id']}"), 409, "Conflict")
    assert twice["detail"] == "The identification is already revoked and can no longer be revoked."
    page = httpx.get(created["myPageUrl"])
    assert 'id="finished"' in page.text
    assert httpx.post(created["myPageUrl"], data={"decision": "approve"}).status_code == 200
    assert get(proofme, created["id"])["status"] == "REVOKED"

    finished = create(proofme)
    assert control.post("/proofme/outcome", json={"id": finished["id"], "outcome": "approve"}).status_code == 200
    late = assert_error(proofme.delete(f"/v1/identification/{finished['id']}"), 409, "Conflict")
    assert late["detail"] == "The identification is SUCCESS and can no longer be revoked."
    assert control.post("/webhooks/wait", json={"timeout": 10}).json() == {"idle": True}
    assert len(receiver.received) == 1


def test_control_outcomes(proofme: httpx.Client, control: httpx.Client, receiver: WebhookReceiver) -> None:
    hook = f"{receiver.url}/hook"
    scanned = create(proofme)
    reply = control.post("/proofme/outcome", json={"id": scanned["id"], "outcome": "scan"})
    assert reply.status_code == 200
    assert reply.json()["identification"]["status"] == "PENDING"
    assert reply.json()["identification"]["scannedAt"] is not None

    outcomes = {"success": "SUCCESS", "failed": "FAILED", "REVOKED": "REVOKED", "Decline": "FAILED"}
    ids = []
    for outcome, status in outcomes.items():
        identification = create(proofme, webhookUrl=hook)
        ids.append(identification["id"])
        reply = control.post("/proofme/outcome", json={"id": identification["id"], "outcome": outcome})
        assert reply.status_code == 200, reply.text
        assert reply.json()["identification"]["status"] == status
        assert get(proofme, identification["id"])["status"] == status
    arrivals = receiver.wait_for(4)
    assert sorted(json.loads(a.body)["id"] for a in arrivals) == sorted(ids)

    again = control.post("/proofme/outcome", json={"id": ids[0], "outcome": "decline"})
    assert again.status_code == 409
    bad = control.post("/proofme/outcome", json={"id": ids[0], "outcome": "maybe"})
    assert bad.status_code == 400
    missing = control.post("/proofme/outcome", json={"id": str(uuid.uuid4()), "outcome": "approve"})
    assert missing.status_code == 404


# -- listing ------------------------------------------------------------------------------


def test_list_sorts_pages_and_searches(proofme: httpx.Client) -> None:
    made = [create(proofme, description=text) for text in ("Order-B", "order-a", "Invoice 7", "order-c")]
    made.append(create(proofme))  # no description
    ids = [m["id"] for m in made]

    everything = proofme.get("/v1/identification").json()
    assert everything["count"] == 5
    assert [r["id"] for r in everything["rows"]] == ids[::-1]  # createdAt DESC by default
    assert everything["rows"][0] == made[-1]

    ascending = proofme.get("/v1/identification", params={"sortColumn": "createdAt", "sortDirection": "ASC"})
    assert [r["id"] for r in ascending.json()["rows"]] == ids
    by_description = proofme.get("/v1/identification", params={"sortColumn": "description", "sortDirection": "ASC"})
    assert [r["description"] for r in by_description.json()["rows"]] == [
        None,
        "Invoice 7",
        "Order-B",
        "order-a",
        "order-c",
    ]
    by_id = proofme.get("/v1/identification", params={"sortColumn": "id", "sortDirection": "DESC"}).json()
    assert [r["id"] for r in by_id["rows"]] == sorted(ids, reverse=True)

    page = proofme.get("/v1/identification", params={"sortDirection": "ASC", "offset": 1, "limit": 2}).json()
    assert page["count"] == 5
    assert [r["id"] for r in page["rows"]] == ids[1:3]
    beyond = proofme.get("/v1/identification", params={"offset": 10, "limit": 5}).json()
    assert beyond == {"count": 5, "rows": []}

    found = proofme.get("/v1/identification", params={"search": "ORDER", "sortDirection": "ASC"}).json()
    assert found["count"] == 3
    assert [r["description"] for r in found["rows"]] == ["Order-B", "order-a", "order-c"]
    limited = proofme.get("/v1/identification", params={"search": "order", "limit": 1}).json()
    assert limited["count"] == 3 and [r["description"] for r in limited["rows"]] == ["order-c"]
    by_id_text = proofme.get("/v1/identification", params={"search": ids[2][:13]}).json()
    assert [r["id"] for r in by_id_text["rows"]] == [ids[2]]
    assert proofme.get("/v1/identification", params={"search": "nothing"}).json() == {"count": 0, "rows": []}

    proofme.delete(f"/v1/identification/{ids[0]}")
    by_status = proofme.get("/v1/identification", params={"sortColumn": "status", "sortDirection": "DESC"}).json()
    assert by_status["rows"][0]["id"] == ids[0] and by_status["rows"][0]["status"] == "REVOKED"


@pytest.mark.parametrize(
    "params",
    [
        {"sortColumn": "name"},
        {"sortDirection": "asc"},
        {"limit": 0},
        {"limit": "ten"},
        {"offset": -1},
    ],
)
def test_list_rejects_bad_query_parameters_with_400(proofme: httpx.Client, params: dict[str, Any]) -> None:
    body = assert_error(proofme.get("/v1/identification", params=params), 400, "Bad Request")
    assert next(iter(params)) in body["detail"]


# -- errors and auth ----------------------------------------------------------------------


def test_body_mistakes_get_400_422_415_413(proofme: httpx.Client) -> None:
    json_type = {"content-type": "application/json"}
    assert_error(proofme.post("/v1/identification", content=b"{nope", headers=json_type), 400, "Bad Request")
    assert_error(proofme.post("/v1/identification", json=[PROOFME_ID]), 400, "Bad Request")
    assert_error(proofme.post("/v1/identification", json="proofmeId"), 400, "Bad Request")
    no_body = assert_error(proofme.post("/v1/identification"), 422, "Unprocessable Entity", "proofmeId")
    assert no_body["detail"] == "The proofmeId is required"
    assert_error(proofme.post("/v1/identification", json={}), 422, "Unprocessable Entity", "proofmeId")
    assert_error(
        proofme.post("/v1/identification", data={"description": "no id"}), 422, "Unprocessable Entity", "proofmeId"
    )
    invalid = [
        ({"testmode": "yes"}, "testmode"),
        ({"description": 5}, "description"),
        ({"proofmeId": 5}, "proofmeId"),
        ({"notify": {"hashedEmail": 5}}, "notify.hashedEmail"),
        ({"notify": "0612345678"}, "notify"),
        ({"webhookUrl": "not a url"}, "webhookUrl"),
        ({"redirectUrl": "ftp://files.example/x"}, "redirectUrl"),
        ({"redirectUrl": "/relative/path"}, "redirectUrl"),
        ({"webhookUrl": "http://[::1"}, "webhookUrl"),
    ]
    for body, field in invalid:
        reply = proofme.post("/v1/identification", json={"proofmeId": PROOFME_ID, **body})
        assert_error(reply, 422, "Unprocessable Entity", field)
    form_bool = proofme.post("/v1/identification", data={"proofmeId": PROOFME_ID, "testmode": "yes"})
    assert_error(form_bool, 422, "Unprocessable Entity", "testmode")

    for content_type in ("text/plain", "application/xml", "application/hal+json", "multipart/form-data"):
        reply = proofme.post("/v1/identification", content=b"proofmeId=x", headers={"content-type": content_type})
        assert_error(reply, 415, "Unsupported Media Type")
    huge = proofme.post("/v1/identification", json={"proofmeId": PROOFME_ID, "metadata": "x" * (1024 * 1024)})
    assert_error(huge, 413, "Payload Too Large")
    assert proofme.get("/v1/identification").json()["count"] == 0  # nothing was created


def test_unknown_ids_routes_and_methods(proofme: httpx.Client) -> None:
    unknown = str(uuid.uuid4())
    for path in (f"/v1/identification/{unknown}", f"/v1/identification/data/{unknown}", "/v1/identification/42"):
        body = assert_error(proofme.get(path), 404, "Not Found")
        assert body["detail"] == "No identification exists with this id."
    assert_error(proofme.delete(f"/v1/identification/{unknown}"), 404, "Not Found")
    assert_error(proofme.get("/v1/identifications"), 404, "Not Found")
    assert_error(proofme.get("/v2/identification"), 404, "Not Found")

    put = assert_error(proofme.put("/v1/identification", json={}), 405, "Method Not Allowed")
    assert put["detail"] == "Method PUT is not allowed here"
    assert proofme.put("/v1/identification", json={}).headers["allow"] == "GET, POST"
    patch = proofme.patch(f"/v1/identification/{unknown}", json={})
    assert_error(patch, 405, "Method Not Allowed")
    assert patch.headers["allow"] == "DELETE, GET"
    data_post = proofme.post(f"/v1/identification/data/{unknown}")
    assert_error(data_post, 405, "Method Not Allowed")
    assert data_post.headers["allow"] == "GET"


@pytest.mark.parametrize(
    ("headers", "why"),
    [
        ({}, "no credentials"),
        ({"authorization": ""}, "empty header"),
        ({"authorization": "Bearer"}, "a scheme without a key"),
        ({"authorization": "proofme_wrong_key"}, "unknown key"),
        ({"authorization": f"Bearer {API_KEY}x"}, "wrong bearer key"),
        ({"authorization": f"Token {API_KEY}"}, "unknown scheme"),
        ({"authorization": API_KEY.upper()}, "keys are case-sensitive"),
        (
            {"authorization": "Basic " + base64.b64encode(":".join(CREDENTIALS["hopae"]).encode()).decode()},
            "another provider's credentials",
        ),
    ],
)
def test_bad_credentials_get_401(idv_emulator: EmulatorServer, headers: dict[str, str], why: str) -> None:
    with spec_client(idv_emulator, "proofme", headers=headers) as client:
        for reply in (
            client.get("/v1/identification"),
            client.post("/v1/identification", json={"proofmeId": PROOFME_ID}),
            client.get(f"/v1/identification/{uuid.uuid4()}"),
        ):
            body = assert_error(reply, 401, "Unauthorized Request")
            assert body["detail"] == UNAUTHORIZED, why
        assert client.get("/v1/identification", headers={"authorization": API_KEY}).status_code == 200


def test_auth_comes_before_validation(idv_emulator: EmulatorServer) -> None:
    with spec_client(idv_emulator, "proofme") as client:
        assert_error(client.post("/v1/identification", json={}), 401, "Unauthorized Request")
        assert_error(client.get("/v1/identification", params={"limit": 0}), 401, "Unauthorized Request")


@pytest.mark.parametrize("authorization", [API_KEY, f"Bearer {API_KEY}", f"bearer {API_KEY}", f"Bearer   {API_KEY}"])
def test_accepted_key_forms(idv_emulator: EmulatorServer, authorization: str) -> None:
    with spec_client(idv_emulator, "proofme", headers={"authorization": authorization}) as client:
        assert create(client)["status"] == "PENDING"


# -- webhooks -----------------------------------------------------------------------------


def test_webhook_redelivered_until_2xx(proofme: httpx.Client, receiver: WebhookReceiver, control: httpx.Client) -> None:
    receiver.statuses.extend([500, 404, 302])
    created = create(proofme, webhookUrl=f"{receiver.url}/hook")
    control.post("/proofme/outcome", json={"id": created["id"], "outcome": "approve"})
    arrivals = receiver.wait_for(4)
    assert {a.body for a in arrivals} == {json.dumps({"id": created["id"]}, separators=(",", ":")).encode()}
    assert control.post("/webhooks/wait", json={"timeout": 10}).json() == {"idle": True}
    (delivery,) = control.get("/webhooks", params={"provider": "proofme"}).json()
    assert delivery["event"] == "identificationStatusUpdate"
    assert delivery["url"] == f"{receiver.url}/hook"
    assert delivery["state"] == "delivered"
    assert [a["status"] for a in delivery["attempts"]] == [500, 404, 302, 200]
    assert len(receiver.received) == 4


@pytest.fixture
def fast_retry_server() -> Iterator[EmulatorServer]:
    """A server whose 26 h of Proofme retries take under a second."""
    with EmulatorServer(config=EmulatorConfig(webhook_backoff_scale=0.00001)) as server:
        yield server


def test_webhook_gives_up_after_ten_retries(fast_retry_server: EmulatorServer) -> None:
    for receiver in running_receiver():
        receiver.statuses.extend([500] * 20)
        with spec_client(fast_retry_server, "proofme", headers={"authorization": API_KEY}) as client:
            created = create(client, webhookUrl=f"{receiver.url}/hook")
            fast_retry_server.control("POST", "/proofme/outcome", {"id": created["id"], "outcome": "decline"})
        assert fast_retry_server.control("POST", "/webhooks/wait", {"timeout": 30}) == {"idle": True}
        (delivery,) = fast_retry_server.control("GET", "/webhooks", provider="proofme")
        assert delivery["state"] == "failed"
        assert [a["number"] for a in delivery["attempts"]] == list(range(1, 12))  # 1 + 10 retries
        assert {a["status"] for a in delivery["attempts"]} == {500}
        assert len(receiver.received) == 11


def test_unreachable_webhook_url_is_recorded(proofme: httpx.Client, control: httpx.Client) -> None:
    from idv_emulator.server import free_port

    created = create(proofme, webhookUrl=f"http://127.0.0.1:{free_port()}/gone")
    proofme.delete(f"/v1/identification/{created['id']}")
    deadline = time.monotonic() + 5
    attempts: list[dict[str, Any]] = []
    while time.monotonic() < deadline and len(attempts) < 2:
        (delivery,) = control.get("/webhooks", params={"provider": "proofme"}).json()
        attempts = delivery["attempts"]
        time.sleep(0.05)
    assert len(attempts) >= 2  # connection refused is retried like a non-2xx answer
    assert attempts[0]["status"] is None and "refused" in attempts[0]["error"].lower()
    assert proofme.get(f"/v1/identification/{created['id']}").json()["identification"]["status"] == "REVOKED"


# -- clock, faults, seeding ----------------------------------------------------------------


def test_data_is_destroyed_after_its_destroy_date(proofme: httpx.Client, control: httpx.Client) -> None:
    created = create(proofme)
    control.post("/proofme/outcome", json={"id": created["id"], "outcome": "approve"})
    assert get_data(proofme, created["id"])["identificationData"] is not None
    pending = create(proofme)

    assert control.post("/clock/advance", json={"seconds": 31 * 86400 - 60}).status_code == 200
    assert get_data(proofme, created["id"])["identificationData"]["encryptionMode"] == "GCM"

    assert control.post("/clock/advance", json={"seconds": 120}).status_code == 200
    state = control.get("/state").json()["providers"]["proofme"]["identifications"]
    assert state[created["id"]]["data"]["destroyed"] is True  # the tick destroyed it, before any read
    gone = assert_error(proofme.get(f"/v1/identification/data/{created['id']}"), 410, "Gone")
    assert gone["detail"].startswith("The data of this identification was destroyed on ")
    assert get(proofme, created["id"])["status"] == "SUCCESS"  # the identification itself stays
    still = get_data(proofme, pending["id"])  # nothing else expires: PENDING stays PENDING
    assert still["status"] == "PENDING" and still["identificationData"] is None


def test_data_destroyed_lazily_on_read(
    proofme: httpx.Client, control: httpx.Client, idv_emulator: EmulatorServer
) -> None:
    created = create(proofme)
    control.post("/proofme/outcome", json={"id": created["id"], "outcome": "decline"})
    idv_emulator.app.clock.advance(32 * 86400)  # moved without a tick: the read must notice
    assert_error(proofme.get(f"/v1/identification/data/{created['id']}"), 410, "Gone")


def test_injected_faults_use_the_proofme_envelope(proofme: httpx.Client, control: httpx.Client) -> None:
    added = control.post(
        "/faults",
        json={
            "provider": "proofme",
            "operation_id": "create_identification",
            "status": 429,
            "retry_after": "3",
            "count": 2,
        },
    )
    assert added.status_code == 201
    for _ in range(2):
        limited = proofme.post("/v1/identification", json={"proofmeId": PROOFME_ID})
        assert_error(limited, 429, "Too Many Requests")
        assert limited.headers["retry-after"] == "3"
    assert proofme.get("/v1/identification").json()["count"] == 0  # faults answer before the handler
    created = create(proofme)

    control.post(
        "/faults", json={"provider": "proofme", "path": "^/v1/identification/[^/]+$", "status": 502, "count": 1}
    )
    assert_error(proofme.get(f"/v1/identification/{created['id']}"), 502, "Bad Gateway")
    assert get(proofme, created["id"])["id"] == created["id"]

    control.post("/faults", json={"provider": "proofme", "method": "GET", "status": 503, "count": 1})
    unavailable = assert_error(proofme.get("/v1/identification"), 503, "Service Unavailable")
    assert unavailable["detail"].startswith("injected fault flt_")

    control.post("/faults", json={"provider": "proofme", "drop": True, "count": 1})
    with pytest.raises(httpx.RemoteProtocolError):
        proofme.get("/v1/identification")
    assert proofme.get("/v1/identification").json()["count"] == 1


def test_seed_makes_ids_reproducible(proofme: httpx.Client, control: httpx.Client) -> None:
    def run() -> tuple[str, str]:
        assert control.post("/seed", json={"seed": 1234}).status_code == 200
        created = create(proofme)
        control.post("/proofme/outcome", json={"id": created["id"], "outcome": "approve"})
        data = get_data(proofme, created["id"])["identificationData"]
        return created["id"], data["encryptedEncryptionSecret"]

    assert run() == run()


def test_every_operation_has_a_handler(idv_emulator: EmulatorServer) -> None:
    provider = idv_emulator.app.providers["proofme"]
    assert (
        set(provider.handlers)
        == set(provider.spec.operations)
        == {
            "create_identification",
            "list_identifications",
            "get_identification",
            "revoke_identification",
            "get_identification_data",
        }
    )
