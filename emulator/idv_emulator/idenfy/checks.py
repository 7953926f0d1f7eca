"""The extra checks a token can ask for, and the result blocks a finished verification reports
for them (in the webhook payload and the `/api/v2/data` answer).

A block appears only when its check was requested: `null` until the automatic processing
finished, then the check's result. The results are the sandbox's: a clean person, unless the
verification's fraud tags say otherwise (e.g. `AML_SUSPECTION` makes the AML services
suspect the person).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import Verification

Block = Callable[["Verification"], Any]


def _fraud_status(verification: Verification, *tags: str) -> dict[str, Any]:
    suspected = any(tag in verification.fraud_tags for tag in tags)
    return {
        "serviceSuspected": suspected,
        "serviceUsed": True,
        "serviceFound": True,
        "checkSuccessful": True,
        "overallStatus": "SUSPECTED" if suspected else "NOT_SUSPECTED",
    }


def _uid(verification: Verification, service: str) -> str:
    return f"{verification.scan_ref}:{service}"


def _aml_services(verification: Verification) -> list[str]:
    """`checkAml` runs the name screening; the seed's `fraudServices` names services itself."""
    request = verification.request
    services = [s for s in request.get("fraudServices") or () if s in ("AML_NAMES_CHECK", "AML_NEWS")]
    if request.get("checkAml") and "AML_NAMES_CHECK" not in services:
        services.insert(0, "AML_NAMES_CHECK")
    return services


def aml(verification: Verification) -> list[dict[str, Any]]:
    return [
        {
            "status": _fraud_status(verification, "AML_SUSPECTION", "AML_FAILED", "SANCTIONS_SUSPECTION"),
            "serviceName": service,
            "serviceGroupType": "AML",
            "uid": _uid(verification, service),
            "errorMessage": None,
            "data": [],
        }
        for service in _aml_services(verification)
    ]


def aml_check(verification: Verification) -> dict[str, Any]:
    suspected = any(tag in verification.fraud_tags for tag in ("AML_SUSPECTION", "SANCTIONS_SUSPECTION"))
    return {
        "id": _uid(verification, "AML_CHECK"),
        "overallStatus": "SUSPECTED" if suspected else "NOT_SUSPECTED",
        "statusSetBy": None,
        "statusSetAt": None,
        "adverseMedia": [],
        "amlCheck": [],
    }


def lid(verification: Verification) -> list[dict[str, Any]]:
    document = verification.document or {}
    return [
        {
            "status": _fraud_status(verification, "LID_SUSPECTION", "LID_FAILED"),
            "data": [
                {
                    "documentNumber": document.get("docNumber") or "",
                    "documentType": document.get("docType"),
                    "valid": "LID_SUSPECTION" not in verification.fraud_tags,
                    "expiryDate": document.get("docExpiry") or "",
                    "checkDate": _date(verification),
                }
            ],
            "serviceName": "LID",
            "serviceGroupType": "LID",
            "uid": _uid(verification, "LID"),
            "errorMessage": None,
        }
    ]


def criminal_check(verification: Verification) -> list[dict[str, Any]]:
    return [
        {
            "status": _fraud_status(verification, "CRIMINAL_SUSPECTED", "CRIMINAL_CHECK_FAILED"),
            "data": [],
            "serviceName": "CRIMINAL_CHECK",
            "serviceGroupType": "CRIMINAL_CHECK",
            "uid": _uid(verification, "CRIMINAL_CHECK"),
            "errorMessage": None,
        }
    ]


def registry_center_check(verification: Verification) -> dict[str, Any] | None:
    """The first requested registry centre the emulator knows (Lithuania); others: none."""
    countries = [str(c).upper() for c in verification.request.get("registryCentersCountries") or ()]
    if "LT" not in countries:
        return None
    document = verification.document or {}
    return {
        "checkedPersonalNumber": document.get("docPersonalCode") or "",
        "checkedDocumentType": "PA",
        "personalNumber": document.get("docPersonalCode"),
        "name": document.get("docFirstName"),
        "surname": document.get("docLastName"),
        "documentNumber": document.get("docNumber"),
        "documentExpiration": document.get("docExpiry"),
        "facePhoto": None,
        "resourceType": "LithuaniaRegistryCenterCheck",
    }


def address_verification(verification: Verification) -> dict[str, Any]:
    address = verification.request.get("address") or (verification.document or {}).get("address")
    unverified = not address or "ADDRESS_UNVERIFIED" in verification.fraud_tags
    return {
        "address": address or "",
        "country": (verification.document or {}).get("docIssuingCountry"),
        "status": "UNVERIFIED" if unverified else "VERIFIED",
        "accuracy": None if unverified else 100,
        "quality": None if unverified else "GOOD",
    }


def questionnaire_answers(verification: Verification) -> dict[str, Any]:
    return {"title": str(verification.request["questionnaire"]), "sections": []}


def risk_assessment(verification: Verification) -> dict[str, Any]:
    risky = verification.status in ("DENIED", "SUSPECTED") or bool(verification.fraud_tags)
    return {"riskScore": 70 if risky else 10, "riskLevel": "HIGH" if risky else "LOW"}


