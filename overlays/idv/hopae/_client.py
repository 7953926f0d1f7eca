"""`HopaeClient` and `AsyncHopaeClient`: Hopae Connect with auth, retries and typed errors."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

import httpx

from hopae_client import AuthenticatedClient
from hopae_client.api.providers import list_providers
from hopae_client.api.verifications import (
    cancel_verification,
    create_verification,
    get_verification,
    get_verification_userinfo,
)
from hopae_client.models import (
    ClaimName,
    MatchData,
    Provider,
    ProviderStatus,
    UserData,
    UserInfo,
    Verification,
    VerificationCreate,
    VerificationEvent,
    VerificationMetadata,
)
from hopae_client.types import UNSET

from .._core._auth import BasicAuth
from .._core._base import AsyncAPIClient, ClientOptions, SyncAPIClient
from .._core._config import EMULATOR_URL, resolve_base_url, setting
from .._core._errors import ErrorEnvelope
from .._core._polling import apoll, poll
from ._errors import parse_error
from ._outcome import TERMINAL
from ._webhooks import DEFAULT_TOLERANCE, parse_webhook

__all__ = ["ENVIRONMENTS", "AsyncHopaeClient", "HopaeClient"]

ENVIRONMENTS = {
    "production": "https://api.hopae.com",
    "sandbox": "https://sandbox.api.hopae.com",
    "emulator": f"{EMULATOR_URL}/hopae",
}


class _Hopae:
    provider = "hopae"
    generated_client = AuthenticatedClient

    @staticmethod
    def settings(
        client_id: str | None, client_secret: str | None, environment: str | None, base_url: str | None
    ) -> dict[str, Any]:
        user = setting("hopae", "client_id", client_id)
        password = setting("hopae", "client_secret", client_secret)
        assert user is not None and password is not None
        return {
            "base_url": resolve_base_url("hopae", base_url, environment, ENVIRONMENTS),
            "auth": BasicAuth(user, password),
        }

    @staticmethod
    def parse_error(response: httpx.Response) -> ErrorEnvelope:
        return parse_error(response)

    @staticmethod
    def verification_body(
        provider_id: str,
        redirect_uri: str | None,
        user_data: Mapping[str, Any] | None,
        requested_loa: int | None,
        requested_claims: list[ClaimName] | list[str] | None,
        match_data: Mapping[str, Any] | None,
    ) -> VerificationCreate:
        # Built field by field so that an omitted option stays omitted (the generated
        # constructor would send the documented default redirectUri otherwise).
        body = VerificationCreate(provider_id=provider_id, redirect_uri=redirect_uri or UNSET)
        if user_data is not None:
            body.user_data = UserData.from_dict(dict(user_data))
        if requested_loa is not None:
            body.requested_loa = requested_loa
        if requested_claims is not None:
            body.requested_claims = [ClaimName(c) for c in requested_claims]
        if match_data is not None:
            body.match_data = MatchData.from_dict(dict(match_data))
        return body


class HopaeClient(_Hopae, SyncAPIClient[AuthenticatedClient]):
    """Hopae Connect, synchronous.

    Args:
        client_id: Client ID (default `$HOPAE_CLIENT_ID`).
        client_secret: Client Secret (default `$HOPAE_CLIENT_SECRET`).
        environment: `production`, `sandbox` or `emulator` (default `$HOPAE_ENVIRONMENT`,
            else production).
        base_url: Overrides the environment (default `$HOPAE_BASE_URL`).
        webhook_secret: For `parse_webhook` (default `$HOPAE_WEBHOOK_SECRET`).
        timeout: Seconds or an `httpx.Timeout` (default 60 s, connect 5 s).
        max_retries: Retries of failed idempotent requests (default 2).
        retry_creates: Also retry `create_verification` after it may have reached Hopae.
        transport: An httpx transport to send through (tests: `httpx.MockTransport`).
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        webhook_secret: str | None = None,
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(
            **self.settings(client_id, client_secret, environment, base_url),
            transport=transport,
            **options,
        )
        self.webhook_secret = setting("hopae", "webhook_secret", webhook_secret, required=False)

    def create_verification(self, body: VerificationCreate) -> Verification:
        """Start a verification (`POST /connect/v1/verifications`)."""
        result: Verification = self._call(create_verification.sync_detailed, (Verification,), body=body)
        return result

    def start_verification(
        self,
        provider_id: str,
        *,
        redirect_uri: str | None = None,
        user_data: Mapping[str, Any] | None = None,
        requested_loa: int | None = None,
        requested_claims: list[ClaimName] | list[str] | None = None,
        match_data: Mapping[str, Any] | None = None,
    ) -> Verification:
        """Start a verification from plain arguments; send the user to
        `flow_details.authorization_url` (redirect flow) or show `flow_details.qr_data`."""
        body = self.verification_body(provider_id, redirect_uri, user_data, requested_loa, requested_claims, match_data)
        return self.create_verification(body)

    def get_verification(self, verification_id: str) -> VerificationMetadata:
        result: VerificationMetadata = self._call(
            get_verification.sync_detailed, (VerificationMetadata,), verification_id=verification_id
        )
        return result

    def cancel_verification(self, verification_id: str) -> None:
        """Cancel an unfinished verification (`BadRequestError` if it already finished)."""
        self._call(cancel_verification.sync_detailed, (), verification_id=verification_id)

    def get_userinfo(self, verification_id: str) -> UserInfo:
        """The verified identity of a completed verification."""
        result: UserInfo = self._call(
            get_verification_userinfo.sync_detailed, (UserInfo,), verification_id=verification_id
        )
        return result

    def list_providers(self, status: ProviderStatus | str | None = None) -> list[Provider]:
        result: list[Provider] = self._call(
            list_providers.sync_detailed, (list,), status=UNSET if status is None else ProviderStatus(status)
        )
        return result

    def wait_for_completion(
        self, verification_id: str, *, timeout: float = 300.0, interval: float = 1.0, max_interval: float = 10.0
    ) -> VerificationMetadata:
        """Poll `get_verification` with backoff until the status is terminal.

        Raises:
            WaitTimeoutError: still unfinished after `timeout` seconds.
        """
        return poll(
            lambda: self.get_verification(verification_id),
            lambda v: v.status in TERMINAL,
            lambda v: str(v.status),
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )

    def parse_webhook(
        self, body: bytes, headers: Mapping[str, str], *, tolerance: int = DEFAULT_TOLERANCE
    ) -> VerificationEvent:
        """Verify and parse a webhook with this client's `webhook_secret`."""
        return parse_webhook(body, headers, self.webhook_secret or "", tolerance=tolerance)


