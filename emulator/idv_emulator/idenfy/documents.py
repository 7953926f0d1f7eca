"""What a finished iDenfy verification reports: the document and face results behind an overall
status, the document read (the sandbox person overlaid with the client's data), the results
of additional steps and the photo files."""

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
