"""The examples of the two Solaris seed pages load into the generated models and round-trip.

Seeds: /work/shared/seeds/001_542b9df978eb7926.txt ("Create an identification within an
identification session") and 002_897e520c90de750d.txt ("Request an identification"). The seed
pages document bodies field by field: every per-field `Example:` value is copied verbatim
below (the `documents` JSON snippet and the long `device_data` fingerprint too; the latter is
split into adjacent string literals only to respect the line length). Fields without an
example get a value from their documented enum. Error examples are the flat items the pages
show; the errors page wraps them in `errors`; the envelope accepts both shapes, and both are
tested. The two small JSON
snippets of the provider notes (token response, `errors` envelope) are included as well.

`to_dict()` must give back the input, except where the model fills in a documented default or
re-serialises a timestamp (`...000Z` -> `+00:00`); those differences are asserted explicitly.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from solaris_client.models import (
    AccountVerificationError,
    Address,
    BankPlusMetadata,
    CreateIdentificationMethod,
    CreateIdentificationRequest,
    CreateIdentificationSessionRequest,
    CreatePersonRequest,
    CreateWebhookRequest,
    EmploymentStatus,
    FourthlineProviderStatusCode,
    GrantType,
    IdentificationDocument,
    IdentificationDocumentType,
    IdentificationLanguage,
    IdentificationMethod,
    IdentificationSession,
    IdentificationSessionMethod,
    IdentificationSessionStatus,
    IdentificationStatus,
    IdentificationWebhookPayload,
    OAuthErrorCode,
    OAuthErrorResponse,
    Person,
    PersonIdentification,
    ProofOfAddressType,
    RequestIdentificationRequest,
    Salutation,
    SolarisError,
    SolarisErrorResponse,
    TokenRequest,
    TokenResponse,
    TokenType,
    Webhook,
    WebhookEventType,
)
from solaris_client.types import UNSET

UTC = datetime.UTC
SPEC = Path(__file__).resolve().parents[2] / "specs" / "solaris.openapi.yaml"

# --- verbatim from the seed pages ----------------------------------------------------------

# `device_data` example (identical on both pages), 3394 characters.
DEVICE_DATA = (
    "Web;179ac83968ab42f79e960c1753a4078fdcon;jVl14emA+OcyALb9F+CMFg==;NU7aFh0jdzM15wj8hQ"
    "tqbA5LbzEFWDI1bUwZf/zbau0P2MIEUE+LsifBKvxjCYNUyz647bpSjnQ6Tu8IK22sxFlTGEFaHKBigzmP8N"
    "c8FvVSWKzslmSWTFJM5AYc+EGTZLprlcdrLldsZLS5PpHfPMmvtqCXVTnGhYV7GvutI1w5/67yK7pCQDxDic"
    "KjqlMg1naMiwCuqP1U1lUtf+lTdmJ1T1lXMPARffTn4XAr66vUxN++sy7qytkdcOeCsaxZnLspUEvqu+2ILH"
    "F8pOJFG7gYC11rqWOyHG3Ns1E1dZ57ybrgGTKfctFOdx2IMXnz1/i/pDC5QokRr2BTIZZ/9Tj+xXzWpzNwHt"
    "RWWK5VEufyVRPyMXQdmry7UYKrouAzlLCYSMv7GcPwOZz+gDjCkrNia7/DGBBFLOvtlufDztPpvkH2jmN32/"
    "oJHl1Qu6zpxG3Lyl8RNdyukuNYfiPw0ECoXsXObwQc7Ja8R+V5S7QZeV1VV9aavlH1+Xl9v0OlOJ1XujO7iz"
    "WESMIfzAuaL6ACYhdkmkC3kicjOWUjaY3OJYrrXxQ+MScnJOQ9neMRWij7YqNxP8F259zVjqqyaL6hN8EZU/"
    "pi+cZUVkfFvMYT5ugE9JXjkFfyy4UQeSmNRjDXRzu40LyweqUns8u3GOIFzfZ9eVOv+q7OV+RpVLOJLz1Za8"
    "RPIh3UKltCzOTmO8OpDz2aGoqNdL4zAaLl4EKRoarEiSG9K2/GoyHchi6xdHYA6DqQg5xQM4s50RUySGwWLx"
    "BB3ZlMpZpdZAVBrLSyl1SWqYTosdyURtiiX0So+kdik5XJ5Vsh0v75rNP5Yrv3t5/u94wx51zKlpDH8Uiap7"
    "kP0eibRmmN196kxMcOf8Q50JM1Yt8cJiawTWdGHzGRcNtEkpon5VLp/kwDU+4IPwlW976hKsom0PTB/EVxo5"
    "CWuL6kPiaEWUrWOL7BZ2jkuebHT2jBAJuFBaeac7IYnrAMoLgfY33Vs3EtVk8H12iDX3O9JmGsDGXP0/vBx0"
    "uFEgrTt6HjwabWGRHpPPPCorSrjfuySwKlnZtp1KkeNrOso8K8DBW6e+6j1YYaxTjBUZSLl1qgzd1dpz85vB"
    "/trWdyS3i+APHw/AsP/Y4cmu/CFZqpe1Sgye1+YNP3Hs3LpxJKM3prnAoaCmrHp5aUKo5KdicAnilBTzBAV2"
    "zGBWHrBwWLWHl+RDQpncyWD2/ZCswxtXbQAhlmVD7FvBXnT0Yyg5gaFo5GVBcURzBYtwbdl3+6sqKtR3XC22"
    "GBw0OOqZ9/QvMHmCO/K89rEjfLEaVX4eKhrdzjxOwOxmE5lXrLqfscV90Yo9Uj1awvpF5TL5vW85asT2iVHY"
    "jZ1JsQ5oLp3VUfIAqTNmpcjRk763hMsTUIrn3VfpLkGajZbtxD2FuNNMoRZQBfiOAxPUDFmspxWagNSbmUZ8"
    "FqPX/6asQIJIyvAk4cvzgV9OjzdkoEcFP2OGjFnddZtLmBh9BZDWtS3VOL98lp+cH/JAn8pDab2l6zIwHRcc"
    "ePbuBcGZZgU39FOVpI+sbHZJ6QEhiUA8SdT7SLcTf4P1tBbdN5+dpjaWfTph1cgZyW8EsAIFc81vR6tBqSSp"
    "xmS164ADWZW+PYz4b4SRVklT3Cs2tJ/TTMM240pnkNJUd3G/0PbBGVPea5+XUs1bF5cT0fiHWA032Dm87biM"
    "EU89fdPkvnSlIsN/MbLT2kj2tPZqhOrqTxCg26jimd+2kNdZ2fwvT8JQfO0hVidnPDPLXH5aA6T6+bKqfpvJ"
    "E6USAif8fPQ0rW4+315LKH5wG8Qj0omO2Ynii0IE6cR0lAGrtoLsXMf3kDqFms+Z2h79pYQrnhUSntZ3tjt3"
    "pwgejJ8ZKXdN7kYWT8UiQnLnkfLJnh1e8a4UURe7GU9UwnqqFXeHrstb8XXxiIX7syFG5iLdN9IExi5BefYn"
    "AikCTU+ssMWnnhppX6jFV43u+KEaa1/7AqibMc3Kt+kUxHlQsAo2TCg+u/39rsgNs5eWym7YptvBCN6L4Q4Q"
    "RoKNFo8CJerS4dTxksD2zeGL4BLIsvMbcm6rlHrKCR5PeWRiFpK8QwwaOyiTGL5NN2Xl6F0M4vf5gnWikZTr"
    "ppv7bLUYZhrU1uGiv968ZGEq+A7w2oLvbZS7l+DZuN4rPF5SzPWq94jC1NiYjaPrGyTQIISRiBLXil5puqCo"
    "bYHAIeVQzHBgki3/N+Pwk4iCrxf3pqnUSNmtrmvphmo9Vp3xAaPSFsUYfIyOPiO5gcNUoGQ1kHZ3Yoksqh6U"
    "1hRCzlkMSbX6kzDYUNEgc47t2AKxLM5IpYCWAv+uefNAAb/4+f7Qh4sMqtXHc5lGK3GN8ABTIVeFphtJg36Y"
    "6xg8OTrBR5ItS/tdy6zyfTLfZFocRbfjsLfoiCeHJO0sEZIWgHsu80FVZmo4G84N6zNZkdjnFDZkgRYP9OSq"
    "MbPCXyb5Xj1H6g67rNjtY67B3613uGJ0pHCQpl0Lmz2apUMq9EVRz5tZT+RA8sCRcK4mkBEWzdC7ngI5+dfX"
    "2dEqu157rsc0yU4OWNElLWC3F1TXOsB2/n1+LBHpjKLIMok2afui1H9+eof1zLAba4hrnYEFI4WjvEAvcsyP"
    "I/eONNdxk7liVNNaD7j6vvwYKOxTZoriKwvGxeNApC+Z8xQ8HpnEaRIUqb2Eh1SfpyDta8J1dXnRF1HTq2pO"
    "vfitomb701g0diB7+StEpCxiRLCx3TEJcroqBiCE3szXdc9VSVyfklkHmbJE33CY8tGm1YEvaXAY7a5yWLHW"
    "HzqQvNuZkQ1DNbJAkP9dt1t8Fv3njG2lXFmAOJkZwpvm9qEHZTmuUmflIMhu9nMsgZd5VMjalTmHqZdy7zmn"
    "Az8LhYiUDMbPDNOd4UTehvTanDEBBYTJB6CYv6QnBYwuAPsZwRnZdHbpl6lIXStmgsxV3DLtKAUy8eoqCdDO"
    "Myep9L4ArSWEJstEBNkZ5zgk7bOspvF1V8HrhFzJCiwR7WC+GHJTHLH1S8FfmHFTXJHecvq6tpMncaJFbo4j"
    "Sfm9ozBAVAAN2mCn/yBbmX9tPmXdGEsTSpdp6vVWKEdHZ1rjCqmgDENxh75H5uT9DeZ0mAKwkP5Ai+bN3hT0"
    "y1XGE44b/aJ7PEObogYAioej/Z690zKx+fHxP50juTgt+UIQ+l/mpcYnbcYe4lkXrqGpwxFU8OrRzzfJX/s9"
    "0VVlzrQVAPNW/mvYkt+MqSVwI1EP62faXlXnDqbmVFUmMGeoquP58cwqSBaNL/oi2Rg7GVvdvus+i2Qpm1SH"
    "tnPVUhTwWFigiWw/T2ZZeUs4nk+Q/xOFa/"
)

# `documents` example of seed 001 (verbatim JSON snippet).
SEED_DOCUMENTS = """[{"id":"448b75fa1c57eecda41d91c66c22faa6cdoc","name":"file1.pdf","content_type":"application/json","document_type":"KYC_REPORT","size":803580},{"id":"94eb22a9311be9a1fbb698c448b0b337cdoc","name":"file2.jpg","content_type":"image/jpeg","document_type":"SIGNATURE","size":25349}]"""  # noqa: E501 (verbatim from the seed page)

# Path parameter examples.
SEED_PERSON_ID = "dc1a6812a14f6cc338cd084208535bcdcper"
SEED_IDENTIFICATION_ID = "6dc54352d6793a892e0702850d07b831cidt"

# Seed 001 request body, from the per-field examples (enums: a documented value).
SEED_001_REQUEST: dict[str, Any] = {
    "method": "bank",
    "language": "DE",
    "reference": "TST-ELCCJ",
    "proof_of_address_type": "BANK_ACCOUNT_STATEMENT",
    "proof_of_address_issued_at": "2021-12-03",
    "iban": "DE11010101010101010100",
    "device_data": DEVICE_DATA,
}

# Seed 001 response 200, from the per-field examples; nullable fields sent as null.
SEED_001_RESPONSE = """
{
  "id": "9dfe2f4edaa67138be0c0c1cd3a7d849cidt",
  "reference": "TST-ELCCJ",
  "url": "https://go.test.idnow.de/company_id/identifications/identification_id",
  "status": "successful",
  "completed_at": "2021-09-14T18:18:28.000Z",
  "method": "idnow",
  "proof_of_address_type": "GAS_BILL",
  "proof_of_address_issued_at": "2021-12-03",
  "language": "DE",
  "person_id": "992de312a545bb24a88ddbf57ae8b1ffcper",
  "address": {
    "line_1": "BERLINER STR. 45",
    "line_2": "Erste Etage",
    "postal_code": "14169",
    "city": "Berlin",
    "country": "DE",
    "state": "BE"
  },
  "documents": DOCUMENTS,
  "failure_reason": null,
  "iban": "DE11010101010101010100",
  "authorization_expires_at": null,
  "confirmation_expires_at": null,
  "provider_status_code": null,
  "account_verification_error": null,
  "idnow_process_type": "eid"
}
""".replace("DOCUMENTS", SEED_DOCUMENTS)

# Seed 002 request body.
SEED_002_REQUEST: dict[str, Any] = {"secret": "123456", "device_data": DEVICE_DATA}

# Seed 002 response 200, from the per-field examples (wider `method` enum value).
SEED_002_RESPONSE = """
{
  "id": "9dfe2f4edaa67138be0c0c1cd3a7d849cidt",
  "reference": "TST-ELCCJ",
  "url": "https://go.test.idnow.de/company_id/identifications/identification_id",
  "status": "pending",
  "completed_at": null,
  "method": "idnow_autoident",
  "proof_of_address_type": "ELECTRICITY_BILL",
  "proof_of_address_issued_at": "2021-12-03",
  "iban": "DE11010101010101010100",
  "authorization_expires_at": null,
  "confirmation_expires_at": null,
  "terms_and_conditions_signed_at": "2021-09-14T18:10:00.000Z"
}
"""

# Error examples of both pages, as the pages show them (flat items).
SEED_ERRORS = r"""
[
  {"id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86", "status": "400", "code": "build_pagination_headers_failure", "title": "Failed to build pagination headers.", "detail": "Cannot connect to database."},
  {"id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86", "status": "403", "code": "unauthorized_action", "title": "Unauthorized Action", "detail": "Unauthorized action is not allowed."},
  {"id": "e8915041-9d8c-4d96-9dd1-04e8522ecdbf", "status": "500", "code": "generic_error", "title": "Generic Error", "detail": "There was an error."},
  {"id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86", "status": "400", "code": "idnow_error", "title": "IDnow Error", "detail": "Request to IDnow failed: [{\"cause\"=>\"BAD_REQUEST\", \"errorType\"=>nil, \"id\"=>\"44893509\", \"key\"=>nil, \"message\"=>nil, \"translationKey\"=>nil}]"},
  {"id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86", "status": "404", "code": "model_not_found", "title": "Model Not Found", "detail": "Couldn't find 'Solaris::Identification' for id 'bbbcccfff388923eb899a5852df6cidt'."},
  {"id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86", "status": "412", "code": "identification_attempts_exceeded", "title": "Identification Attempts Exceeded", "details": "There are more than 19 unsuccessful attempts"},
  {"id": "a95f2aaf-4e0c-4d49-8021-8a16a884ed86", "status": "422", "code": "invalid_secret", "title": "Invalid Secret", "details": "Invalid Secret submitted"}
]
"""  # noqa: E501 (verbatim from the seed pages)

# Enum lists of the seed pages, verbatim (each page's comma-separated `Enum:` list).
SEED_ENUMS: dict[str, list[Any]] = json.loads("""
{
  "status": ["aborted", "authorization_required", "confirmation_required", "confirmed", "created", "canceled", "expired", "failed", "identification_data_required", "pending", "pending_successful", "pending_failed", "processed", "rejected", "successful", "signed"],
  "method (seed 001)": ["bank", "bank_id", "fourthline", "idnow", "manual", "postident"],
  "method (seed 002)": ["bank", "bank_id", "bank_plus", "fourthline", "idnow", "idnow_autoident", "idnow_custom", "manual", "postident"],
  "language": ["DE", "EN"],
  "proof_of_address_type": ["BANK_ACCOUNT_STATEMENT", "CERTIFICATE_OF_REGISTRATION", "ELECTRICITY_BILL", "GAS_BILL", "HEATING_BILL", "INTERNET_BILL", "TELEPHONE_BILL", "WATER_BILL"],
  "documents.document_type": ["ID_DOCUMENT", "KYC_REPORT", "OTHER", "PICTURE", "SIGNATURE", "SIGNED_CONTRACT", "QES_DOCUMENT", "SIGNED_QES_DOCUMENT"],
  "provider_status_code": [1000, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 1015, 1016, 1017, 1018, 1019, 1020, 1021, 1022, 1023, 1024, 1030, 1031, 1032, 1033, 1034, 1035, 1036, 1037, 1038, 1100, 2001, 2002, 2003, 3001, 3002, 3003, 3004, 3005, 3100, 3101, 3102, 3103, 3104, 3105, 3106, 3107, 3200, 3201, 3202, 3203, 3204, 3205, 3206, 3207, 3208, 3209, 3210, 3211, 3250, 3300, 3304, 3305, 3306, 3307, 3308, 3400, 3401, 3402, 3403, 3404, 3405, 3406, 3407, 3408, 3500, 3510, 3520, 3540, 3600, 3601, 3602, 3603, 3610, 3620],
  "account_verification_error": ["accounts_failed", "client_aborted", "init_failed", "login_failed", "login_next_failed", "max_login_tries", "max_tan_tries", "no_compatible_accounts", "pinned_iban_not_found", "security_setting_rejection", "session_expired", "tech_error", "transaction_failed", "turnovers_failed", "validation_failed"]
}
""")  # noqa: E501 (verbatim from the seed pages)

# --- verbatim from the provider notes (reference/providers.md, Solaris) --------------------

NOTES_TOKEN = '{"access_token":"…","expires_in":3599,"scope":"partners","token_type":"bearer"}'
NOTES_ERRORS = '{"errors":[{"id":"…bex","status":400,"code":"invalid_model","title":"Invalid Model","detail":"…","source":{"field":"…","message":"…"}}]}'  # noqa: E501
NOTES_EXTRA_STATUSES = ["pre_successful", "pending_account_creation", "pending_ref_transfer"]


# --- helpers -------------------------------------------------------------------------------


def _component_validator(name: str) -> Draft202012Validator:
    """A Draft 2020-12 validator for `components/schemas/<name>` of the Solaris spec."""
    spec = yaml.safe_load(SPEC.read_text())
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    return Draft202012Validator(schema)


# --- enums: every value on the seed pages is in the spec -------------------------------------


def test_enums_hold_exactly_the_documented_values() -> None:
    # The generated classes list members sorted; compare as sorted lists (duplicates show).
    def values(enum: Any) -> list[Any]:
        return sorted(m.value for m in enum)

    assert values(IdentificationStatus) == sorted(SEED_ENUMS["status"] + NOTES_EXTRA_STATUSES)
    assert values(CreateIdentificationMethod) == sorted(SEED_ENUMS["method (seed 001)"])
    assert values(IdentificationMethod) == sorted(SEED_ENUMS["method (seed 002)"])
    assert values(IdentificationLanguage) == sorted(SEED_ENUMS["language"])
    assert values(ProofOfAddressType) == sorted(SEED_ENUMS["proof_of_address_type"])
    assert values(IdentificationDocumentType) == sorted(SEED_ENUMS["documents.document_type"])
    assert values(FourthlineProviderStatusCode) == sorted(SEED_ENUMS["provider_status_code"])
    assert values(AccountVerificationError) == sorted(SEED_ENUMS["account_verification_error"])


# --- seed 001: create an identification within a session -------------------------------------


def test_seed_001_request_loads_and_round_trips() -> None:
    body = CreateIdentificationRequest.from_dict(SEED_001_REQUEST)
    assert body.method is CreateIdentificationMethod.BANK
    assert body.language is IdentificationLanguage.DE
    assert body.reference == "TST-ELCCJ"
    assert body.proof_of_address_type is ProofOfAddressType.BANK_ACCOUNT_STATEMENT
    assert body.proof_of_address_issued_at == datetime.date(2021, 12, 3)
    assert body.iban == "DE11010101010101010100"
    assert body.device_data == DEVICE_DATA
    assert len(DEVICE_DATA) == 3394
    assert body.additional_properties == {}
    assert body.to_dict() == SEED_001_REQUEST


def test_seed_001_request_satisfies_the_spec_and_iban_rule() -> None:
    validator = _component_validator("CreateIdentificationRequest")
    assert list(validator.iter_errors(SEED_001_REQUEST)) == []
    # `iban` is mandatory for bank and bank_id ...
    for method in ("bank", "bank_id"):
        without_iban = {k: v for k, v in SEED_001_REQUEST.items() if k != "iban"}
        errors = list(validator.iter_errors({**without_iban, "method": method}))
        assert [e.message for e in errors] == ["'iban' is a required property"]
    # ... and optional for the other methods; a method outside the create enum is rejected.
    assert validator.is_valid({"method": "idnow", "language": "EN"})
    assert not validator.is_valid({"method": "idnow_autoident"})
    assert not validator.is_valid({"method": "BANK", "iban": "DE11010101010101010100"})


def test_seed_001_documents_snippet_loads_and_round_trips() -> None:
    raw = json.loads(SEED_DOCUMENTS)
    documents = [IdentificationDocument.from_dict(item) for item in raw]
    assert [d.id for d in documents] == [
        "448b75fa1c57eecda41d91c66c22faa6cdoc",
        "94eb22a9311be9a1fbb698c448b0b337cdoc",
    ]
    assert [d.name for d in documents] == ["file1.pdf", "file2.jpg"]
    assert [d.content_type for d in documents] == ["application/json", "image/jpeg"]
    assert [d.document_type for d in documents] == [
        IdentificationDocumentType.KYC_REPORT,
        IdentificationDocumentType.SIGNATURE,
    ]
    assert [d.size for d in documents] == [803580, 25349]
    assert [d.to_dict() for d in documents] == raw


def test_seed_001_response_loads_and_round_trips() -> None:
    raw = json.loads(SEED_001_RESPONSE)
    identification = PersonIdentification.from_dict(raw)
    assert identification.id == "9dfe2f4edaa67138be0c0c1cd3a7d849cidt"
    assert identification.reference == "TST-ELCCJ"
    assert identification.url == "https://go.test.idnow.de/company_id/identifications/identification_id"
    assert identification.status is IdentificationStatus.SUCCESSFUL
    assert identification.completed_at == datetime.datetime(2021, 9, 14, 18, 18, 28, tzinfo=UTC)
    assert identification.method is IdentificationMethod.IDNOW
    assert identification.proof_of_address_type is ProofOfAddressType.GAS_BILL
    assert identification.proof_of_address_issued_at == datetime.date(2021, 12, 3)
    assert identification.language is IdentificationLanguage.DE
    assert identification.person_id == "992de312a545bb24a88ddbf57ae8b1ffcper"
    assert isinstance(identification.address, Address)
    assert identification.address.line_1 == "BERLINER STR. 45"
    assert identification.address.line_2 == "Erste Etage"
    assert identification.address.postal_code == "14169"
    assert identification.address.city == "Berlin"
    assert identification.address.country == "DE"
    assert identification.address.state == "BE"
    assert isinstance(identification.documents, list)
    assert [d.document_type for d in identification.documents] == [
        IdentificationDocumentType.KYC_REPORT,
        IdentificationDocumentType.SIGNATURE,
    ]
    # Explicit nulls stay None (not UNSET) and are sent back as null.
    assert identification.failure_reason is None
    assert identification.authorization_expires_at is None
    assert identification.confirmation_expires_at is None
    assert identification.provider_status_code is None
    assert identification.account_verification_error is None
    assert identification.iban == "DE11010101010101010100"
    assert identification.idnow_process_type == "eid"
    assert identification.terms_and_conditions_signed_at is UNSET
    assert identification.additional_properties == {}

    dumped = identification.to_dict()
    # The timestamp is re-serialised by datetime.isoformat(): same instant, other spelling.
    assert dumped.pop("completed_at") == "2021-09-14T18:18:28+00:00"
    assert dumped == {k: v for k, v in raw.items() if k != "completed_at"}


@pytest.mark.parametrize(
    ("extra", "check"),
    [
        pytest.param(
            # Fourthline: provider_status_code is an integer enum.
            {"method": "fourthline", "status": "failed", "provider_status_code": 3100},
            lambda i: i.provider_status_code is FourthlineProviderStatusCode.VALUE_3100,
            id="fourthline-provider-status-code",
        ),
        pytest.param(
            # Bankident in a session: Tink error, with the docs' spelling of the failure reason.
            {
                "method": "bank_id",
                "status": "failed",
                "failure_reason": "account_snaphot_failed",
                "account_verification_error": "max_login_tries",
            },
            lambda i: (
                i.account_verification_error is AccountVerificationError.MAX_LOGIN_TRIES
                and i.failure_reason == "account_snaphot_failed"
            ),
            id="bank-id-account-verification-error",
        ),
    ],
)
def test_seed_001_response_nullable_enums_with_values(extra: dict[str, Any], check: Any) -> None:
    raw = {**json.loads(SEED_001_RESPONSE), "completed_at": None, **extra}
    identification = PersonIdentification.from_dict(raw)
    assert check(identification)
    assert identification.to_dict() == raw


# --- seed 002: request an identification ----------------------------------------------------


def test_seed_002_request_loads_and_round_trips() -> None:
    body = RequestIdentificationRequest.from_dict(SEED_002_REQUEST)
    assert body.secret == "123456"
    assert body.device_data == DEVICE_DATA
    assert body.to_dict() == SEED_002_REQUEST
    assert _component_validator("RequestIdentificationRequest").is_valid(SEED_002_REQUEST)


def test_seed_002_response_loads_and_round_trips() -> None:
    raw = json.loads(SEED_002_RESPONSE)
    identification = PersonIdentification.from_dict(raw)
    assert identification.status is IdentificationStatus.PENDING
    assert identification.completed_at is None
    # The request page's wider method enum.
    assert identification.method is IdentificationMethod.IDNOW_AUTOIDENT
    assert identification.proof_of_address_type is ProofOfAddressType.ELECTRICITY_BILL
    assert identification.terms_and_conditions_signed_at == datetime.datetime(2021, 9, 14, 18, 10, tzinfo=UTC)
    assert identification.address is UNSET
    assert identification.documents is UNSET
    dumped = identification.to_dict()
    assert dumped.pop("terms_and_conditions_signed_at") == "2021-09-14T18:10:00+00:00"
    assert dumped == {k: v for k, v in raw.items() if k != "terms_and_conditions_signed_at"}


# --- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize("item", json.loads(SEED_ERRORS), ids=lambda item: item["code"])
def test_seed_error_examples_load_flat_and_wrapped(item: dict[str, Any]) -> None:
    error = SolarisError.from_dict(item)
    assert error.id == item["id"]
    assert error.status == item["status"]
    assert isinstance(error.status, str)
    assert error.code == item["code"]
    assert error.title == item["title"]
    # 412 and 422 carry `details` instead of `detail`; both are modelled.
    if item["status"] in ("412", "422"):
        assert error.detail is UNSET
        assert error.details == item["details"]
    else:
        assert error.detail == item["detail"]
        assert error.details is UNSET
    assert error.source is UNSET
    assert error.to_dict() == item

    wrapped = {"errors": [item]}
    envelope = SolarisErrorResponse.from_dict(wrapped)
    assert isinstance(envelope.errors, list)
    assert envelope.errors[0].code == item["code"]
    assert envelope.code is UNSET
    assert envelope.to_dict() == wrapped
    assert _component_validator("SolarisErrorResponse").is_valid(wrapped)

    # The seed pages show the body flattened: the envelope accepts that shape too.
    flat = SolarisErrorResponse.from_dict(dict(item))
    assert flat.errors is UNSET
    assert flat.id == item["id"]
    assert flat.code == item["code"]
    assert (flat.detail if "detail" in item else flat.details) == item.get("detail", item.get("details"))
    assert flat.to_dict() == item
    assert _component_validator("SolarisErrorResponse").is_valid(item)


def test_idnow_error_detail_keeps_the_escaped_quotes() -> None:
    item = json.loads(SEED_ERRORS)[3]
    error = SolarisError.from_dict(item)
    assert error.detail == (
        'Request to IDnow failed: [{"cause"=>"BAD_REQUEST", "errorType"=>nil, "id"=>"44893509", '
        '"key"=>nil, "message"=>nil, "translationKey"=>nil}]'
    )


def test_notes_error_envelope_with_integer_status_and_source() -> None:
    raw = json.loads(NOTES_ERRORS)
    envelope = SolarisErrorResponse.from_dict(raw)
    (error,) = envelope.errors
    assert error.status == 400
    assert isinstance(error.status, int)
    assert error.code == "invalid_model"
    assert error.source is not UNSET
    assert error.source.field == "…"
    assert error.source.message == "…"
    assert envelope.to_dict() == raw


# --- OAuth2 token ---------------------------------------------------------------------------


def test_notes_token_response_loads_and_round_trips() -> None:
    raw = json.loads(NOTES_TOKEN)
    token = TokenResponse.from_dict(raw)
    assert token.access_token == "…"
    assert token.expires_in == 3599
    assert token.scope == "partners"
    assert token.token_type is TokenType.BEARER
    assert token.to_dict() == raw


def test_token_request_fills_in_the_documented_scope_default() -> None:
    # Built in code, the model fills in the documented default `scope=partners` and sends it:
    # the form body is grant_type=client_credentials&scope=partners.
    body = TokenRequest(grant_type=GrantType.CLIENT_CREDENTIALS)
    assert body.scope == "partners"
    assert body.to_dict() == {"grant_type": "client_credentials", "scope": "partners"}
    # Parsed from data, an absent scope stays absent (from_dict does not invent values).
    parsed = TokenRequest.from_dict({"grant_type": "client_credentials"})
    assert parsed.grant_type is GrantType.CLIENT_CREDENTIALS
    assert parsed.scope is UNSET
    assert parsed.to_dict() == {"grant_type": "client_credentials"}
    assert _component_validator("TokenRequest").is_valid({"grant_type": "client_credentials"})
    assert not _component_validator("TokenRequest").is_valid({"grant_type": "password"})


def test_oauth_error_loads_and_round_trips() -> None:
    raw = {"error": "invalid_client", "error_description": "Client authentication failed."}
    error = OAuthErrorResponse.from_dict(raw)
    assert error.error is OAuthErrorCode.INVALID_CLIENT
    assert error.to_dict() == raw


# --- surrounding endpoints ------------------------------------------------------------------


def test_person_request_and_response_round_trip() -> None:
    request = {
        "salutation": "MS",
        "first_name": "Erika",
        "last_name": "Mustermann",
        "birth_date": "1985-06-15",
        "nationality": "DE",
        "address": {
            "line_1": "BERLINER STR. 45",
            "postal_code": "14169",
            "city": "Berlin",
            "country": "DE",
        },
        "employment_status": "SELF_EMPLOYED",
    }
    body = CreatePersonRequest.from_dict(request)
    assert body.salutation is Salutation.MS
    assert body.birth_date == datetime.date(1985, 6, 15)
    assert body.employment_status is EmploymentStatus.SELF_EMPLOYED
    assert body.to_dict() == request
    validator = _component_validator("CreatePersonRequest")
    assert validator.is_valid(request)
    assert not validator.is_valid({**request, "first_name": "x" * 51})
    assert not validator.is_valid({"first_name": "Erika"})

    response = {"id": SEED_PERSON_ID, **request, "title": None, "email": None}
    person = Person.from_dict(response)
    assert person.id == SEED_PERSON_ID
    assert person.title is None
    assert isinstance(person.address, Address)
    assert person.to_dict() == response


def test_identification_session_round_trips_with_response_only_methods() -> None:
    request = {
        "callback_url": "https://example.com/kyc/callback",
        "identification_methods": ["idnow", "bank_id"],
    }
    assert CreateIdentificationSessionRequest.from_dict(request).to_dict() == request
    validator = _component_validator("CreateIdentificationSessionRequest")
    assert validator.is_valid(request)
    # `manual` / `postident` can be returned but not requested.
    assert not validator.is_valid({**request, "identification_methods": ["manual"]})

    response = {
        "id": "4c9c1ef1a4c2a14e0d0cbfe15b0a5a4fises",
        "url": "https://onboarding.solarisbank.de/identification-sessions/4c9c1ef1a4c2a14e0d0cbfe15b0a5a4fises",
        "callback_url": "https://example.com/kyc/callback",
        "identification_methods": ["idnow", "manual", "postident"],
        "status": "created",
    }
    session = IdentificationSession.from_dict(response)
    assert session.identification_methods == [
        IdentificationSessionMethod.IDNOW,
        IdentificationSessionMethod.MANUAL,
        IdentificationSessionMethod.POSTIDENT,
    ]
    assert session.status is IdentificationSessionStatus.CREATED
    assert session.to_dict() == response


def test_webhook_subscription_secret_only_on_create() -> None:
    request = {
        "event_type": "IDENTIFICATION",
        "url": "https://example.com/webhooks/solaris/identification",
    }
    assert CreateWebhookRequest.from_dict(request).to_dict() == request
    validator = _component_validator("CreateWebhookRequest")
    assert validator.is_valid(request)
    # The schema accepts any URI (no `pattern`): the HTTPS rule is the server's own check,
    # 400 `unsafe_webhook_url` (the emulator lets loopback http through; see
    # tests/emulator/test_solaris.py), so a plain http URL is schema-valid.
    assert validator.is_valid({**request, "url": "http://example.com/hook"})
    url_schema = yaml.safe_load(SPEC.read_text())["components"]["schemas"]["CreateWebhookRequest"]["properties"]["url"]
    # Its only `pattern` is the general "no leading/trailing whitespace" rule, not an HTTPS one.
    assert url_schema["pattern"] == r"^(?![ \t\n\v\f\r])(?![\s\S]*[ \t\n\v\f\r]$)"
    assert not validator.is_valid({**request, "url": " https://example.com/hook"})

    created = {"id": "9b8bb1bb2b7a4d9a8e2cf4bb6c5b6a2fwhk", **request, "secret": "6bfb0a7e4e3c2d1f"}
    webhook = Webhook.from_dict(created)
    assert webhook.event_type is WebhookEventType.IDENTIFICATION
    assert webhook.secret == "6bfb0a7e4e3c2d1f"
    assert webhook.to_dict() == created

    listed = {k: v for k, v in created.items() if k != "secret"}
    assert Webhook.from_dict(listed).secret is UNSET
    assert Webhook.from_dict(listed).to_dict() == listed


def test_identification_webhook_payload_is_the_identification_object() -> None:
    raw = {
        **json.loads(SEED_002_RESPONSE),
        "method": "bank_plus",
        "status": "successful",
        "terms_and_conditions_signed_at": None,
        "metadata": {
            "account_bic": "SOBKDEBBXXX",
            "account_currency": "EUR",
            "account_id": "4b2d8c9e0f1a2b3c4d5e6f7a8b9c0d1eacct",
            "iban": "DE11010101010101010100",
        },
    }
    payload = IdentificationWebhookPayload.from_dict(raw)
    assert payload.id == "9dfe2f4edaa67138be0c0c1cd3a7d849cidt"
    assert payload.method is IdentificationMethod.BANK_PLUS
    assert isinstance(payload.metadata, BankPlusMetadata)
    assert payload.metadata.account_currency == "EUR"
    assert payload.to_dict() == raw


# --- tolerant reader (specs/README.md): only ids and status are required ----------------------


def test_answers_with_only_the_guaranteed_fields_parse() -> None:
    identification = {"id": SEED_IDENTIFICATION_ID, "status": "created"}
    for model, name in (
        (PersonIdentification, "PersonIdentification"),
        (IdentificationWebhookPayload, "IdentificationWebhookPayload"),
    ):
        parsed = model.from_dict(dict(identification))
        assert parsed.status is IdentificationStatus.CREATED
        assert parsed.method is UNSET
        assert parsed.person_id is UNSET
        assert parsed.to_dict() == identification
        assert _component_validator(name).is_valid(identification)

    session = IdentificationSession.from_dict({"id": "4c9c1ef1a4c2a14e0d0cbfe15b0a5a4fises", "status": "pending"})
    assert session.url is UNSET
    assert session.identification_methods is UNSET
    assert Person.from_dict({"id": SEED_PERSON_ID}).first_name is UNSET
    assert Webhook.from_dict({"id": "9b8bb1bb2b7a4d9a8e2cf4bb6c5b6a2fwhk"}).url is UNSET
    token = TokenResponse.from_dict({"access_token": "t0k3n"})
    assert token.token_type is UNSET
    assert token.expires_in is UNSET
    assert OAuthErrorResponse.from_dict({"error": "invalid_client"}).error_description is UNSET
    assert SolarisErrorResponse.from_dict({}).to_dict() == {}


@pytest.mark.parametrize(
    ("model", "data", "missing"),
    [
        (PersonIdentification, {"id": SEED_IDENTIFICATION_ID}, "status"),
        (PersonIdentification, {"status": "created"}, "id"),
        (IdentificationWebhookPayload, {"id": SEED_IDENTIFICATION_ID}, "status"),
        (IdentificationSession, {"id": "4c9c1ef1a4c2a14e0d0cbfe15b0a5a4fises"}, "status"),
        (Person, {"first_name": "Erika"}, "id"),
        (Webhook, {"url": "https://example.com/h"}, "id"),
        (TokenResponse, {"token_type": "bearer"}, "access_token"),
        (OAuthErrorResponse, {"error_description": "x"}, "error"),
    ],
    ids=lambda v: v.__name__ if isinstance(v, type) else None,
)
def test_the_guaranteed_fields_stay_required(model: Any, data: dict[str, Any], missing: str) -> None:
    with pytest.raises(KeyError, match=missing):
        model.from_dict(data)


# --- forward compatibility ------------------------------------------------------------------


def test_unknown_enum_values_and_extra_fields_parse_and_round_trip() -> None:
    raw = {
        **json.loads(SEED_001_RESPONSE),
        "status": "pending_video_review",
        "method": "idnow_eid_plus",
        "language": "FR",
        "provider_status_code": 9999,
        "account_verification_error": "tink_rate_limited",
        "risk_score": {"value": 12, "band": "low"},
    }
    identification = PersonIdentification.from_dict(raw)
    assert identification.status == "pending_video_review"
    assert isinstance(identification.status, IdentificationStatus)
    assert identification.method == "idnow_eid_plus"
    assert identification.language == "FR"
    assert identification.provider_status_code == 9999
    assert isinstance(identification.provider_status_code, FourthlineProviderStatusCode)
    assert identification.account_verification_error == "tink_rate_limited"
    assert identification.additional_properties == {"risk_score": {"value": 12, "band": "low"}}
    # Known values stay the canonical members.
    assert IdentificationStatus("successful") is IdentificationStatus.SUCCESSFUL

    dumped = identification.to_dict()
    assert dumped.pop("completed_at") == "2021-09-14T18:18:28+00:00"
    assert dumped == {k: v for k, v in raw.items() if k != "completed_at"}


def test_unknown_values_in_errors_and_webhooks_parse() -> None:
    raw = {
        "errors": [{"id": "x", "status": 429, "code": "rate_limited", "retry_after": 3}],
        "meta": {"a": 1},
    }
    envelope = SolarisErrorResponse.from_dict(raw)
    assert envelope.errors[0].additional_properties == {"retry_after": 3}
    assert envelope.additional_properties == {"meta": {"a": 1}}
    assert envelope.to_dict() == raw

    webhook_raw = {"id": "w1", "event_type": "PERSON_CHANGED", "url": "https://example.com/h"}
    webhook = Webhook.from_dict(webhook_raw)
    assert webhook.event_type == "PERSON_CHANGED"
    assert webhook.to_dict() == webhook_raw
