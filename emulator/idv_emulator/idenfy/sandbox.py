"""iDenfy's documented defaults and sandbox data: the token defaults, the echoed fields and the
example person a finished verification reads from its document (the seed's examples)."""

from __future__ import annotations

from typing import Any

# The seed table's "Default value" column, in the order of the seed's example responses.
TOKEN_DEFAULTS: dict[str, Any] = {
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
    "address": None,
    "tokenType": "IDENTIFICATION",
    "videoCallQuestions": [],
    "externalRef": None,
    "utilityBill": False,
    "additionalSteps": None,
    "additionalData": None,
}
# Fields without a documented default: echoed only when the request sent them.
ECHOED_IF_SENT = (
    "dummyStatus",
    "checkLiveness",
    "reviewSuccessful",
    "reviewFailed",
    "driverLicenseBack",
    "autoAmlMonitoring",
    "fraudServices",
    "checkIpProxy",
    "maxAttemptCount",
    "checkFaceBlacklist",
    "checkDocFaceBlacklist",
    "checkDuplicateFaces",
    "checkDuplicateDocFaces",
    "nfcRequired",
    "faceMatchingThresholdModifier",
    "levenshteinTextMatchRatio",
    "levenshteinMrzMatchRatio",
    "checkUrjanet",
    "detectionTypes",
    # The official OpenAPI file's fields that its token answer echoes.
    "questionnaire",
    "riskAssessmentProfile",
    "theme",
    "registryCentersCountries",
    "allowBsnMasking",
    "verifyBankTransactions",
    "bankCardVerification",
    "bankCardPdfUpload",
    "checkLid",
    "checkDriverLicense",
    "verifyAddress",
    "verifyEmail",
    "checkPersonBlacklist",
    "verifyBank",
    "verifyPhone",
    "checkCriminal",
    "checkAml",
    "verifyBankAccounts",
    "checkDuplicatePersonalData",
    "verifyBankBalances",
)
# Request-only fields of the official file (`questionnaireRequired`, `nfcOptional`, `ageLimit`,
# `ageMax`) are stored with the verification's request but not echoed.

INTEGER_FIELDS = ("expiryTime", "sessionLength", "maxAttemptCount")

# The person on the emulated document: the spec's (and iDenfy's documentation's) example.
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
    # The official file's further `data` fields: what a Lithuanian passport does not carry.
    "docTemporaryAddress": None,
    "docBirthName": None,
    "docPatronymic": None,
    "mothersMaidenName": None,
    "driverLicenseCategory": None,
    "fullName": "JOHN TOM SMITH",
    "orgFirstName": None,
    "orgLastName": None,
    "orgNationality": None,
    "orgBirthPlace": None,
    "orgAuthority": None,
    "orgAddress": None,
    "orgTemporaryAddress": None,
    "orgMothersMaidenName": None,
    "orgPatronymic": None,
    "orgBirthName": None,
    "ageEstimate": "OVER_25",
    "additionalData": None,
}
EMPTY_DOCUMENT: dict[str, Any] = dict.fromkeys(SANDBOX_DOCUMENT)
# Where the emulated client "was" when going through the hosted page.
UI_CLIENT = {"platform": "PC", "clientIp": "192.0.2.10", "clientIpCountry": "LT", "clientLocation": "Kaunas, Lithuania"}
NO_CLIENT: dict[str, Any] = dict.fromkeys(UI_CLIENT)
# The emulated partner company and beneficiary (the official webhook's `companyId`, `beneficiaryId`).
COMPANY_ID = "5f0c2a8e-0000-4000-8000-00000000c0de"
BENEFICIARY_ID = "5f0c2a8e-0000-4000-8000-0000000be4ef"
