"""The JSON examples of the Hopae Connect seed page load into the generated models and round-trip.

Seed: /work/shared/seeds/003_3c47996c0ae3df9d.txt ("Create Verification",
`POST /connect/v1/verifications`). The JSON snippets below are copied verbatim from it (request
body from the curl `--data`, the `userData`, `requestedClaims` and `matchData` snippets, and the
response example). `to_dict()` must give back the input, except where the model fills in a
documented default or re-serialises a timestamp; those differences are asserted explicitly.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

from hopae_client.models import (
    ClaimName,
    ErrorBody,
    ErrorDetails,
    ErrorInfo,
    ErrorResponse,
    FlowDetails,
    FlowType,
    HopaeLoaLabel,
    MatchData,
    ProviderConfiguration,
    RedirectTarget,
    TokenErrorResponse,
    UserData,
    UserDataFieldType,
    UserInfo,
    UserInfoAmrType1,
    Verification,
    VerificationCreate,
    VerificationEvent,
    VerificationEventType,
    VerificationMetadata,
    VerificationStatus,
)
from hopae_client.types import UNSET

UTC = datetime.UTC

# --- verbatim from the seed page -----------------------------------------------------------

SEED_REQUEST = """{
      "providerId": "frejaid"
    }"""

SEED_USER_DATA = """
  {
    "registrationId": "PNOLT-40504040001"
  }
"""

SEED_REQUESTED_CLAIMS = """
  ["name", "given_name", "family_name", "middle_name", "nickname", "preferred_username", "gender", "birthdate", "locale", "email", "phone_number", "address", "nationality"]
"""  # noqa: E501 (verbatim from the seed page)

SEED_MATCH_DATA = """
  {
    "fullName": "Test User",
    "dateOfBirth": "1990-01-01"
  }
"""

SEED_RESPONSE = """
  {
    "verificationId": "058ff1aa613a40a883d367a07d7b3713",
    "status": "initiated",
    "providerId": "frejaid",
    "flowType": "qr",
     "flowDetails": {
      "qrData": "qr-deep-link-url"
    },
    "expiresAt": "2025-08-06T12:00:00Z",
    "createdAt": "2025-08-06T11:00:00Z"
  }