class AsyncHopaeClient(_Hopae, AsyncAPIClient[AuthenticatedClient]):
    """Hopae Connect, asynchronous; the same arguments and methods as `HopaeClient`."""

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        webhook_secret: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(
            **self.settings(client_id, client_secret, environment, base_url),
            transport=transport,
            **options,
        )
        self.webhook_secret = setting("hopae", "webhook_secret", webhook_secret, required=False)

    async def create_verification(self, body: VerificationCreate) -> Verification:
        result: Verification = await self._call(create_verification.asyncio_detailed, (Verification,), body=body)
        return result

    async def start_verification(
        self,
        provider_id: str,
        *,
        redirect_uri: str | None = None,
        user_data: Mapping[str, Any] | None = None,
        requested_loa: int | None = None,
        requested_claims: list[ClaimName] | list[str] | None = None,
        match_data: Mapping[str, Any] | None = None,
    ) -> Verification:
        body = self.verification_body(provider_id, redirect_uri, user_data, requested_loa, requested_claims, match_data)
        return await self.create_verification(body)

    async def get_verification(self, verification_id: str) -> VerificationMetadata:
        result: VerificationMetadata = await self._call(
            get_verification.asyncio_detailed, (VerificationMetadata,), verification_id=verification_id
        )
        return result

    async def cancel_verification(self, verification_id: str) -> None:
        await self._call(cancel_verification.asyncio_detailed, (), verification_id=verification_id)

    async def get_userinfo(self, verification_id: str) -> UserInfo:
        result: UserInfo = await self._call(
            get_verification_userinfo.asyncio_detailed, (UserInfo,), verification_id=verification_id
        )
        return result

    async def list_providers(self, status: ProviderStatus | str | None = None) -> list[Provider]:
        result: list[Provider] = await self._call(
            list_providers.asyncio_detailed, (list,), status=UNSET if status is None else ProviderStatus(status)
        )
        return result

    async def wait_for_completion(
        self, verification_id: str, *, timeout: float = 300.0, interval: float = 1.0, max_interval: float = 10.0
    ) -> VerificationMetadata:
        return await apoll(
            lambda: self.get_verification(verification_id),
            lambda v: v.status in TERMINAL,
            lambda v: str(v.status),
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )

    def parse_webhook(
        self, body: bytes, headers: Mapping[str, str], *, tolerance: int = DEFAULT_TOLERANCE
    ) -> VerificationEvent:
        return parse_webhook(body, headers, self.webhook_secret or "", tolerance=tolerance)
