"""What a finished iDenfy verification reports: the document and face results behind an overall
status, the document read (the sandbox person overlaid with the client's data), the
additional steps and their result, and the photo files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .sandbox import SANDBOX_DOCUMENT

if TYPE_CHECKING:
    from .models import Verification


@dataclass(frozen=True)
class Review:
    """One processing result: the overall status it gives and the document and face checks."""

    overall: str
    document: str
    face: str


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
    document["fullName"] = " ".join(n for n in (document["docFirstName"], document["docLastName"]) if n) or None
    return document


def _steps(token: dict[str, Any]) -> dict[str, str | None]:
    """The token's additional steps, step name -> what the step does (`UPLOAD`, `COMPARE`,
    `EXTRACT`, or None when the token does not say): the utility bill, or each step of
    `additionalSteps` (keyed by country or `ALL`, then by step)."""
    steps: dict[str, str | None] = {}
    if token["utilityBill"]:
        steps["UTILITY_BILL"] = "UPLOAD"
    additional = token["additionalSteps"]
    if isinstance(additional, dict):
        for group in additional.values():
            if not isinstance(group, dict):
                continue
            for step, settings in group.items():
                kind = settings.get("type") if isinstance(settings, dict) else None
                steps.setdefault(str(step), kind if kind in ("UPLOAD", "COMPARE", "EXTRACT") else None)
    return steps


def additional_steps(token: dict[str, Any]) -> dict[str, str | None] | None:
    """The webhook's top-level `additionalSteps` map, None without steps."""
    return _steps(token) or None


def additional_step_status(token: dict[str, Any], overall: str) -> str | None:
    """`status.additionalSteps`: the steps' overall result, None without steps."""
    if not _steps(token):
        return None
    return "INVALID" if overall == "DENIED" else "VALID"


def document_only(verification: Verification) -> bool:
    """`tokenType: DOCUMENT` checks the document alone: no selfie, no face result."""
    return bool(verification.token["tokenType"] == "DOCUMENT")


def file_names(verification: Verification) -> tuple[str, ...]:
    """The photos a verification has: both document sides, and the selfie unless document-only."""
    return ("FRONT", "BACK") if document_only(verification) else ("FRONT", "BACK", "FACE")


def file_urls(verification: Verification) -> dict[str, str]:
    base = f"{verification.provider_url}/_files/{verification.scan_ref}"
    return {name: f"{base}/{name}.png" for name in file_names(verification)}
