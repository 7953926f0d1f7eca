"""Hopae Connect state: the sandbox eID providers and the verification lifecycle.

initiated / pending → authenticating (the user opened the page) → completed | failed, or
expired once `expiresAt` passes, or cancelled by DELETE. Terminal states never change again.
A completed verification has userinfo: the sandbox person "OK TESTNUMBER" (providers.md).
Every status change, creation included, goes through `LIFECYCLE` and emits one `Change`.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..core.clock import Clock, iso
from ..core.errors import ApiError
from ..core.ids import Ids
from ..core.lifecycle import Lifecycle, OnChange

OPEN = ("initiated", "pending", "authenticating", "awaiting_user_action")
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
TRANSITIONS: dict[str, tuple[str, ...]] = {
    **{status: ("authenticating", "awaiting_user_action", *sorted(TERMINAL)) for status in OPEN},
    **dict.fromkeys(TERMINAL, ()),
}
VERIFICATION_TTL = timedelta(hours=1)  # the seed's example: expiresAt = createdAt + 1 h
LOA_LABELS = {1: "low", 2: "low", 3: "substantial", 4: "high", 5: "high"}


@dataclass(frozen=True)
class EidProvider:
    """One eID provider as the sandbox offers it."""

    id: str
    name: str
    countries: tuple[str, ...]
    flow: str  # qr | redirect | push
    max_loa: int
    model: str = "disclosure"  # disclosure | match
    # Alternatives: each tuple lists userData keys that together satisfy the provider.
    user_data: tuple[tuple[str, ...], ...] = ()
    claims: frozenset[str] = frozenset(
        {"name", "given_name", "family_name", "birthdate", "nationality", "gender", "locale"}
    )
    status: str = "activated"

    def catalogue_entry(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "description": f"{self.name} ({', '.join(self.countries)}) — emulated sandbox provider",
            "logoUrl": f"https://static.hopae.com/providers/{self.id}.svg",
            "countries": list(self.countries),
            "status": self.status,
        }


SANDBOX_PROVIDERS: tuple[EidProvider, ...] = (
    EidProvider("frejaid", "Freja eID", ("SE", "NO", "DK", "FI"), "qr", 3),
    EidProvider("smartid", "Smart-ID", ("EE", "LV", "LT"), "push", 4, user_data=(("registrationId",),)),
    EidProvider(
        "evrotrust",
        "Evrotrust",
        ("BG",),
        "push",
        3,
        user_data=(("identificationNumber", "country"), ("email",), ("phone",)),
    ),
    EidProvider("audkenni", "Auðkenni", ("IS",), "push", 4, user_data=(("registrationId",),)),
    EidProvider(
        "skmobileid", "SK Mobile-ID", ("EE", "LT"), "push", 4, user_data=(("phoneNumber", "nationalIdentityNumber"),)
    ),
    EidProvider("itsme", "itsme", ("BE", "NL", "LU"), "redirect", 4),
    EidProvider("bankidmatch", "Bank register match", ("SE",), "redirect", 3, model="match"),
)

# The sandbox Smart-ID person (providers.md): "OK TESTNUMBER", born 1905-04-04, Lithuanian.
SANDBOX_PERSON: dict[str, Any] = {
    "name": "OK TESTNUMBER",
    "given_name": "OK",
    "family_name": "TESTNUMBER",
    "birthdate": "1905-04-04",
    "nationality": "LT",
    "gender": "male",
    "locale": "lt",
}


@dataclass
class Verification:
    id: str
    provider: EidProvider
    status: str
    created_at: datetime
    expires_at: datetime
    redirect_uri: str
    requested_loa: int | None
    requested_claims: list[str] | None
    user_data: dict[str, Any]
    match_data: dict[str, Any] | None
    verified_at: datetime | None = None
    final_loa: int | None = None
    history: list[str] = field(default_factory=list)

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL


class HopaeBackend:
    def __init__(self, clock: Clock, ids: Ids, on_change: OnChange | None = None) -> None:
        self.clock = clock
        self.ids = ids
        self.lifecycle = Lifecycle(TRANSITIONS, on_change)
        self.catalogue = {p.id: p for p in SANDBOX_PROVIDERS}
        self.verifications: dict[str, Verification] = {}

    def reset(self) -> None:
        self.verifications.clear()

    # -- operations ---------------------------------------------------------------------

    def providers(self, status: str | None) -> list[dict[str, Any]]:
        return [p.catalogue_entry() for p in self.catalogue.values() if status is None or p.status == status]

    def create(self, body: dict[str, Any]) -> Verification:
        provider_id = body["providerId"]
        provider = self.catalogue.get(provider_id)
        if provider is None or provider.status != "activated":
            raise ApiError(
                400,
                "VALIDATION_INVALID_PARAMETER",
                "Invalid parameter",
                f"providerId {provider_id!r} is not an activated eID provider for this application",
                field="providerId",
                details={"parameter": "providerId"},
            )
        user_data = body.get("userData") or {}
        if provider.user_data and not any(
            all(_present(user_data.get(key)) for key in option) for option in provider.user_data
        ):
            wanted = " or ".join("+".join(option) for option in provider.user_data)
            raise ApiError(
                400,
                "VALIDATION_MISSING_USER_DATA",
                "Missing user data",
                f"userData must contain {wanted} for provider {provider.id}",
                field="userData",
                details={"providerId": provider.id, "missing": list(provider.user_data[0])},
            )
        registration = user_data.get("registrationId")
        if provider.id == "smartid" and isinstance(registration, str) and len(registration) < 8:
            raise ApiError(
                400,
                "VALIDATION_INVALID_PARAMETER",
                "Invalid parameter",
                "userData.registrationId must be at least 8 characters",
                field="userData.registrationId",
                details={"parameter": "userData.registrationId"},
            )
        match_data = body.get("matchData")
        if provider.model == "match" and not match_data:
            raise ApiError(
                400,
                "VALIDATION_MISSING_PARAMETER",
                "Missing parameter",
                f"matchData is required for match-capable provider {provider.id}",
                field="matchData",
                details={"parameter": "matchData"},
            )
        requested_loa = body.get("requestedLoa")
        if requested_loa is not None and requested_loa > provider.max_loa:
            raise ApiError(
                422,
                "LOA_NOT_ACHIEVABLE",
                "Level of Assurance not achievable",
                f"provider {provider.id} cannot meet requestedLoa {requested_loa} (maximum {provider.max_loa})",
                field="requestedLoa",
                details={"providerId": provider.id, "requestedLoa": requested_loa, "maxLoa": provider.max_loa},
            )
        now = self.clock.now()
        verification = Verification(
            id=self.ids.hex(32),
            provider=provider,
            status="pending" if provider.flow == "push" else "initiated",
            created_at=now,
            expires_at=now + VERIFICATION_TTL,
            redirect_uri=body.get("redirectUri") or "http://localhost:3000/callback",
            requested_loa=requested_loa,
            requested_claims=body.get("requestedClaims"),
            user_data=user_data,
            match_data=match_data,
        )
        self.verifications[verification.id] = verification
        self.lifecycle.start(verification)
        return verification

    def get(self, verification_id: str) -> Verification:
        verification = self.verifications.get(verification_id)
        if verification is None:
            raise ApiError(
                404,
                "verification_not_found",
                "Verification not found",
                f"No verification with id {verification_id!r}",
                details={"verificationId": verification_id},
            )
        return verification

    def expire_if_due(self, verification: Verification) -> bool:
        """Past `expiresAt`, an open verification reads `expired`; True if it just moved."""
        if verification.terminal or self.clock.now() < verification.expires_at:
            return False
        self._move(verification, "expired")
        return True

    def expire_due(self) -> list[Verification]:
        """Expire every open verification past `expiresAt`; return those that moved."""
        return [v for v in list(self.verifications.values()) if self.expire_if_due(v)]

    def cancel(self, verification: Verification) -> None:
        if verification.terminal:
            raise ApiError(
                400,
                "verification_already_terminal",
                "Verification already finished",
                f"Verification {verification.id} is {verification.status} and cannot be cancelled",
                details={"status": verification.status, "verificationId": verification.id},
            )
        self._move(verification, "cancelled")

    def open_page(self, verification: Verification) -> None:
        """The user opened the hosted page (scanned the QR, followed the redirect)."""
        if verification.status in ("initiated", "pending"):
            self._move(verification, "authenticating")

    def finish(self, verification: Verification, approved: bool, loa: int | None = None) -> None:
        if verification.terminal:
            raise ApiError(
                409,
                "verification_already_terminal",
                "Verification already finished",
                f"Verification {verification.id} is already {verification.status}",
                details={"status": verification.status, "verificationId": verification.id},
            )
        final_loa = loa if loa is not None else verification.provider.max_loa
        if approved and (verification.requested_loa is None or final_loa >= verification.requested_loa):
            verification.final_loa = final_loa
            verification.verified_at = self.clock.now()
            self._move(verification, "completed")
        else:
            verification.final_loa = final_loa if approved else None
            self._move(verification, "failed")

    def move_to(self, verification: Verification, status: str) -> None:
        """Set a non-terminal intermediate status (control API)."""
        if verification.terminal:
            raise ApiError(
                409,
                "verification_already_terminal",
                "Verification already finished",
                f"Verification {verification.id} is already {verification.status}",
            )
        self._move(verification, status)

    def _move(self, verification: Verification, status: str) -> None:
        self.lifecycle.move(verification, status)

    def userinfo(self, verification: Verification) -> dict[str, Any]:
        if verification.status != "completed":
            raise ApiError(
                400,
                "verification_not_completed",
                "Verification not completed",
                f"Verification is {verification.status}; userinfo is available once it is completed",
                details={"status": verification.status, "verificationId": verification.id},
            )
        loa = verification.final_loa or verification.provider.max_loa
        provider = verification.provider
        info: dict[str, Any] = {
            "sub": hashlib.sha256(f"{provider.id}:{SANDBOX_PERSON['name']}".encode()).hexdigest()[:32],
            "acr": f"urn:hopae:loa:{loa}",
            "hopae_loa": loa,
            "hopae_loa_label": LOA_LABELS[loa],
            "amr": [provider.id],
            "provider_id": provider.id,
            "verification_model": provider.model,
            "provenance": {"providerId": provider.id, "verifiedAt": iso(verification.verified_at or self.clock.now())},
        }
        if provider.model == "match":
            submitted = dict(verification.match_data or {})
            details = {
                key: {"matched": True, "submitted_value": value, "similarity": 100} for key, value in submitted.items()
            }
            info["user"] = None
            info["missing_claims"] = []
            info["match"] = {
                "matched": all(d["matched"] for d in details.values()),
                "granularity": "per_field",
                "submitted_fields": list(submitted),
                "details": details,
            }
            return info
        wanted = verification.requested_claims or sorted(provider.claims)
        info["user"] = {c: SANDBOX_PERSON[c] for c in wanted if c in provider.claims and c in SANDBOX_PERSON}
        info["missing_claims"] = [c for c in wanted if c not in info["user"]]
        return info

    # -- views --------------------------------------------------------------------------

    def created_view(self, v: Verification, page_url: str) -> dict[str, Any]:
        flow_details: dict[str, Any] = {}
        if v.provider.flow == "qr":
            flow_details["qrData"] = _b64(page_url)
        elif v.provider.flow == "redirect":
            flow_details["authorizationUrl"] = page_url
        return {
            "verificationId": v.id,
            "status": v.status,
            "providerId": v.provider.id,
            "flowType": v.provider.flow,
            "flowDetails": flow_details,
            "expiresAt": iso(v.expires_at),
            "createdAt": iso(v.created_at),
            "verification_model": v.provider.model,
        }

    def status_view(self, v: Verification) -> dict[str, Any]:
        view: dict[str, Any] = {
            "verificationId": v.id,
            "status": v.status,
            "providerId": v.provider.id,
            "flowType": v.provider.flow,
            "createdAt": iso(v.created_at),
            "expiresAt": iso(v.expires_at),
        }
        if v.status == "completed" and v.final_loa is not None:
            view["verifiedAt"] = iso(v.verified_at or v.created_at)
            view["acr"] = f"urn:hopae:loa:{v.final_loa}"
            view["hopae_loa"] = v.final_loa
            view["hopae_loa_label"] = LOA_LABELS[v.final_loa]
        return view

    def dump(self) -> dict[str, Any]:
        return {
            "verifications": {
                v.id: {**self.status_view(v), "history": v.history, "redirectUri": v.redirect_uri}
                for v in self.verifications.values()
            }
        }


def _present(value: Any) -> bool:
    return value is not None and value != ""


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()
