"""Solaris KYC state: persons, identification sessions and identifications.

Over 400 lines because the three resources share one lifecycle and one deadline (a session's
expiry moves its identifications), and splitting them would spread that rule over modules.

Identification lifecycle (the IDnow flow of the KYC guides, used for every method):

    created ──request──▶ pending ──▶ pending_successful ──▶ successful
                                 └─▶ pending_failed ─────▶ failed
    created | pending | pending_* ──▶ aborted | canceled          (control API)
    created | pending ──▶ expired        (the session's deadline passed, or control API)

`successful`, `failed`, `aborted`, `canceled` and `expired` are terminal. A review can still
overturn a `pending_*` result (`pending_successful → failed`, `pending_failed → successful`).
The diagram is `TRANSITIONS`; every status change goes through the lifecycle and emits one
change, which the provider turns into the IDENTIFICATION webhook.

Choices where the documentation is silent (also in the module docstring of handlers.py):
- A session and every identification created in it share one deadline, `SESSION_TTL` after the
  session was created; open identifications (`created`, `pending`) then become `expired`, and
  no new identification can be created in the session (400 `identification_session_expired`).
- The session's status follows its latest identification (`SESSION_STATUS`); with none it is
  `created`, or `expired` once the deadline passed.
- Each identification has a 6-digit `secret` (the one-time code the customer received), shown
  on the hosted IDnow page and in `/_emulator/state`. `request_identification` accepts the
  call without a secret; a *wrong* secret is 422 `invalid_secret`.
- `failed` and `aborted` count as unsuccessful attempts of the person; with more than 19 of
  them, requesting an identification is 412 `identification_attempts_exceeded` (seed 002).
- Requesting an identification that is no longer `created` / `pending` is 400 `invalid_status`;
  re-requesting a `pending` one returns it unchanged.
- The create body's `method` defaults to the session's first method and must be one of the
  session's `identification_methods` (400 `invalid_model` otherwise).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..core.auth import same
from ..core.clock import Clock, iso
from ..core.errors import ApiError
from ..core.ids import Ids
from ..core.lifecycle import Lifecycle, OnChange
from ..core.store import Store, always_finished

SESSION_TTL = timedelta(hours=24)
MAX_UNSUCCESSFUL_ATTEMPTS = 19  # seed 002: "There are more than 19 unsuccessful attempts"
OPEN = frozenset({"created", "pending"})
DECIDED = frozenset({"pending_successful", "pending_failed"})
TERMINAL = frozenset({"successful", "failed", "aborted", "canceled", "expired"})
UNSUCCESSFUL = frozenset({"failed", "aborted"})
_ABANDON = ("aborted", "canceled")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "created": ("pending", "expired", *_ABANDON),
    "pending": ("pending_successful", "pending_failed", "expired", *_ABANDON),
    # A review can still overturn a pending_* result.
    "pending_successful": ("successful", "failed", *_ABANDON),
    "pending_failed": ("failed", "successful", *_ABANDON),
    **dict.fromkeys(TERMINAL, ()),
}
SESSION_STATUS = {
    "created": "created",
    "pending": "pending",
    "pending_successful": "pending_successful",
    "successful": "successful",
    "pending_failed": "pending",
    "failed": "rejected",
    "aborted": "rejected",
    "canceled": "rejected",
    "expired": "expired",
}
PERSON_FIELDS = (
    "salutation",
    "title",
    "first_name",
    "last_name",
    "birth_date",
    "birth_city",
    "birth_country",
    "nationality",
    "address",
    "email",
    "mobile_number",
    "employment_status",
    "terms_conditions_signed_at",
)
ADDRESS_FIELDS = frozenset({"line_1", "line_2", "postal_code", "city", "country", "state"})
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def not_found(model: str, resource_id: str) -> ApiError:
    return ApiError(
        404, "model_not_found", "Model Not Found", f"Couldn't find 'Solaris::{model}' for id '{resource_id}'."
    )


def invalid_model(field_path: str, message: str) -> ApiError:
    return ApiError(
        400, "invalid_model", "Invalid Model", f"{field_path} {message}", field=field_path, details={"message": message}
    )


@dataclass
class Person:
    id: str
    data: dict[str, Any]
    unsuccessful_attempts: int = 0


@dataclass
class Session:
    id: str
    person_id: str
    base_url: str  # this provider's root as the client reached it (for page URLs)
    callback_url: str | None
    methods: list[str]
    created_at: datetime
    expires_at: datetime
    expired: bool = False
    identification_ids: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"{self.base_url}/_pages/identification_sessions/{self.id}"


@dataclass
class Identification:
    id: str
    person_id: str
    session_id: str
    method: str
    status: str
    created_at: datetime
    secret: str
    reference: str | None
    url: str | None
    language: str | None
    iban: str | None
    proof_of_address_type: str | None
    proof_of_address_issued_at: str | None
    completed_at: datetime | None = None
    terms_signed_at: datetime | None = None
    failure_reason: str | None = None
    address: dict[str, Any] | None = None
    documents: list[dict[str, Any]] = field(default_factory=list)
    history: list[str] = field(default_factory=list)

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL


class SolarisBackend:
    def __init__(self, clock: Clock, ids: Ids, on_change: OnChange | None = None) -> None:
        self.clock = clock
        self.ids = ids
        self.lifecycle = Lifecycle(TRANSITIONS, on_change)
        self.persons: dict[str, Person] = {}
        self.sessions: dict[str, Session] = {}
        self.identifications: dict[str, Identification] = {}

    def cap(self, store: Callable[..., Store[Any]]) -> None:
        """Keep persons, sessions and identifications in capped stores (`Provider.store`); what
        hangs off an evicted one goes with it, so no id left points at a forgotten resource."""
        self.persons = store(always_finished, self._forget_persons)
        self.sessions = store(self._session_finished, self._forget_sessions)
        self.identifications = store(lambda i: i.terminal, self._forget_identifications)

    def _session_finished(self, session: Session) -> bool:
        latest = self.identifications.get(session.identification_ids[-1]) if session.identification_ids else None
        return session.expired or (latest is not None and latest.terminal)

    def _forget_persons(self, persons: list[Person]) -> None:
        gone = {person.id for person in persons}
        sessions = [session for session in self.sessions.values() if session.person_id in gone]
        for session in sessions:
            del self.sessions[session.id]
        self._forget_sessions(sessions)

    def _forget_sessions(self, sessions: list[Session]) -> None:
        for session in sessions:
            for identification_id in session.identification_ids:
                self.identifications.pop(identification_id, None)

    def _forget_identifications(self, identifications: list[Identification]) -> None:
        for identification in identifications:
            session = self.sessions.get(identification.session_id)
            if session is not None and identification.id in session.identification_ids:
                session.identification_ids.remove(identification.id)

    # -- persons ------------------------------------------------------------------------

    def create_person(self, body: dict[str, Any]) -> Person:
        # Unknown parameters are dropped (Solaris API conventions), in the address too. The
        # other request rules (no surrounding whitespace, null ignored) are the spec's and the
        # core's: the body arrives validated, without nulls.
        data = {k: body[k] for k in PERSON_FIELDS if k in body}
        if isinstance(data.get("address"), dict):
            data["address"] = {k: v for k, v in data["address"].items() if k in ADDRESS_FIELDS}
        person = Person(id=self.ids.hex(32) + "cper", data=data)
        self.persons[person.id] = person
        return person

    def person(self, person_id: str) -> Person:
        person = self.persons.get(person_id)
        if person is None:
            raise not_found("Person", person_id)
        return person

    # -- identification sessions --------------------------------------------------------

    def create_session(self, person: Person, body: dict[str, Any], base_url: str) -> Session:
        now = self.clock.now()
        session = Session(
            id=self.ids.hex(32) + "ises",
            person_id=person.id,
            base_url=base_url,
            callback_url=body.get("callback_url"),
            methods=list(body["identification_methods"]),
            created_at=now,
            expires_at=now + SESSION_TTL,
        )
        self.sessions[session.id] = session
        return session

    def session(self, person: Person, session_id: str) -> Session:
        session = self.sessions.get(session_id)
        if session is None or session.person_id != person.id:
            raise not_found("IdentificationSession", session_id)
        self.expire_if_due(session)
        return session

    def session_status(self, session: Session) -> str:
        if not session.identification_ids:
            return "expired" if session.expired else "created"
        return SESSION_STATUS[self.identifications[session.identification_ids[-1]].status]

    # -- identifications ----------------------------------------------------------------

    def create_identification(self, person: Person, session: Session, body: dict[str, Any]) -> Identification:
        if session.expired:
            raise ApiError(
                400,
                "identification_session_expired",
                "Identification Session Expired",
                f"Identification session {session.id} expired at {iso(session.expires_at, millis=True)}.",
            )
        method = body.get("method", session.methods[0])
        if method not in session.methods:
            raise invalid_model("method", f"must be one of the session's identification methods: {session.methods}")
        return self._new_identification(person, session, method, body)

    def _new_identification(
        self, person: Person, session: Session, method: str, body: dict[str, Any]
    ) -> Identification:
        identification_id = self.ids.hex(32) + "cidt"
        idnow = method == "idnow"
        reference = body.get("reference")
        if reference is None and idnow:
            reference = "TST-" + self.ids.token(5, _LETTERS)
        identification = Identification(
            id=identification_id,
            person_id=person.id,
            session_id=session.id,
            method=method,
            status="created",
            created_at=self.clock.now(),
            secret=self.ids.digits(6),
            reference=reference,
            url=f"{session.base_url}/_pages/idnow/identifications/{identification_id}" if idnow else None,
            language=body.get("language"),
            iban=body.get("iban"),
            proof_of_address_type=body.get("proof_of_address_type"),
            proof_of_address_issued_at=body.get("proof_of_address_issued_at"),
        )
        self.identifications[identification.id] = identification
        session.identification_ids.append(identification.id)
        self.lifecycle.start(identification)
        return identification

    def identification(self, person: Person, identification_id: str) -> Identification:
        identification = self.identifications.get(identification_id)
        if identification is None or identification.person_id != person.id:
            raise not_found("Identification", identification_id)
        self.expire_if_due(self.sessions[identification.session_id])
        return identification

    def person_identifications(self, person: Person) -> list[Identification]:
        for session in [s for s in self.sessions.values() if s.person_id == person.id]:
            self.expire_if_due(session)
        return [i for i in self.identifications.values() if i.person_id == person.id]

    def request(self, person: Person, identification: Identification, body: dict[str, Any]) -> None:
        """PATCH …/request: 412 after too many failures, 422 on a wrong secret, then `pending`."""
        if person.unsuccessful_attempts > MAX_UNSUCCESSFUL_ATTEMPTS:
            raise ApiError(
                412,
                "identification_attempts_exceeded",
                "Identification Attempts Exceeded",
                f"There are more than {MAX_UNSUCCESSFUL_ATTEMPTS} unsuccessful attempts",
            )
        secret = body.get("secret")
        if secret is not None and not same(str(secret), identification.secret):
            raise ApiError(422, "invalid_secret", "Invalid Secret", "Invalid Secret submitted")
        if identification.status == "pending":
            return
        if identification.status != "created":
            raise ApiError(
                400,
                "invalid_status",
                "Invalid Status",
                f"Identification {identification.id} is {identification.status}; "
                "only a created identification can be requested.",
            )
        self._start(identification)

    def _start(self, identification: Identification) -> None:
        identification.terms_signed_at = self.clock.now()
        self._move(identification, "pending")

    # -- outcomes (hosted pages, control API) -------------------------------------------

    def decide(self, identification: Identification, approved: bool, failure_reason: str | None = None) -> None:
        """The customer finished (approve / decline): walk the documented path to the end."""
        self._ensure_not_terminal(identification)
        if identification.status == "created":
            self._start(identification)
        if identification.status == "pending":
            self._move(identification, "pending_successful" if approved else "pending_failed")
        self._finish(identification, "successful" if approved else "failed", failure_reason)

    def set_status(self, identification: Identification, status: str, failure_reason: str | None = None) -> None:
        """Control-API outcomes other than approve/decline."""
        self._ensure_not_terminal(identification)
        if status in DECIDED:
            if identification.status in DECIDED:
                raise ApiError(
                    409,
                    "invalid_status",
                    "Invalid Status",
                    f"Identification {identification.id} is already {identification.status}",
                )
            if identification.status == "created":
                self._start(identification)
            self._move(identification, status)
        elif status == "expired":
            if identification.status not in OPEN:
                raise ApiError(
                    409,
                    "invalid_status",
                    "Invalid Status",
                    f"Identification {identification.id} is {identification.status}; only an open one can expire",
                )
            self._move(identification, "expired")
        else:  # aborted, canceled
            identification.failure_reason = failure_reason
            self._move(identification, status)

    def session_target(self, session: Session) -> Identification | None:
        """What the session page decides: its latest open identification, or a new one (the
        customer picks the session's first method), or None once it is expired or successful."""
        self.expire_if_due(session)
        if session.expired:
            return None
        if session.identification_ids:
            latest = self.identifications[session.identification_ids[-1]]
            if not latest.terminal:
                return latest
            if latest.status == "successful":
                return None
        return self._new_identification(self.persons[session.person_id], session, session.methods[0], {})

    def _ensure_not_terminal(self, identification: Identification) -> None:
        if identification.terminal:
            raise ApiError(
                409,
                "invalid_status",
                "Invalid Status",
                f"Identification {identification.id} is already {identification.status}",
            )

    def _finish(self, identification: Identification, status: str, failure_reason: str | None) -> None:
        identification.completed_at = self.clock.now()
        if status == "successful":
            person = self.persons[identification.person_id]
            identification.address = person.data.get("address")
            identification.documents = [
                {
                    "id": self.ids.hex(32) + "cdoc",
                    "name": "kyc_report.pdf",
                    "content_type": "application/pdf",
                    "document_type": "KYC_REPORT",
                    "size": 803580,
                },
                {
                    "id": self.ids.hex(32) + "cdoc",
                    "name": "id_document_front.jpg",
                    "content_type": "image/jpeg",
                    "document_type": "ID_DOCUMENT",
                    "size": 25349,
                },
            ]
        else:
            identification.failure_reason = failure_reason
        self._move(identification, status)

    def _move(self, identification: Identification, status: str) -> None:
        if status in UNSUCCESSFUL:
            self.persons[identification.person_id].unsuccessful_attempts += 1
        self.lifecycle.move(identification, status)

    # -- expiry -------------------------------------------------------------------------

    def expire_if_due(self, session: Session) -> None:
        if session.expired or self.clock.now() < session.expires_at:
            return
        session.expired = True
        for identification_id in session.identification_ids:
            identification = self.identifications[identification_id]
            if identification.status in OPEN:
                self._move(identification, "expired")

    def expire_due(self) -> None:
        for session in list(self.sessions.values()):
            self.expire_if_due(session)

    # -- views --------------------------------------------------------------------------

    def person_view(self, person: Person) -> dict[str, Any]:
        return {"id": person.id, **{name: person.data.get(name) for name in PERSON_FIELDS}}

    def session_view(self, session: Session) -> dict[str, Any]:
        return {
            "id": session.id,
            "url": session.url,
            "callback_url": session.callback_url,
            "identification_methods": list(session.methods),
            "status": self.session_status(session),
        }

    def identification_view(self, i: Identification, include_documents: bool = False) -> dict[str, Any]:
        view: dict[str, Any] = {
            "id": i.id,
            "reference": i.reference,
            "url": i.url,
            "status": i.status,
            "completed_at": iso(i.completed_at, millis=True) if i.completed_at else None,
            "method": i.method,
            "proof_of_address_type": i.proof_of_address_type,
            "proof_of_address_issued_at": i.proof_of_address_issued_at,
            "language": i.language,
            "person_id": i.person_id,
            "address": i.address,
            "failure_reason": i.failure_reason,
            "iban": i.iban,
            "authorization_expires_at": None,
            "confirmation_expires_at": None,
            "terms_and_conditions_signed_at": iso(i.terms_signed_at, millis=True) if i.terms_signed_at else None,
            "provider_status_code": None,
            "account_verification_error": None,
            "idnow_process_type": None,
        }
        if include_documents:
            view["documents"] = list(i.documents)
        return view

    def dump(self) -> dict[str, Any]:
        return {
            "persons": {
                p.id: {**self.person_view(p), "unsuccessful_attempts": p.unsuccessful_attempts}
                for p in self.persons.values()
            },
            "identification_sessions": {
                s.id: {
                    **self.session_view(s),
                    "person_id": s.person_id,
                    "expires_at": iso(s.expires_at, millis=True),
                    "identification_ids": list(s.identification_ids),
                }
                for s in self.sessions.values()
            },
            "identifications": {
                i.id: {
                    **self.identification_view(i),
                    "session_id": i.session_id,
                    "secret": i.secret,
                    "history": list(i.history),
                }
                for i in self.identifications.values()
            },
        }
