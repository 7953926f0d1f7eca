"""Hopae Connect over HTTP: thin translation between requests and `HopaeBackend`.

Errors: `{"error": {"code", "message", "details"}}`; the token endpoint answers OAuth 2.0
error bodies (`{"error": "invalid_grant", "error_description": …}`) instead. Webhooks:
`X-Hopae-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, to the
verification's own `webhookUrl` when it was created with one, else to the URL set with
`/_emulator/hopae/config` (or `IDV_EMULATOR_HOPAE_WEBHOOK_URL`); 3 retries after 1 s, 5 s, 30 s.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any
from urllib.parse import urlencode

from ..core.auth import basic_credentials, same
from ..core.clock import iso
from ..core.errors import ApiError, Failure, Kind
from ..core.http import Request, Response
from ..core.lifecycle import Change
from ..core.pages import result_page
from ..core.provider import Outcome, OutcomeParam, PageSubject, Provider, operation
from ..core.webhooks import RetryPolicy, Webhook
from .models import HopaeBackend, OAuthError, Verification, sign_jwt
from .settings import HopaeSettings

WEBHOOK_POLICY = RetryPolicy(max_attempts=4, delays=(1, 5, 30), timeout=10)
EVENTS = {
    "awaiting_user_action": "verification.awaiting_user_action",
    "completed": "verification.completed",
    "failed": "verification.failed",
    "expired": "verification.expired",
    "cancelled": "verification.cancelled",
}
_KIND_ERRORS = {
    Kind.NOT_FOUND_ROUTE: (404, "not_found", "Not found"),
    Kind.METHOD_NOT_ALLOWED: (405, "method_not_allowed", "Method not allowed"),
    Kind.UNSUPPORTED_MEDIA_TYPE: (415, "unsupported_media_type", "Unsupported media type"),
    Kind.MALFORMED_BODY: (400, "VALIDATION_INVALID_PARAMETER", "Invalid request body"),
    Kind.BODY_TOO_LARGE: (413, "payload_too_large", "Payload too large"),
    Kind.VALIDATION: (400, "VALIDATION_INVALID_PARAMETER", "Invalid parameter"),
    Kind.MISSING: (400, "VALIDATION_MISSING_PARAMETER", "Missing parameter"),
    Kind.UNAUTHENTICATED: (401, "AUTH_INVALID_CREDENTIALS", "Invalid client credentials"),
    Kind.INTERNAL: (500, "internal_error", "Internal error"),
}
# Codes for statuses the documentation leaves open ("lower_snake" per the errors page).
_FAULT_ERRORS = {
    429: ("rate_limit_exceeded", "Too many requests"),
    500: ("internal_error", "Internal error"),
    502: ("bad_gateway", "Bad gateway"),
    503: ("service_unavailable", "Service unavailable"),
    504: ("gateway_timeout", "Gateway timeout"),
}
_PAGE = "/_pages/verifications/(?P<verification_id>[0-9a-f]{32})"
CODE_EXCHANGE = "exchange_code_for_token"
# Request mistakes on the token endpoint, as OAuth 2.0 names them (RFC 6749 §5.2).
_OAUTH_KINDS = frozenset({Kind.VALIDATION, Kind.MISSING, Kind.MALFORMED_BODY})


class HopaeProvider(Provider):
    name = "hopae"
    settings_type = HopaeSettings
    settings: HopaeSettings
    outcomes = (
        Outcome(
            "approve",
            "Approve",
            aliases=("completed",),
            params=(OutcomeParam("loa", "Level of assurance", (1, 2, 3, 4, 5)),),
        ),
        Outcome("decline", "Decline", aliases=("failed",)),
        Outcome("authenticating", "Authenticating"),
        Outcome("awaiting_user_action", "Awaiting user action"),
        Outcome("processing", "Processing"),
    )
    page_routes = (_PAGE,)

    def reset(self) -> None:
        self.backend = HopaeBackend(self.clock, self.ids, self.emit)
        self.backend.verifications = self.store(lambda v: v.terminal)
        self.webhook_url = self.settings.webhook_url
        self.webhook_secret = self.settings.webhook_secret

    # -- provider conventions -------------------------------------------------------------

    def render_error(self, error: ApiError) -> Response:
        if isinstance(error, OAuthError):
            return Response.json({"error": error.code, "error_description": error.detail}, error.status)
        details = dict(error.details)
        if error.field and "parameter" not in details:
            details["parameter"] = error.field
        body = {"error": {"code": error.code, "message": error.detail, "details": details}}
        return Response.json(body, error.status, headers=error.headers)

    def error_for(self, failure: Failure, request: Request) -> ApiError:
        if request.operation_id == CODE_EXCHANGE and failure.kind in _OAUTH_KINDS:
            grant = failure.kind == Kind.VALIDATION and failure.field == "grant_type"
            return OAuthError(400, "unsupported_grant_type" if grant else "invalid_request", failure.detail)
        status, code, title = _KIND_ERRORS[failure.kind]
        field = failure.field
        if failure.kind == Kind.MISSING and failure.where == "body" and field and field.split(".")[0] == "userData":
            code = "VALIDATION_MISSING_USER_DATA"
        headers = {"www-authenticate": 'Basic realm="Hopae Connect"'} if failure.kind == Kind.UNAUTHENTICATED else {}
        return ApiError(status, code, title, failure.detail, field=field, headers=headers)

    def fault_error(self, status: int, detail: str, request: Request) -> ApiError:
        if status in _FAULT_ERRORS:
            code, title = _FAULT_ERRORS[status]
            return ApiError(status, code, title, detail)
        return super().fault_error(status, detail, request)

    def authenticate(self, request: Request, schemes: tuple[str, ...]) -> None:
        credentials = basic_credentials(request.headers.get("authorization"))
        if credentials is None:
            message = "Basic authentication with client_id:client_secret is required"
            raise self.error_for(Failure(Kind.UNAUTHENTICATED, message), request)
        client_id, secret = credentials
        if not (same(client_id, self.settings.client_id) and same(secret, self.settings.client_secret)):
            raise self.error_for(Failure(Kind.UNAUTHENTICATED, "Invalid client credentials"), request)
        request.principal = client_id

    # -- operations -----------------------------------------------------------------------

    @operation("create_verification")
    def create_verification(self, request: Request) -> Response:
        verification = self.backend.create(request.json)
        return Response.json(self.backend.created_view(verification, self._page_url(request, verification)), 201)

    @operation("get_verification")
    def get_verification(self, request: Request) -> Response:
        verification = self._load(request.path_params["verificationId"])
        return Response.json(self.backend.status_view(verification))

    @operation("cancel_verification")
    def cancel_verification(self, request: Request) -> Response:
        verification = self._load(request.path_params["verificationId"])
        self.backend.cancel(verification)
        return Response.empty(204)

    @operation("get_verification_userinfo")
    def get_verification_userinfo(self, request: Request) -> Response:
        verification = self._load(request.path_params["verificationId"])
        return Response.json(self.backend.userinfo(verification))

    @operation("list_providers")
    def list_providers(self, request: Request) -> Response:
        return Response.json(self.backend.providers(request.query.get("status")))

    @operation("get_provider_configuration")
    def get_provider_configuration(self, request: Request) -> Response:
        return Response.json(self.backend.configuration(request.path_params["providerId"]))

    @operation("get_verification_evidence")
    def get_verification_evidence(self, request: Request) -> Response:
        verification = self._load(request.path_params["verificationId"])
        return Response.json(self.backend.evidence(verification))

    @operation("create_dc_request")
    def create_dc_request(self, request: Request) -> Response:
        verification_id = request.json["verificationId"]
        page_url = f"{request.provider_url}/_pages/verifications/{verification_id}"
        return Response.json(self.backend.dc_request(request.json, page_url))

    @operation("exchange_code_for_token")
    def exchange_code_for_token(self, request: Request) -> Response:
        """OAuth 2.0 code grant; the client authenticates in the body (`security: []`)."""
        body = request.json
        secret = body.get("client_secret")
        if not (
            same(body["client_id"], self.settings.client_id)
            and isinstance(secret, str)
            and same(secret, self.settings.client_secret)
        ):
            raise OAuthError(401, "invalid_client", "Client authentication failed")
        claims = self.backend.exchange_code(body["code"], body["client_id"], request.provider_url + "/connect")
        return Response.json({"id_token": sign_jwt(claims, self.settings.client_secret)})

    # -- hosted page ----------------------------------------------------------------------

    def page_subject(self, request: Request, *, opening: bool) -> PageSubject | None:
        try:
            verification = self._load(request.path_params["verification_id"])
        except ApiError:
            return None
        if opening:
            self.backend.open_page(verification)
        return PageSubject(
            resource_id=verification.id,
            title=f"Authenticate with {verification.provider.name}",
            facts={
                "Verification": verification.id,
                "eID provider": verification.provider.name,
                "Status": verification.status,
            },
            done=verification.terminal,
            context=verification,
        )

    def page_finished(self, subject: PageSubject, request: Request) -> Response:
        verification: Verification = subject.context
        query = urlencode({"verificationId": verification.id, "status": verification.status})
        separator = "&" if "?" in verification.redirect_uri else "?"
        if verification.redirect_uri:
            return Response.redirect(f"{verification.redirect_uri}{separator}{query}")
        return Response.html(result_page(provider="hopae", outcome=verification.status))

    # -- control API ----------------------------------------------------------------------

    def set_outcome(self, resource_id: str, outcome: str, params: dict[str, Any]) -> dict[str, Any]:
        """approve (optional `loa` 1-5), decline, authenticating, awaiting_user_action."""
        verification = self._load(resource_id)
        if outcome == "approve":
            self.backend.finish(verification, approved=True, loa=params.get("loa"))
        elif outcome == "decline":
            self.backend.finish(verification, approved=False)
        else:
            self.backend.move_to(verification, outcome)
        return self.backend.status_view(verification)

    def configure(self, settings: dict[str, Any]) -> dict[str, Any]:
        unknown = set(settings) - {"webhook_url", "webhook_secret"}
        if unknown:
            raise ApiError(400, "invalid_config", "Invalid config", f"unknown settings {sorted(unknown)}")
        if "webhook_url" in settings:
            self.webhook_url = settings["webhook_url"]
        if "webhook_secret" in settings:
            self.webhook_secret = settings["webhook_secret"]
        return {"webhook_url": self.webhook_url, "webhook_secret_set": bool(self.webhook_secret)}

    def tick(self) -> None:
        self.backend.expire_due()

    def dump(self) -> dict[str, Any]:
        return {**self.backend.dump(), "webhook_url": self.webhook_url}

    # -- helpers --------------------------------------------------------------------------

    def _load(self, verification_id: str) -> Verification:
        verification = self.backend.get(verification_id)
        self.backend.expire_if_due(verification)  # expiry is observed on read, as on the API
        return verification

    def _page_url(self, request: Request, verification: Verification) -> str:
        return f"{request.provider_url}/_pages/verifications/{verification.id}"

    def webhooks_for(self, change: Change) -> list[Webhook]:
        """One webhook per creation (`verification.initiated`) and per terminal status."""
        verification: Verification = change.subject
        event = "verification.initiated" if change.previous is None else EVENTS.get(change.status)
        # A verification's own webhookUrl replaces the application's URL for its events.
        url = verification.webhook_url or self.webhook_url
        if event is None or not url:
            return []
        payload = {
            "event": event,
            "eventId": f"evt_{self.ids.hex(24)}",
            "timestamp": iso(self.clock.now()),
            "apiVersion": "v1",
            "clientId": self.settings.client_id,
            "data": self.backend.status_view(verification, with_code=False),
        }
        body = json.dumps(payload, separators=(",", ":")).encode()
        secret = self.webhook_secret.encode()

        def headers_for(_attempt: int) -> dict[str, str]:
            # Signed at send time: Hopae's receivers reject timestamps older than 300 s.
            timestamp = str(int(self.clock.time()))
            digest = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
            return {"x-hopae-signature": f"t={timestamp},v1={digest}"}

        return [
            Webhook(
                event=event,
                url=url,
                body=body,
                headers_for=headers_for,
                policy=WEBHOOK_POLICY,
                order_key=f"hopae:{verification.id}",
            )
        ]
