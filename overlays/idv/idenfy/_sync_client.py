# Generated from _async_client.py by scripts/unasync.py: do not edit. Edit _async_client.py, then run `make unasync`.
"""`IdenfyClient`: iDenfy with auth, retries and typed errors, synchronous."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Unpack

import httpx

from idenfy_client import AuthenticatedClient
from idenfy_client.api.token import create_token
from idenfy_client.api.verification import (
    delete_verification,
    get_data,
    get_status,
    list_identifications,
    request_information,
)
from idenfy_client.models import (
    DataResponse,
    DocumentExpirationWebhook,
    IdentificationPage,
    IdentificationWebhook,
    PartnerIdentification,
    RequestInformationResponse,
    ScanRefRequest,
    StatusResponse,
    TokenRequest,
    TokenResponse,
)
from idenfy_client.types import UNSET

from .._core._base import ClientOptions
from .._core._sync_base import SyncAPIClient
from .._core._webhooks import WebhookEvent
from ._client import _body, _Idenfy, _request_information_body
from ._webhooks import parse_webhook

__all__ = ["IdenfyClient"]


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
            self.settings(api_key, api_secret, environment, base_url, signing_key),
            transport=transport,
            **options,
        )

    def create_token(self, client_id: str | TokenRequest, /, **fields: Any) -> TokenResponse:
        """Create a verification session (`POST /api/v2/token`).

        Send the client to `redirect_url` (or the UI with `auth_token`); the result comes
        by webhook. Pass a client id and the fields you mean (see `token_request`: omitted
        fields stay omitted), or a `TokenRequest` you built, sent as it is.

        Not retried once it may have reached iDenfy, unless `retry_creates`.
        """
        return self._call(create_token.sync_detailed, TokenResponse, body=_body(client_id, fields))

    def get_status(self, scan_ref: str) -> StatusResponse:
        """The verification's status (`POST /api/v2/status`). Do not poll: use the webhook."""
        return self._call(get_status.sync_detailed, StatusResponse, body=ScanRefRequest(scan_ref))

    def get_data(self, scan_ref: str) -> DataResponse:
        """The data read from the client's document (`POST /api/v2/data`)."""
        return self._call(get_data.sync_detailed, DataResponse, body=ScanRefRequest(scan_ref))

    def delete_verification(self, scan_ref: str) -> None:
        """Delete the verification and its personal data (`POST /api/v2/delete`).

        Raises `BadRequestError` with code `PARTNER_ERROR` until the token has expired.
        """
        self._call(delete_verification.sync_detailed, object, body=ScanRefRequest(scan_ref))

    def list_identifications(
        self, *, client_id: str | None = None, page: int | None = None, per_page: int | None = None
    ) -> IdentificationPage:
        """One page of this API key's verifications, newest first (`GET /kyc/identifications/`).

        Args:
            client_id: Only this client's verifications.
            page: The page number, from 1 (default: the first).
            per_page: The page size (default: iDenfy's).

        Raises `NotFoundError` for a page past the last one. `iter_identifications` walks
        every page.
        """
        return self._call(
            list_identifications.sync_detailed,
            IdentificationPage,
            client_id=UNSET if client_id is None else client_id,
            page=UNSET if page is None else page,
            per_page=UNSET if per_page is None else per_page,
        )

    def iter_identifications(
        self, *, client_id: str | None = None, per_page: int | None = None
    ) -> Iterator[PartnerIdentification]:
        """Every verification (optionally of one client), newest first, fetching page after
        page while the answer names a `next` one."""
        page = 1
        while True:
            current = self.list_identifications(client_id=client_id, page=page, per_page=per_page)
            yield from current.results
            if not current.next_ or not current.results:
                return
            page += 1

    def request_information(self, scan_ref: str, /, **fields: Any) -> RequestInformationResponse:
        """Reopen a finished verification to ask the client for more information
        (`POST /kyc/identifications/{scanRef}/request-information/`).

        Send the client to the answer's `session_url`; the same verification (`scan_ref`) is
        completed again and its webhooks arrive again. Fields (all optional, sent only when
        given): `lifetime` (seconds), `questionnaire`, `risk_assessment_profile`,
        `additional_step_upload_required`, `bank_card_verification`,
        `bank_card_expected_last_four`. Not retried once it may have reached iDenfy (each
        call opens a new session).
        """
        return self._call(
            request_information.sync_detailed,
            RequestInformationResponse,
            scan_ref=scan_ref,
            body=_request_information_body(fields),
        )

    def parse_webhook(
        self, body: bytes, headers: Mapping[str, str], secret: str | None = None
    ) -> WebhookEvent[IdentificationWebhook | DocumentExpirationWebhook]:
        """Verify and parse a webhook with `secret`, default this client's `signing_key`
        (see `idv.idenfy.parse_webhook`)."""
        return parse_webhook(body, headers, self.webhook_secret if secret is None else secret)
