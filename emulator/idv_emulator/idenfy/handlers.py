"""iDenfy over HTTP: thin translation between requests and `IdenfyBackend`.

Auth: HTTP Basic, API key as user, API secret as password (`idenfy-key:idenfy-secret` by
default). Errors: `{"identifier", "message", "documentation", "severity"}` (the last two
null). Webhooks: POSTed to the token's `callbackUrl` (or the default set with
`/_emulator/idenfy/config`), headers `Idenfy-Event-Type` and `Idenfy-Signature` = lowercase
hex HMAC-SHA256(signing key, raw body); one verification's events are delivered in order
(the manual result only after the automatic one was delivered or given up), each retried on
a non-2xx answer or none within 10 s: 5 attempts, 5 s, 30 s, 1 min, 5 min apart (scaled).

Hosted page: `<root>/idenfy/_pages/verification?authToken=<authToken>` (the token's
`redirectUrl`, or the `sessionUrl` of `request-information`); approve → APPROVED, decline →
DENIED (automatic then manual result), then 303 to `successUrl` / `errorUrl`.

List: `GET /kyc/identifications/`, newest first, `perPage` 10 by default; a page past the
last one is 404 `BAD_VALUE` "Invalid page.".
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import struct
import zlib
from typing import Any
from urllib.parse import urlencode

from ..core.auth import basic_credentials, same
from ..core.errors import ApiError, Failure, Kind
from ..core.http import Request, Response
from ..core.lifecycle import Change
from ..core.provider import Outcome, OutcomeParam, PageSubject, Provider, operation, page
from ..core.webhooks import RetryPolicy, Webhook
from .documents import file_names
from .models import (
    AUTO_FINISHED,
    FRAUD_TAGS,
    MISMATCH_TAGS,
    OPEN,
    RESULTS,
    IdenfyBackend,
    Verification,
)
from .settings import IdenfySettings

DEFAULT_PAGE_SIZE = 10  # the list's page size when `perPage` is not given
WEBHOOK_POLICY = RetryPolicy(max_attempts=5, delays=(5, 30, 60, 300), timeout=10)
_KIND_ERRORS = {
    Kind.NOT_FOUND_ROUTE: (404, "BAD_VALUE", "Not found"),
    Kind.METHOD_NOT_ALLOWED: (405, "METHOD_NOT_ALLOWED", "Method not allowed"),
    Kind.UNSUPPORTED_MEDIA_TYPE: (415, "ENCODING_ERROR", "Unsupported media type"),
    Kind.MALFORMED_BODY: (400, "JSON_ERROR", "Invalid JSON"),
    Kind.BODY_TOO_LARGE: (413, "BAD_VALUE", "Request too large"),
    Kind.VALIDATION: (400, "BAD_VALUE", "Bad value"),
    Kind.MISSING: (400, "MISSING_VALUE", "Missing value"),
    Kind.UNAUTHENTICATED: (401, "UNAUTHORIZED", "Unauthorized"),
    Kind.INTERNAL: (500, "INTERNAL_ERROR", "Internal error"),
}
_FAULT_ERRORS = {
    400: ("BAD_VALUE", "Bad request."),
    401: ("UNAUTHORIZED", "Provided API key and secret are invalid."),
    404: ("BAD_VALUE", "Not found."),
    405: ("METHOD_NOT_ALLOWED", "Method not allowed."),
    429: ("TOO_MANY_REQUESTS", "Request limit exceeded."),
}
_MANUAL = OutcomeParam("manual", "Manual review result", (*RESULTS, "REVIEWING"))
_TAG = OutcomeParam("tag", "Reason tag", (*MISMATCH_TAGS, *FRAUD_TAGS))
_PAGE = "/_pages/verification"


class IdenfyProvider(Provider):
    name = "idenfy"
    settings_type = IdenfySettings
    settings: IdenfySettings
    # The automatic result; the manual review gives the same unless `manual` says otherwise
    # (REVIEWING: held back until a later outcome).
    outcomes = (
        Outcome("approve", "Approve", aliases=("APPROVED",), params=(_MANUAL,)),
        Outcome("decline", "Decline", aliases=("DENIED", "DENY"), params=(_MANUAL,)),
        Outcome("SUSPECTED", "Suspected", aliases=("SUSPECT",), params=(_MANUAL, _TAG)),
        Outcome(
            "REVIEWING",
            "Reviewing",
            params=(OutcomeParam("auto", "Automatic result", RESULTS), _TAG),
        ),
        Outcome("EXPIRED", "Expired", aliases=("EXPIRE",)),
    )
    page_routes = (_PAGE,)

    def reset(self) -> None:
        self.backend = IdenfyBackend(self.clock, self.ids, self.emit)
        self.backend.verifications = self.store(lambda v: v.status not in OPEN, self.backend.forget)
        self.backend.persons = self.store()  # one entry per clientId ever seen: capped too
        self.callback_url: str | None = None  # the dashboard's webhook URL
        self.signing_key = self.settings.signing_key

    # -- provider conventions -------------------------------------------------------------

    def render_error(self, error: ApiError) -> Response:
        body = {"identifier": error.code, "message": error.detail, "documentation": None, "severity": None}
        return Response.json(body, error.status, headers=error.headers)

    def error_for(self, failure: Failure, request: Request) -> ApiError:
        kind, field = failure.kind, failure.field
        status, code, title = _KIND_ERRORS[kind]
        headers = {"www-authenticate": 'Basic realm="iDenfy"'} if kind == Kind.UNAUTHENTICATED else {}
        name = field.split(".")[0] if field else None
        message = failure.detail
        if kind == Kind.MISSING:
            message = f"Missing parameter: {name}." if name else "Missing request body."
        elif kind == Kind.VALIDATION:
            reason = failure.message
            message = f"Bad value for parameter: {name}. {reason}" if name else f"Bad request body. {reason}"
        elif kind == Kind.MALFORMED_BODY:
            message = f"Request body is not valid JSON: {failure.expected}"
        elif kind == Kind.INTERNAL:
            message = "Internal server error."
        cross_field = _cross_field_rule(failure, name)
        if cross_field is not None:
            status, code, title, message = 400, "VALIDATION_ERROR", "Validation error", cross_field
        return ApiError(status, code, title, message, field=field, headers=headers)

    def fault_error(self, status: int, detail: str, request: Request) -> ApiError:
        """iDenfy's own identifier and message for the status (its messages are fixed texts)."""
        default = ("INTERNAL_ERROR", "Internal server error.") if status >= 500 else ("BAD_VALUE", "Bad request.")
        identifier, message = _FAULT_ERRORS.get(status, default)
        return ApiError(status, identifier, identifier, message)

    def authenticate(self, request: Request, schemes: tuple[str, ...]) -> None:
        credentials = basic_credentials(request.headers.get("authorization"))
        if credentials is None:
            message = "Provide the API key and secret with HTTP Basic authentication."
            raise self.error_for(Failure(Kind.UNAUTHENTICATED, message), request)
        key, secret = credentials
        # Both compared, always: no early exit that would time the key separately.
        key_ok = same(key, self.settings.api_key)
        secret_ok = same(secret, self.settings.api_secret)
        if not (key_ok and secret_ok):
            raise self.error_for(Failure(Kind.UNAUTHENTICATED, "Provided API key and secret are invalid."), request)
        request.principal = key

    # -- operations -----------------------------------------------------------------------

    @operation("create_token")
    def create_token(self, request: Request) -> Response:
        verification = self.backend.create(request.json, request.provider_url)
        return Response.json(verification.token, 201)

    @operation("get_status")
    def get_status(self, request: Request) -> Response:
        verification = self._load(request.json["scanRef"])
        return Response.json(self.backend.status_view(verification))

    @operation("get_data")
    def get_data(self, request: Request) -> Response:
        verification = self._load(request.json["scanRef"])
        return Response.json(self.backend.data_view(verification))

    @operation("list_identifications")
    def list_identifications(self, request: Request) -> Response:
        query = request.query
        client_id, per_page = query.get("clientId"), query.get("perPage", DEFAULT_PAGE_SIZE)
        page = query.get("page", 1)
        found = self.backend.page(client_id=client_id, page=page, per_page=per_page)
        if found is None:
            raise ApiError(404, "BAD_VALUE", "Not found", "Invalid page.")
        count, verifications = found

        def link(number: int) -> str:
            params = {"clientId": client_id, "page": number, "perPage": query.get("perPage")}
            kept = {name: value for name, value in params.items() if value is not None}
            return f"{request.provider_url}/kyc/identifications/?{urlencode(kept)}"

        return Response.json(
            {
                "count": count,
                "next": link(page + 1) if page * per_page < count else None,
                "previous": link(page - 1) if page > 1 else None,
                "results": [self.backend.list_item(v) for v in verifications],
            }
        )

    @operation("request_information")
    def request_information(self, request: Request) -> Response:
        verification = self._load(request.path_params["scanRef"])
        body = request.json if isinstance(request.json, dict) else {}
        return Response.json(self.backend.reopen(verification, body, request.provider_url))

    @operation("delete_verification")
    def delete_verification(self, request: Request) -> Response:
        verification = self._load(request.json["scanRef"])
        self.backend.delete(verification)
        return Response.empty(200)

    # -- hosted page ----------------------------------------------------------------------

    def page_subject(self, request: Request, *, opening: bool) -> PageSubject | None:
        auth_token = dict(request.query_pairs()).get("authToken")
        verification = self.backend.by_token(auth_token) if auth_token else None
        if verification is None:
            return None
        self.backend.expire_if_due(verification)
        if opening:
            self.backend.open_page(verification)
        return PageSubject(
            resource_id=verification.scan_ref,
            title="Verify your identity",
            facts={
                "scanRef": verification.scan_ref,
                "clientId": verification.client_id,
                "Document types": ", ".join(verification.token["documents"]) or "any",
                "Status": verification.status,
            },
            done=verification.status != "ACTIVE",
            context=verification,
        )

    def page_finished(self, subject: PageSubject, request: Request) -> Response:
        verification: Verification = subject.context
        return Response.redirect(_header_safe(verification.redirect_after()))

    @page("GET", "/_files/(?P<scan_ref>[^/]+)/(?P<name>[A-Z_]+)\\.png")
    def file(self, request: Request) -> Response:
        """The verification's photos (`fileUrls`): a placeholder PNG while the data exists."""
        verification = self.backend.verifications.get(request.path_params["scan_ref"])
        if verification is None or verification.auto is None:
            return Response.html("<h1>No such file</h1>", 404)
        if request.path_params["name"] not in file_names(verification):
            return Response.html("<h1>No such file</h1>", 404)
        return Response(200, _PLACEHOLDER_PNG, content_type="image/png")

    # -- control API ----------------------------------------------------------------------

    def set_outcome(self, resource_id: str, outcome: str, params: dict[str, Any]) -> dict[str, Any]:
        """approve, decline, SUSPECTED (optional `manual` result, `tag`), REVIEWING (optional
        `auto` result, default SUSPECTED, and `tag`; the manual result is held back), EXPIRED.
        On a verification in REVIEWING, approve / decline / SUSPECTED give the manual result."""
        verification = self._load(resource_id)
        allowed = {"manual", "tag", "auto"} if outcome != "EXPIRED" else set()
        unknown = set(params) - allowed
        if unknown:
            raise ApiError(400, "invalid_outcome", "Invalid outcome", f"unknown parameters {sorted(unknown)}")
        tag = params.get("tag")
        if outcome == "EXPIRED":
            if verification.status != "ACTIVE":
                raise ApiError(
                    409,
                    "verification_finished",
                    "Conflict",
                    f"The verification is {verification.status}; only an ACTIVE verification can expire.",
                )
            self.backend.expire(verification)
        elif outcome == "REVIEWING":
            self.backend.finish(verification, params.get("auto", "SUSPECTED"), None, tag=tag)
        else:
            result = {"approve": "APPROVED", "decline": "DENIED"}.get(outcome, outcome)
            if verification.status == "REVIEWING":  # the held-back manual review now finishes
                self.backend.review(verification, result)
            else:
                manual = params.get("manual", result)
                self.backend.finish(verification, result, None if manual == "REVIEWING" else manual, tag=tag)
        return self.backend.status_view(verification)

    def configure(self, settings: dict[str, Any]) -> dict[str, Any]:
        """`callback_url`: the dashboard's webhook URL (tokens without `callbackUrl`);
        `signing_key`: the webhook signing key."""
        unknown = set(settings) - {"callback_url", "signing_key"}
        if unknown:
            raise ApiError(400, "invalid_config", "Invalid config", f"unknown settings {sorted(unknown)}")
        url = settings.get("callback_url", self.callback_url)
        if url is not None and not isinstance(url, str):
            raise ApiError(400, "invalid_config", "Invalid config", "callback_url must be a string or null")
        key = settings.get("signing_key", self.signing_key)
        if not isinstance(key, str) or not key:
            raise ApiError(400, "invalid_config", "Invalid config", "signing_key must be a non-empty string")
        self.callback_url, self.signing_key = url, key
        return {"callback_url": self.callback_url, "signing_key_set": True}

    def tick(self) -> None:
        self.backend.expire_due()

    def dump(self) -> dict[str, Any]:
        return {**self.backend.dump(), "callback_url": self.callback_url}

    # -- helpers --------------------------------------------------------------------------

    def _load(self, scan_ref: str) -> Verification:
        verification = self.backend.get(scan_ref)
        self.backend.expire_if_due(verification)  # expiry observed on read
        return verification

    def webhooks_for(self, change: Change) -> list[Webhook]:
        """The change's event (automatic result, manual result, expiry), signed; one
        verification's events go out in order, each with its full retry budget (the manual
        result only after the automatic one was delivered or given up), also across calls."""
        verification: Verification = change.subject
        url = verification.callback_url or self.callback_url
        if change.event is None or not url:
            return []
        payload = self.backend.webhook_payload(verification, final=change.event != AUTO_FINISHED)
        body = json.dumps(payload, separators=(",", ":")).encode()
        headers = {
            "idenfy-event-type": change.event,
            "idenfy-signature": hmac.new(self.signing_key.encode(), body, hashlib.sha256).hexdigest(),
        }
        return [
            Webhook(
                event=change.event,
                url=url,
                body=body,
                headers_for=functools.partial(_same_headers, headers),
                policy=WEBHOOK_POLICY,
                order_key=f"{self.name}:{verification.scan_ref}",
            )
        ]


def _same_headers(headers: dict[str, str], _attempt: int) -> dict[str, str]:
    """iDenfy signs the body only: every attempt carries the same headers."""
    return headers


def _cross_field_rule(failure: Failure, name: str | None) -> str | None:
    """The spec's cross-field rules (`not`, `if`/`then` of TokenRequest), in iDenfy's words."""
    if failure.kind == Kind.VALIDATION and failure.where == "body" and name is None and failure.keyword == "not":
        return "utilityBill cannot be used together with additionalSteps."
    if name == "additionalSteps" and (
        failure.kind == Kind.MISSING
        or (failure.kind == Kind.VALIDATION and failure.keyword == "type" and failure.field == name)
    ):
        return "additionalData must be used together with additionalSteps."
    return None


def _header_safe(url: str) -> str:
    """A Location value: percent-encode what a header cannot carry (controls, non-ASCII)."""
    return "".join(ch if 33 <= ord(ch) < 127 else "".join(f"%{b:02X}" for b in ch.encode()) for ch in url)


def _png_1x1() -> bytes:
    """A 1x1 grey PNG: the placeholder for every verification photo."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)  # 1x1, 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b"")
    )


_PLACEHOLDER_PNG = _png_1x1()
