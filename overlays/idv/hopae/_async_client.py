"""`AsyncHopaeClient`: Hopae Connect with auth, retries and typed errors, asynchronous."""

# unasync: _sync_client.py (HopaeClient) is generated from this file; edit here, then `make unasync`.

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

import httpx

from hopae_client import AuthenticatedClient
from hopae_client.api.providers import get_provider_configuration, list_providers
from hopae_client.api.token import exchange_code_for_token
from hopae_client.api.verifications import (
    cancel_verification,
    create_dc_request,
    create_verification,
    get_verification,
    get_verification_evidence,
    get_verification_userinfo,
)
from hopae_client.models import (
    ClaimName,
    DcRequest,
    DcRequestResponse,
    FlowType,
    GrantType,
    LoaStrategy,
    Provider,
    ProviderConfiguration,
    ProviderStatus,
    TokenRequest,
    TokenResponse,
    UserData,
    UserInfo,
    Verification,
    VerificationCreate,
    VerificationEvent,
    VerificationEvidence,
    VerificationMetadata,
)
from hopae_client.types import UNSET

from .._core._async_base import AsyncAPIClient
from .._core._base import ClientOptions
from .._core._polling import apoll
from .._core._webhooks import WebhookEvent, webhook_secret
from ._client import _ClientAuth, _Hopae
from ._outcome import TERMINAL_STATUSES
from ._webhooks import TOLERANCE, verified_event

__all__ = ["AsyncHopaeClient"]


