"""iDenfy over HTTP: thin translation between requests and `IdenfyBackend`.

Auth: HTTP Basic, API key as user, API secret as password (`idenfy-key:idenfy-secret` by
default). Errors: `{"identifier", "message", "documentation", "severity"}` (the last two
null). Webhooks: POSTed to the token's `callbackUrl` (or the default set with
`/_emulator/idenfy/config`), headers `Idenfy-Event-Type` and `Idenfy-Signature` = lowercase
hex HMAC-SHA256(signing key, raw body); one verification's events are delivered in order
(the manual result only after the automatic one was delivered or given up), each retried on
a non-2xx answer or none within 10 s: 5 attempts, 5 s, 30 s, 1 min, 5 min apart (scaled).

Hosted page: `<root>/idenfy/_pages/verification?authToken=<authToken>` (the token's
`redirectUrl`); approve → APPROVED, decline → DENIED (automatic then manual result), then
303 to `successUrl` / `errorUrl`.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import re
import struct
import zlib
from typing import Any

from ..core.auth import basic_credentials, same
from ..core.errors import ApiError, Kind
from ..core.http import Request, Response
from ..core.pages import decision_page
from ..core.provider import Provider, operation, page
from ..core.webhooks import RetryPolicy
from .models import RESULTS, Event, IdenfyBackend, Verification, file_names

WEBHOOK_POLICY = RetryPolicy(max_attempts=5, delays=(5, 30, 60, 300), timeout=10)
_INJECTED = "_INJECTED"  # resolved by status in render_error: faults set the status afterwards
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
    Kind.INJECTED: (503, _INJECTED, "Injected fault"),
}
_INJECTED_BY_STATUS = {
    400: ("BAD_VALUE", "Bad request."),
    401: ("UNAUTHORIZED", "Provided API key and secret are invalid."),
    404: ("BAD_VALUE", "Not found."),
    405: ("METHOD_NOT_ALLOWED", "Method not allowed."),
    429: ("TOO_MANY_REQUESTS", "Request limit exceeded."),
}
OUTCOMES = {
    "APPROVE": "APPROVED",
    "APPROVED": "APPROVED",
    "DECLINE": "DENIED",
    "DENY": "DENIED",
    "DENIED": "DENIED",
    "SUSPECT": "SUSPECTED",
    "SUSPECTED": "SUSPECTED",
    "EXPIRE": "EXPIRED",
    "EXPIRED": "EXPIRED",
}
_WHERE = re.compile(r"^[\w.]+: ")


class IdenfyProvider(Provider):
    name = "idenfy"

    def reset(self) -> None:
        self.backend = IdenfyBackend(self.clock, self.ids)
        self.callback_url: str | None = None  # the dashboard's webhook URL
        self.signing_key = self.config.idenfy_signing_key

    # -- provider conventions -------------------------------------------------------------

    def render_error(self, error: ApiError) -> Response:
        identifier, message = error.code, error.detail
        if identifier == _INJECTED:
            default = (
                ("INTERNAL_ERROR", "Internal server error.") if error.status >= 500 else ("BAD_VALUE", "Bad request.")
            )
            identifier, message = _INJECTED_BY_STATUS.get(error.status, default)
        body = {"identifier": identifier, "message": message, "documentation": None, "severity": None}
        return Response.json(body, error.status, headers=error.headers)

    def error_for(self, kind: str, detail: str, field: str | None = None) -> ApiError:
        status, code, title = _KIND_ERRORS[kind]
        headers = {"www-authenticate": 'Basic realm="iDenfy"'} if kind == Kind.UNAUTHENTICATED else {}
        name = field.split(".")[0] if field else None
        reason = _WHERE.sub("", detail)
        message = detail
        if kind == Kind.MISSING:
            message = f"Missing parameter: {name}." if name else "Missing request body."
        elif kind == Kind.VALIDATION:
            message = f"Bad value for parameter: {name}. {reason}" if name else f"Bad request body. {reason}"
        elif kind == Kind.MALFORMED_BODY:
            message = f"Request body is not valid JSON: {detail.rpartition('JSON: ')[2]}"
        elif kind == Kind.INTERNAL:
            message = "Internal server error."
        cross_field = _cross_field_rule(kind, detail, name)
        if cross_field is not None:
            status, code, title, message = 400, "VALIDATION_ERROR", "Validation error", cross_field
        return ApiError(status, code, title, message, field=field, headers=headers)

    def authenticate(self, request: Request, schemes: tuple[str, ...]) -> None:
        credentials = basic_credentials(request.headers.get("authorization"))
        if credentials is None:
            raise self.error_for(Kind.UNAUTHENTICATED, "Provide the API key and secret with HTTP Basic authentication.")
        key, secret = credentials
        # Both compared, always: no early exit that would time the key separately.
        key_ok = same(key, self.config.idenfy_api_key)
        secret_ok = same(secret, self.config.idenfy_api_secret)
        if not (key_ok and secret_ok):
            raise self.error_for(Kind.UNAUTHENTICATED, "Provided API key and secret are invalid.")
        request.principal = key

    # -- operations -----------------------------------------------------------------------

    @operation("create_token")
    def create_token(self, request: Request) -> Response:
        verification, events = self.backend.create(request.json, request.provider_url)
        self._notify(verification, events)
        return Response.json(verification.token, 201)

    @operation("get_status")
    def get_status(self, request: Request) -> Response:
        verification = self._load(request.json["scanRef"])
        return Response.json(self.backend.status_view(verification))

    @operation("get_data")
    def get_data(self, request: Request) -> Response:
        verification = self._load(request.json["scanRef"])
        return Response.json(self.backend.data_view(verification))

    @operation("delete_verification")
    def delete_verification(self, request: Request) -> Response:
        verification = self._load(request.json["scanRef"])
        self.backend.delete(verification)
        return Response.empty(200)

    # -- hosted page ----------------------------------------------------------------------

    @page("GET", "/_pages/verification")
    def show_page(self, request: Request) -> Response:
        verification = self._page_verification(request)
        if verification is None:
            return Response.html("<h1>Unknown or missing authToken</h1>", 404)
        self.backend.open_page(verification)
        return Response.html(
            decision_page(
                provider="idenfy",
                title="Verify your identity",
                facts={
                    "scanRef": verification.scan_ref,
                    "clientId": verification.client_id,
                    "Document types": ", ".join(verification.token["documents"]) or "any",
                    "Status": verification.status,
                },
                action=f"{request.prefix}{request.path}?authToken={verification.auth_token}",
                done=verification.status != "ACTIVE",
            )
        )

    @page("POST", "/_pages/verification")
    def submit_page(self, request: Request) -> Response:
        verification = self._page_verification(request)
        if verification is None:
            return Response.html("<h1>Unknown or missing authToken</h1>", 404)
        decision = request.form().get("decision")
        if decision not in ("approve", "decline"):
            return Response.html("<h1>Choose approve or decline</h1>", 400)
        if verification.status == "ACTIVE":
            result = "APPROVED" if decision == "approve" else "DENIED"
            self._notify(verification, self.backend.finish(verification, result, result))
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
        """Outcomes: approve|APPROVED, decline|DENIED, SUSPECTED, EXPIRED; param `manual`."""
        verification = self._load(resource_id)
        unknown = set(params) - {"manual"}
        if unknown:
            raise ApiError(400, "invalid_outcome", "Invalid outcome", f"unknown parameters {sorted(unknown)}")
        result = OUTCOMES.get(outcome.upper())
        if result is None:
            raise ApiError(
                400,
                "invalid_outcome",
                "Invalid outcome",
                "outcome must be approve|APPROVED, decline|DENIED, SUSPECTED or EXPIRED",
            )
        manual = params.get("manual", result)
        if result == "EXPIRED" and "manual" in params:
            raise ApiError(400, "invalid_outcome", "Invalid outcome", "manual does not apply to EXPIRED")
        if result != "EXPIRED" and manual not in (*RESULTS, "REVIEWING"):
            raise ApiError(
                400, "invalid_outcome", "Invalid outcome", "manual must be APPROVED, DENIED, SUSPECTED or REVIEWING"
            )
        if result == "EXPIRED":
            if verification.status != "ACTIVE":
                raise ApiError(
                    409,
                    "verification_finished",
                    "Conflict",
                    f"The verification is {verification.status}; only an ACTIVE verification can expire.",
                )
            events = self.backend.expire(verification)
        elif verification.status == "REVIEWING":  # the held-back manual review now finishes
            events = self.backend.review(verification, result)
        else:
            events = self.backend.finish(verification, result, None if manual == "REVIEWING" else manual)
        self._notify(verification, events)
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
        for verification, events in self.backend.expire_due():
            self._notify(verification, events)

    def dump(self) -> dict[str, Any]:
        return {**self.backend.dump(), "callback_url": self.callback_url}

    # -- helpers --------------------------------------------------------------------------

    def _load(self, scan_ref: str) -> Verification:
        verification = self.backend.get(scan_ref)
        self._notify(verification, self.backend.expire_if_due(verification))  # expiry observed on read
        return verification

    def _page_verification(self, request: Request) -> Verification | None:
        auth_token = dict(request.query_pairs()).get("authToken")
        verification = self.backend.by_token(auth_token) if auth_token else None
        if verification is not None:
            self._notify(verification, self.backend.expire_if_due(verification))
        return verification

    def _notify(self, verification: Verification, events: list[Event]) -> None:
        """Sign and queue `events`; one verification's events go out in order, each with its
        full retry budget (the manual result only after the automatic one was delivered or
        given up), also across API calls."""
        url = verification.callback_url or self.callback_url
        if not url:
            return
        key = self.signing_key.encode()
        for event in events:
            body = json.dumps(event.payload, separators=(",", ":")).encode()
            headers = {
                "idenfy-event-type": event.type,
                "idenfy-signature": hmac.new(key, body, hashlib.sha256).hexdigest(),
            }
            self.webhooks.submit(
                provider=self.name,
                event=event.type,
                url=url,
                body=body,
                headers_for=functools.partial(_same_headers, headers),
                policy=WEBHOOK_POLICY,
                order_key=f"{self.name}:{verification.scan_ref}",
            )


def _same_headers(headers: dict[str, str], _attempt: int) -> dict[str, str]:
    """iDenfy signs the body only: every attempt carries the same headers."""
    return headers


def _cross_field_rule(kind: str, detail: str, name: str | None) -> str | None:
    """The spec's cross-field rules (`not`, `if`/`then` of TokenRequest), in iDenfy's words."""
    if kind == Kind.VALIDATION and name is None and detail.startswith("{") and "should not be valid under" in detail:
        return "utilityBill cannot be used together with additionalSteps."
    if name == "additionalSteps" and (
        kind == Kind.MISSING or (kind == Kind.VALIDATION and "is not of type 'object'" in detail)
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
