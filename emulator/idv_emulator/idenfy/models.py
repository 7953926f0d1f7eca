"""iDenfy state: verification tokens and the verification each one starts.

ACTIVE (token created) → automatic result APPROVED | DENIED | SUSPECTED → manual review
result (the same by default, or another one, e.g. SUSPECTED → APPROVED), with REVIEWING in
between when the manual result is held back; ACTIVE → EXPIRED once the token's `expiryTime`
passes unused; any state → DELETED by `/api/v2/delete`, which is refused until the token
expired. `dummyStatus` creates a verification that is already finished that way.

Every transition returns the webhook events it causes, in order; the HTTP layer signs and
delivers them. The document read from a finished verification is the seed's example person
("JOHN TOM SMITH", passport, LT), overlaid with whatever client data the token carried, so
an approved verification never disagrees with what the integrator sent.
"""

from __future__ import annotations

import ipaddress
import string
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..core.clock import Clock
from ..core.errors import ApiError
from ..core.ids import Ids

RESULTS = ("APPROVED", "DENIED", "SUSPECTED")
# `generateDigitString` caps `expiryTime` at the default expiry (seed note on the digit string).
DIGIT_STRING_MAX_EXPIRY = 86400
AUTH_TOKEN_ALPHABET = string.ascii_letters + string.digits

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
)

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
}
EMPTY_DOCUMENT: dict[str, Any] = dict.fromkeys(SANDBOX_DOCUMENT)
# Where the emulated client "was" when going through the hosted page.
UI_CLIENT = {"platform": "PC", "clientIp": "192.0.2.10", "clientIpCountry": "LT", "clientLocation": "Kaunas, Lithuania"}
NO_CLIENT: dict[str, Any] = dict.fromkeys(UI_CLIENT)


@dataclass(frozen=True)
class Review:
    """One processing result: the overall status it gives and the document and face checks."""

    overall: str
    document: str
    face: str


@dataclass(frozen=True)
class Event:
    """A webhook to send: its `Idenfy-Event-Type` and payload, snapshotted at the transition."""

    type: str
    payload: dict[str, Any]


@dataclass
class Verification:
    scan_ref: str
    auth_token: str
    client_id: str
    token: dict[str, Any]  # the creation response, echoed request included
    created_at: float
    expires_at: float
    provider_url: str  # the emulator's iDenfy root as the integrator reached it
    status: str = "ACTIVE"
    auto: Review | None = None
    manual: Review | None = None
    fraud_tags: list[str] = field(default_factory=list)
    mismatch_tags: list[str] = field(default_factory=list)
    document: dict[str, Any] | None = None
    client: dict[str, Any] = field(default_factory=lambda: dict(NO_CLIENT))
    started_at: float | None = None
    finished_at: float | None = None
    token_expired: bool = False
    history: list[str] = field(default_factory=lambda: ["ACTIVE"])

    @property
    def callback_url(self) -> str | None:
        url: str | None = self.token.get("callbackUrl")
        return url

    @property
    def redirect_url(self) -> str:
        return f"{self.provider_url}/_pages/verification?authToken={self.auth_token}"

    def redirect_after(self) -> str:
        """Where the hosted page sends the client once the verification has this status."""
        if self.status == "APPROVED" or (self.status == "REVIEWING" and self.auto and self.auto.overall == "APPROVED"):
            return str(self.token["successUrl"])
        if self.status in ("DENIED", "SUSPECTED", "REVIEWING"):
            return str(self.token["errorUrl"])
        return str(self.token["unverifiedUrl"])


