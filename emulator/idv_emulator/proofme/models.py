"""Proofme state: organisations, Proofme configurations and the identification lifecycle.

    PENDING ──(customer approves on MyPage)──▶ SUCCESS
       │    ──(customer declines on MyPage)──▶ FAILED
       └────(DELETE /v1/identification/{id})─▶ REVOKED

SUCCESS, FAILED and REVOKED are final. Revocation is only possible while PENDING: the spec
says a revoked identification "can no longer be completed", which only means something for
one that is still open; revoking a finished or already revoked one answers 409.

Decisions where the documentation is silent (each also stated in the spec or the README):

- Every API key is its own organisation: `organisationId` is a UUID derived from the key, and
  identifications are only visible to the organisation that created them (others get 404).
- `proofmeId` must name a known Proofme: the sandbox catalogue below (the seed's
  `03682de3-…` "Age check" among them) plus any added through `/_emulator/proofme/config`.
  Anything else is 422 with `field: proofmeId`, as the spec documents.
- A form `metadata` value is parsed as JSON; a string that is not valid JSON is kept as the
  string (the spec's `IdentificationCreateForm.metadata`). JSON bodies keep `metadata` as sent.
- `description` longer than 255 characters is truncated, never rejected.
- Opening the MyPage is the app "scanning" the identification: `scannedAt` is set once.
- `identificationData` is null while PENDING and for REVOKED identifications (nothing was
  ever shared); once the customer finished (SUCCESS or FAILED) it is an encrypted record whose
  `destroyDate` is 31 days later (the documentation's example). After that the data endpoint
  answers 410 Gone. This is the clock-driven part of Proofme: nothing else expires.
- Listing defaults to `sortColumn=createdAt`, `sortDirection=DESC`, `offset=0` and no limit.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from ..core.clock import Clock, iso
from ..core.errors import ApiError
from ..core.http import parse_json
from ..core.ids import Ids
from ..core.lifecycle import Lifecycle, OnChange
from .sealed import armoured_secret, encrypted_data

FINAL = frozenset({"SUCCESS", "FAILED", "REVOKED"})
TRANSITIONS: dict[str, tuple[str, ...]] = {"PENDING": ("SUCCESS", "FAILED", "REVOKED"), **dict.fromkeys(FINAL, ())}
DESCRIPTION_MAX = 255
URL_FIELDS = ("redirectUrl", "webhookUrl")
DATA_RETENTION = timedelta(days=31)  # the example: created 2022-01-01T12:05, destroyed 2022-02-01T12:05
# Namespace for the organisation UUID derived from an API key (the documentation's organisation).
ORGANISATION_NAMESPACE = uuid.UUID("dc1d8dc2-a5b9-4c9d-b855-7024d1d93ca8")
SORT_COLUMNS = ("id", "description", "status", "isRequest", "createdAt", "updatedAt")


def organisation_id(api_key: str) -> str:
    """The fixed organisation UUID of an API key."""
    return str(uuid.uuid5(ORGANISATION_NAMESPACE, f"proofme:{api_key}"))


@dataclass(frozen=True)
class ProofmeConfig:
    """A Proofme: which credentials an identification asks for, and why."""

    id: str
    name: str
    purpose: str
    requested_credentials: tuple[dict[str, Any], ...] = ()
    storage: str = "PROOFME"
    revision: int = 1

    def view(self, organisation: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "organisationId": organisation,
            "requestedCredentials": [dict(c) for c in self.requested_credentials],
            "purpose": self.purpose,
            "storage": self.storage,
            "revision": self.revision,
        }


SANDBOX_PROOFMES: tuple[ProofmeConfig, ...] = (
    ProofmeConfig(
        id="03682de3-b51c-451c-b50e-1977a332c9f2",  # the seed page's proofmeId
        name="Age check",
        purpose="Verify that you are over 18.",
        requested_credentials=({"key": "OVER_18", "provider": "EPASSPORT", "required": True},),
    ),
    ProofmeConfig(
        id="5f0c3b9e-8d7a-4e21-9c64-2b7f1a9d3e58",
        name="Identity check",
        purpose="Confirm your name, date of birth and nationality.",
        requested_credentials=(
            {"key": "FIRST_NAME", "provider": "EPASSPORT", "required": True},
            {"key": "LAST_NAME", "provider": "EPASSPORT", "required": True},
            {"key": "BIRTH_DATE", "provider": "EPASSPORT", "required": True},
            {"key": "NATIONALITY", "provider": "EPASSPORT", "required": False},
        ),
    ),
)


@dataclass
class IdentificationData:
    id: str
    identification_id: str
    encrypted_data: str
    encrypted_secret: str
    created_at: datetime
    destroy_date: datetime
    destroyed: bool = False

    def view(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "identificationId": self.identification_id,
            "encryptedData": self.encrypted_data,
            "encryptedEncryptionSecret": self.encrypted_secret,
            "storage": "PROOFME",
            "additionalInfo": [],
            "destroyDate": iso(self.destroy_date, zulu=False),
            "encryptionMode": "GCM",
            "createdAt": iso(self.created_at, zulu=False),
            "updatedAt": iso(self.created_at, zulu=False),
        }


@dataclass
class Identification:
    id: str
    seq: int
    organisation_id: str
    proofme: ProofmeConfig
    description: str | None
    redirect_url: str | None
    webhook_url: str | None
    metadata: Any
    mode: str
    notify: dict[str, Any] | None
    my_page_url: str
    created_at: datetime
    updated_at: datetime
    status: str = "PENDING"
    scanned_at: datetime | None = None
    data: IdentificationData | None = None
    history: list[str] = field(default_factory=lambda: ["PENDING"])

    @property
    def final(self) -> bool:
        return self.status in FINAL


class ProofmeBackend:
    def __init__(self, clock: Clock, ids: Ids, on_change: OnChange | None = None) -> None:
        self.clock = clock
        self.ids = ids
        self.lifecycle = Lifecycle(TRANSITIONS, on_change)
        self.proofmes: dict[str, ProofmeConfig] = {p.id: p for p in SANDBOX_PROOFMES}
        self.accept_any_proofme = False
        self.identifications: dict[str, Identification] = {}
        self._seq = 0

    # -- operations ---------------------------------------------------------------------

    def create(self, organisation: str, body: dict[str, Any], *, form: bool, page_base: str) -> Identification:
        proofme = self._proofme(body["proofmeId"])
        redirect_url = _url(body.get("redirectUrl"), "redirectUrl")
        webhook_url = _url(body.get("webhookUrl"), "webhookUrl")
        description = body.get("description")
        if isinstance(description, str):
            description = description[:DESCRIPTION_MAX]  # truncated, not rejected
        metadata = body.get("metadata")
        if form and isinstance(metadata, str):
            with contextlib.suppress(ValueError):  # not JSON: kept as the string it is
                metadata = parse_json(metadata)
        now = self.clock.now()
        self._seq += 1
        identification_id = self.ids.uuid()
        identification = Identification(
            id=identification_id,
            seq=self._seq,
            organisation_id=organisation,
            proofme=proofme,
            description=description,
            redirect_url=redirect_url,
            webhook_url=webhook_url,
            metadata=metadata,
            mode="test" if body.get("testmode") is True else "live",
            notify=body.get("notify"),
            my_page_url=f"{page_base}/{identification_id}",
            created_at=now,
            updated_at=now,
        )
        self.identifications[identification.id] = identification
        self.lifecycle.start(identification)
        return identification

    def get(self, organisation: str | None, identification_id: str) -> Identification:
        """The identification, if it exists for `organisation` (None: any, for pages/control)."""
        identification = self.identifications.get(identification_id.lower())
        if identification is None or (organisation is not None and identification.organisation_id != organisation):
            raise ApiError(404, "not_found", "Not Found", "No identification exists with this id.")
        return identification

    def page(
        self,
        organisation: str,
        *,
        sort_column: str = "createdAt",
        sort_direction: str = "DESC",
        offset: int = 0,
        limit: int | None = None,
        search: str | None = None,
    ) -> tuple[int, list[Identification]]:
        rows = [i for i in self.identifications.values() if i.organisation_id == organisation]
        if search:
            needle = search.lower()
            rows = [i for i in rows if needle in i.id or needle in (i.description or "").lower()]
        rows.sort(key=lambda i: (_sort_value(i, sort_column), i.seq), reverse=sort_direction == "DESC")
        page = rows[offset:] if limit is None else rows[offset : offset + limit]
        return len(rows), page

    def revoke(self, identification: Identification) -> None:
        if identification.final:
            already = "already revoked" if identification.status == "REVOKED" else identification.status
            raise ApiError(
                409,
                "conflict",
                "Conflict",
                f"The identification is {already} and can no longer be revoked.",
            )
        self._move(identification, "REVOKED")

    def scan(self, identification: Identification) -> bool:
        """The customer's app scanned the identification (the MyPage was opened)."""
        if identification.final or identification.scanned_at is not None:
            return False
        identification.scanned_at = identification.updated_at = self.clock.now()
        return True

    def finish(self, identification: Identification, approved: bool) -> None:
        if identification.final:
            raise ApiError(
                409,
                "conflict",
                "Conflict",
                f"The identification is {identification.status} and can no longer be completed.",
            )
        self.scan(identification)
        now = self.clock.now()
        identification.data = IdentificationData(
            id=self.ids.uuid(),
            identification_id=identification.id,
            encrypted_data=encrypted_data(self.ids),
            encrypted_secret=armoured_secret(self.ids),
            created_at=now,
            destroy_date=now + DATA_RETENTION,
        )
        self._move(identification, "SUCCESS" if approved else "FAILED")

    def data_view(self, identification: Identification) -> dict[str, Any] | None:
        self.destroy_if_due(identification)
        data = identification.data
        if data is None:
            return None
        if data.destroyed:
            raise ApiError(
                410,
                "gone",
                "Gone",
                f"The data of this identification was destroyed on {iso(data.destroy_date, zulu=False)}.",
            )
        return data.view()

    def destroy_if_due(self, identification: Identification) -> bool:
        data = identification.data
        if data is None or data.destroyed or self.clock.now() < data.destroy_date:
            return False
        data.destroyed = True
        return True

    def destroy_due(self) -> list[Identification]:
        return [i for i in self.identifications.values() if self.destroy_if_due(i)]

    # -- configuration ------------------------------------------------------------------

    def add_proofme(self, spec: dict[str, Any]) -> ProofmeConfig:
        raw_id = spec.get("id")
        canonical = _uuid(raw_id) if isinstance(raw_id, str) else None
        if canonical is None:
            raise ApiError(400, "invalid_config", "Invalid config", "each proofme needs an 'id' that is a UUID")
        credentials = spec.get("requestedCredentials", [])
        revision = spec.get("revision", 1)
        if not isinstance(credentials, list) or not all(isinstance(c, dict) for c in credentials):
            raise ApiError(400, "invalid_config", "Invalid config", "requestedCredentials must be a list of objects")
        if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
            raise ApiError(400, "invalid_config", "Invalid config", "revision must be a positive integer")
        proofme = ProofmeConfig(
            id=canonical,
            name=str(spec.get("name", "Emulated Proofme")),
            purpose=str(spec.get("purpose", "Share your credentials with the emulated organisation.")),
            requested_credentials=tuple(credentials),
            storage=str(spec.get("storage", "PROOFME")),
            revision=revision,
        )
        self.proofmes[proofme.id] = proofme
        return proofme

    # -- views --------------------------------------------------------------------------

    def view(self, identification: Identification, *, nested: bool = False) -> dict[str, Any]:
        i = identification
        view: dict[str, Any] = {
            "organisationId": i.organisation_id,
            "id": i.id,
            "proofmeId": i.proofme.id,
            "proofmeRevision": i.proofme.revision,
            "description": i.description,
            "isRequest": True,
            "status": i.status,
            "redirectUrl": i.redirect_url,
            "webhookUrl": i.webhook_url,
            "metadata": i.metadata,
            "mode": i.mode,
            "notify": i.notify,
            "myPageUrl": i.my_page_url,
            "updatedAt": iso(i.updated_at, zulu=False),
            "createdAt": iso(i.created_at, zulu=False),
            "scannedAt": iso(i.scanned_at, zulu=False) if i.scanned_at else None,
        }
        if nested:  # GET responses carry the Proofme configuration
            view["proofme"] = i.proofme.view(i.organisation_id)
        return view

    def dump(self) -> dict[str, Any]:
        return {
            "identifications": {
                i.id: {
                    **self.view(i),
                    "history": list(i.history),
                    "data": None if i.data is None else {**i.data.view(), "destroyed": i.data.destroyed},
                }
                for i in self.identifications.values()
            },
            "proofmes": sorted(self.proofmes),
            "accept_any_proofme": self.accept_any_proofme,
        }

    # -- helpers ------------------------------------------------------------------------

    def _proofme(self, raw: str) -> ProofmeConfig:
        canonical = _uuid(raw)
        proofme = self.proofmes.get(canonical) if canonical else None
        if proofme is None and canonical and self.accept_any_proofme:
            proofme = self.add_proofme({"id": canonical})
        if proofme is None:
            raise ApiError(422, "invalid_field", "Unprocessable Entity", "The proofmeId is invalid", field="proofmeId")
        return proofme

    def _move(self, identification: Identification, status: str) -> None:
        identification.updated_at = self.clock.now()
        self.lifecycle.move(identification, status)


def _uuid(raw: str) -> str | None:
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        return None


def invalid_url(name: str) -> str:
    """The one detail for a bad URL field, whether the spec's `format: uri` or the http(s) rule caught it."""
    return f"The {name} is not a valid http(s) URL"


def _url(value: Any, name: str) -> str | None:
    """An absolute http(s) URL, or None when absent; anything else is a 422 on `name`."""
    if value is None:
        return None
    try:
        parts = urlsplit(value) if isinstance(value, str) else None
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        parts = None
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not parts.netloc
        or any(ch.isspace() or ord(ch) < 32 for ch in value)
    ):
        raise ApiError(422, "invalid_field", "Unprocessable Entity", invalid_url(name), field=name)
    return str(value)


def _sort_value(identification: Identification, column: str) -> Any:
    if column == "id":
        return identification.id
    if column == "description":
        return identification.description or ""
    if column == "status":
        return identification.status
    if column == "isRequest":
        return True
    if column == "updatedAt":
        return identification.updated_at
    return identification.created_at
