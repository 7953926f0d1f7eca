"""Hopae Connect over HTTP: thin translation between requests and `HopaeBackend`.

Errors: `{"error": {"code", "message", "details"}}`. Webhooks: `X-Hopae-Signature:
t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, to the URL set with
`/_emulator/hopae/config` (or `IDV_EMULATOR_HOPAE_WEBHOOK_URL`), 3 retries after 1 s, 5 s, 30 s.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any
from urllib.parse import urlencode

from ..core.auth import basic_credentials, same
from ..core.errors import ApiError, Kind
from ..core.http import Request, Response
from ..core.pages import decision_page, result_page
from ..core.provider import Provider, operation, page
from ..core.webhooks import RetryPolicy
from .models import HopaeBackend, Verification

WEBHOOK_POLICY = RetryPolicy(max_attempts=4, delays=(1, 5, 30), timeout=10)
EVENTS = {
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
    Kind.INJECTED: (503, "service_unavailable", "Service unavailable"),
}


class HopaeProvider(Provider):
    name = "hopae"

    def reset(self) -> None:
        self.backend = HopaeBackend(self.clock, self.ids)
        self.webhook_url = self.config.hopae_webhook_url
        self.webhook_secret = self.config.hopae_webhook_secret

    # -- provider conventions -------------------------------------------------------------

    def render_error(self, error: ApiError) -> Response:
        details = dict(error.details)
        if error.field and "parameter" not in details:
            details["parameter"] = error.field
        body = {"error": {"code": error.code, "message": error.detail, "details": details}}
        return Response.json(body, error.status, headers=error.headers)

    def error_for(self, kind: str, detail: str, field: str | None = None) -> ApiError:
        status, code, title = _KIND_ERRORS[kind]
        if kind == Kind.MISSING and field is not None and field.split(".")[0] == "userData":
            code = "VALIDATION_MISSING_USER_DATA"
        headers = {"www-authenticate": 'Basic realm="Hopae Connect"'} if kind == Kind.UNAUTHENTICATED else {}
        return ApiError(status, code, title, detail, field=field, headers=headers)

    def authenticate(self, request: Request, schemes: tuple[str, ...]) -> None:
        credentials = basic_credentials(request.headers.get("authorization"))
        if credentials is None:
            raise self.error_for(Kind.UNAUTHENTICATED, "Basic authentication with client_id:client_secret is required")
        client_id, secret = credentials
        if not (same(client_id, self.config.hopae_client_id) and same(secret, self.config.hopae_client_secret)):
            raise self.error_for(Kind.UNAUTHENTICATED, "Invalid client credentials")
        request.principal = client_id

    # -- operations -----------------------------------------------------------------------

    @operation("create_verification")
    def create_verification(self, request: Request) -> Response:
        verification = self.backend.create(request.json)
        self._notify(verification, "verification.initiated")
        return Response.json(self.backend.created_view(verification, self._page_url(request, verification)), 201)

    @operation("get_verification")
    def get_verification(self, request: Request) -> Response:
        verification = self._load(request.path_params["verificationId"])
        return Response.json(self.backend.status_view(verification))

    @operation("cancel_verification")
    def cancel_verification(self, request: Request) -> Response:
        verification = self._load(request.path_params["verificationId"])
        self.backend.cancel(verification)
        self._notify(verification)
        return Response.empty(204)

    @operation("get_verification_userinfo")
    def get_verification_userinfo(self, request: Request) -> Response:
        verification = self._load(request.path_params["verificationId"])
        return Response.json(self.backend.userinfo(verification))

    @operation("list_providers")
    def list_providers(self, request: Request) -> Response:
        return Response.json(self.backend.providers(request.query.get("status")))

    # -- hosted page ----------------------------------------------------------------------

    @page("GET", "/_pages/verifications/(?P<verification_id>[0-9a-f]{32})")
    def show_page(self, request: Request) -> Response:
        verification = self._page_verification(request)
        if verification is None:
            return Response.html("<h1>Unknown verification</h1>", 404)
        self.backend.open_page(verification)
        return Response.html(
            decision_page(
                provider="hopae",
                title=f"Authenticate with {verification.provider.name}",
                facts={
                    "Verification": verification.id,
                    "eID provider": verification.provider.name,
                    "Status": verification.status,
                },
                action=f"{request.prefix}{request.path}",
                done=verification.terminal,
            )
        )

    @page("POST", "/_pages/verifications/(?P<verification_id>[0-9a-f]{32})")
    def submit_page(self, request: Request) -> Response:
        verification = self._page_verification(request)
        if verification is None:
            return Response.html("<h1>Unknown verification</h1>", 404)
        decision = request.form().get("decision")
        if decision not in ("approve", "decline"):
            return Response.html("<h1>Choose approve or decline</h1>", 400)
        if not verification.terminal:
            self.backend.finish(verification, approved=decision == "approve")
            self._notify(verification)
        query = urlencode({"verificationId": verification.id, "status": verification.status})
        separator = "&" if "?" in verification.redirect_uri else "?"
        if verification.redirect_uri:
            return Response.redirect(f"{verification.redirect_uri}{separator}{query}")
        return Response.html(result_page(provider="hopae", outcome=verification.status))

    # -- control API ----------------------------------------------------------------------

    def set_outcome(self, resource_id: str, outcome: str, params: dict[str, Any]) -> dict[str, Any]:
        verification = self._load(resource_id)
        loa = params.get("loa")
        if loa is not None and (not isinstance(loa, int) or not 1 <= loa <= 5):
            raise ApiError(400, "invalid_outcome", "Invalid outcome", "loa must be an integer 1-5")
        if outcome in ("approve", "completed"):
            self.backend.finish(verification, approved=True, loa=loa)
        elif outcome in ("decline", "failed"):
            self.backend.finish(verification, approved=False)
        elif outcome in ("authenticating", "awaiting_user_action"):
            self.backend.move_to(verification, outcome)
        else:
            raise ApiError(
                400,
                "invalid_outcome",
                "Invalid outcome",
                "outcome must be approve|completed, decline|failed, authenticating or awaiting_user_action",
            )
        self._notify(verification)
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
        for verification in self.backend.expire_due():
            self._notify(verification)

    def dump(self) -> dict[str, Any]:
        return {**self.backend.dump(), "webhook_url": self.webhook_url}

    # -- helpers --------------------------------------------------------------------------

    def _load(self, verification_id: str) -> Verification:
        verification = self.backend.get(verification_id)
        if self.backend.expire_if_due(verification):  # expiry is observed on read, as on the API
            self._notify(verification)
        return verification

    def _page_verification(self, request: Request) -> Verification | None:
        try:
            return self._load(request.path_params["verification_id"])
        except ApiError:
            return None

    def _page_url(self, request: Request, verification: Verification) -> str:
        return f"{request.provider_url}/_pages/verifications/{verification.id}"

    def _notify(self, verification: Verification, event: str | None = None) -> None:
        """Send the webhook for the verification's new status (or an explicit event)."""
        event = event or EVENTS.get(verification.status)
        if event is None or not self.webhook_url:
            return
        payload = {
            "event": event,
            "eventId": f"evt_{self.ids.hex(24)}",
            "timestamp": self.clock.now().isoformat(timespec="seconds").replace("+00:00", "Z"),
            "apiVersion": "v1",
            "clientId": self.config.hopae_client_id,
            "data": self.backend.status_view(verification),
        }
        body = json.dumps(payload, separators=(",", ":")).encode()
        secret = self.webhook_secret.encode()

        def headers_for(_attempt: int) -> dict[str, str]:
            # Signed at send time: Hopae's receivers reject timestamps older than 300 s.
            timestamp = str(int(self.clock.time()))
            digest = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
            return {"x-hopae-signature": f"t={timestamp},v1={digest}"}

        self.webhooks.submit(
            provider=self.name,
            event=event,
            url=self.webhook_url,
            body=body,
            headers_for=headers_for,
            policy=WEBHOOK_POLICY,
            order_key=f"hopae:{verification.id}",
        )