class IdenfyBackend:
    def __init__(self, clock: Clock, ids: Ids) -> None:
        self.clock = clock
        self.ids = ids
        self.verifications: dict[str, Verification] = {}
        self.by_auth_token: dict[str, Verification] = {}
        self.persons: dict[str, str] = {}  # clientId -> personScanRef

    # -- operations ---------------------------------------------------------------------

    def create(self, body: dict[str, Any], provider_url: str) -> tuple[Verification, list[Event]]:
        _check_callback_url(body.get("callbackUrl"))
        expiry_time = body.get("expiryTime", TOKEN_DEFAULTS["expiryTime"])
        if body.get("generateDigitString") is True and expiry_time > DIGIT_STRING_MAX_EXPIRY:
            raise ApiError(
                400,
                "VALIDATION_ERROR",
                "Validation error",
                f"expiryTime cannot exceed {DIGIT_STRING_MAX_EXPIRY} seconds (the digit string's maximum expiry time) when generateDigitString is true.",
                field="expiryTime",
            )
        client_id = body["clientId"]
        now = self.clock.time()
        verification = Verification(
            scan_ref=self.ids.uuid(),
            auth_token=self.ids.token(40, AUTH_TOKEN_ALPHABET),
            client_id=client_id,
            token={},
            created_at=now,
            expires_at=now + expiry_time,
            provider_url=provider_url,
        )
        verification.token = self._token_view(verification, body)
        self.verifications[verification.scan_ref] = verification
        self.by_auth_token[verification.auth_token] = verification
        events: list[Event] = []
        dummy = body.get("dummyStatus")
        if dummy == "EXPIRED":
            events = self.expire(verification)
        elif dummy in RESULTS:  # finished at once, with no UI: no platform or client IP
            verification.started_at = now
            events = self.finish(verification, dummy, dummy, ui=False)
        return verification, events

    def get(self, scan_ref: str) -> Verification:
        verification = self.verifications.get(scan_ref)
        if verification is None:
            raise ApiError(404, "BAD_VALUE", "Not found", "Verification with the given scanRef was not found.")
        return verification

    def by_token(self, auth_token: str) -> Verification | None:
        return self.by_auth_token.get(auth_token)

    def open_page(self, verification: Verification) -> None:
        """The client opened the hosted UI: the verification's `startTime`."""
        if verification.status == "ACTIVE" and verification.started_at is None:
            verification.started_at = self.clock.time()

    def finish(self, verification: Verification, auto: str, manual: str | None, *, ui: bool = True) -> list[Event]:
        """Automatic processing gave `auto`; the manual review gives `manual` (None: held back)."""
        if verification.status != "ACTIVE":
            raise ApiError(
                409,
                "verification_finished",
                "Conflict",
                f"The verification is {verification.status}; only an ACTIVE verification can be finished.",
            )
        now = self.clock.time()
        verification.auto = review_for(auto, verification)
        verification.document = document_for(verification.token)
        verification.mismatch_tags = ["DOC_INFO_MISMATCH"] if auto == "SUSPECTED" else []
        verification.fraud_tags = []
        if ui:
            verification.client = dict(UI_CLIENT)
        if verification.started_at is None:
            verification.started_at = now
        verification.finished_at = now
        self._move(verification, "REVIEWING" if manual is None else auto)
        events = [Event("IDENTIFICATION_AUTO_FINISHED", self.webhook_payload(verification, final=False))]
        if manual is not None:
            events += self.review(verification, manual)
        return events

    def review(self, verification: Verification, manual: str) -> list[Event]:
        """The manual review of an automatically processed verification finished."""
        if verification.auto is None or verification.manual is not None:
            raise ApiError(
                409,
                "verification_not_in_review",
                "Conflict",
                f"The verification is {verification.status}; only one awaiting manual review can get a manual result.",
            )
        verification.manual = review_for(manual, verification)
        self._move(verification, manual)
        return [Event("IDENTIFICATION_MANUAL_FINISHED", self.webhook_payload(verification, final=True))]

    def expire(self, verification: Verification) -> list[Event]:
        """The token's time ran out; an unused verification becomes EXPIRED."""
        verification.token_expired = True
        verification.expires_at = min(verification.expires_at, self.clock.time())
        if verification.status != "ACTIVE":
            return []
        self._move(verification, "EXPIRED")
        return [Event("IDENTIFICATION_EXPIRED", self.webhook_payload(verification, final=True))]

    def expire_if_due(self, verification: Verification) -> list[Event]:
        if verification.token_expired or self.clock.time() < verification.expires_at:
            return []
        return self.expire(verification)

    def expire_due(self) -> list[tuple[Verification, list[Event]]]:
        due = [(v, self.expire_if_due(v)) for v in self.verifications.values()]
        return [(v, events) for v, events in due if events]

    def delete(self, verification: Verification) -> None:
        if not verification.token_expired:
            raise ApiError(400, "PARTNER_ERROR", "Partner error", "Token has not expired yet.")
        verification.auto = verification.manual = None
        verification.document = None
        verification.fraud_tags, verification.mismatch_tags = [], []
        verification.client = dict(NO_CLIENT)
        if verification.status != "DELETED":
            self._move(verification, "DELETED")

    # -- views --------------------------------------------------------------------------

    def status_view(self, verification: Verification) -> dict[str, Any]:
        v = verification
        return {
            "status": v.status,
            "scanRef": v.scan_ref,
            "clientId": v.client_id,
            "autoDocument": v.auto.document if v.auto else None,
            "autoFace": v.auto.face if v.auto else None,
            "manualDocument": v.manual.document if v.manual else None,
            "manualFace": v.manual.face if v.manual else None,
            "fraudTags": list(v.fraud_tags),
            "mismatchTags": list(v.mismatch_tags),
        }

    def data_view(self, verification: Verification) -> dict[str, Any]:
        document = verification.document or EMPTY_DOCUMENT
        return {**document, "scanRef": verification.scan_ref, "clientId": verification.client_id}

    def webhook_payload(self, verification: Verification, *, final: bool) -> dict[str, Any]:
        v = verification
        # The automatic event reports the automatic result even while the manual one is pending.
        overall = v.status if final or v.auto is None else v.auto.overall
        manual = v.manual if final else None
        return {
            "final": final,
            "platform": v.client["platform"],
            "status": {
                "overall": overall,
                "fraudTags": list(v.fraud_tags),
                "mismatchTags": list(v.mismatch_tags),
                "autoFace": v.auto.face if v.auto else None,
                "manualFace": manual.face if manual else None,
                "autoDocument": v.auto.document if v.auto else None,
                "manualDocument": manual.document if manual else None,
                "additionalSteps": additional_step_results(v.token, overall) if v.auto else None,
            },
            "data": dict(v.document or EMPTY_DOCUMENT),
            "fileUrls": file_urls(v) if v.auto else None,
            "scanRef": v.scan_ref,
            "clientId": v.client_id,
            "externalRef": v.token["externalRef"],
            "startTime": _unix(v.started_at),
            "finishTime": _unix(v.finished_at),
            "clientIp": v.client["clientIp"],
            "clientIpCountry": v.client["clientIpCountry"],
            "clientLocation": v.client["clientLocation"],
        }

    def dump(self) -> dict[str, Any]:
        return {
            "verifications": {
                v.scan_ref: {
                    **self.status_view(v),
                    "authToken": v.auth_token,
                    "tokenExpired": v.token_expired,
                    "expiresAt": _unix(v.expires_at),
                    "history": list(v.history),
                    "token": dict(v.token),
                }
                for v in self.verifications.values()
            }
        }

    # -- helpers ------------------------------------------------------------------------

    def _token_view(self, verification: Verification, body: dict[str, Any]) -> dict[str, Any]:
        echoed = {name: body.get(name, default) for name, default in TOKEN_DEFAULTS.items()}
        for name in ("firstName", "lastName"):
            if isinstance(echoed[name], str):
                echoed[name] = echoed[name].upper()
        person = self.persons.setdefault(verification.client_id, self.ids.uuid())
        view: dict[str, Any] = {
            "message": "Token created successfully",
            "authToken": verification.auth_token,
            "scanRef": verification.scan_ref,
            "clientId": verification.client_id,
            "personScanRef": person,
            **echoed,
            "digitString": self.ids.digits(8) if echoed["generateDigitString"] else None,
            "allowedDocuments": {"ALL": list(echoed["documents"])},
            "redirectUrl": verification.redirect_url,
        }
        view.update({name: body[name] for name in ECHOED_IF_SENT if name in body})
        for name in INTEGER_FIELDS:  # JSON Schema counts 600.0 as an integer; echo it as one
            if isinstance(view.get(name), float):
                view[name] = int(view[name])
        return view

    def _move(self, verification: Verification, status: str) -> None:
        verification.status = status
        verification.history.append(status)


