"""iDenfy state: verification tokens and the verification each one starts.

ACTIVE (token created) → automatic result APPROVED | DENIED | SUSPECTED → manual review
result (the same by default, or another one, e.g. SUSPECTED → APPROVED), with REVIEWING in
between when the manual result is held back; ACTIVE → EXPIRED once the token's `expiryTime`
passes unused; any state → DELETED by `/api/v2/delete`, which is refused until the token
expired. `dummyStatus` creates a verification that is already finished that way. A finished
(or expired) verification goes back to ACTIVE when `request-information` reopens it: a new
session token, and the client completes the same verification again.

Every transition goes through `LIFECYCLE` (`TRANSITIONS`) and emits one change naming its
webhook event (automatic result, manual result, expiry); the provider signs and the core
delivers them. The document read from a finished verification is the seed's example person
("JOHN TOM SMITH", passport, LT), overlaid with whatever client data the token carried, so
an approved verification never disagrees with what the integrator sent.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..core.clock import Clock
from ..core.errors import ApiError
from ..core.ids import Ids
from ..core.lifecycle import Lifecycle, OnChange
from ..core.net import is_loopback_host
from .checks import check_results, document_checks
from .documents import Review, additional_step_status, additional_steps, document_for, file_urls, review_for
from .sandbox import (
    BENEFICIARY_ID,
    COMPANY_ID,
    ECHOED_IF_SENT,
    EMPTY_DOCUMENT,
    INTEGER_FIELDS,
    NO_CLIENT,
    TOKEN_DEFAULTS,
    UI_CLIENT,
)

RESULTS = ("APPROVED", "DENIED", "SUSPECTED")
OPEN = ("ACTIVE", "REVIEWING")  # still waiting for the person or a reviewer
AUTO_FINISHED = "IDENTIFICATION_AUTO_FINISHED"
MANUAL_FINISHED = "IDENTIFICATION_MANUAL_FINISHED"
EXPIRED_EVENT = "IDENTIFICATION_EXPIRED"
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "ACTIVE": (*RESULTS, "REVIEWING", "EXPIRED", "DELETED"),
    # the manual result follows the automatic one; request-information reopens (ACTIVE)
    **dict.fromkeys(RESULTS, (*RESULTS, "ACTIVE", "DELETED")),
    "REVIEWING": (*RESULTS, "ACTIVE", "DELETED"),
    "EXPIRED": ("ACTIVE", "DELETED"),
    "DELETED": (),
}
# The spec's MismatchTag and FraudTag enums: the reason tags a SUSPECTED result can carry.
MISMATCH_TAGS = (
    "NAME",
    "SURNAME",
    "DOCUMENT_NUMBER",
    "PERSONAL_CODE",
    "EXPIRY_DATE",
    "DATE_OF_BIRTH",
    "DATE_OF_ISSUE",
    "NATIONALITY",
    "SEX",
    "FULL_NAME",
    "DOC_INFO_MISMATCH",
    "UNDER_AGE",
    "OVER_AGE",
    "UNKNOWN_AGE",
    "UTILITY_ADDRESS",
    "UTILITY_NAME",
    "EXPIRED_UTILITY_BILL",
    "INVALID_ADDITIONAL_STEP",
    "ADDITIONAL_STEP_NOT_FOUND",
    "ADDITIONAL_STEP_INFORMATION_MISMATCH",
    "EXPIRED_ADDITIONAL_STEP_INFORMATION",
    "REGISTRY_CENTER_INFO_MISMATCH",
    "DRIVER_LICENSE_INFO_MISMATCH",
    "NOT_SUPPORTED_POA_DOCUMENT_TYPE",
    "NOT_SUPPORTED_POA_DOCUMENT_COUNTRY",
    "POA_COUNTRIES_MISMATCH",
    "POA_SCREENSHOT_DETECTED",
)
FRAUD_TAGS = (
    "FACE_IN_BLACKLIST",
    "DOC_FACE_IN_BLACKLIST",
    "DATA_BLACKLISTED",
    "DATA_IN_BLACKLIST",
    "DUPLICATE_FACE",
    "DUPLICATE_DOC_FACE",
    "DUPLICATE_PERSONAL_DATA",
    "VIRTUAL_CAMERA",
    "ADDRESS_UNVERIFIED",
    "PORTRAIT_SUBSTITUTION",
    "FACE_SUSPECTED",
    "FACE_BLACKLISTED",
    "DOC_FACE_BLACKLISTED",
    "DOC_MOBILE_PHOTO",
    "DEV_TOOLS_OPENED",
    "DOC_PRINT_SPOOFED",
    "FAKE_PHOTO",
    "AML_SUSPECTION",
    "AML_FAILED",
    "LID_SUSPECTION",
    "LID_FAILED",
    "SANCTIONS_SUSPECTION",
    "SANCTIONS_FAILED",
    "CRIMINAL_SUSPECTED",
    "CRIMINAL_CHECK_FAILED",
    "RC_FAILED",
    "DL_FAILED",
    "AUTO_UNVERIFIABLE",
)
# `generateDigitString` caps `expiryTime` at the default expiry (seed note on the digit string).
DIGIT_STRING_MAX_EXPIRY = 86400
# `request-information`'s default `lifetime` (the official file's default).
REQUEST_INFORMATION_LIFETIME = 86400
# Its other fields, stored with the verification's request (unknown ones are ignored).
REQUEST_INFORMATION_FIELDS = (
    "questionnaire",
    "riskAssessmentProfile",
    "additionalStepUploadRequired",
    "bankCardVerification",
    "bankCardExpectedLastFour",
)
AUTH_TOKEN_ALPHABET = string.ascii_letters + string.digits


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
    request: dict[str, Any] = field(default_factory=dict)  # the token request as sent
    # `request-information`: the current session's token and link (None: the token's own).
    session_token: str | None = None
    session_url: str | None = None

    @property
    def callback_url(self) -> str | None:
        url: str | None = self.token.get("callbackUrl")
        return url

    @property
    def redirect_url(self) -> str:
        return page_url(self.provider_url, self.auth_token)

    def redirect_after(self) -> str:
        """Where the hosted page sends the client once the verification has this status."""
        if self.status == "APPROVED" or (self.status == "REVIEWING" and self.auto and self.auto.overall == "APPROVED"):
            return str(self.token["successUrl"])
        if self.status in ("DENIED", "SUSPECTED", "REVIEWING"):
            return str(self.token["errorUrl"])
        return str(self.token["unverifiedUrl"])


def page_url(provider_url: str, auth_token: str) -> str:
    """The hosted verification page for a session token."""
    return f"{provider_url}/_pages/verification?authToken={auth_token}"


class IdenfyBackend:
    def __init__(self, clock: Clock, ids: Ids, on_change: OnChange | None = None) -> None:
        self.clock = clock
        self.ids = ids
        self.lifecycle = Lifecycle(TRANSITIONS, on_change)
        self.verifications: dict[str, Verification] = {}
        self.by_auth_token: dict[str, Verification] = {}
        self.persons: dict[str, str] = {}  # clientId -> personScanRef

    def forget(self, evicted: list[Verification]) -> None:
        """Verifications evicted from the capped store (`Provider.store`): drop their tokens too."""
        for verification in evicted:
            for token in (verification.auth_token, verification.session_token):
                if token is not None and self.by_auth_token.get(token) is verification:
                    del self.by_auth_token[token]

    # -- operations ---------------------------------------------------------------------

    def create(self, body: dict[str, Any], provider_url: str) -> Verification:
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
            request=dict(body),
        )
        verification.token = self._token_view(verification, body)
        self.verifications[verification.scan_ref] = verification
        self.by_auth_token[verification.auth_token] = verification
        self.lifecycle.start(verification)
        dummy = body.get("dummyStatus")
        if dummy == "EXPIRED":
            self.expire(verification)
        elif dummy in RESULTS:  # finished at once, with no UI: no platform or client IP
            verification.started_at = now
            self.finish(verification, dummy, dummy, ui=False)
        return verification

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

    def finish(
        self, verification: Verification, auto: str, manual: str | None, *, ui: bool = True, tag: str | None = None
    ) -> None:
        """Automatic processing gave `auto`; the manual review gives `manual` (None: held back).
        `tag`: the mismatch or fraud tag behind a SUSPECTED result (default DOC_INFO_MISMATCH)."""
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
        verification.mismatch_tags, verification.fraud_tags = _tags(auto, tag)
        if ui:
            verification.client = dict(UI_CLIENT)
        if verification.started_at is None:
            verification.started_at = now
        verification.finished_at = now
        self._move(verification, "REVIEWING" if manual is None else auto, AUTO_FINISHED)
        if manual is not None:
            self.review(verification, manual)

    def review(self, verification: Verification, manual: str) -> None:
        """The manual review of an automatically processed verification finished."""
        if verification.auto is None or verification.manual is not None:
            raise ApiError(
                409,
                "verification_not_in_review",
                "Conflict",
                f"The verification is {verification.status}; only one awaiting manual review can get a manual result.",
            )
        verification.manual = review_for(manual, verification)
        self._move(verification, manual, MANUAL_FINISHED)

    def expire(self, verification: Verification) -> bool:
        """The token's time ran out; an unused verification becomes EXPIRED."""
        verification.token_expired = True
        verification.expires_at = min(verification.expires_at, self.clock.time())
        if verification.status != "ACTIVE":
            return False
        self._move(verification, "EXPIRED", EXPIRED_EVENT)
        return True

    def expire_if_due(self, verification: Verification) -> bool:
        if verification.token_expired or self.clock.time() < verification.expires_at:
            return False
        return self.expire(verification)

    def expire_due(self) -> list[Verification]:
        return [v for v in list(self.verifications.values()) if self.expire_if_due(v)]

    def reopen(self, verification: Verification, body: dict[str, Any], provider_url: str) -> dict[str, str]:
        """`request-information`: a new session for a finished (or expired) verification.

        The new token opens the hosted page (the old one no longer does), the verification is
        ACTIVE again with its results cleared, and finishing it sends the webhooks again.
        The body's fields are stored with the verification's request: `questionnaire`,
        `riskAssessmentProfile` and `bankCardVerification` add those checks to the new
        session, `bankCardExpectedLastFour` is what the card verification compares."""
        if verification.status in ("ACTIVE", "DELETED"):
            state = "still in progress" if verification.status == "ACTIVE" else "deleted"
            raise ApiError(400, "PARTNER_ERROR", "Partner error", f"The verification is {state}.")
        lifetime = body.get("lifetime", REQUEST_INFORMATION_LIFETIME)
        verification.request.update({name: body[name] for name in REQUEST_INFORMATION_FIELDS if name in body})
        now = self.clock.time()
        self.by_auth_token.pop(verification.session_token or verification.auth_token, None)
        token = self.ids.token(40, AUTH_TOKEN_ALPHABET)
        verification.session_token = token
        verification.session_url = page_url(provider_url, token)
        self.by_auth_token[token] = verification
        verification.auto = verification.manual = None
        verification.document = None
        verification.fraud_tags, verification.mismatch_tags = [], []
        verification.client = dict(NO_CLIENT)
        verification.started_at = verification.finished_at = None
        verification.expires_at = now + lifetime
        verification.token_expired = False
        self._move(verification, "ACTIVE")
        return {"sessionUrl": verification.session_url, "tokenString": token}

    def page(self, *, client_id: str | None, page: int, per_page: int) -> tuple[int, list[Verification]] | None:
        """One page of the verifications, newest first (creation order reversed), optionally
        of one client: (total count, this page's verifications), None past the last page."""
        matching = [v for v in self.verifications.values() if client_id is None or v.client_id == client_id]
        matching.reverse()
        last = max(1, -(-len(matching) // per_page))
        if page > last:
            return None
        return len(matching), matching[(page - 1) * per_page : page * per_page]

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

    def list_item(self, verification: Verification) -> dict[str, Any]:
        """A verification in the list: `suspected` when it carries fraud or mismatch tags."""
        v = verification
        return {"scanRef": v.scan_ref, "status": v.status, "suspected": bool(v.fraud_tags or v.mismatch_tags)}

    def data_view(self, verification: Verification) -> dict[str, Any]:
        return {
            **self._document(verification),
            **check_results(verification),
            "scanRef": verification.scan_ref,
            "clientId": verification.client_id,
        }

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
                "additionalSteps": additional_step_status(v.token, overall) if v.auto else None,
            },
            "data": self._document(v),
            "fileUrls": file_urls(v) if v.auto else None,
            "additionalStepPdfUrls": None,
            "scanRef": v.scan_ref,
            "clientId": v.client_id,
            "externalRef": v.token["externalRef"],
            "companyId": COMPANY_ID,
            "beneficiaryId": BENEFICIARY_ID,
            "startTime": _unix(v.started_at),
            "finishTime": _unix(v.finished_at),
            "clientIp": v.client["clientIp"],
            "clientIpCountry": v.client["clientIpCountry"],
            "clientLocation": v.client["clientLocation"],
            "gdcMatch": None,
            "manualAddress": None,
            "manualAddressMatch": False,
            "additionalSteps": additional_steps(v.token),
            **check_results(v),
        }

    def _document(self, verification: Verification) -> dict[str, Any]:
        """The `data` block: the document read, and the document-side checks' fields."""
        return {**(verification.document or EMPTY_DOCUMENT), **document_checks(verification)}

    def dump(self) -> dict[str, Any]:
        return {
            "verifications": {
                v.scan_ref: {
                    **self.status_view(v),
                    "authToken": v.auth_token,
                    "sessionToken": v.session_token,
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

    def _move(self, verification: Verification, status: str, event: str | None = None) -> None:
        self.lifecycle.move(verification, status, event)


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
        and (parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(host)))
    )
    if not valid:
        raise ApiError(
            400,
            "BAD_VALUE",
            "Bad value",
            "Bad value for parameter: callbackUrl. It must be an HTTPS URL (http only to a loopback host).",
            field="callbackUrl",
        )


def _tags(auto: str, tag: str | None) -> tuple[list[str], list[str]]:
    """(mismatchTags, fraudTags) of an automatic result."""
    if auto != "SUSPECTED":
        return [], []
    if tag is not None and tag in FRAUD_TAGS:
        return [], [tag]
    return [tag or "DOC_INFO_MISMATCH"], []


def _unix(moment: float | None) -> int | None:
    return None if moment is None else int(moment)