"""

DEFAULT_REDIRECT_URI = "http://localhost:3000/callback"


def _iso_utc(value: str) -> str:
    """How the model re-serialises an ISO 8601 `...Z` timestamp (`datetime.isoformat()`)."""
    return datetime.datetime.fromisoformat(value).isoformat()


# --- request --------------------------------------------------------------------------------


def test_seed_request_body_round_trips() -> None:
    data = json.loads(SEED_REQUEST)
    body = VerificationCreate.from_dict(data)

    assert body.provider_id == "frejaid"
    # from_dict keeps an absent field absent; only the constructor fills in defaults.
    assert body.redirect_uri is UNSET
    assert body.user_data is UNSET
    assert body.requested_loa is UNSET
    assert body.requested_claims is UNSET
    assert body.match_data is UNSET
    assert body.additional_properties == {}
    assert body.to_dict() == data


def test_constructor_fills_the_documented_defaults() -> None:
    # providerId default "frejaid" and redirectUri default "http://localhost:3000/callback"
    # (both documented on the seed page) and privateMode default false (official Dto); the
    # constructed request sends them explicitly.
    body = VerificationCreate()
    assert body.provider_id == "frejaid"
    assert body.redirect_uri == DEFAULT_REDIRECT_URI
    assert body.private_mode is False
    assert body.to_dict() == {
        **json.loads(SEED_REQUEST),
        "redirectUri": DEFAULT_REDIRECT_URI,
        "privateMode": False,
    }


def test_seed_user_data_snippet() -> None:
    data = json.loads(SEED_USER_DATA)
    user_data = UserData.from_dict(data)

    assert user_data.registration_id == "PNOLT-40504040001"
    assert user_data.identification_number is UNSET
    assert user_data.additional_properties == {}
    assert user_data.to_dict() == data


def test_seed_requested_claims_snippet() -> None:
    claims = json.loads(SEED_REQUESTED_CLAIMS)
    assert len(claims) == 13
    body = VerificationCreate.from_dict({"providerId": "smartid", "requestedClaims": claims})

    assert isinstance(body.requested_claims, list)
    assert body.requested_claims == [ClaimName(c) for c in claims]
    # Every documented claim is a real member of the enum, not an open-enum pseudo-member.
    assert all(c in ClaimName.__members__.values() for c in body.requested_claims)
    assert body.requested_claims[0] is ClaimName.NAME
    assert body.requested_claims[-1] is ClaimName.NATIONALITY
    assert body.to_dict() == {"providerId": "smartid", "requestedClaims": claims}


def test_seed_match_data_snippet() -> None:
    data = json.loads(SEED_MATCH_DATA)
    match_data = MatchData.from_dict(data)

    # Provider-native keys: free-form, kept verbatim.
    assert match_data.additional_properties == {
        "fullName": "Test User",
        "dateOfBirth": "1990-01-01",
    }
    assert match_data["fullName"] == "Test User"
    assert match_data.to_dict() == data


def test_full_request_with_all_seed_snippets_round_trips() -> None:
    data: dict[str, Any] = {
        "providerId": "smartid",
        "redirectUri": "https://rp.example.com/hopae/callback",
        "userData": json.loads(SEED_USER_DATA),
        "requestedLoa": 3,
        "requestedClaims": json.loads(SEED_REQUESTED_CLAIMS),
        "matchData": json.loads(SEED_MATCH_DATA),
    }
    body = VerificationCreate.from_dict(data)

    assert body.requested_loa == 3
    assert isinstance(body.user_data, UserData)
    assert body.user_data.registration_id == "PNOLT-40504040001"
    assert isinstance(body.match_data, MatchData)
    assert body.to_dict() == data


# --- response -------------------------------------------------------------------------------


def test_seed_response_example() -> None:
    data = json.loads(SEED_RESPONSE)
    verification = Verification.from_dict(data)

    assert verification.verification_id == "058ff1aa613a40a883d367a07d7b3713"
    assert verification.status is VerificationStatus.INITIATED
    assert verification.provider_id == "frejaid"
    assert verification.flow_type is FlowType.QR
    assert isinstance(verification.flow_details, FlowDetails)
    assert verification.flow_details.qr_data == "qr-deep-link-url"
    assert verification.flow_details.authorization_url is UNSET
    assert verification.expires_at == datetime.datetime(2025, 8, 6, 12, 0, tzinfo=UTC)
    assert verification.created_at == datetime.datetime(2025, 8, 6, 11, 0, tzinfo=UTC)
    assert verification.verification_model is UNSET
    assert verification.additional_properties == {}

    out = verification.to_dict()
    # Timestamps come back as `+00:00` instead of `Z`: same instant, different spelling.
    assert out["expiresAt"] == "2025-08-06T12:00:00+00:00"
    assert out["createdAt"] == "2025-08-06T11:00:00+00:00"
    expected = {
        **data,
        "expiresAt": _iso_utc(data["expiresAt"]),
        "createdAt": _iso_utc(data["createdAt"]),
    }
    assert out == expected
    assert Verification.from_dict(out) == verification


# --- surrounding-endpoint snippets (providers.md) --------------------------------------------


def test_userinfo_not_completed_error_envelope() -> None:
    data = {
        "error": {
            "code": "verification_not_completed",
            "message": "Verification is not completed",
            "details": {"status": "failed", "verificationId": "058ff1aa613a40a883d367a07d7b3713"},
        }
    }
    error = ErrorResponse.from_dict(data)

    assert error.error.code == "verification_not_completed"
    assert isinstance(error.error.details, ErrorDetails)
    assert error.error.details.status is VerificationStatus.FAILED
    assert error.error.details.verification_id == "058ff1aa613a40a883d367a07d7b3713"
    assert error.to_dict() == data


def test_get_verification_loa_fields() -> None:
    data = {
        "verificationId": "058ff1aa613a40a883d367a07d7b3713",
        "status": "completed",
        "providerId": "smartid",
        "flowType": "push",
        "createdAt": "2025-08-06T11:00:00+00:00",
        "expiresAt": "2025-08-06T12:00:00+00:00",
        "verifiedAt": None,
        "acr": "urn:hopae:loa:3",
        "hopae_loa": 3,
        "hopae_loa_label": "substantial",
    }
    metadata = VerificationMetadata.from_dict(data)

    assert metadata.status is VerificationStatus.COMPLETED
    assert metadata.acr == "urn:hopae:loa:3"
    assert metadata.hopae_loa == 3
    assert metadata.hopae_loa_label == "substantial"
    assert metadata.verified_at is None
    assert metadata.to_dict() == data


# --- forward compatibility ------------------------------------------------------------------


def test_unknown_enum_values_and_extra_fields_parse_and_round_trip() -> None:
    data = json.loads(SEED_RESPONSE)
    data["status"] = "on_hold"
    data["flowType"] = "nfc"
    data["verification_model"] = "hybrid"
    data["riskScore"] = 0.25
    data["flowDetails"]["deepLink"] = "frejaeid://bindUserToTransaction"

    verification = Verification.from_dict(data)

    assert verification.status == "on_hold"
    assert isinstance(verification.status, VerificationStatus)
    assert verification.status not in VerificationStatus.__members__.values()
    assert verification.flow_type == "nfc"
    assert verification.verification_model == "hybrid"
    assert verification.additional_properties == {"riskScore": 0.25}
    assert isinstance(verification.flow_details, FlowDetails)
    assert verification.flow_details.additional_properties == {
        "deepLink": "frejaeid://bindUserToTransaction"
    }

    out = verification.to_dict()
    assert out["status"] == "on_hold"
    assert out["flowType"] == "nfc"
    assert out["verification_model"] == "hybrid"
    assert out["riskScore"] == 0.25
    assert out == {
        **data,
        "expiresAt": _iso_utc(data["expiresAt"]),
        "createdAt": _iso_utc(data["createdAt"]),
    }


def test_webhook_payload_with_unknown_event_parses() -> None:
    data = {
        "event": "verification.reopened",
        "eventId": "evt_2c5d8f1e9a7b4c3d",
        "timestamp": "2025-08-06T11:01:30+00:00",
        "apiVersion": "v1",
        "clientId": "client_123",
        "data": {
            "verificationId": "058ff1aa613a40a883d367a07d7b3713",
            "status": "completed",
            "providerId": "smartid",
            "hopae_loa": 3,
        },
    }
    event = VerificationEvent.from_dict(data)

    assert event.event == "verification.reopened"
    assert isinstance(event.event, VerificationEventType)
    assert (
        VerificationEventType("verification.completed")
        is VerificationEventType.VERIFICATION_COMPLETED
    )
    assert event.data.status is VerificationStatus.COMPLETED
    assert event.data.additional_properties == {"hopae_loa": 3}
    assert event.to_dict() == data


# --- official OpenAPI file (reference/official-specs.md §3): both generations parse ---------


def test_dto_create_answer_without_flow_type_parses() -> None:
    """`CreateVerificationResponseDto` requires neither `flowType` nor (in practice) `links`."""
    data = {
        "verificationId": "ver_2hJ8kL9mN3pQ5rS7",
        "status": "awaiting_user_action",
        "providerId": "bankidse",
        "expiresAt": "2025-08-06T12:00:00Z",
        "createdAt": "2025-08-06T11:00:00Z",
        "links": "https://api.example/v1/verifications/ver_2hJ8kL9mN3pQ5rS7",
        "polling": {"recommendedInterval": 2000, "maxDuration": 300000},
        "redirectBehavior": {"method": "GET", "target": "_blank", "mobileBehavior": "same_tab"},
        "flowDetails": {"autoStartToken": "ast-secret-123", "action": {"type": "deeplink", "url": "bankid:///"}},
    }
    verification = Verification.from_dict(data)

    assert verification.status is VerificationStatus.AWAITING_USER_ACTION
    assert verification.flow_type is UNSET
    assert verification.links == data["links"]
    assert verification.polling is not UNSET and verification.polling.recommended_interval == 2000
    assert verification.redirect_behavior is not UNSET
    assert verification.redirect_behavior.target is RedirectTarget.BLANK
    assert isinstance(verification.flow_details, FlowDetails)
    assert "ast-secret-123" not in repr(verification.flow_details)  # x-sensitive
    assert verification.to_dict() == {
        **data,
        "expiresAt": _iso_utc(data["expiresAt"]),
        "createdAt": _iso_utc(data["createdAt"]),
    }


def test_minimal_status_answer_and_nulls_parse() -> None:
    """Only the identifiers and the status are guaranteed; documented nulls are accepted."""
    data = {
        "verificationId": "058ff1aa613a40a883d367a07d7b3713",
        "status": "failed",
        "providerId": "smartid",
        "failedAt": "2025-08-06T11:02:00+00:00",
        "error": {"type": "user", "code": "user_declined", "message": "declined"},
        "verifiedAt": None,
        "hopae_loa": None,
        "hopae_loa_label": None,
        "referenceId": None,
    }
    metadata = VerificationMetadata.from_dict(data)

    assert metadata.created_at is UNSET and metadata.flow_type is UNSET
    assert isinstance(metadata.error, ErrorInfo) and metadata.error.code == "user_declined"
    assert metadata.hopae_loa_label is None and metadata.reference_id is None
    assert metadata.to_dict() == data
    assert VerificationMetadata.from_dict(
        {"verificationId": "v", "status": "processing", "providerId": "p"}
    ).status is (VerificationStatus.PROCESSING)


def test_legacy_status_answer_with_code_and_attributes() -> None:
    data = {
        "verificationId": "058ff1aa613a40a883d367a07d7b3713",
        "status": "completed",
        "providerId": "smartid",
        "authorizationCode": "a1b2c3",
        "verifiedAttributes": {"name": "OK TESTNUMBER"},
        "hopae_loa_label": "qualified",
        "expiresAt": "2025-08-06T12:00:00+00:00",
        "verifiedAt": "2025-08-06T11:01:30+00:00",
    }
    metadata = VerificationMetadata.from_dict(data)

    assert metadata.authorization_code == "a1b2c3"
    assert "a1b2c3" not in repr(metadata)
    assert metadata.hopae_loa_label is HopaeLoaLabel.QUALIFIED
    assert metadata.to_dict() == data


def test_userinfo_amr_as_list_or_object() -> None:
    listed = UserInfo.from_dict({"sub": "s", "provider_id": "smartid", "amr": ["smartid"], "hopae_loa_label": "none"})
    assert listed.amr == ["smartid"] and listed.hopae_loa_label is HopaeLoaLabel.NONE
    as_object = UserInfo.from_dict({"sub": "s", "provider_id": "smartid", "amr": {"0": "smartid"}, "user": None})
    assert isinstance(as_object.amr, UserInfoAmrType1)
    assert as_object.amr.additional_properties == {"0": "smartid"}
    assert as_object.user is None and as_object.verification_model is UNSET
    assert as_object.to_dict() == {"sub": "s", "provider_id": "smartid", "amr": {"0": "smartid"}, "user": None}


def test_provider_configuration_example_of_the_official_file() -> None:
    data = {
        "providerId": "idin",
        "requiredUserData": [
            {
                "field": "presetBank",
                "type": "select",
                "required": True,
                "label": "Bank Selection",
                "description": "Select your Dutch bank for iDIN verification",
                "options": [{"value": "ABNANL2A", "label": "ABN AMRO"}],
                "pattern": "^[A-Z]{2}[0-9]{9}$",
            }
        ],
        "flowTypes": ["redirect"],
        "lastUpdated": "2024-01-15T10:30:00+00:00",
    }
    config = ProviderConfiguration.from_dict(data)

    assert isinstance(config.required_user_data, list)
    (bank,) = config.required_user_data
    assert bank.type_ is UserDataFieldType.SELECT and bank.required is True
    assert config.to_dict() == data


def test_token_error_bodies_of_both_shapes() -> None:
    oauth = TokenErrorResponse.from_dict({"error": "invalid_grant", "error_description": "used"})
    assert oauth.error == "invalid_grant"
    envelope = TokenErrorResponse.from_dict({"error": {"code": "rate_limit_exceeded", "message": "slow down"}})
    assert isinstance(envelope.error, ErrorBody) and envelope.error.code == "rate_limit_exceeded"


def test_evidence_error_example_of_the_official_file() -> None:
    data = {
        "error": {
            "code": "evidence_not_available",
            "message": "Evidence is not available for this verification",
            "details": {"status": "initiated", "verificationId": "058ff1aa613a40a883d367a07d7b3713"},
        }
    }
    error = ErrorResponse.from_dict(data)
    assert error.error is not UNSET and error.error.code == "evidence_not_available"
    assert ErrorResponse.from_dict({}).error is UNSET  # nothing in the envelope is guaranteed
    assert error.to_dict() == data