def review_for(overall: str, verification: Verification) -> Review:
    """The document and face results behind an overall status, as iDenfy reports them."""
    face_checked = not document_only(verification)
    if overall == "APPROVED":
        review = Review(overall, "DOC_VALIDATED", "FACE_MATCH")
    elif overall == "SUSPECTED":
        review = Review(overall, "DOC_INFO_MISMATCH", "FACE_MATCH")
    elif face_checked:  # DENIED: the selfie does not match the document
        review = Review(overall, "DOC_VALIDATED", "FACE_MISMATCH")
    else:  # DENIED, document only: the document itself failed
        review = Review(overall, "DOC_FAKE", "FACE_NOT_CHECKED")
    if not face_checked:
        review = Review(review.overall, review.document, "FACE_NOT_CHECKED")
    return review


def document_for(token: dict[str, Any]) -> dict[str, Any]:
    """The emulated document: the sandbox person, overlaid with the client data sent."""
    document = dict(SANDBOX_DOCUMENT)
    overlay = {
        "docFirstName": token["firstName"],
        "docLastName": token["lastName"],
        "docNumber": token["documentNumber"],
        "docPersonalCode": token["personalNumber"],
        "docExpiry": token["dateOfExpiry"],
        "docDob": token["dateOfBirth"],
        "docDateOfIssue": token["dateOfIssue"],
        "docSex": {"M": "MALE", "F": "FEMALE"}.get(token["sex"] or ""),
        "docNationality": (token["nationality"] or "").upper() or None,
        "docIssuingCountry": (token["country"] or "").upper() or None,
        "selectedCountry": (token["country"] or "").upper() or None,
        "address": token["address"],
        "docType": token["documents"][0] if token["documents"] else None,
    }
    document.update({key: value for key, value in overlay.items() if value is not None})
    return document


