"""The Proofme seed page's examples load into the generated client and round-trip.

Seed: /work/shared/seeds/000_eca49951b67b467e.txt ("Create identification",
`POST /v1/identification`). The examples below are copied verbatim from it; the small
snippets marked "reference" come from the provider reference (providers.md, Proofme).
"""

from __future__ import annotations

import copy
import json
import shlex
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl
from uuid import UUID

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker
from proofme_client import Client
from proofme_client.api.identification import create_identification
from proofme_client.models import (
    DocumentationLink,
    EncryptionMode,
    Error,
    ErrorLinks,
    Identification,
    IdentificationCreate,
    IdentificationCreateForm,
    IdentificationData,
    IdentificationDataResponse,
    IdentificationList,
    IdentificationMode,
    IdentificationResponse,
    IdentificationStatus,
    IdentificationStatusUpdate,
    Notify,
    ProofmeConfiguration,
    RevokeMessage,
    RevokeResult,
)
from proofme_client.types import UNSET

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "proofme.openapi.yaml"

# --------------------------------------------------------------------------------------------
# Verbatim from the seed page.

SEED_CURL = r"""curl -X POST https://api.proofme.id/v1/identification \
   -H 'authorization: <JWT or apikey>' \
   -d "description=New description" \
   -d "proofmeId=03682de3-b51c-451c-b50e-1977a332c9f2" \
   -d "redirectUrl=https://your-application.example.org/redirect/" \
   -d "webhookUrl=https://your-application.example.org/webhook/" \
   -d "metadata={\"my-data\": 12345}" \
   -d "testmode=true"
"""

SEED_NOTIFY_SNIPPET = """"notify": {
    "hashedPhonenumber": "4c0fe29edc91206df827fb98262f09429ddc0e650ae498f2f06bec1b36563dc1"
}"""

SEED_RESPONSE_201 = """{
    "identification": {
        "organisationId": "dc1d8dc2-a5b9-4c9d-b855-7024d1d93ca8",
        "id": "32daaa56-377f-4db9-acd7-fae2e327421e",
        "proofmeId": "03682de3-b51c-451c-b50e-1977a332c9f2",
        "proofmeRevision": 1,
        "description": "New description",
        "isRequest": true,
        "status": "PENDING",
        "redirectUrl": "https://your-application.example.org/redirect/",
        "webhookUrl": "https://your-application.example.org/webhook/",
        "metadata": {
            "my-data": 12345
        },
        "mode": "test",
        "notify": null,
        "myPageUrl": "https://your-application.proofme.id/32daaa56-377f-4db9-acd7-fae2e327421e",
        "updatedAt": "2022-01-01T12:00:00+00:00",
        "createdAt": "2022-01-01T12:00:00+00:00",
        "scannedAt": null
    }
}
"""

# Reference snippets (providers.md, Proofme section), with the placeholders filled in.
REFERENCE_ERROR_401 = (
    '{"status":401,"title":"Unauthorized Request","detail":"…",'
    '"_links":{"documentation":{"href":"…","type":"text/html"}}}'
)
REFERENCE_REVOKE_200 = '{"message":"REVOKE_SUCCESSFUL"}'
REFERENCE_WEBHOOK = '{"id":"32daaa56-377f-4db9-acd7-fae2e327421e"}'


def curl_form_fields(command: str) -> dict[str, str]:
    """The `-d name=value` pairs of a curl command, as curl would send them."""
    words = shlex.split(command)
    fields = [words[i + 1] for i, word in enumerate(words) if word == "-d"]
    return dict(field.split("=", 1) for field in fields)


def form_to_model_input(fields: dict[str, str]) -> dict[str, Any]:
    """Form text → the typed values the form model holds (only `testmode` is not text)."""
    decoded: dict[str, Any] = dict(fields)
    decoded["testmode"] = {"true": True, "false": False}[fields["testmode"]]
    return decoded


def schema_validator(name: str) -> Draft202012Validator:
    spec = yaml.safe_load(SPEC_PATH.read_text())
    root = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    return Draft202012Validator(root, format_checker=FormatChecker())


# --------------------------------------------------------------------------------------------
# Request: the curl form.


