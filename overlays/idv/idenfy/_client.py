"""`IdenfyClient` and `AsyncIdenfyClient`: iDenfy with auth, retries and typed errors."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Unpack

import attrs
import httpx

from idenfy_client import AuthenticatedClient
from idenfy_client.api.token import create_token
from idenfy_client.api.verification import delete_verification, get_data, get_status
from idenfy_client.models import DataResponse, ScanRefRequest, StatusResponse, TokenRequest, TokenResponse
from idenfy_client.types import Unset

from .._core._auth import BasicAuth
from .._core._base import AsyncAPIClient, ClientOptions, SyncAPIClient
from .._core._config import EMULATOR_URL, resolve_base_url, setting
from .._core._errors import ErrorEnvelope
from ._errors import parse_error
from ._webhooks import WebhookEvent, parse_webhook

__all__ = ["ENVIRONMENTS", "READ_ONLY_PATHS", "AsyncIdenfyClient", "IdenfyClient", "token_request"]

# Sandbox and production share the host: the API key pair selects the environment.
ENVIRONMENTS = {
    "production": "https://ivs.idenfy.com",
    "sandbox": "https://ivs.idenfy.com",
    "emulator": f"{EMULATOR_URL}/idenfy",
}

# POSTs that change nothing (status, data) or are idempotent (delete: a second delete leaves
# the verification DELETED as the first did). The retry transport may repeat them; it never
# repeats `/api/v2/token` once it may have reached iDenfy (a second verification session).
READ_ONLY_PATHS = ("/api/v2/status", "/api/v2/data", "/api/v2/delete")

_TOKEN_FIELDS = frozenset(a.name for a in attrs.fields(TokenRequest)) - {"client_id", "additional_properties"}
_UPPER = re.compile(r"_([a-z0-9])")


def token_request(client_id: str, /, **fields: Any) -> TokenRequest:
    """A `TokenRequest` carrying `clientId` and exactly the fields given, nothing else.

    The generated `TokenRequest(...)` constructor fills in every documented default
    (`successUrl`, `errorUrl`, `unverifiedUrl`, `locale`, `expiryTime`, `sessionLength`,
    `tokenType`, …) and sends them all. The real API refuses some of those when you did not
    mean them: redirect URLs are not allowed with the iframe integration, and the default
    `expiryTime` can exceed the digit string's maximum with `generateDigitString`. It also
    overrides the environment's own defaults from the dashboard. So this builds the body
    through `TokenRequest.from_dict` from only the given fields: what you omit stays omitted
    and iDenfy applies its own defaults.

    Args:
        client_id: Your unique identifier of the client (`clientId`).
        **fields: Any other `TokenRequest` attribute by its generated name (`locale`,
            `expiry_time`, `callback_url`, `documents`, `dummy_status`, …), as JSON values or
            the generated enums and dates. `None` sends `null` (for the nullable fields).

    Raises:
        TypeError: a name that is not a `TokenRequest` attribute.
    """
    unknown = sorted(set(fields) - _TOKEN_FIELDS)
    if unknown:
        raise TypeError(f"TokenRequest has no field(s) {', '.join(unknown)}")
    data = {_json_name(name): value for name, value in fields.items() if not isinstance(value, Unset)}
    return TokenRequest.from_dict({"clientId": client_id, **data})


def _json_name(name: str) -> str:
    return _UPPER.sub(lambda m: m.group(1).upper(), name)


def _body(client_id: str | TokenRequest, fields: Mapping[str, Any]) -> TokenRequest:
    if isinstance(client_id, TokenRequest):
        if fields:
            raise TypeError("pass either a TokenRequest or a client id with fields, not both")
        return client_id
    return token_request(client_id, **fields)


class _Idenfy:
    provider = "idenfy"
    generated_client = AuthenticatedClient

    @staticmethod
    def settings(
        api_key: str | None, api_secret: str | None, environment: str | None, base_url: str | None
    ) -> dict[str, Any]:
        user = setting("idenfy", "api_key", api_key)
        password = setting("idenfy", "api_secret", api_secret)
        assert user is not None and password is not None
        return {
            "base_url": resolve_base_url("idenfy", base_url, environment, ENVIRONMENTS),
            "auth": BasicAuth(user, password),
        }

    @staticmethod
    def _read_only(request: httpx.Request) -> bool:
        return request.method == "POST" and request.url.path.endswith(READ_ONLY_PATHS)

    @staticmethod
    def parse_error(response: httpx.Response) -> ErrorEnvelope:
        return parse_error(response)

    def __repr__(self) -> str:
        # The API key is a credential too (the Basic user name): neither half is shown.
        base_url: str = getattr(self, "base_url", "?")
        return f"{type(self).__name__}(base_url={base_url!r}, api_key='<redacted>', api_secret='<redacted>')"


class IdenfyClient(_Idenfy, SyncAPIClient[AuthenticatedClient]):
    """iDenfy, synchronous.

    Args:
        api_key: API key (default `$IDENFY_API_KEY`).
        api_secret: API secret (default `$IDENFY_API_SECRET`).
        environment: `production`, `sandbox` (the same host: the key pair decides) or
            `emulator` (default `$IDENFY_ENVIRONMENT`, else production).
        base_url: Overrides the environment (default `$IDENFY_BASE_URL`).
        signing_key: Webhook signing key for `parse_webhook` (default `$IDENFY_SIGNING_KEY`).
        timeout: Seconds or an `httpx.Timeout` (default 60 s, connect 5 s).
        max_retries: Retries of failed status/data/delete calls (default 2).
        retry_creates: Also retry `create_token` after it may have reached iDenfy (risks a
            second verification session).
        transport: An httpx transport to send through (tests: `httpx.MockTransport`).
        headers: Extra headers for every request.

    There is no `wait_for_completion`: iDenfy's documentation forbids polling
    `/api/v2/status`. Learn the result from the webhook (`parse_webhook`); call
    `get_status` only occasionally, e.g. to reconcile a missed webhook.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        signing_key: str | None = None,
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(
            **self.settings(api_key, api_secret, environment, base_url),
            transport=transport,
            **options,
        )
        self.signing_key = setting("idenfy", "signing_key", signing_key, required=False)

    def create_token(self, client_id: str | TokenRequest, /, **fields: Any) -> TokenResponse:
        """Create a verification session (`POST /api/v2/token`).

        Send the client to `redirect_url` (or the UI with `auth_token`); the result comes
        by webhook. Pass a client id and the fields you mean (see `token_request`: omitted
        fields stay omitted), or a `TokenRequest` you built, sent as it is.

        Not retried once it may have reached iDenfy, unless `retry_creates`.
        """
        result: TokenResponse = self._call(create_token.sync_detailed, (TokenResponse,), body=_body(client_id, fields))
        return result

    def get_status(self, scan_ref: str) -> StatusResponse:
        """The verification's status (`POST /api/v2/status`). Do not poll: use the webhook."""
        result: StatusResponse = self._call(get_status.sync_detailed, (StatusResponse,), body=ScanRefRequest(scan_ref))
        return result

    def get_data(self, scan_ref: str) -> DataResponse:
        """The data read from the client's document (`POST /api/v2/data`)."""
        result: DataResponse = self._call(get_data.sync_detailed, (DataResponse,), body=ScanRefRequest(scan_ref))
        return result

    def delete_verification(self, scan_ref: str) -> None:
        """Delete the verification and its personal data (`POST /api/v2/delete`).

        Raises `BadRequestError` with code `PARTNER_ERROR` until the token has expired.
        """
        self._call(delete_verification.sync_detailed, (), body=ScanRefRequest(scan_ref))

    def parse_webhook(self, body: bytes, headers: Mapping[str, str]) -> WebhookEvent:
        """Verify and parse a webhook with this client's `signing_key`."""
        return parse_webhook(body, headers, self.signing_key or "")