def bank_verification(verification: Verification) -> dict[str, Any]:
    request = verification.request
    accounts = []
    if request.get("verifyBankAccounts") or request.get("verifyBankBalances") or request.get("verifyBankTransactions"):
        accounts.append(
            {
                "id": _uuid_like(verification, 1),
                "name": (verification.document or {}).get("fullName"),
                "iban": "LT601010012345678901",
                "currency": "EUR",
                "balancesOverview": (
                    {"bookedBalance": 1000.0, "availableBalance": 1000.0} if request.get("verifyBankBalances") else None
                ),
                "transactionsCount": 12 if request.get("verifyBankTransactions") else None,
            }
        )
    return {
        "id": _uuid_like(verification, 0),
        "country": "LT",
        "bank": "Emulated Bank",
        "accounts": accounts,
        "riskLevel": "LOW",
    }


def email_verification(verification: Verification) -> dict[str, Any]:
    return {"email": "client@example.com", "emailVerified": True}


def phone_verification(verification: Verification) -> dict[str, Any]:
    return {"phone": "+37060000000", "phoneVerified": True}


def driver_license_check(verification: Verification) -> dict[str, Any]:
    document = verification.document or {}
    return {
        "name": document.get("docFirstName") or "",
        "surname": document.get("docLastName") or "",
        "dateOfBirth": document.get("docDob") or "",
        "state": "CA",
        "gender": None,
        "dateOfIssue": document.get("docDateOfIssue"),
        "dateOfExpiry": document.get("docExpiry"),
        "documentNumber": document.get("docNumber"),
        **dict.fromkeys(
            (
                "nameMatch",
                "surnameMatch",
                "dateOfBirthMatch",
                "dateOfIssueMatch",
                "dateOfExpiryMatch",
                "documentNumberMatch",
            ),
            True,
        ),
        "genderMatch": None,
    }


SANDBOX_CARD_LAST_FOUR = "1111"  # the emulated client's card ends in 1111


def bank_card_verification(verification: Verification) -> dict[str, Any]:
    """The card matches, unless `request-information` expected other last four digits."""
    expected = verification.request.get("bankCardExpectedLastFour")
    matches = None if expected is None else expected == SANDBOX_CARD_LAST_FOUR
    return {
        "id": _uuid_like(verification, 2),
        "status": "NO_MATCH" if matches is False else "MATCH",
        "noMatchReason": "NUMBER_MISMATCH" if matches is False else None,
        "name": (verification.document or {}).get("fullName"),
        "firstSix": "411111",
        "lastFour": SANDBOX_CARD_LAST_FOUR,
        "expiryDate": "2030-12-31",
        "nameMatch": True,
        "lastFourMatch": matches,
    }


# Result block -> (whether the token asked for it, the block).
BLOCKS: dict[str, tuple[Callable[[dict[str, Any]], bool], Block]] = {
    "AML": (
        lambda r: bool(r.get("checkAml") or {"AML_NAMES_CHECK", "AML_NEWS"} & set(r.get("fraudServices") or ())),
        aml,
    ),
    "amlCheck": (lambda r: bool(r.get("checkAml")), aml_check),
    "LID": (lambda r: bool(r.get("checkLid") or "LID" in (r.get("fraudServices") or ())), lid),
    "CRIMINAL_CHECK": (lambda r: bool(r.get("checkCriminal")), criminal_check),
    "registryCenterCheck": (lambda r: bool(r.get("registryCentersCountries")), registry_center_check),
    "addressVerification": (lambda r: bool(r.get("verifyAddress")), address_verification),
    "questionnaireAnswers": (lambda r: bool(r.get("questionnaire")), questionnaire_answers),
    "riskAssessment": (lambda r: bool(r.get("riskAssessmentProfile")), risk_assessment),
    "bankVerification": (lambda r: bool(r.get("verifyBank")), bank_verification),
    "emailVerification": (lambda r: bool(r.get("verifyEmail")), email_verification),
    "phoneVerification": (lambda r: bool(r.get("verifyPhone")), phone_verification),
    "driverLicenseCheck": (lambda r: bool(r.get("checkDriverLicense")), driver_license_check),
    "bankCardVerification": (lambda r: bool(r.get("bankCardVerification")), bank_card_verification),
}


def check_results(verification: Verification) -> dict[str, Any]:
    """The requested checks' blocks: `null` until the automatic processing finished."""
    finished = verification.auto is not None
    return {
        name: block(verification) if finished else None
        for name, (requested, block) in BLOCKS.items()
        if requested(verification.request)
    }


def document_checks(verification: Verification) -> dict[str, Any]:
    """The `data` fields the document-side checks fill in (`null` when not requested)."""
    request = verification.request
    finished = verification.auto is not None
    duplicate = "DUPLICATE_FACE" in verification.fraud_tags
    duplicate_doc = "DUPLICATE_DOC_FACE" in verification.fraud_tags
    return {
        "clientIpProxyRiskLevel": ("LOW" if finished else None) if request.get("checkIpProxy") else None,
        "duplicateFaces": ([_uuid_like(verification, 9)] if duplicate else [])
        if request.get("checkDuplicateFaces") and finished
        else None,
        "duplicateDocFaces": ([_uuid_like(verification, 8)] if duplicate_doc else [])
        if request.get("checkDuplicateDocFaces") and finished
        else None,
    }


def _date(verification: Verification) -> str:
    moment = verification.finished_at or verification.created_at
    return datetime.datetime.fromtimestamp(moment, datetime.UTC).date().isoformat()


def _uuid_like(verification: Verification, n: int) -> str:
    """A stable UUID-shaped id derived from the scanRef (one per block)."""
    return verification.scan_ref[:-2] + f"{n:02d}"