def test_curl_example_sends_the_documented_form_fields() -> None:
    assert curl_form_fields(SEED_CURL) == {
        "description": "New description",
        "proofmeId": "03682de3-b51c-451c-b50e-1977a332c9f2",
        "redirectUrl": "https://your-application.example.org/redirect/",
        "webhookUrl": "https://your-application.example.org/webhook/",
        "metadata": '{"my-data": 12345}',
        "testmode": "true",
    }


def test_curl_form_loads_into_form_model_and_round_trips() -> None:
    data = form_to_model_input(curl_form_fields(SEED_CURL))
    form = IdentificationCreateForm.from_dict(data)

    assert form.proofme_id == UUID("03682de3-b51c-451c-b50e-1977a332c9f2")
    assert form.description == "New description"
    assert form.redirect_url == "https://your-application.example.org/redirect/"
    assert form.webhook_url == "https://your-application.example.org/webhook/"
    # metadata stays a string holding JSON in the form body
    assert form.metadata == '{"my-data": 12345}'
    assert form.testmode is True
    assert form.additional_properties == {}
    assert form.to_dict() == data
    schema_validator("IdentificationCreateForm").validate(data)


def test_form_model_is_sent_as_the_curl_form() -> None:
    fields = curl_form_fields(SEED_CURL)
    form = IdentificationCreateForm.from_dict(form_to_model_input(fields))

    kwargs = create_identification._get_kwargs(body=form)
    assert kwargs["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    assert "json" not in kwargs
    request = httpx.Request("POST", "https://api.proofme.id/v1/identification", data=kwargs["data"])
    assert dict(parse_qsl(request.read().decode())) == fields


def test_json_body_with_the_curl_values_is_sent_as_json() -> None:
    data = form_to_model_input(curl_form_fields(SEED_CURL))
    data["metadata"] = json.loads(data["metadata"])  # JSON bodies carry the value itself
    body = IdentificationCreate.from_dict(data)

    assert body.metadata == {"my-data": 12345}
    assert body.testmode is True
    assert body.to_dict() == data
    kwargs = create_identification._get_kwargs(body=body)
    assert kwargs["headers"]["Content-Type"] == "application/json"
    assert kwargs["json"] == data
    assert "data" not in kwargs
    schema_validator("IdentificationCreate").validate(data)


def test_testmode_default_is_filled_in_by_the_request_models() -> None:
    minimal = {"proofmeId": "03682de3-b51c-451c-b50e-1977a332c9f2"}
    proofme_id = UUID(minimal["proofmeId"])

    # Built in code, the models fill in the documented default `testmode: false` and send it.
    body = IdentificationCreate(proofme_id=proofme_id)
    form = IdentificationCreateForm(proofme_id=proofme_id)
    assert body.testmode is False
    assert form.testmode is False
    assert body.to_dict() == {**minimal, "testmode": False}
    assert form.to_dict() == {**minimal, "testmode": False}

    # Loaded from data, an absent testmode stays absent, so the data round-trips unchanged.
    loaded = IdentificationCreate.from_dict(minimal)
    assert loaded.testmode is UNSET
    assert loaded.to_dict() == minimal
    assert IdentificationCreateForm.from_dict(minimal).to_dict() == minimal


def test_description_longer_than_255_is_not_rejected() -> None:
    """Proofme truncates instead of rejecting, so the request schema has no maxLength."""
    data = {"proofmeId": "03682de3-b51c-451c-b50e-1977a332c9f2", "description": "x" * 300}
    schema_validator("IdentificationCreate").validate(data)
    schema_validator("IdentificationCreateForm").validate(data)
    assert IdentificationCreate.from_dict(data).description == "x" * 300


# --------------------------------------------------------------------------------------------
# Request: the notify snippet.


def test_notify_snippet_loads_and_round_trips() -> None:
    snippet = json.loads("{" + SEED_NOTIFY_SNIPPET + "}")
    notify = Notify.from_dict(snippet["notify"])

    assert notify.hashed_phonenumber == ("4c0fe29edc91206df827fb98262f09429ddc0e650ae498f2f06bec1b36563dc1")
    assert notify.hashed_email is UNSET
    assert notify.hashed_did is UNSET
    assert notify.hashed_public_key is UNSET
    assert notify.to_dict() == snippet["notify"]

    body_data = {"proofmeId": "03682de3-b51c-451c-b50e-1977a332c9f2", "testmode": False, **snippet}
    body = IdentificationCreate.from_dict(body_data)
    assert isinstance(body.notify, Notify)
    assert body.to_dict() == body_data
    schema_validator("IdentificationCreate").validate(body_data)


# --------------------------------------------------------------------------------------------
# Response: the 201 body.


def test_201_response_loads_and_round_trips() -> None:
    data = json.loads(SEED_RESPONSE_201)
    parsed = IdentificationResponse.from_dict(copy.deepcopy(data))
    ident = parsed.identification

    assert ident.organisation_id == UUID("dc1d8dc2-a5b9-4c9d-b855-7024d1d93ca8")
    assert ident.id == UUID("32daaa56-377f-4db9-acd7-fae2e327421e")
    assert ident.proofme_id == UUID("03682de3-b51c-451c-b50e-1977a332c9f2")
    assert ident.proofme_revision == 1
    assert ident.description == "New description"
    assert ident.is_request is True
    assert ident.status is IdentificationStatus.PENDING
    assert ident.redirect_url == "https://your-application.example.org/redirect/"
    assert ident.webhook_url == "https://your-application.example.org/webhook/"
    assert ident.metadata == {"my-data": 12345}
    assert ident.mode is IdentificationMode.TEST
    assert ident.notify is None
    assert ident.my_page_url == ("https://your-application.proofme.id/32daaa56-377f-4db9-acd7-fae2e327421e")
    assert ident.updated_at.isoformat() == "2022-01-01T12:00:00+00:00"
    assert ident.created_at.utcoffset() is not None
    assert ident.scanned_at is None
    assert ident.proofme is UNSET
    assert ident.additional_properties == {}

    assert parsed.to_dict() == data
    schema_validator("IdentificationResponse").validate(data)


def test_create_identification_parses_the_201_over_http() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, content=SEED_RESPONSE_201, headers={"Content-Type": "application/json"})

    client = Client(
        base_url="https://api.proofme.id",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    fields = curl_form_fields(SEED_CURL)
    body = IdentificationCreateForm.from_dict(form_to_model_input(fields))

    response = create_identification.sync_detailed(client=client, body=body)

    assert response.status_code == 201
    assert isinstance(response.parsed, IdentificationResponse)
    ident = response.parsed.identification
    # the form's metadata string comes back parsed as an object
    assert ident.metadata == json.loads(fields["metadata"])
    assert ident.mode == "test"  # testmode=true → mode test
    assert sent[0].url.path == "/v1/identification"
    assert dict(parse_qsl(sent[0].content.decode())) == fields


def test_unknown_enum_values_and_extra_fields_parse_and_round_trip() -> None:
    data = json.loads(SEED_RESPONSE_201)["identification"]
    data["status"] = "EXPIRED"
    data["mode"] = "sandbox"
    data["riskScore"] = {"value": 0.2}

    ident = Identification.from_dict(copy.deepcopy(data))

    assert ident.status == "EXPIRED"
    assert isinstance(ident.status, IdentificationStatus)
    assert ident.status not in list(IdentificationStatus)
    assert ident.mode == "sandbox"
    assert ident.additional_properties == {"riskScore": {"value": 0.2}}
    assert ident.to_dict() == data


def test_prose_spelling_mypageurl_still_parses() -> None:
    """The seed's prose says `MyPageUrl`; its example sends `myPageUrl`. Both must parse."""
    data = json.loads(SEED_RESPONSE_201)["identification"]
    data["MyPageUrl"] = data.pop("myPageUrl")

    ident = Identification.from_dict(copy.deepcopy(data))

    assert ident.my_page_url is UNSET
    assert ident.additional_properties["MyPageUrl"] == (
        "https://your-application.proofme.id/32daaa56-377f-4db9-acd7-fae2e327421e"
    )
    assert ident.to_dict() == data


def test_nested_proofme_configuration_parses() -> None:
    data = json.loads(SEED_RESPONSE_201)["identification"]
    data["proofme"] = {
        "id": "03682de3-b51c-451c-b50e-1977a332c9f2",
        "name": "Age check",
        "organisationId": "dc1d8dc2-a5b9-4c9d-b855-7024d1d93ca8",
        "requestedCredentials": [{"key": "OVER_18"}],
        "purpose": "Verify your age",
        "storage": "PROOFME",
        "revision": 1,
        "createdAt": "2022-01-01T11:00:00+00:00",
    }

    ident = Identification.from_dict(copy.deepcopy(data))

    assert isinstance(ident.proofme, ProofmeConfiguration)
    assert ident.proofme.id == UUID("03682de3-b51c-451c-b50e-1977a332c9f2")
    assert ident.proofme.revision == 1
    assert ident.proofme.requested_credentials == [{"key": "OVER_18"}]
    assert ident.proofme.additional_properties == {"createdAt": "2022-01-01T11:00:00+00:00"}
    assert ident.to_dict() == data


# --------------------------------------------------------------------------------------------
# Surrounding endpoints (reference snippets).


def test_identification_data_is_null_while_pending() -> None:
    data = json.loads(SEED_RESPONSE_201)
    data["identification"]["identificationData"] = None

    parsed = IdentificationDataResponse.from_dict(copy.deepcopy(data))

    assert parsed.identification.identification_data is None
    assert parsed.identification.status is IdentificationStatus.PENDING
    assert parsed.to_dict() == data
    schema_validator("IdentificationDataResponse").validate(data)


def test_identification_data_object_parses() -> None:
    data = json.loads(SEED_RESPONSE_201)
    data["identification"]["status"] = "SUCCESS"
    data["identification"]["identificationData"] = {
        "id": "5b1e7c1a-3f43-4a58-9a53-0f3c3f7d9b11",
        "identificationId": "32daaa56-377f-4db9-acd7-fae2e327421e",
        "encryptedData": "3q2+7wAAAAEAAAAC",
        "encryptedEncryptionSecret": ("-----BEGIN PGP MESSAGE-----\n\nwcBMA0\n-----END PGP MESSAGE-----\n"),
        "storage": "PROOFME",
        "additionalInfo": [],
        "destroyDate": "2022-02-01T12:05:00+00:00",
        "encryptionMode": "GCM",
        "createdAt": "2022-01-01T12:05:00+00:00",
        "updatedAt": "2022-01-01T12:05:00+00:00",
    }

    parsed = IdentificationDataResponse.from_dict(copy.deepcopy(data))
    shared = parsed.identification.identification_data

    assert isinstance(shared, IdentificationData)
    assert shared.identification_id == parsed.identification.id
    assert shared.encryption_mode is EncryptionMode.GCM
    assert shared.encrypted_data == "3q2+7wAAAAEAAAAC"
    assert shared.additional_info == []
    assert parsed.to_dict() == data
    schema_validator("IdentificationDataResponse").validate(data)


def test_error_envelope_parses_with_hal_links() -> None:
    data = json.loads(REFERENCE_ERROR_401)
    error = Error.from_dict(copy.deepcopy(data))

    assert error.status == 401
    assert error.title == "Unauthorized Request"
    assert error.detail == "…"
    assert error.field is UNSET
    assert isinstance(error.links, ErrorLinks)
    assert isinstance(error.links.documentation, DocumentationLink)
    assert error.links.documentation.type_ == "text/html"
    assert error.to_dict() == data

    unprocessable = {
        "status": 422,
        "title": "Unprocessable Entity",
        "detail": "x",
        "field": "proofmeId",
    }
    assert Error.from_dict(unprocessable).field == "proofmeId"


def test_revoke_answer_and_webhook_payload_parse() -> None:
    revoke = RevokeResult.from_dict(json.loads(REFERENCE_REVOKE_200))
    assert revoke.message is RevokeMessage.REVOKE_SUCCESSFUL
    assert revoke.to_dict() == json.loads(REFERENCE_REVOKE_200)

    hook = IdentificationStatusUpdate.from_dict(json.loads(REFERENCE_WEBHOOK))
    assert hook.id == UUID("32daaa56-377f-4db9-acd7-fae2e327421e")
    assert hook.to_dict() == json.loads(REFERENCE_WEBHOOK)


# --------------------------------------------------------------------------------------------
# Tolerant reader (specs/README.md): only the guaranteed fields are required, seen nulls parse.

IDENTIFICATION_ID = "32daaa56-377f-4db9-acd7-fae2e327421e"


def test_an_identification_with_only_id_and_status_parses() -> None:
    data = {"id": IDENTIFICATION_ID, "status": "SUCCESS"}

    ident = Identification.from_dict(copy.deepcopy(data))

    assert ident.id == UUID(IDENTIFICATION_ID)
    assert ident.status is IdentificationStatus.SUCCESS
    for unset in ("organisation_id", "proofme_id", "proofme_revision", "is_request", "mode", "my_page_url"):
        assert getattr(ident, unset) is UNSET, unset
    assert ident.to_dict() == data
    schema_validator("Identification").validate(data)
    wrapped = {"identification": data}
    assert IdentificationResponse.from_dict(copy.deepcopy(wrapped)).identification.id == UUID(IDENTIFICATION_ID)


@pytest.mark.parametrize("missing", ["id", "status"])
def test_id_and_status_stay_required(missing: str) -> None:
    data = {"id": IDENTIFICATION_ID, "status": "SUCCESS"}
    del data[missing]
    with pytest.raises(KeyError, match=missing):
        Identification.from_dict(data)
    assert not schema_validator("Identification").is_valid(data)


def test_every_field_seen_as_null_parses_as_none() -> None:
    nullable = ["description", "redirectUrl", "webhookUrl", "metadata", "notify", "scannedAt"]
    data: dict[str, Any] = {"id": IDENTIFICATION_ID, "status": "PENDING", **dict.fromkeys(nullable)}

    ident = Identification.from_dict(copy.deepcopy(data))

    for attr in ("description", "redirect_url", "webhook_url", "metadata", "notify", "scanned_at"):
        assert getattr(ident, attr) is None, attr
    assert ident.to_dict() == data
    schema_validator("Identification").validate(data)


def test_identification_data_may_be_left_out_or_minimal() -> None:
    without = {"identification": {"id": IDENTIFICATION_ID, "status": "PENDING"}}
    parsed = IdentificationDataResponse.from_dict(copy.deepcopy(without))
    assert parsed.identification.identification_data is UNSET
    assert parsed.to_dict() == without
    schema_validator("IdentificationDataResponse").validate(without)

    minimal = {"id": "5b1e7c1a-3f43-4a58-9a53-0f3c3f7d9b11"}
    shared = IdentificationData.from_dict(dict(minimal))
    assert shared.encrypted_data is UNSET
    assert shared.encrypted_encryption_secret is UNSET
    assert shared.to_dict() == minimal
    with pytest.raises(KeyError, match="id"):
        IdentificationData.from_dict({"encryptedData": "3q2+7wAAAAEAAAAC"})


def test_a_list_page_without_count_or_rows_parses() -> None:
    page = IdentificationList.from_dict({})
    assert page.count is UNSET
    assert page.rows is UNSET
    schema_validator("IdentificationList").validate({})
    rows = IdentificationList.from_dict({"rows": [{"id": IDENTIFICATION_ID, "status": "FAILED"}]})
    assert isinstance(rows.rows, list)
    assert rows.rows[0].status is IdentificationStatus.FAILED


def test_an_error_needs_only_its_status() -> None:
    error = Error.from_dict({"status": 502})
    assert error.status == 502
    assert error.title is UNSET
    assert error.detail is UNSET
    assert Error.from_dict({"status": 404, "_links": {"documentation": {}}}).links.documentation.href is UNSET
    with pytest.raises(KeyError, match="status"):
        Error.from_dict({"title": "Bad Gateway"})


# --------------------------------------------------------------------------------------------
# The spec's own media-type examples agree with its schemas (the emulator serves them).


def _media_examples() -> list[tuple[str, str, Any]]:
    spec = yaml.safe_load(SPEC_PATH.read_text())
    found: list[tuple[str, str, Any]] = []

    def collect(where: str, content: dict[str, Any]) -> None:
        for media_type, media in content.items():
            if "example" in media:
                ref = media["schema"]["$ref"].rsplit("/", 1)[-1]
                found.append((f"{where} {media_type}", ref, media["example"]))

    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method == "parameters":
                continue
            if "requestBody" in op:
                collect(f"{method.upper()} {path} request", op["requestBody"]["content"])
            for status, response in op["responses"].items():
                if "$ref" not in response:
                    collect(f"{method.upper()} {path} {status}", response.get("content", {}))
    for name, response in spec["components"]["responses"].items():
        collect(f"responses/{name}", response.get("content", {}))
    return found


@pytest.mark.parametrize(("where", "schema", "example"), _media_examples())
def test_spec_examples_match_their_schemas(where: str, schema: str, example: Any) -> None:
    errors = [e.message for e in schema_validator(schema).iter_errors(example)]
    assert errors == [], where