def additional_step_results(token: dict[str, Any], overall: str) -> dict[str, Any] | None:
    """`{step: VALID|INVALID}` for the utility bill or each requested additional step."""
    steps: list[str] = []
    if token["utilityBill"]:
        steps.append("UTILITY_BILL")
    additional = token["additionalSteps"]
    if isinstance(additional, dict):
        for group in additional.values():  # keyed by country (or ALL), then by step
            if isinstance(group, dict):
                steps.extend(str(step) for step in group if str(step) not in steps)
    if not steps:
        return None
    result = "INVALID" if overall == "DENIED" else "VALID"
    return dict.fromkeys(steps, result)


def document_only(verification: Verification) -> bool:
    """`tokenType: DOCUMENT` checks the document alone: no selfie, no face result."""
    return bool(verification.token["tokenType"] == "DOCUMENT")


def file_names(verification: Verification) -> tuple[str, ...]:
    """The photos a verification has: both document sides, and the selfie unless document-only."""
    return ("FRONT", "BACK") if document_only(verification) else ("FRONT", "BACK", "FACE")


def file_urls(verification: Verification) -> dict[str, str]:
    base = f"{verification.provider_url}/_files/{verification.scan_ref}"
    return {name: f"{base}/{name}.png" for name in file_names(verification)}


def _check_callback_url(value: Any) -> None:
    """iDenfy requires HTTPS; the emulator also accepts http to a loopback host (local receivers)."""
    if value is None:
        return
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:  # e.g. an unbalanced IPv6 bracket or a bad port
        host = None
        parts = None
    valid = (
        parts is not None
        and host is not None
        and not any(ch.isspace() or ord(ch) < 32 for ch in value)
        and (parts.scheme == "https" or (parts.scheme == "http" and _is_loopback(host)))
    )
    if not valid:
        raise ApiError(
            400,
            "BAD_VALUE",
            "Bad value",
            "Bad value for parameter: callbackUrl. It must be an HTTPS URL (http only to a loopback host).",
            field="callbackUrl",
        )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _unix(moment: float | None) -> int | None:
    return None if moment is None else int(moment)
