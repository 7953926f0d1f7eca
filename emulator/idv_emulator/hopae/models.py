"""Hopae Connect state: the sandbox eID providers and the verification lifecycle.

initiated / pending → authenticating (the user opened the page) → completed | failed, or
expired once `expiresAt` passes, or cancelled by DELETE. Terminal states never change again.
A completed verification has userinfo and evidence (the sandbox person "OK TESTNUMBER",
providers.md) and a one-time authorization code for `POST /connect/token`. A failed one
carries `failedAt` and its `error`, a cancelled one `cancelledAt`. Every status change,
creation included, goes through `LIFECYCLE` and emits one `Change`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..core.clock import Clock, iso
from ..core.errors import ApiError
from ..core.ids import Ids
from ..core.lifecycle import Lifecycle, OnChange

OPEN = ("initiated", "pending", "authenticating", "awaiting_user_action", "processing")
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
TRANSITIONS: dict[str, tuple[str, ...]] = {
    **{status: ("authenticating", "awaiting_user_action", "processing", *sorted(TERMINAL)) for status in OPEN},
    **dict.fromkeys(TERMINAL, ()),
}
VERIFICATION_TTL = timedelta(hours=1)  # the seed's example: expiresAt = createdAt + 1 h
# The official file's mapping (`hopae_loa_label`): none 1, low 2, substantial 3, high 4, qualified 5.
LOA_LABELS = {1: "none", 2: "low", 3: "substantial", 4: "high", 5: "qualified"}
POLLING = {"recommendedInterval": 2000, "maxDuration": int(VERIFICATION_TTL.total_seconds() * 1000)}
ID_TOKEN_TTL = timedelta(minutes=10)


@dataclass(frozen=True)
class EidProvider:
    """One eID provider as the sandbox offers it."""

    id: str
    name: str
    countries: tuple[str, ...]
    flow: str  # qr | redirect | push | dc: the flow used unless the request prefers another
    max_loa: int
    model: str = "disclosure"  # disclosure | match
    # Alternatives: each tuple lists userData keys that together satisfy the provider.
    user_data: tuple[tuple[str, ...], ...] = ()
    other_flows: tuple[str, ...] = ()  # flows a request's `flowType` may choose instead
    # `select` fields of the provider configuration: key -> ((value, label), ...)
    choices: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    claims: frozenset[str] = frozenset(
        {"name", "given_name", "family_name", "birthdate", "nationality", "gender", "locale"}
    )
    status: str = "activated"

    def flow_for(self, preferred: str | None) -> str:
        """The requested flow when the provider offers it, else its own (`flowType` is a preference)."""
        return preferred if preferred is not None and preferred in (self.flow, *self.other_flows) else self.flow

    def configuration(self) -> dict[str, Any]:
        """`GET /providers/{id}/configuration`: one option → required fields; alternatives → optional."""
        choices = dict(self.choices)

        def field_entry(key: str, required: bool) -> dict[str, Any]:
            entry: dict[str, Any] = {
                "field": key,
                "type": "select" if key in choices else "text",
                "required": required,
                "label": key,
            }
            if key in choices:
                entry["options"] = [{"value": value, "label": label} for value, label in choices[key]]
            elif len(self.user_data) > 1:
                entry["description"] = "one of: " + " or ".join("+".join(option) for option in self.user_data)
            return entry

        single = len(self.user_data) == 1
        keys = list(dict.fromkeys(key for option in self.user_data for key in option))
        return {
            "providerId": self.id,
            "requiredUserData": [field_entry(k, True) for k in keys] if single else [],
            "optionalUserData": [] if single else [field_entry(k, False) for k in keys],
            "flowTypes": [self.flow, *self.other_flows],
            "lastUpdated": "2025-08-01T00:00:00Z",
        }

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
    EidProvider("itsme", "itsme", ("BE", "NL", "LU"), "redirect", 4, other_flows=("qr",)),
    EidProvider("bankidmatch", "Bank register match", ("SE",), "redirect", 3, model="match"),
    # iDIN asks for the user's bank (the official file's configuration example).
    EidProvider(
        "idin",
        "iDIN",
        ("NL",),
        "redirect",
        3,
        user_data=(("presetBank",),),
        choices=(("presetBank", (("ABNANL2A", "ABN AMRO"), ("INGBNL2A", "ING"), ("RABONL2U", "Rabobank"))),),
    ),
    # A wallet credential through the Digital Credentials API (`flowType: dc`, then dc-request).
    EidProvider("mdl", "Mobile driving licence (wallet)", ("US",), "dc", 3, other_flows=("qr",)),
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


# Request fields the emulator stores without acting on them (`privateMode` included: the
# sandbox person is not personal data).
_STORED_OPTIONS = (
    "purpose",
    "locale",
    "metadata",
    "initiationMethod",
    "returnContext",
    "uiCustomization",
    "privateMode",
)


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
    flow_type: str = "qr"
    webhook_url: str | None = None
    reference_id: str | None = None
    loa_strategy: str = "lax"
    # Accepted and stored; the emulator shows them in `/_emulator/state`.
    options: dict[str, Any] = field(default_factory=dict)
    verified_at: datetime | None = None
    failed_at: datetime | None = None
    cancelled_at: datetime | None = None
    error: dict[str, Any] | None = None
    final_loa: int | None = None
    authorization_code: str | None = None
    code_used: bool = False
    dc_session_id: str | None = None
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

    def configuration(self, provider_id: str) -> dict[str, Any]:
        provider = self.catalogue.get(provider_id)
        if provider is None:
            raise ApiError(
                404,
                "provider_not_found",
                "Provider not found",
                f"No eID provider with id {provider_id!r}",
                details={"providerId": provider_id},
            )
        return provider.configuration()

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
        flow_type = provider.flow_for(body.get("flowType"))
        verification = Verification(
            id=self.ids.hex(32),
            provider=provider,
            status="pending" if flow_type == "push" else "initiated",
            created_at=now,
            expires_at=now + VERIFICATION_TTL,
            redirect_uri=body.get("redirectUri") or "http://localhost:3000/callback",
            requested_loa=requested_loa,
            requested_claims=body.get("requestedClaims"),
            user_data=user_data,
            match_data=match_data,
            flow_type=flow_type,
            webhook_url=body.get("webhookUrl"),
            reference_id=body.get("referenceId"),
            loa_strategy=body.get("loaStrategy") or "lax",
            options={key: body[key] for key in _STORED_OPTIONS if key in body},
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
        verification.cancelled_at = self.clock.now()
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
        loa_met = verification.requested_loa is None or final_loa >= verification.requested_loa
        now = self.clock.now()
        if approved and (loa_met or verification.loa_strategy == "allow"):
            verification.final_loa = final_loa
            verification.verified_at = now
            verification.authorization_code = self.ids.hex(40)
            self._move(verification, "completed")
            return
        verification.final_loa = final_loa if approved else None
        verification.failed_at = now
        if approved:
            verification.error = {
                "type": "assurance",
                "code": "loa_not_met",
                "message": f"Achieved LoA {final_loa} is below the requested LoA {verification.requested_loa}",
                "details": {"requestedLoa": verification.requested_loa, "achievedLoa": final_loa},
                "occurredAt": iso(now),
            }
        else:
            verification.error = {
                "type": "user",
                "code": "user_declined",
                "message": "The user declined the authentication",
                "occurredAt": iso(now),
            }
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

    def evidence(self, verification: Verification) -> dict[str, Any]:
        if verification.status != "completed":
            raise ApiError(
                400,
                "evidence_not_available",
                "Evidence not available",
                f"Verification is {verification.status}; evidence is available once it is completed",
                details={"status": verification.status, "verificationId": verification.id},
            )
        provider = verification.provider
        return {
            "verificationId": verification.id,
            "providerId": provider.id,
            "capturedAt": iso(verification.verified_at or self.clock.now()),
            "flowType": verification.flow_type,
            "presentation": {"format": "emulated", "issuer": provider.name, "subject": SANDBOX_PERSON["name"]},
        }

    def dc_request(self, body: dict[str, Any], page_url: str) -> dict[str, Any]:
        verification = self.get(body["verificationId"])
        self.expire_if_due(verification)
        if verification.flow_type != "dc":
            raise ApiError(
                400,
                "invalid_flow_type",
                "Invalid flow type",
                f"Verification {verification.id} uses the {verification.flow_type} flow, not dc",
                details={"flowType": verification.flow_type, "verificationId": verification.id},
            )
        if verification.terminal:
            raise ApiError(
                400,
                "verification_not_pending",
                "Verification not pending",
                f"Verification {verification.id} is {verification.status}",
                details={"status": verification.status, "verificationId": verification.id},
            )
        verification.dc_session_id = f"dcs_{self.ids.hex(24)}"
        request = {
            "protocol": "openid4vp",
            "data": {
                "response_type": "vp_token",
                "response_mode": "dc_api",
                "nonce": self.ids.hex(16),
                "response_uri": page_url,
                "dcql_query": {"credentials": [{"id": "mdl", "format": "mso_mdoc"}]},
            },
        }
        encoded = base64.b64encode(json.dumps(request, separators=(",", ":")).encode()).decode()
        return {"requestBase64": encoded, "dcSessionId": verification.dc_session_id}

    def exchange_code(self, code: str, client_id: str, issuer: str) -> dict[str, Any]:
        """The ID token claims for a completed verification's one-time authorization code.

        The caller has checked the client credentials (and signs the claims)."""
        verification = next((v for v in self.verifications.values() if v.authorization_code == code), None)
        if verification is None or verification.code_used:
            raise OAuthError(400, "invalid_grant", "The authorization code is invalid, expired or already used")
        verification.code_used = True
        info = self.userinfo(verification)
        now = self.clock.now()
        claims: dict[str, Any] = {
            "iss": issuer,
            "sub": info["sub"],
            "aud": client_id,
            "iat": int(now.timestamp()),
            "exp": int((now + ID_TOKEN_TTL).timestamp()),
            "acr": info["acr"],
            "hopae_loa": info["hopae_loa"],
            "amr": info["amr"],
            "verification_id": verification.id,
            **(info.get("user") or {}),
        }
        return claims

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
        if v.flow_type == "qr":
            flow_details["qrData"] = _b64(page_url)
        elif v.flow_type == "redirect":
            flow_details["authorizationUrl"] = page_url
        elif v.flow_type == "dc":
            flow_details["linkData"] = page_url
        else:
            flow_details["verificationCode"] = str(int(v.id[:4], 16) % 10000).zfill(4)
        view: dict[str, Any] = {
            "verificationId": v.id,
            "status": v.status,
            "providerId": v.provider.id,
            "flowType": v.flow_type,
            "flowDetails": flow_details,
            "polling": dict(POLLING),
            "expiresAt": iso(v.expires_at),
            "createdAt": iso(v.created_at),
            "verification_model": v.provider.model,
        }
        if v.reference_id is not None:
            view["referenceId"] = v.reference_id
        return view

    def status_view(self, v: Verification, *, with_code: bool = True) -> dict[str, Any]:
        """The status answer; `with_code=False` leaves out the authorization code (webhooks)."""
        view: dict[str, Any] = {
            "verificationId": v.id,
            "status": v.status,
            "providerId": v.provider.id,
            "flowType": v.flow_type,
            "createdAt": iso(v.created_at),
            "expiresAt": iso(v.expires_at),
        }
        if v.reference_id is not None:
            view["referenceId"] = v.reference_id
        if v.status == "completed" and v.final_loa is not None:
            view["verifiedAt"] = iso(v.verified_at or v.created_at)
            view["acr"] = f"urn:hopae:loa:{v.final_loa}"
            view["hopae_loa"] = v.final_loa
            view["hopae_loa_label"] = LOA_LABELS[v.final_loa]
            if with_code and v.authorization_code is not None and not v.code_used:
                view["authorizationCode"] = v.authorization_code
        if v.status == "failed":
            view["failedAt"] = iso(v.failed_at or v.created_at)
            if v.error is not None:
                view["error"] = dict(v.error)
        if v.status == "cancelled":
            view["cancelledAt"] = iso(v.cancelled_at or v.created_at)
        return view

    def dump(self) -> dict[str, Any]:
        return {
            "verifications": {
                v.id: {
                    **self.status_view(v, with_code=False),
                    "history": v.history,
                    "redirectUri": v.redirect_uri,
                    "webhookUrl": v.webhook_url,
                    "options": v.options,
                }
                for v in self.verifications.values()
            }
        }


class OAuthError(ApiError):
    """An error of the token endpoint, rendered as an OAuth 2.0 error body (RFC 6749 §5.2)."""

    def __init__(self, status: int, code: str, description: str) -> None:
        super().__init__(status, code, code, description)


def sign_jwt(claims: dict[str, Any], key: str) -> str:
    """A compact HS256 JWS of `claims`."""

    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    header = part(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = part(json.dumps(claims, separators=(",", ":")).encode())
    signature = hmac.new(key.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{part(signature)}"


def _present(value: Any) -> bool:
    return value is not None and value != ""


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()