class AsyncIdenfyClient(_Idenfy, AsyncAPIClient[AuthenticatedClient]):
    """iDenfy, asynchronous; the same arguments and methods as `IdenfyClient`."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        signing_key: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(
            **self.settings(api_key, api_secret, environment, base_url),
            transport=transport,
            **options,
        )
        self.signing_key = setting("idenfy", "signing_key", signing_key, required=False)

    async def create_token(self, client_id: str | TokenRequest, /, **fields: Any) -> TokenResponse:
        result: TokenResponse = await self._call(
            create_token.asyncio_detailed, (TokenResponse,), body=_body(client_id, fields)
        )
        return result

    async def get_status(self, scan_ref: str) -> StatusResponse:
        result: StatusResponse = await self._call(
            get_status.asyncio_detailed, (StatusResponse,), body=ScanRefRequest(scan_ref)
        )
        return result

    async def get_data(self, scan_ref: str) -> DataResponse:
        result: DataResponse = await self._call(
            get_data.asyncio_detailed, (DataResponse,), body=ScanRefRequest(scan_ref)
        )
        return result

    async def delete_verification(self, scan_ref: str) -> None:
        await self._call(delete_verification.asyncio_detailed, (), body=ScanRefRequest(scan_ref))

    def parse_webhook(self, body: bytes, headers: Mapping[str, str]) -> WebhookEvent:
        return parse_webhook(body, headers, self.signing_key or "")
