"""The JSON examples of the iDenfy seed page load into the generated models and round-trip.

Seed: /work/shared/seeds/004_a971dd64e47b025f.txt ("Create verification session",
`POST /api/v2/token`). The five JSON blocks below are copied verbatim from it (only trailing
whitespace stripped): three request bodies and two response bodies. The "Example value" column
of the response table is checked too. `to_dict()` must give back the input; the defaults the
generated constructor fills in are asserted explicitly.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator

from idenfy_client import Client
from idenfy_client.api.token import create_token
from idenfy_client.api.verification import delete_verification, get_status
from idenfy_client.models import (
    AdditionalSteps,
    AdditionalStepStatus,
    AllowedDocuments,
    AmlNameResults,
    ApiError,
    DataResponse,
    DocumentExpirationThreshold,
    DocumentExpirationWebhook,
    DocumentResult,
    DocumentSex,
    DocumentType,
    ErrorIdentifier,
    FaceResult,
    FraudTag,
    IdentificationPage,
    IdentificationWebhook,
    KycDocumentType,
    Locale,
    OverallStatus,
    Platform,
    RequestInformationResponse,
    ScanRefRequest,
    Sex,
    StatusResponse,
    TokenRequest,
    TokenResponse,
    TokenType,
)
from idenfy_client.types import UNSET

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "idenfy.openapi.yaml"

# --- verbatim from the seed page -----------------------------------------------------------

SEED_REQUEST_MINIMAL = """
{
   "clientId":"100000"
}
"""

SEED_REQUEST_WITH_NAME = """
{
   "clientId":"100000",
   "firstName":"John Tom",
   "lastName":"Smith"
}
"""

SEED_REQUEST_FULL = """
{
   "clientId":"100000",
   "firstName":"John Tom",
   "lastName":"Smith",
   "successUrl":"https://www.my-company.com/idenfy/success",
   "errorUrl":"https://www.my-company.com/idenfy/fail",
   "unverifiedUrl":"https://www.my-company.com/idenfy/unverified",
   "callbackUrl" : "https://mywebsite.com/idenfy/webhookendpoint",
   "locale":"en",
   "showInstructions":true,
   "expiryTime":600,
   "sessionLength":600,
   "country":"lt",
   "documents":["PASSPORT"],
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
   "utilityBill": false,
   "additionalSteps": null,
   "additionalData": null

}
"""

# Note: this seed example sends "callbackUrl" twice (same value); json.loads keeps the last.
SEED_RESPONSE_ALL_FIELDS = """
{
   "message": "Token created successfully",
   "authToken": "pgYQX0z2T8mtcpNj9I20uWVCLKNuG0vgr12f0wAC",
   "scanRef": "ec6a7108-8c26-11e9-9758-309c231b1bac",
   "clientId": "100000",
   "firstName": "JOHN TOM",
   "lastName": "SMITH",
   "successUrl": "https://www.my-company.com/idenfy/success",
   "errorUrl": "https://www.my-company.com/idenfy/fail",
   "unverifiedUrl":"https://www.my-company.com/idenfy/unverified",
   "callbackUrl" : "https://mywebsite.com/idenfy/webhookendpoint",
   "locale": "en",
   "showInstructions":true,
   "country": "lt",
   "expiryTime": 600,
   "sessionLength": 600,
   "documents": [
     "PASSPORT"
   ],
   "allowedDocuments": {
        "ALL": [
            "ID_CARD",
            "PASSPORT",
            "DRIVER_LICENSE",
            "RESIDENCE_PERMIT"
        ]
    },
   "dateOfBirth": "1990-12-20",
   "dateOfExpiry": "1990-12-20",
   "dateOfIssue": "1990-12-20",
   "nationality": "lt",
   "personalNumber": "123456789",
   "documentNumber": "123456",
   "sex": "M",
   "digitString": "4823657",
   "address": "Address",
   "tokenType": "IDENTIFICATION",
   "videoCallQuestions": ["Question 1", "Question 2"],
   "externalRef": "reference",
   "utilityBill": false,
   "additionalSteps": null,
   "additionalData": null,
   "callbackUrl" : "https://mywebsite.com/idenfy/webhookendpoint"
}
"""

SEED_RESPONSE_NO_FIELDS = """
{
  "message": "Token created successfully",
  "authToken": "LEWCd6xHTW2auHrst9MEqZN8tUgKsUQ8hSMNYoLI",
  "scanRef": "9b11acb2-8c27-11e9-9758-309c231b1bac",
  "clientId": "100000",
  "personScanRef": "100000",
  "firstName": null,
  "lastName": null,
  "successUrl": null,
  "errorUrl": null,
  "locale": "en",
  "showInstructions":true,
  "country": null,
  "expiryTime": 3600,
  "sessionLength": 300,
  "documents": [
    "ID_CARD",
    "PASSPORT",
    "RESIDENCE_PERMIT",
    "DRIVER_LICENSE"
  ],
  "allowedDocuments": {
        "ALL": [
            "ID_CARD",
            "PASSPORT",
            "RESIDENCE_PERMIT",
            "DRIVER_LICENSE"
        ]
    },
  "dateOfBirth": null,
  "dateOfExpiry": null,
  "dateOfIssue": null,
  "nationality": null,
  "personalNumber": null,
  "documentNumber": null,
  "sex": null,
  "digitString": "4823657",
  "address": null,
  "tokenType": "IDENTIFICATION",
  "videoCallQuestions": [],
  "externalRef": null,
  "utilityBill": false,
  "additionalSteps": null,
  "additionalData": null

}
"""

# The "Example value" column of the seed's response table.
SEED_RESPONSE_TABLE_VALUES = {
    "message": "Token created successfully",
    "authToken": "3FA5TFPA2ZE3LMPGGS1EGOJNJE",
    "scanRef": "d2714c8a-ec05-11e8-834f-067891e3383a",
    "clientId": "5F7E4FR14",
    "digitString": "89567412",
    # Not in the seed's table, but one of the three fields the official file guarantees.
    "tokenType": "IDENTIFICATION",
}

SEED_REQUESTS = {
    "minimal": SEED_REQUEST_MINIMAL,
    "withName": SEED_REQUEST_WITH_NAME,
    "full": SEED_REQUEST_FULL,
}


def _load(text: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(text)
    return data


def _json(data: dict[str, Any]) -> Any:
    """What the dict looks like on the wire (StrEnum members become plain strings)."""
    return json.loads(json.dumps(data))


def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return spec


def _validator(schema_name: str) -> Draft202012Validator:
    spec = _spec()
    return Draft202012Validator(
        {"$ref": f"#/components/schemas/{schema_name}", "components": spec["components"]},
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


# --- requests -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(SEED_REQUESTS))
def test_seed_request_round_trips(name: str) -> None:
    data = _load(SEED_REQUESTS[name])
    request = TokenRequest.from_dict(data)
    assert request.client_id == "100000"
    assert request.additional_properties == {}
    assert _json(request.to_dict()) == data


def test_full_seed_request_is_typed() -> None:
    request = TokenRequest.from_dict(_load(SEED_REQUEST_FULL))
    assert request.first_name == "John Tom"
    assert request.last_name == "Smith"
    assert request.callback_url == "https://mywebsite.com/idenfy/webhookendpoint"
    assert request.locale is Locale.EN
    assert request.show_instructions is True
    assert request.expiry_time == 600
    assert request.session_length == 600
    assert request.country == "lt"
    assert request.documents == [DocumentType.PASSPORT]
    assert request.date_of_birth == datetime.date(1990, 12, 20)
    assert request.date_of_expiry == datetime.date(1990, 12, 20)
    assert request.date_of_issue == datetime.date(1990, 12, 20)
    assert request.sex is Sex.M
    assert request.token_type is TokenType.IDENTIFICATION
    assert request.video_call_questions == ["Question 1", "Question 2"]
    assert request.external_ref == "reference"
    assert request.utility_bill is False
    assert request.additional_steps is None
    assert request.additional_data is None
    # Not in the example: stays unset and is not sent.
    assert request.generate_digit_string is UNSET
    assert "generateDigitString" not in request.to_dict()


def test_minimal_request_leaves_defaults_unset() -> None:
    """from_dict does not invent the documented defaults: absent stays absent."""
    request = TokenRequest.from_dict(_load(SEED_REQUEST_MINIMAL))
    assert request.success_url is UNSET
    assert request.expiry_time is UNSET
    assert request.to_dict() == {"clientId": "100000"}


def test_constructor_fills_documented_defaults() -> None:
    """The generated constructor sends the seed table's scalar defaults explicitly.

    List defaults (`documents` = [ID_CARD, PASSPORT], `videoCallQuestions` = []) are not filled
    in by the generator, and null defaults stay unset.
    """
    assert TokenRequest(client_id="100000").to_dict() == {
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
    bare = TokenRequest(
        client_id="100000",
        success_url=UNSET,
        error_url=UNSET,
        unverified_url=UNSET,
        locale=UNSET,
        show_instructions=UNSET,
        expiry_time=UNSET,
        session_length=UNSET,
        generate_digit_string=UNSET,
        token_type=UNSET,
        utility_bill=UNSET,
    )
    assert bare.to_dict() == {"clientId": "100000"}


@pytest.mark.parametrize("name", list(SEED_REQUESTS))
def test_seed_requests_satisfy_the_spec_schema(name: str) -> None:
    errors = [e.message for e in _validator("TokenRequest").iter_errors(_load(SEED_REQUESTS[name]))]
    assert errors == []


@pytest.mark.parametrize(
    ("patch", "valid"),
    [
        ({"utilityBill": True, "additionalSteps": {"ALL": {}}}, False),
        ({"utilityBill": True, "additionalSteps": None}, True),
        ({"utilityBill": False, "additionalSteps": {"ALL": {}}}, True),
        ({"additionalData": {"UTILITY_BILL": {}}}, False),
        ({"additionalData": {"UTILITY_BILL": {}}, "additionalSteps": None}, False),
        ({"additionalData": {"UTILITY_BILL": {}}, "additionalSteps": {"ALL": {}}}, True),
        ({"firstName": "J0hn"}, False),
        ({"lastName": "Smith?"}, False),
        ({"lastName": "O'Neil-Smith"}, True),
        ({"firstName": ""}, False),
        ({"country": "LT"}, True),
        ({"country": "LTU"}, False),
        ({"expiryTime": 0}, False),
        ({"expiryTime": 2592000}, True),
        ({"expiryTime": 2592001}, False),
        ({"sessionLength": 60}, False),
        ({"sessionLength": 3600}, False),
        ({"sessionLength": 3599}, True),
        ({"externalRef": "x" * 41}, False),
        ({"locale": "xx"}, False),
        ({"documents": ["DIPLOMATIC_ID", "AADHAAR"]}, True),
        ({"dummyStatus": "SUSPECTED"}, True),
        ({"dummyStatus": "REVIEWING"}, False),
        ({"dateOfBirth": "1990-13-40"}, False),
    ],
)
def test_spec_schema_rules(patch: dict[str, Any], valid: bool) -> None:
    instance = {"clientId": "100000", **patch}
    assert _validator("TokenRequest").is_valid(instance) is valid


# --- responses ------------------------------------------------------------------------------


def test_seed_response_with_all_fields() -> None:
    data = _load(SEED_RESPONSE_ALL_FIELDS)
    response = TokenResponse.from_dict(data)
    assert response.message == "Token created successfully"
    assert response.auth_token == "pgYQX0z2T8mtcpNj9I20uWVCLKNuG0vgr12f0wAC"
    assert response.scan_ref == "ec6a7108-8c26-11e9-9758-309c231b1bac"
    assert response.first_name == "JOHN TOM"  # upper-cased by iDenfy
    assert response.last_name == "SMITH"
    assert response.callback_url == "https://mywebsite.com/idenfy/webhookendpoint"
    # The echo is read liberally (official file): free strings, the wider document-type list.
    assert response.locale == "en"
    assert response.documents == [KycDocumentType.PASSPORT]
    assert isinstance(response.allowed_documents, AllowedDocuments)
    assert response.allowed_documents["ALL"] == [
        KycDocumentType.ID_CARD,
        KycDocumentType.PASSPORT,
        KycDocumentType.DRIVER_LICENSE,
        KycDocumentType.RESIDENCE_PERMIT,
    ]
    assert response.date_of_expiry == "1990-12-20"
    assert response.sex == "M"
    assert response.digit_string == "4823657"  # 7 digits although documented as 8: kept
    assert response.additional_steps is None
    assert response.person_scan_ref is UNSET
    assert response.additional_properties == {}
    assert _json(response.to_dict()) == data


def test_seed_response_with_no_fields() -> None:
    data = _load(SEED_RESPONSE_NO_FIELDS)
    response = TokenResponse.from_dict(data)
    assert response.person_scan_ref == "100000"
    assert response.first_name is None
    assert response.success_url is None
    assert response.unverified_url is UNSET  # absent from this example
    assert response.callback_url is UNSET
    # The environment's defaults, not the documented ones (86400 / 1800 / [ID_CARD, PASSPORT]).
    assert response.expiry_time == 3600
    assert response.session_length == 300
    assert response.documents == [
        KycDocumentType.ID_CARD,
        KycDocumentType.PASSPORT,
        KycDocumentType.RESIDENCE_PERMIT,
        KycDocumentType.DRIVER_LICENSE,
    ]
    assert response.token_type is TokenType.IDENTIFICATION
    assert response.video_call_questions == []
    assert response.sex is None
    assert response.date_of_birth is None
    assert _json(response.to_dict()) == data


def test_seed_response_table_example_values() -> None:
    response = TokenResponse.from_dict(SEED_RESPONSE_TABLE_VALUES)
    assert response.auth_token == "3FA5TFPA2ZE3LMPGGS1EGOJNJE"
    assert response.client_id == "5F7E4FR14"
    assert response.digit_string == "89567412"
    assert response.to_dict() == SEED_RESPONSE_TABLE_VALUES


@pytest.mark.parametrize("text", [SEED_RESPONSE_ALL_FIELDS, SEED_RESPONSE_NO_FIELDS])
def test_seed_responses_satisfy_the_spec_schema(text: str) -> None:
    errors = [e.message for e in _validator("TokenResponse").iter_errors(_load(text))]
    assert errors == []


def test_spec_examples_are_the_seed_examples() -> None:
    spec = _spec()
    operation = spec["paths"]["/api/v2/token"]["post"]
    request_examples = operation["requestBody"]["content"]["application/json"]["examples"]
    assert {k: v["value"] for k, v in request_examples.items()} == {
        name: _load(text) for name, text in SEED_REQUESTS.items()
    }
    examples = spec["components"]["examples"]
    assert examples["TokenResponseAllFields"]["value"] == _load(SEED_RESPONSE_ALL_FIELDS)
    assert examples["TokenResponseNoFields"]["value"] == _load(SEED_RESPONSE_NO_FIELDS)


# --- the other examples of the spec (status, data, errors, webhook) -------------------------


def _spec_example(*path: str) -> dict[str, Any]:
    node: Any = _spec()
    for part in path:
        node = node[part]
    assert isinstance(node, dict)
    return node


def test_status_example() -> None:
    data = _spec_example(
        "paths", "/api/v2/status", "post", "responses", "200", "content", "application/json",
        "example",
    )  # fmt: skip
    status = StatusResponse.from_dict(data)
    assert status.status is OverallStatus.APPROVED
    assert status.auto_document is DocumentResult.DOC_VALIDATED
    assert status.manual_face is FaceResult.FACE_MATCH
    assert status.fraud_tags == []
    assert _json(status.to_dict()) == data


def test_data_example() -> None:
    data = _spec_example(
        "paths", "/api/v2/data", "post", "responses", "200", "content", "application/json",
        "example",
    )  # fmt: skip
    document = DataResponse.from_dict(data)
    assert document.scan_ref == "ec6a7108-8c26-11e9-9758-309c231b1bac"
    assert document.doc_type is KycDocumentType.PASSPORT
    assert document.doc_expiry == "2030-12-20"  # a plain string, as in the official file
    assert document.doc_sex is DocumentSex.MALE
    assert document.address is None
    assert _json(document.to_dict()) == data


def test_webhook_example() -> None:
    data = _spec_example(
        "components", "requestBodies", "IdentificationWebhook", "content", "application/json",
        "example",
    )  # fmt: skip
    webhook = IdentificationWebhook.from_dict(data)
    assert webhook.final is True
    assert webhook.platform is Platform.PC
    assert webhook.status is not UNSET
    assert webhook.status.overall is OverallStatus.APPROVED
    assert webhook.data is not UNSET
    assert webhook.data.doc_first_name == "JOHN TOM"
    assert webhook.file_urls is not None
    assert webhook.file_urls is not UNSET
    assert webhook.file_urls.face is not UNSET
    assert webhook.file_urls.face.endswith("FACE.png")
    assert webhook.start_time == 1554726960
    assert _json(webhook.to_dict()) == data


def test_delete_not_expired_error_example() -> None:
    data = _spec_example(
        "paths", "/api/v2/delete", "post", "responses", "400", "content", "application/json",
        "examples", "notExpired", "value",
    )  # fmt: skip
    error = ApiError.from_dict(data)
    assert error.identifier is ErrorIdentifier.PARTNER_ERROR
    assert error.message == "Token has not expired yet."
    assert error.to_dict() == data


# --- forward compatibility ------------------------------------------------------------------


def test_unknown_enum_values_and_extra_fields_parse() -> None:
    data = {
        **_load(SEED_RESPONSE_NO_FIELDS),
        "tokenType": "SELFIE_ONLY",
        "documents": ["PASSPORT", "SPACE_PASS"],
        "locale": "fi",
        "brandNewField": {"nested": [1, 2]},
    }
    response = TokenResponse.from_dict(data)
    assert response.token_type == "SELFIE_ONLY"
    assert isinstance(response.token_type, TokenType)
    assert response.documents == [KycDocumentType.PASSPORT, "SPACE_PASS"]
    assert response.locale == "fi"
    assert response.additional_properties == {"brandNewField": {"nested": [1, 2]}}
    assert _json(response.to_dict()) == data

    status_data = {
        "status": "ON_HOLD",
        "scanRef": "ec6a7108-8c26-11e9-9758-309c231b1bac",
        "clientId": "100000",
        "autoFace": "FACE_TOO_DARK",
        "fraudTags": ["DEEPFAKE"],
        "mismatchTags": ["MIDDLE_NAME"],
        "riskScore": 12,
    }
    status = StatusResponse.from_dict(status_data)
    assert status.status == "ON_HOLD"
    assert status.auto_face == "FACE_TOO_DARK"
    assert status.fraud_tags == ["DEEPFAKE"]
    assert isinstance(status.fraud_tags, list)
    assert isinstance(status.fraud_tags[0], FraudTag)
    assert status.additional_properties == {"riskScore": 12}
    assert _json(status.to_dict()) == status_data

    error_data = {"identifier": "QUOTA_EXCEEDED", "message": "Quota exceeded.", "retryIn": 30}
    error = ApiError.from_dict(error_data)
    assert error.identifier == "QUOTA_EXCEEDED"
    assert error.additional_properties == {"retryIn": 30}
    assert error.to_dict() == error_data

    webhook_data = {
        "scanRef": "s",
        "clientId": "c",
        "platform": "SMART_TV",
        "final": False,
        "status": {"overall": "ON_HOLD", "fraudTags": ["DEEPFAKE"], "mismatchTags": [], "additionalSteps": "PARTIAL"},
        "AML": [{"serviceName": "AML_FUTURE", "uid": "u", "status": {"overallStatus": "MAYBE"}, "data": [{"x": 1}]}],
    }
    webhook = IdentificationWebhook.from_dict(webhook_data)
    assert webhook.platform == "SMART_TV"
    assert _json(webhook.to_dict()) == webhook_data


def test_additional_steps_is_free_form() -> None:
    data = {"clientId": "100000", "additionalSteps": {"ALL": {"UTILITY_BILL": {"type": "EXTRACT"}}}}
    request = TokenRequest.from_dict(data)
    assert isinstance(request.additional_steps, AdditionalSteps)
    assert request.additional_steps["ALL"] == {"UTILITY_BILL": {"type": "EXTRACT"}}
    assert request.to_dict() == data


# --- status codes through the generated operations ------------------------------------------


def _client(status: int, body: bytes, seen: list[httpx.Request]) -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        headers = {"content-type": "application/json"} if body else {}
        return httpx.Response(status, content=body, headers=headers)

    return Client(
        base_url="http://idenfy.test",
        httpx_args={"transport": httpx.MockTransport(handler), "auth": ("key", "secret")},
    )


@pytest.mark.parametrize("status", [200, 201])
def test_create_token_parses_200_and_201(status: int) -> None:
    seen: list[httpx.Request] = []
    client = _client(status, SEED_RESPONSE_NO_FIELDS.encode(), seen)
    body = TokenRequest.from_dict(_load(SEED_REQUEST_MINIMAL))
    parsed = create_token.sync(client=client, body=body)
    assert isinstance(parsed, TokenResponse)
    assert parsed.scan_ref == "9b11acb2-8c27-11e9-9758-309c231b1bac"
    assert seen[0].url.path == "/api/v2/token"
    assert json.loads(seen[0].content) == {"clientId": "100000"}
    assert seen[0].headers["authorization"].startswith("Basic ")


def test_delete_parses_empty_200_and_partner_error() -> None:
    seen: list[httpx.Request] = []
    ok = delete_verification.sync_detailed(client=_client(200, b"", seen), body=ScanRefRequest(scan_ref="ec6a7108"))
    assert ok.status_code == 200
    assert ok.parsed is None
    assert json.loads(seen[0].content) == {"scanRef": "ec6a7108"}

    refused = delete_verification.sync(
        client=_client(400, b'{"identifier":"PARTNER_ERROR","message":"Token has not expired yet."}', seen),
        body=ScanRefRequest(scan_ref="ec6a7108"),
    )
    assert isinstance(refused, ApiError)
    assert refused.identifier is ErrorIdentifier.PARTNER_ERROR


def test_undocumented_status_parses_the_error_envelope() -> None:
    seen: list[httpx.Request] = []
    parsed = get_status.sync(
        client=_client(503, b'{"identifier":"INTERNAL_ERROR","message":"Down."}', seen),
        body=ScanRefRequest(scan_ref="ec6a7108"),
    )
    assert isinstance(parsed, ApiError)
    assert parsed.identifier is ErrorIdentifier.INTERNAL_ERROR


# --- tolerant reader (official OpenAPI file) -------------------------------------------------


def test_token_response_needs_only_the_official_guarantees() -> None:
    data = {"authToken": "a" * 40, "scanRef": "s", "tokenType": "DOCUMENT", "clientId": None, "locale": None}
    response = TokenResponse.from_dict(data)
    assert response.client_id is None and response.locale is None
    assert response.message is UNSET
    assert response.token_type is TokenType.DOCUMENT
    assert _json(response.to_dict()) == data
    assert list(_validator("TokenResponse").iter_errors(data)) == []
    for missing in ("authToken", "scanRef", "tokenType"):
        partial = {k: v for k, v in data.items() if k != missing}
        assert list(_validator("TokenResponse").iter_errors(partial)), missing


def test_webhook_with_only_its_guarantees_and_official_nulls() -> None:
    data = {
        "scanRef": "s",
        "clientId": "c",
        "final": True,
        "status": {
            "overall": "APPROVED",
            "fraudTags": [],
            "mismatchTags": [],
            "autoFace": None,
            "additionalSteps": None,
        },
        "companyId": None,
        "platform": None,
        "fileUrls": None,
        "additionalSteps": {"UTILITY_BILL": "EXTRACT", "SELFIE_WITH_DOC": None},
        "data": {"docDob": "1990", "docExpiry": "31.12.2030", "docSex": None, "duplicateFaces": None},
    }
    assert list(_validator("IdentificationWebhook").iter_errors(data)) == []
    webhook = IdentificationWebhook.from_dict(data)
    assert webhook.status.additional_steps is None
    assert webhook.data is not UNSET and webhook.data.doc_dob == "1990"  # not a date: kept as sent
    assert webhook.additional_steps is not None and webhook.additional_steps is not UNSET
    assert webhook.additional_steps["SELFIE_WITH_DOC"] is None
    assert _json(webhook.to_dict()) == data
    valid = IdentificationWebhook.from_dict({**data, "status": {**data["status"], "additionalSteps": "VALID"}})
    assert valid.status.additional_steps is AdditionalStepStatus.VALID


def test_webhook_check_blocks_parse() -> None:
    aml = {
        "serviceName": "AML_NAMES_CHECK",
        "serviceGroupType": "AML",
        "uid": "u1",
        "errorMessage": None,
        "status": {
            "serviceSuspected": False,
            "serviceUsed": True,
            "serviceFound": True,
            "checkSuccessful": True,
            "overallStatus": "NOT_SUSPECTED",
        },
        "data": [],
    }
    data = {"scanRef": "s", "clientId": "c", "final": True, "status": {"overall": "APPROVED"}, "AML": [aml]}
    data["status"] |= {"fraudTags": [], "mismatchTags": []}
    data |= {"riskAssessment": {"riskScore": 10, "riskLevel": "LOW"}, "LID": None, "amlCheck": None}
    assert list(_validator("IdentificationWebhook").iter_errors(data)) == []
    webhook = IdentificationWebhook.from_dict(data)
    assert isinstance(webhook.aml, list) and webhook.aml[0].service_name == "AML_NAMES_CHECK"
    assert webhook.lid is None
    assert _json(webhook.to_dict()) == data
    assert isinstance(AmlNameResults.from_dict(aml), AmlNameResults)


def test_document_expiration_webhook_example() -> None:
    data = _spec_example(
        "components", "requestBodies", "DocumentExpirationWebhook", "content", "application/json", "example",
    )  # fmt: skip
    event = DocumentExpirationWebhook.from_dict(data)
    assert event.expiration_threshold is DocumentExpirationThreshold.DOCUMENT_EXPIRES_WITHIN_30_DAYS
    assert event.document_expiration == "2030-12-20"
    assert _json(event.to_dict()) == data


def test_list_and_request_information_examples() -> None:
    page_data = _spec_example(
        "paths", "/kyc/identifications/", "get", "responses", "200", "content", "application/json", "example",
    )  # fmt: skip
    page = IdentificationPage.from_dict(page_data)
    assert page.count == 3 and page.previous is None and page.results[1].suspected is True
    assert _json(page.to_dict()) == page_data
    info_data = _spec_example(
        "paths", "/kyc/identifications/{scanRef}/request-information/", "post", "responses", "200", "content",
        "application/json", "example",
    )  # fmt: skip
    info = RequestInformationResponse.from_dict(info_data)
    assert info.token_string in info.session_url
    assert info.token_string not in repr(info) and "<redacted>" in repr(info)


def test_enums_carry_every_official_value() -> None:
    assert len(DocumentResult) == 40 and len(FraudTag) == 28 and len(KycDocumentType) == 36
    assert len(FaceResult) == 12 and len(OverallStatus) == 8 and len(DocumentSex) == 3
    assert "INTERNATIONAL_PASSPORT" in KycDocumentType.__members__ and len(DocumentType) == 18
