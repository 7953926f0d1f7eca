"""Solaris KYC over HTTP: thin translation between requests and `SolarisBackend`.

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
WEBHOOK-SUBSCRIPTION`, 2 s timeout, synchronous under the app lock); a non-2xx answer or no
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

import hashlib
import hmac
import json
from contextvars import ContextVar
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

import httpx

from ..core.auth import basic_credentials, bearer_token, same
from ..core.errors import ApiError, Kind
from ..core.http import Request, Response
from ..core.pages import decision_page, result_page
from ..core.provider import Provider, operation, page
from ..core.spec import Operation, Spec
from ..core.webhooks import Delivery, HeadersFor, OnFinal, RetryPolicy
from .models import (
    Identification,
    Session,
    SolarisBackend,
    TokenStore,
    check_webhook_url,
    is_loopback_url,
    not_found,
)

TOKEN_PATH = "/oauth2/token"  # noqa: S105 - a path, not a password
PROBE_TIMEOUT = 2.0
EVENT_IDENTIFICATION = "IDENTIFICATION"
OUTCOMES = (
    "approve",
    "successful",
    "decline",
    "failed",
    "pending_successful",
    "pending_failed",
    "aborted",
    "canceled",
    "expired",
)
INJECTED = "injected"  # placeholder code: the final code follows the status the fault sets


def _backoff(base: float = 10, cap: float = 12 * 3600, horizon: float = 5 * 86400) -> tuple[float, ...]:
    """Exponential delays (base, 2·base, … capped) while their sum stays within `horizon`."""
    delays: list[float] = []
    delay = base
    while sum(delays) + delay <= horizon:
        delays.append(delay)
        delay = min(delay * 2, cap)
    return tuple(delays)


_DELAYS = _backoff()
WEBHOOK_POLICY = RetryPolicy(
    max_attempts=len(_DELAYS) + 1, delays=_DELAYS, final_statuses=frozenset({410, 422}), timeout=30
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
    Kind.INJECTED: (503, INJECTED, "Injected"),
}
_OAUTH_ERRORS = {
    Kind.NOT_FOUND_ROUTE: (404, "invalid_request"),
    Kind.METHOD_NOT_ALLOWED: (405, "invalid_request"),
    Kind.UNSUPPORTED_MEDIA_TYPE: (400, "invalid_request"),
    Kind.MALFORMED_BODY: (400, "invalid_request"),
    Kind.BODY_TOO_LARGE: (413, "invalid_request"),
    Kind.VALIDATION: (400, "invalid_request"),
    Kind.MISSING: (400, "invalid_request"),
    Kind.UNAUTHENTICATED: (401, "invalid_client"),
    Kind.INTERNAL: (500, "server_error"),
    Kind.INJECTED: (503, INJECTED),
}
# Solaris API conventions: "values must not start or end with whitespace". The spec puts this
# pattern on every free-text request field; its failures get Solaris' plain message.
WHITESPACE_PATTERN = r"^(?![ \t\n\v\f\r])(?![\s\S]*[ \t\n\v\f\r]$)"
_WHITESPACE_RULE = "must not start or end with whitespace"
_PARAMETER_PREFIXES = ("query parameter", "path parameter", "header parameter", "missing required")
# Seed 002: these two errors carry their explanation in `details`, not `detail`.
_PLURAL_DETAILS = frozenset({"identification_attempts_exceeded", "invalid_secret"})
_INVALID_CLIENT = (
    "Client authentication failed (e.g., unknown client, no client authentication included, "
    "or unsupported authentication method)."
)

# The documented path of the request being handled. `error_for` gets no request, yet the
# token endpoint must answer in the OAuth2 format; the app matches every request against the
# spec before anything can fail, so recording the path there (per asyncio task / thread)
# tells `error_for` which envelope applies. See the final report: core change requested.
_CURRENT_PATH: ContextVar[str] = ContextVar("solaris_current_path", default="")


class _PathTrackingSpec(Spec):
    def match(self, path: str) -> tuple[dict[str, Operation], dict[str, str]] | None:
        _CURRENT_PATH.set(path)
        return super().match(path)


class OAuthError(ApiError):
    """An error of the authorization server (token endpoint), rendered per RFC 6749 §5.2."""


class SolarisProvider(Provider):
    name = "solaris"
    # Solaris API conventions: "null values are ignored" — a JSON body's null members are
    # dropped before validation, so `{"title": null}` is the same request as `{}`.
    drop_null_fields = True

    def __init__(self, *, spec: Spec, **kwargs: Any) -> None:
        tracking = _PathTrackingSpec(
            provider=spec.provider, raw=spec.raw, operations=spec.operations, by_path=spec.by_path
        )
        self.tokens = TokenStore(kwargs["clock"])
        super().__init__(spec=tracking, **kwargs)

    def reset(self) -> None:
        self.backend = SolarisBackend(self.clock, self.ids, self._notify)
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
            code = _oauth_injected_code(error.status) if error.code == INJECTED else error.code
            headers.update({"cache-control": "no-store", "pragma": "no-cache"})
            return Response.json({"error": code, "error_description": error.detail}, error.status, headers=headers)
        code, title = (error.code, error.title) if error.code != INJECTED else _injected_code(error.status)
        item: dict[str, Any] = {
            "id": self.ids.hex(32) + "bex",
            "status": str(error.status),
            "code": code,
            "title": title,
        }
        item["details" if code in _PLURAL_DETAILS else "detail"] = error.detail
        if error.field:
            item["source"] = {"field": error.field, "message": str(error.details.get("message", error.detail))}
        return Response.json({"errors": [item]}, error.status, headers=headers)

    def error_for(self, kind: str, detail: str, field: str | None = None) -> ApiError:
        if _CURRENT_PATH.get() == TOKEN_PATH:
            status, oauth_code = _OAUTH_ERRORS[kind]
            if kind == Kind.VALIDATION and field == "grant_type":
                oauth_code = "unsupported_grant_type"
            if kind == Kind.UNSUPPORTED_MEDIA_TYPE:
                detail = "The token request must be application/x-www-form-urlencoded."
            headers = {"www-authenticate": 'Basic realm="Solaris"'} if kind == Kind.UNAUTHENTICATED else {}
            return OAuthError(status, oauth_code, oauth_code, detail, field=field, headers=headers)
        status, code, title = _KIND_ERRORS[kind]
        details: dict[str, Any] = {}
        if kind in (Kind.VALIDATION, Kind.MISSING) and detail.startswith(_PARAMETER_PREFIXES):
            code, title = "validation_error", "Validation Error"
        elif kind == Kind.VALIDATION and " is not of type " in detail:
            code, title = "type_error", "Type Error"
        if kind == Kind.MISSING and field is not None:
            detail, details["message"] = f"{field} is missing", "is missing"
        elif kind == Kind.VALIDATION and field is not None and repr(WHITESPACE_PATTERN) in detail:
            detail, details["message"] = f"{field} {_WHITESPACE_RULE}", _WHITESPACE_RULE
        elif field is not None and detail.startswith(f"{field}: "):
            details["message"] = detail[len(field) + 2 :]
        headers = {}
        if kind == Kind.UNAUTHENTICATED:
            headers["www-authenticate"] = 'Bearer realm="Solaris", error="invalid_token"'
        return ApiError(status, code, title, detail, field=field, details=details, headers=headers)

    def authenticate(self, request: Request, schemes: tuple[str, ...]) -> None:
        header = request.headers.get("authorization")
        if "basicAuth" in schemes:  # the token endpoint
            credentials = basic_credentials(header)
            if credentials is None or not (
                same(credentials[0], self.config.solaris_client_id)
                & same(credentials[1], self.config.solaris_client_secret)
            ):
                raise OAuthError(
                    401,
                    "invalid_client",
                    "invalid_client",
                    _INVALID_CLIENT,
                    headers={"www-authenticate": 'Basic realm="Solaris"'},
                )
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
            raise self.error_for(Kind.UNAUTHENTICATED, "The access token is invalid or has expired.")
        request.principal = self.config.solaris_client_id

    # -- OAuth2 -------------------------------------------------------------------------

    @operation("create_token")
    def create_token(self, request: Request) -> Response:
        scope = str(request.json.get("scope") or "partners")
        if set(scope.split()) != {"partners"}:
            raise OAuthError(
                400, "invalid_scope", "invalid_scope", f"Unknown scope {scope!r}; the only scope is 'partners'."
            )
        ttl = self.config.solaris_token_ttl
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
    def create_webhook(self, request: Request) -> Response:
        body = request.json
        url = body["url"]
        check_webhook_url(url)
        if _is_self(url, request.base_url):
            # Handlers run one at a time: the emulator cannot answer its own probe.
            raise _invalid_webhook_url("points at the emulator itself, which cannot answer the probe")
        if self._may_contact(url):
            self._probe(url)
        subscription = self.backend.add_subscription(body["event_type"], url)
        return Response.json(self.backend.subscription_view(subscription, with_secret=True), 201)

    @operation("list_webhooks")
    def list_webhooks(self, request: Request) -> Response:
        return _paginated(request, [self.backend.subscription_view(s) for s in self.backend.list_subscriptions()])

    @operation("get_webhook")
    def get_webhook(self, request: Request) -> Response:
        subscription = self.backend.subscription(request.path_params["id"])
        return Response.json(self.backend.subscription_view(subscription))

    @operation("delete_webhook")
    def delete_webhook(self, request: Request) -> Response:
        subscription_id = request.path_params["id"]
        if not self.backend.delete_subscription(subscription_id):
            raise not_found("Webhook", subscription_id)
        return Response.empty(204)

    def _may_contact(self, url: str) -> bool:
        return not self.webhooks_loopback_only or is_loopback_url(url)

    def _probe(self, url: str) -> None:
        """The WEBHOOK-SUBSCRIPTION probe. Synchronous: the app lock is held meanwhile (≤ 2 s)."""
        try:
            reply = httpx.post(
                url,
                content=b"",
                headers={"Solaris-Webhook-Event-Type": "WEBHOOK-SUBSCRIPTION"},
                timeout=PROBE_TIMEOUT,
                follow_redirects=False,
            )
            status: int | None = reply.status_code
            why = f"answered {status}"
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            status, why = None, f"could not be reached ({type(exc).__name__})"
        if status is None or not 200 <= status < 300:
            raise _invalid_webhook_url(why)

    # -- hosted pages -------------------------------------------------------------------

    @page("GET", "/_pages/identification_sessions/(?P<session_id>[0-9a-f]{32}ises)")
    def show_session_page(self, request: Request) -> Response:
        session = self._page_session(request)
        if session is None:
            return Response.html("<h1>Unknown identification session</h1>", 404)
        status = self.backend.session_status(session)
        return Response.html(
            decision_page(
                provider="solaris",
                title="Solaris identification",
                facts={
                    "Identification session": session.id,
                    "Person": session.person_id,
                    "Methods": ", ".join(session.methods),
                    "Status": status,
                },
                action=request.prefix + request.path,
                done=session.expired or status == "successful",
            )
        )

    @page("POST", "/_pages/identification_sessions/(?P<session_id>[0-9a-f]{32}ises)")
    def submit_session_page(self, request: Request) -> Response:
        session = self._page_session(request)
        if session is None:
            return Response.html("<h1>Unknown identification session</h1>", 404)
        decision = _decision(request)
        if decision is None:
            return Response.html("<h1>Choose approve or decline</h1>", 400)
        identification = self.backend.session_target(session)
        if identification is not None:
            self.backend.decide(identification, approved=decision)
        return self._finish_page(session)

    @page("GET", "/_pages/idnow/identifications/(?P<identification_id>[0-9a-f]{32}cidt)")
    def show_idnow_page(self, request: Request) -> Response:
        identification = self._page_identification(request)
        if identification is None:
            return Response.html("<h1>Unknown identification</h1>", 404)
        return Response.html(
            decision_page(
                provider="solaris",
                title="IDnow identification",
                facts={
                    "Identification": identification.id,
                    "Reference": identification.reference or "",
                    "Method": identification.method,
                    "Status": identification.status,
                    "Your one-time secret": identification.secret,
                },
                action=request.prefix + request.path,
                done=identification.terminal,
            )
        )

    @page("POST", "/_pages/idnow/identifications/(?P<identification_id>[0-9a-f]{32}cidt)")
    def submit_idnow_page(self, request: Request) -> Response:
        identification = self._page_identification(request)
        if identification is None:
            return Response.html("<h1>Unknown identification</h1>", 404)
        decision = _decision(request)
        if decision is None:
            return Response.html("<h1>Choose approve or decline</h1>", 400)
        if not identification.terminal:
            self.backend.decide(identification, approved=decision)
        return self._finish_page(self.backend.sessions[identification.session_id])

    def _page_session(self, request: Request) -> Session | None:
        session = self.backend.sessions.get(request.path_params["session_id"])
        if session is not None:
            self.backend.expire_if_due(session)
        return session

    def _page_identification(self, request: Request) -> Identification | None:
        identification = self.backend.identifications.get(request.path_params["identification_id"])
        if identification is not None:
            self.backend.expire_if_due(self.backend.sessions[identification.session_id])
        return identification

    def _finish_page(self, session: Session) -> Response:
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
        if outcome not in OUTCOMES:
            raise ApiError(400, "invalid_outcome", "Invalid Outcome", f"outcome must be one of {', '.join(OUTCOMES)}")
        identification = self._outcome_target(resource_id)
        if outcome in ("approve", "successful", "decline", "failed"):
            self.backend.decide(identification, outcome in ("approve", "successful"), failure_reason)
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
        return {**self.backend.dump(), "access_tokens": len(self.tokens)}

    # -- webhooks out -------------------------------------------------------------------

    def _notify(self, identification: Identification) -> None:
        body = json.dumps(self.backend.identification_view(identification), separators=(",", ":")).encode()
        for subscription in self.backend.list_subscriptions(EVENT_IDENTIFICATION):
            if not self._may_contact(subscription.url):
                continue
            self.webhooks.submit(
                provider=self.name,
                event=EVENT_IDENTIFICATION,
                url=subscription.url,
                body=body,
                headers_for=_signed_headers(
                    body,
                    secret=subscription.secret,
                    webhook_id=self.ids.hex(32),
                    subscription_id=subscription.id,
                    entity_id=identification.id,
                ),
                policy=WEBHOOK_POLICY,
                on_final=self._delivery_ended(subscription.id),
            )

    def _delivery_ended(self, subscription_id: str) -> OnFinal:
        backend = self.backend

        def on_final(_delivery: Delivery, status: int | None) -> None:
            if status == 410:  # Gone: Solaris cancels the subscription
                backend.delete_subscription(subscription_id)

        return on_final


def _signed_headers(body: bytes, *, secret: str, webhook_id: str, subscription_id: str, entity_id: str) -> HeadersFor:
    signature = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()

    def headers_for(attempt: int) -> dict[str, str]:
        return {
            "Solaris-Webhook-Id": webhook_id,
            "Solaris-Webhook-Subscription-Id": subscription_id,
            "Solaris-Webhook-Event-Type": EVENT_IDENTIFICATION,
            "Solaris-Entity-Id": entity_id,
            "Solaris-Webhook-Attempt": str(attempt),
            "Solaris-Webhook-Signature": signature,
        }

    return headers_for


def _invalid_webhook_url(why: str) -> ApiError:
    return ApiError(
        400,
        "invalid_webhook_url",
        "Invalid Webhook URL",
        f"The webhook URL did not respond successfully to the subscription request: it {why}.",
        field="url",
        details={"message": "did not answer the WEBHOOK-SUBSCRIPTION request with 2xx"},
    )


def _is_self(url: str, base_url: str) -> bool:
    """Whether `url` reaches the server at `base_url` (a loopback alias counts as the same host)."""

    def origin(value: str) -> tuple[str, int | None]:
        try:
            parts = urlsplit(value)
            port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
        except ValueError:
            return "", None
        host = (parts.hostname or "").lower()
        return ("loopback" if is_loopback_url(value) else host), port

    mine = origin(base_url)
    return mine[0] != "" and origin(url) == mine


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


def _decision(request: Request) -> bool | None:
    decision = request.form().get("decision")
    return {"approve": True, "decline": False}.get(decision or "")


def _injected_code(status: int) -> tuple[str, str]:
    if status == 500:
        return "generic_error", "Generic Error"
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        return "error", "Error"
    return phrase.lower().replace(" ", "_").replace("-", "_"), phrase


def _oauth_injected_code(status: int) -> str:
    if status in (429, 503):
        return "temporarily_unavailable"
    return "server_error" if status >= 500 else "invalid_request"
