"""Solaris KYC over HTTP: thin translation between requests and `SolarisBackend`.

Over 400 lines because it holds 15 operations plus the protocol notes below, which are this
module's reference (the authorization server is in oauth.py, subscriptions in subscriptions.py).

Auth: `POST /oauth2/token` (HTTP Basic `client_id:client_secret` from the config, form
`grant_type=client_credentials[&scope=partners]`) issues random bearer tokens living
`solaris_token_ttl` seconds of emulator time; every `/v1` call needs one (missing → 401
`token_required`, unknown or expired → 401 `invalid_token`). Tokens survive `/_emulator/reset`.

Errors: `/v1` answers `{"errors": [{"id": "<32 hex>bex", "status": "<code as string>", "code",
"title", "detail", "source"?: {"field", "message"}}]}` (JSON:API style; the 412 and 422 of
"Request an identification" carry `details` instead of `detail`, as the seed page shows them).
The token endpoint answers RFC 6749 `{"error", "error_description"}` instead: 400
`invalid_request` (missing field, not a form body), `unsupported_grant_type`, `invalid_scope`;
401 `invalid_client` (with `WWW-Authenticate: Basic`); injected faults there use
`temporarily_unavailable` (429, 503) or `server_error` (other 5xx).

Hosted pages (approve / decline, then 303 to the session's `callback_url`, unchanged, or a
result page): the session `url` `/solaris/_pages/identification_sessions/<id>ises` (decides the
session's latest open identification, or a new one with the session's first method) and the
IDnow `url` `/solaris/_pages/idnow/identifications/<id>cidt`. Approve walks
`pending → pending_successful → successful`, decline `pending → pending_failed → failed`
(from `created`, `pending` comes first); each change is one webhook.

Webhooks: `POST /v1/webhooks` accepts `https://` URLs and, so that local receivers work, plain
`http://` to loopback hosts (127.0.0.0/8, ::1, localhost); any other URL is 400
`unsafe_webhook_url`. The URL is probed first (empty POST, `Solaris-Webhook-Event-Type:
WEBHOOK-SUBSCRIPTION`, 2 s timeout, awaited without blocking the event loop); a non-2xx answer or no
answer is 400 `invalid_webhook_url`. The setting `webhooks_loopback_only` (control API
`/_emulator/solaris/config`; on by default, like the emulator's `webhook_hosts=loopback`) keeps
the emulator off the network: URLs to other hosts are then subscribed unprobed and never
delivered to. Every identification status change is POSTed to every
IDENTIFICATION subscription: body = the identification, headers `Solaris-Webhook-Id` (same on
retries), `-Subscription-Id`, `-Event-Type: IDENTIFICATION`, `Solaris-Entity-Id`,
`Solaris-Webhook-Attempt` (from 1) and `Solaris-Webhook-Signature: sha256=<hex HMAC-SHA256(
subscription secret, raw body)>`. 2xx = delivered; 410 = rejected and the subscription is
deleted; 422 = rejected, no retry; anything else is retried with exponential backoff (10 s
doubling, capped at 12 h, for up to 5 days: `WEBHOOK_POLICY`). Deliveries run in parallel, so
two quick changes may arrive out of order: fetch the identification before acting.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from ..core.auth import basic_credentials, bearer_token, same
from ..core.errors import ApiError, Failure, Kind
from ..core.http import Deferred, Request, Response
from ..core.lifecycle import Change
from ..core.net import is_loopback_url
from ..core.pages import result_page
from ..core.provider import Outcome, OutcomeParam, PageSubject, Provider, operation
from ..core.webhooks import Delivery, OnFinal, Webhook
from .models import Identification, Session, SolarisBackend, not_found
from .oauth import TOKEN_PATH, OAuthError, TokenStore, invalid_client, oauth_error_for, oauth_fault
from .settings import SolarisSettings
from .subscriptions import (
    EVENT_IDENTIFICATION,
    WEBHOOK_POLICY,
    Subscriptions,
    check_webhook_url,
    invalid_webhook_url,
    is_self,
    probe,
    signed_headers,
)

_KIND_ERRORS = {
    Kind.NOT_FOUND_ROUTE: (404, "not_found", "Not Found"),
    Kind.METHOD_NOT_ALLOWED: (405, "method_not_allowed", "Method Not Allowed"),
    Kind.UNSUPPORTED_MEDIA_TYPE: (415, "unsupported_media_type", "Unsupported Media Type"),
    Kind.MALFORMED_BODY: (400, "invalid_json", "Invalid JSON"),
    Kind.BODY_TOO_LARGE: (413, "request_entity_too_large", "Request Entity Too Large"),
    Kind.VALIDATION: (400, "invalid_model", "Invalid Model"),
    Kind.MISSING: (400, "invalid_model", "Invalid Model"),
    Kind.UNAUTHENTICATED: (401, "invalid_token", "Invalid Token"),
    Kind.INTERNAL: (500, "generic_error", "Generic Error"),
}
# Solaris API conventions: "values must not start or end with whitespace". The spec puts this
# pattern on every free-text request field; its failures get Solaris' plain message.
WHITESPACE_PATTERN = r"^(?![ \t\n\v\f\r])(?![\s\S]*[ \t\n\v\f\r]$)"
_WHITESPACE_RULE = "must not start or end with whitespace"
# Seed 002: these two errors carry their explanation in `details`, not `detail`.
_PLURAL_DETAILS = frozenset({"identification_attempts_exceeded", "invalid_secret"})
_FAILURE_REASON = OutcomeParam("failure_reason", "Failure reason")
_SESSION_PAGE = "/_pages/identification_sessions/(?P<session_id>[0-9a-f]{32}ises)"
_IDNOW_PAGE = "/_pages/idnow/identifications/(?P<identification_id>[0-9a-f]{32}cidt)"


class SolarisProvider(Provider):
    name = "solaris"
    settings_type = SolarisSettings
    settings: SolarisSettings
    # Solaris API conventions: "null values are ignored" — a JSON body's null members are
    # dropped before validation, so `{"title": null}` is the same request as `{}`.
    drop_null_fields = True
    outcomes = (
        Outcome("approve", "Approve", aliases=("successful",)),
        Outcome("decline", "Decline", aliases=("failed",), params=(_FAILURE_REASON,)),
        Outcome("pending_successful", "Pending successful (awaiting review)"),
        Outcome("pending_failed", "Pending failed (awaiting review)"),
        Outcome("aborted", "Aborted", params=(_FAILURE_REASON,)),
        Outcome("canceled", "Canceled", params=(_FAILURE_REASON,)),
        Outcome("expired", "Expired"),
    )
    page_routes = (_SESSION_PAGE, _IDNOW_PAGE)

    def __init__(self, **kwargs: Any) -> None:
        self.tokens = TokenStore(kwargs["clock"])  # survives reset(), see oauth.TokenStore
        super().__init__(**kwargs)

    def reset(self) -> None:
        self.backend = SolarisBackend(self.clock, self.ids, self.emit)
        self.backend.cap(self.store)
        self.subscriptions = Subscriptions(self.clock, self.ids)
        # Follows the emulator-wide `webhook_hosts` setting (loopback only unless "any").
        self.webhooks_loopback_only = self.config.webhook_hosts != "any"

    def configure(self, settings: dict[str, Any]) -> dict[str, Any]:
        """`webhooks_loopback_only` (default: true unless the emulator runs with
        `webhook_hosts=any`): never contact a host other than this
        machine. `create_webhook` still applies the URL rules, but a URL to another host is
        subscribed without the WEBHOOK-SUBSCRIPTION probe (as if it had answered 2xx), and
        deliveries to such subscriptions are not sent (nor listed in `/_emulator/webhooks`).
        For runs that generate arbitrary URLs offline (the contract suite). Reset restores it."""
        unknown = set(settings) - {"webhooks_loopback_only"}
        if unknown:
            raise ApiError(400, "invalid_config", "Invalid config", f"unknown settings {sorted(unknown)}")
        loopback_only = settings.get("webhooks_loopback_only", self.webhooks_loopback_only)
        if not isinstance(loopback_only, bool):
            raise ApiError(400, "invalid_config", "Invalid config", "webhooks_loopback_only must be a boolean")
        self.webhooks_loopback_only = loopback_only
        return {"webhooks_loopback_only": self.webhooks_loopback_only}

    # -- provider conventions -------------------------------------------------------------

    def render_error(self, error: ApiError) -> Response:
        headers = dict(error.headers)
        if isinstance(error, OAuthError):
            headers.update({"cache-control": "no-store", "pragma": "no-cache"})
            body = {"error": error.code, "error_description": error.detail}
            return Response.json(body, error.status, headers=headers)
        item: dict[str, Any] = {
            "id": self.ids.hex(32) + "bex",
            "status": str(error.status),
            "code": error.code,
            "title": error.title,
        }
        item["details" if error.code in _PLURAL_DETAILS else "detail"] = error.detail
        if error.field:
            item["source"] = {"field": error.field, "message": str(error.details.get("message", error.detail))}
        return Response.json({"errors": [item]}, error.status, headers=headers)

    def error_for(self, failure: Failure, request: Request) -> ApiError:
        if request.path == TOKEN_PATH:
            return oauth_error_for(failure)
        kind, field, detail = failure.kind, failure.field, failure.detail
        status, code, title = _KIND_ERRORS[kind]
        details: dict[str, Any] = {}
        if kind in (Kind.VALIDATION, Kind.MISSING) and failure.in_parameter:
            code, title = "validation_error", "Validation Error"
        elif kind == Kind.VALIDATION and failure.keyword == "type":
            code, title = "type_error", "Type Error"
        if kind == Kind.MISSING and field is not None:
            detail, details["message"] = f"{field} is missing", "is missing"
        elif kind == Kind.VALIDATION and field is not None and failure.expected == WHITESPACE_PATTERN:
            detail, details["message"] = f"{field} {_WHITESPACE_RULE}", _WHITESPACE_RULE
        elif field is not None and failure.where == "body":
            details["message"] = failure.message
        headers = {}
        if kind == Kind.UNAUTHENTICATED:
            headers["www-authenticate"] = 'Bearer realm="Solaris", error="invalid_token"'
        return ApiError(status, code, title, detail, field=field, details=details, headers=headers)

    def fault_error(self, status: int, detail: str, request: Request) -> ApiError:
        if request.path == TOKEN_PATH:
            return oauth_fault(status, detail)
        if status == 500:
            code, title = "generic_error", "Generic Error"
        else:
            try:
                title = HTTPStatus(status).phrase
                code = title.lower().replace(" ", "_").replace("-", "_")
            except ValueError:
                code, title = "error", "Error"
        return ApiError(status, code, title, detail)

    def authenticate(self, request: Request, schemes: tuple[str, ...]) -> None:
        header = request.headers.get("authorization")
        if "basicAuth" in schemes:  # the token endpoint
            credentials = basic_credentials(header)
            if credentials is None or not (
                same(credentials[0], self.settings.client_id) & same(credentials[1], self.settings.client_secret)
            ):
                raise invalid_client()
            request.principal = credentials[0]
            return
        token = bearer_token(header)
        if token is None:
            raise ApiError(
                401,
                "token_required",
                "Token Required",
                "An access token is required: send Authorization: Bearer <access_token>.",
                headers={"www-authenticate": 'Bearer realm="Solaris"'},
            )
        if not self.tokens.valid(token):
            raise self.error_for(Failure(Kind.UNAUTHENTICATED, "The access token is invalid or has expired."), request)
        request.principal = self.settings.client_id

    # -- OAuth2 -------------------------------------------------------------------------

    @operation("create_token")
    def create_token(self, request: Request) -> Response:
        scope = str(request.json.get("scope") or "partners")
        if set(scope.split()) != {"partners"}:
            raise OAuthError(
                400, "invalid_scope", "invalid_scope", f"Unknown scope {scope!r}; the only scope is 'partners'."
            )
        ttl = self.settings.token_ttl
        body = {"access_token": self.tokens.issue(ttl), "expires_in": ttl, "scope": "partners", "token_type": "bearer"}
        return Response.json(body, headers={"cache-control": "no-store", "pragma": "no-cache"})

    # -- persons ------------------------------------------------------------------------

    @operation("create_person")
    def create_person(self, request: Request) -> Response:
        person = self.backend.create_person(request.json)
        return Response.json(self.backend.person_view(person), 201)

    @operation("get_person")
    def get_person(self, request: Request) -> Response:
        person = self.backend.person(request.path_params["person_id"])
        return Response.json(self.backend.person_view(person))

    # -- identification sessions --------------------------------------------------------

    @operation("create_identification_session")
    def create_identification_session(self, request: Request) -> Response:
        person = self.backend.person(request.path_params["person_id"])
        session = self.backend.create_session(person, request.json, request.provider_url)
        return Response.json(self.backend.session_view(session), 201)

    @operation("get_identification_session")
    def get_identification_session(self, request: Request) -> Response:
        person = self.backend.person(request.path_params["person_id"])
        session = self.backend.session(person, request.path_params["identification_session_id"])
        return Response.json(self.backend.session_view(session))

    # -- identifications ----------------------------------------------------------------

    @operation("create_identification_in_session")
    def create_identification_in_session(self, request: Request) -> Response:
        person = self.backend.person(request.path_params["person_id"])
        session = self.backend.session(person, request.path_params["identification_session_id"])
        identification = self.backend.create_identification(person, session, request.json)
        return Response.json(self.backend.identification_view(identification), 200)  # seed quirk: 200

    @operation("request_identification")
    def request_identification(self, request: Request) -> Response:
        person = self.backend.person(request.path_params["person_id"])
        identification = self.backend.identification(person, request.path_params["id"])
        self.backend.request(person, identification, request.json or {})
        return Response.json(self.backend.identification_view(identification))

    @operation("get_identification")
    def get_identification(self, request: Request) -> Response:
        person = self.backend.person(request.path_params["person_id"])
        identification = self.backend.identification(person, request.path_params["id"])
        include = bool(request.query.get("include_documents", False))
        return Response.json(self.backend.identification_view(identification, include_documents=include))

    @operation("list_identifications")
    def list_identifications(self, request: Request) -> Response:
        person = self.backend.person(request.path_params["person_id"])
        items = [self.backend.identification_view(i) for i in self.backend.person_identifications(person)]
        return _paginated(request, items)

    # -- webhooks -----------------------------------------------------------------------

    @operation("create_webhook")
    def create_webhook(self, request: Request) -> Response | Deferred:
        body = request.json
        url = body["url"]
        check_webhook_url(url)
        if is_self(url, request.base_url):
            raise invalid_webhook_url("points at the emulator itself, which cannot answer the probe")

        def subscribe(_probed: object = None) -> Response:
            subscription = self.subscriptions.add(body["event_type"], url)
            return Response.json(subscription.view(with_secret=True), 201)

        if self._may_contact(url):
            return Deferred(probe(url), subscribe)
        return subscribe()

    @operation("list_webhooks")
    def list_webhooks(self, request: Request) -> Response:
        return _paginated(request, [s.view() for s in self.subscriptions.list()])

    @operation("get_webhook")
    def get_webhook(self, request: Request) -> Response:
        return Response.json(self.subscriptions.get(request.path_params["id"]).view())

    @operation("delete_webhook")
    def delete_webhook(self, request: Request) -> Response:
        subscription_id = request.path_params["id"]
        if not self.subscriptions.delete(subscription_id):
            raise not_found("Webhook", subscription_id)
        return Response.empty(204)

    def _may_contact(self, url: str) -> bool:
        return not self.webhooks_loopback_only or is_loopback_url(url)

    # -- hosted pages -------------------------------------------------------------------

    def page_subject(self, request: Request, *, opening: bool) -> PageSubject | None:
        """The session page decides the session's latest open identification (or a new one
        with its first method); the IDnow page decides its identification."""
        if "session_id" in request.path_params:
            session = self.backend.sessions.get(request.path_params["session_id"])
            if session is None:
                return None
            self.backend.expire_if_due(session)
            status = self.backend.session_status(session)
            facts = {
                "Identification session": session.id,
                "Person": session.person_id,
                "Methods": ", ".join(session.methods),
                "Status": status,
            }
            done = session.expired or status == "successful"
            return PageSubject(session.id, "Solaris identification", facts, done, context=session)
        identification = self.backend.identifications.get(request.path_params["identification_id"])
        if identification is None:
            return None
        session = self.backend.sessions[identification.session_id]
        self.backend.expire_if_due(session)
        facts = {
            "Identification": identification.id,
            "Reference": identification.reference or "",
            "Method": identification.method,
            "Status": identification.status,
            "Your one-time secret": identification.secret,
        }
        return PageSubject(identification.id, "IDnow identification", facts, identification.terminal, context=session)

    def page_finished(self, subject: PageSubject, request: Request) -> Response:
        session: Session = subject.context
        if session.callback_url:
            return Response.redirect(session.callback_url)
        return Response.html(result_page(provider="solaris", outcome=self.backend.session_status(session)))

    # -- control API --------------------------------------------------------------------

    def set_outcome(self, resource_id: str, outcome: str, params: dict[str, Any]) -> dict[str, Any]:
        """`id`: an identification (…cidt) or a session (…ises, decided like its hosted page).

        Outcomes: approve|successful, decline|failed (the whole path, as the pages do);
        pending_successful, pending_failed (stop there, awaiting review); aborted, canceled,
        expired. Optional param `failure_reason` (string) for failed / aborted / canceled.
        """
        failure_reason = params.get("failure_reason")
        if failure_reason is not None and not isinstance(failure_reason, str):
            raise ApiError(400, "invalid_outcome", "Invalid Outcome", "failure_reason must be a string")
        identification = self._outcome_target(resource_id)
        if outcome in ("approve", "decline"):
            self.backend.decide(identification, outcome == "approve", failure_reason)
        else:
            self.backend.set_status(identification, outcome, failure_reason)
        return self.backend.identification_view(identification)

    def _outcome_target(self, resource_id: str) -> Identification:
        identification = self.backend.identifications.get(resource_id)
        if identification is not None:
            self.backend.expire_if_due(self.backend.sessions[identification.session_id])
            return identification
        session = self.backend.sessions.get(resource_id)
        if session is None:
            raise not_found("Identification", resource_id)
        target = self.backend.session_target(session)
        if target is None:
            raise ApiError(
                409,
                "invalid_status",
                "Invalid Status",
                f"Identification session {session.id} is {self.backend.session_status(session)}",
            )
        return target

    def tick(self) -> None:
        self.backend.expire_due()
        self.tokens.prune()

    def dump(self) -> dict[str, Any]:
        return {**self.backend.dump(), "webhooks": self.subscriptions.dump(), "access_tokens": len(self.tokens)}

    # -- webhooks out -------------------------------------------------------------------

    def webhooks_for(self, change: Change) -> list[Webhook]:
        """Every status change (not the creation) to every IDENTIFICATION subscription."""
        identification: Identification = change.subject
        if change.previous is None:
            return []
        body = json.dumps(self.backend.identification_view(identification), separators=(",", ":")).encode()
        return [
            Webhook(
                event=EVENT_IDENTIFICATION,
                url=subscription.url,
                body=body,
                headers_for=signed_headers(
                    body,
                    secret=subscription.secret,
                    webhook_id=self.ids.hex(32),
                    subscription_id=subscription.id,
                    entity_id=identification.id,
                ),
                policy=WEBHOOK_POLICY,
                on_final=self._delivery_ended(subscription.id),
            )
            for subscription in self.subscriptions.list(EVENT_IDENTIFICATION)
            if self._may_contact(subscription.url)
        ]

    def _delivery_ended(self, subscription_id: str) -> OnFinal:
        subscriptions = self.subscriptions

        def on_final(_delivery: Delivery, status: int | None) -> None:
            if status == 410:  # Gone: Solaris cancels the subscription
                subscriptions.delete(subscription_id)

        return on_final


def _paginated(request: Request, items: list[dict[str, Any]]) -> Response:
    number = int(request.query.get("page[number]", 1))
    size = int(request.query.get("page[size]", 10))
    total = len(items)
    last = max(1, -(-total // size))
    base = f"{request.provider_url}{request.path}"

    def link(page_number: int, rel: str) -> str:
        return f'<{base}?page[number]={page_number}&page[size]={size}>; rel="{rel}"'

    links = [link(1, "first")]
    if number > 1:
        links.append(link(min(number - 1, last), "prev"))
    if number < last:
        links.append(link(number + 1, "next"))
    links.append(link(last, "last"))
    page_items = items[(number - 1) * size : number * size]
    headers = {"total": str(total), "per_page": str(size), "link": ", ".join(links)}
    return Response.json(page_items, headers=headers)