class AsyncHopaeClient(_Hopae, AsyncAPIClient[AuthenticatedClient]):
    """Hopae Connect, asynchronous.

    Args:
        client_id: Client ID (default `$HOPAE_CLIENT_ID`).
        client_secret: Client Secret (default `$HOPAE_CLIENT_SECRET`).
        environment: `production`, `sandbox` or `emulator` (default `$HOPAE_ENVIRONMENT`,
            else production).
        base_url: Overrides the environment (default `$HOPAE_BASE_URL`).
        webhook_secret: For `parse_webhook` (default `$HOPAE_WEBHOOK_SECRET`).
        webhook_tolerance: Maximum age (and clock skew) of a webhook's signature timestamp,
            in seconds (default 300).
        timeout: Seconds or an `httpx.Timeout` (default 60 s, connect 5 s).
        max_retries: Retries of failed idempotent requests (default 2).
        retry_creates: Also retry `create_verification` after it may have reached Hopae.
        transport: An httpx transport to send through (tests: `httpx.MockTransport`).
        headers: Extra headers for every request.
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        webhook_secret: str | None = None,
        webhook_tolerance: int = TOLERANCE,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(
            self.settings(client_id, client_secret, environment, base_url, webhook_secret),
            transport=transport,
            **options,
        )
        self.webhook_tolerance = webhook_tolerance

    async def create_verification(self, body: VerificationCreate) -> Verification:
        """Start a verification (`POST /connect/v1/verifications`)."""
        return await self._call(create_verification.asyncio_detailed, Verification, body=body)

    async def start_verification(
        self,
        provider_id: str,
        *,
        redirect_uri: str | None = None,
        user_data: Mapping[str, Any] | None = None,
        requested_loa: int | None = None,
        requested_claims: list[ClaimName] | list[str] | None = None,
        match_data: Mapping[str, Any] | None = None,
        webhook_url: str | None = None,
        reference_id: str | None = None,
        flow_type: FlowType | str | None = None,
        loa_strategy: LoaStrategy | str | None = None,
        purpose: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> Verification:
        """Start a verification from plain arguments; send the user to
        `flow_details.authorization_url` (redirect flow) or show `flow_details.qr_data`.

        `webhook_url` sends this verification's webhooks there instead of the application's
        URL; `reference_id` (your own id) comes back on `get_verification` and in webhooks;
        `flow_type` is a preference (`dc`: continue with `create_dc_request`)."""
        body = self.verification_body(
            provider_id,
            redirect_uri,
            user_data,
            requested_loa,
            requested_claims,
            match_data,
            webhook_url=webhook_url,
            reference_id=reference_id,
            flow_type=flow_type,
            loa_strategy=loa_strategy,
            purpose=purpose,
            metadata=metadata,
        )
        return await self.create_verification(body)

    async def get_verification(self, verification_id: str) -> VerificationMetadata:
        return await self._call(
            get_verification.asyncio_detailed, VerificationMetadata, verification_id=verification_id
        )

    async def cancel_verification(self, verification_id: str) -> None:
        """Cancel an unfinished verification (`BadRequestError` if it already finished)."""
        await self._call(cancel_verification.asyncio_detailed, object, verification_id=verification_id)

    async def get_userinfo(self, verification_id: str) -> UserInfo:
        """The verified identity of a completed verification."""
        return await self._call(get_verification_userinfo.asyncio_detailed, UserInfo, verification_id=verification_id)

    async def get_evidence(self, verification_id: str) -> VerificationEvidence:
        """The evidence captured for a completed verification (`BadRequestError` with code
        `evidence_not_available` before)."""
        return await self._call(
            get_verification_evidence.asyncio_detailed, VerificationEvidence, verification_id=verification_id
        )

    async def create_dc_request(
        self, verification_id: str, *, user_data: Mapping[str, Any] | None = None
    ) -> DcRequestResponse:
        """Open the wallet session of a `dc`-flow verification when its QR is about to be shown;
        hand `request_base_64` to the wallet."""
        body = DcRequest(verification_id=verification_id)
        if user_data is not None:
            body.user_data = UserData.from_dict(dict(user_data))
        return await self._call(create_dc_request.asyncio_detailed, DcRequestResponse, body=body)

    async def list_providers(self, status: ProviderStatus | str | None = None) -> list[Provider]:
        return await self._call(
            list_providers.asyncio_detailed, list, status=UNSET if status is None else ProviderStatus(status)
        )

    async def get_provider_configuration(self, provider_id: str) -> ProviderConfiguration:
        """The `userData` fields one eID provider needs, and its flows."""
        return await self._call(
            get_provider_configuration.asyncio_detailed, ProviderConfiguration, provider_id=provider_id
        )

    async def exchange_code(self, code: str) -> TokenResponse:
        """Exchange a completed verification's `authorization_code` (once) for an ID token,
        with this client's credentials in the body (`POST /connect/token`)."""
        auth = self._settings.auth
        assert isinstance(auth, _ClientAuth)
        client_id, client_secret = auth.credentials()
        body = TokenRequest(
            grant_type=GrantType.AUTHORIZATION_CODE, code=code, client_id=client_id, client_secret=client_secret
        )
        return await self._call(exchange_code_for_token.asyncio_detailed, TokenResponse, body=body)

    async def wait_for_completion(
        self, verification_id: str, *, timeout: float = 300.0, interval: float = 1.0, max_interval: float = 10.0
    ) -> VerificationMetadata:
        """Poll `get_verification` with backoff until the status is terminal.

        Raises:
            WaitTimeoutError: still unfinished after `timeout` seconds.
        """
        return await apoll(
            lambda: self.get_verification(verification_id),
            lambda v: v.status in TERMINAL_STATUSES,
            lambda v: str(v.status),
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )

    def parse_webhook(
        self, body: bytes, headers: Mapping[str, str], secret: str | None = None
    ) -> WebhookEvent[VerificationEvent]:
        """Verify and parse a webhook with `secret`, default this client's `webhook_secret`,
        and its `webhook_tolerance` (see `idv.hopae.parse_webhook`)."""
        key = webhook_secret("hopae", "webhook_secret", self.webhook_secret if secret is None else secret)
        return verified_event(body, headers, key, self.webhook_tolerance)
