"""`AsyncSolarisClient`: Solaris KYC with OAuth2, retries and typed errors, asynchronous."""

# unasync: _sync_client.py (SolarisClient) is generated from this file; edit here, then `make unasync`.

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, Unpack

import httpx

from solaris_client import AuthenticatedClient
from solaris_client.api.identification_sessions import create_identification_session, get_identification_session
from solaris_client.api.identifications import (
    create_identification_in_session,
    get_identification,
    list_identifications,
    request_identification,
)
from solaris_client.api.oauth import create_token
from solaris_client.api.persons import create_person, get_person
from solaris_client.api.webhooks import create_webhook, delete_webhook, get_webhook, list_webhooks
from solaris_client.models import (
    CreateIdentificationMethod,
    CreateIdentificationRequest,
    CreateIdentificationSessionRequest,
    CreatePersonRequest,
    CreateWebhookRequest,
    GrantType,
    IdentificationSession,
    IdentificationWebhookPayload,
    Person,
    PersonIdentification,
    RequestIdentificationRequest,
    TokenRequest,
    TokenResponse,
    Webhook,
    WebhookEventType,
)
from solaris_client.types import UNSET

from .._core._async_base import AsyncAPIClient
from .._core._base import AsyncOperation, ClientOptions
from .._core._polling import apoll
from .._core._retry import AsyncRetryTransport
from .._core._retry import last_response as _last_response
from .._core._webhooks import WebhookEvent
from ._client import SCOPE, StartedIdentification, _has_next, _is_final, _model, _Solaris
from ._webhooks import parse_webhook

__all__ = ["AsyncSolarisClient"]


class AsyncSolarisClient(_Solaris, AsyncAPIClient[AuthenticatedClient]):
    """Solaris KYC, asynchronous.

    Args:
        client_id: OAuth2 client id (default `$SOLARIS_CLIENT_ID`).
        client_secret: OAuth2 client secret (default `$SOLARIS_CLIENT_SECRET`).
        environment: `production`, `sandbox` or `emulator` (default `$SOLARIS_ENVIRONMENT`,
            else production); picks the API and the token URL.
        base_url: Overrides the environment's API URL (default `$SOLARIS_BASE_URL`).
        token_url: The OAuth2 token endpoint (default `$SOLARIS_TOKEN_URL`, else the
            environment's, else `<base_url>/oauth2/token` when `base_url` is given).
        webhook_secret: For `parse_webhook` (default `$SOLARIS_WEBHOOK_SECRET`).
        timeout: Seconds or an `httpx.Timeout` (default 60 s, connect 5 s).
        max_retries: Retries of failed idempotent requests (default 2).
        retry_creates: Also retry creations (person, session, identification, webhook) and
            `request_identification` after they may have reached Solaris.
        transport: An httpx transport to send through (tests: `httpx.MockTransport`).
        headers: Extra headers for every request.

    One access token is fetched and shared by every call (threads and tasks included),
    renewed a minute before it expires and once more if Solaris still answers 401.
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        token_url: str | None = None,
        webhook_secret: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(
            self.settings(client_id, client_secret, environment, base_url, token_url, webhook_secret),
            transport=transport,
            **options,
        )

    # -- OAuth2 ---------------------------------------------------------------------------

    async def create_token(self, *, scope: str = SCOPE) -> TokenResponse:
        """A new access token from the authorization server (`create_token`).

        The client manages its own token; this is for handing one to something else. It does
        not replace the client's cached token.
        """
        transport = AsyncRetryTransport(self._transport or httpx.AsyncHTTPTransport(), self.retry_policy)
        token_client = self._token_client(transport)
        body = TokenRequest(grant_type=GrantType.CLIENT_CREDENTIALS, scope=scope)
        _last_response.set(None)
        async with token_client:
            try:
                response = await create_token.asyncio_detailed(client=token_client, body=body)
            except Exception as error:
                raise self._failure(error, _last_response.get()) from error
        return self._result(_last_response.get(), response.parsed, TokenResponse)

    # -- persons --------------------------------------------------------------------------

    async def create_person(self, body: CreatePersonRequest | Mapping[str, Any]) -> Person:
        """Create a person (`POST /v1/persons`); `first_name` and `last_name` are required."""
        return await self._call(create_person.asyncio_detailed, Person, body=_model(CreatePersonRequest, body))

    async def get_person(self, person_id: str) -> Person:
        return await self._call(get_person.asyncio_detailed, Person, person_id=person_id)

    # -- identification sessions ----------------------------------------------------------

    async def create_identification_session(
        self, person_id: str, body: CreateIdentificationSessionRequest | Mapping[str, Any]
    ) -> IdentificationSession:
        """Open a session (`identification_methods`, optional `callback_url`); its `url` is
        the hosted page where the customer picks a method."""
        return await self._call(
            create_identification_session.asyncio_detailed,
            IdentificationSession,
            person_id=person_id,
            body=_model(CreateIdentificationSessionRequest, body),
        )

    async def get_identification_session(self, person_id: str, session_id: str) -> IdentificationSession:
        return await self._call(
            get_identification_session.asyncio_detailed,
            IdentificationSession,
            person_id=person_id,
            identification_session_id=session_id,
        )

    # -- identifications ------------------------------------------------------------------

    async def create_identification(
        self, person_id: str, session_id: str, body: CreateIdentificationRequest | Mapping[str, Any]
    ) -> PersonIdentification:
        """Create an identification within a session (Solaris answers 200, status `created`)."""
        return await self._call(
            create_identification_in_session.asyncio_detailed,
            PersonIdentification,
            person_id=person_id,
            identification_session_id=session_id,
            body=_model(CreateIdentificationRequest, body),
        )

    async def request_identification(
        self,
        person_id: str,
        identification_id: str,
        body: RequestIdentificationRequest | Mapping[str, Any] | None = None,
    ) -> PersonIdentification:
        """Start the identification (`PATCH …/request`); the status becomes `pending`."""
        return await self._call(
            request_identification.asyncio_detailed,
            PersonIdentification,
            person_id=person_id,
            id=identification_id,
            body=UNSET if body is None else _model(RequestIdentificationRequest, body),
        )

    async def get_identification(
        self, person_id: str, identification_id: str, *, include_documents: bool = False
    ) -> PersonIdentification:
        """The identification; with `include_documents=True` also its `documents`."""
        return await self._call(
            get_identification.asyncio_detailed,
            PersonIdentification,
            person_id=person_id,
            id=identification_id,
            include_documents=True if include_documents else UNSET,
        )

    async def list_identifications(
        self, person_id: str, *, page: int = 1, page_size: int = 10
    ) -> list[PersonIdentification]:
        """One page of the person's identifications (`iter_identifications` walks them all)."""
        return await self._call(
            list_identifications.asyncio_detailed, list, person_id=person_id, pagenumber=page, pagesize=page_size
        )

    def iter_identifications(self, person_id: str, *, page_size: int = 100) -> AsyncIterator[PersonIdentification]:
        """Every identification of the person, fetching page after page as needed."""
        return self._pages(list_identifications.asyncio_detailed, page_size, person_id=person_id)

    # -- webhooks -------------------------------------------------------------------------

    async def create_webhook(
        self, url: str, *, event_type: WebhookEventType | str = WebhookEventType.IDENTIFICATION
    ) -> Webhook:
        """Subscribe `url` (Solaris probes it first). Store the returned `secret`: it is shown only once."""
        body = CreateWebhookRequest(event_type=WebhookEventType(event_type), url=url)
        return await self._call(create_webhook.asyncio_detailed, Webhook, body=body)

    async def list_webhooks(self, *, page: int = 1, page_size: int = 10) -> list[Webhook]:
        return await self._call(list_webhooks.asyncio_detailed, list, pagenumber=page, pagesize=page_size)

    def iter_webhooks(self, *, page_size: int = 100) -> AsyncIterator[Webhook]:
        return self._pages(list_webhooks.asyncio_detailed, page_size)

    async def get_webhook(self, webhook_id: str) -> Webhook:
        return await self._call(get_webhook.asyncio_detailed, Webhook, id=webhook_id)

    async def delete_webhook(self, webhook_id: str) -> None:
        await self._call(delete_webhook.asyncio_detailed, object, id=webhook_id)

    def parse_webhook(
        self, body: bytes, headers: Mapping[str, str], secret: str | None = None
    ) -> WebhookEvent[IdentificationWebhookPayload]:
        """Verify and parse a webhook with `secret`, default this client's `webhook_secret`
        (see `idv.solaris.parse_webhook`)."""
        return parse_webhook(body, headers, self.webhook_secret if secret is None else secret)

    # -- flows ----------------------------------------------------------------------------

    async def start_identification(
        self,
        person_id: str,
        session_id: str,
        *,
        method: CreateIdentificationMethod | str | None = None,
        secret: str | None = None,
        **fields: Any,
    ) -> StartedIdentification:
        """Create an identification in the session and request it; return it with the URL to
        send the customer to.

        Args:
            method: `idnow`, `bank_id`, … (default: the session's choice).
            secret: The identification secret, for methods that need one.
            **fields: Other `CreateIdentificationRequest` fields (`iban`, `language`,
                `reference`, `device_data`, …); `device_data` is also sent with the request.
        """
        created = await self.create_identification(person_id, session_id, self.identification_body(method, fields))
        requested = await self.request_identification(person_id, created.id, self.request_body(secret, fields))
        url = requested.url if isinstance(requested.url, str) else None
        if url is None:
            session = await self.get_identification_session(person_id, session_id)
            url = session.url if isinstance(session.url, str) else None
        return StartedIdentification(requested, url)

    async def wait_for_completion(
        self,
        person_id: str,
        identification_id: str,
        *,
        timeout: float = 300.0,
        interval: float = 1.0,
        max_interval: float = 10.0,
        stop_on_review: bool = False,
    ) -> PersonIdentification:
        """Poll `get_identification` with backoff until its status is one of `TERMINAL_STATUSES`
        (`successful`, `failed`, `rejected`, `aborted`, `canceled`, `expired`); with
        `stop_on_review`, also stop at the provisional `pending_successful` / `pending_failed`.

        Raises:
            WaitTimeoutError: still unfinished after `timeout` seconds.
        """
        return await apoll(
            lambda: self.get_identification(person_id, identification_id),
            lambda i: _is_final(i, stop_on_review),
            lambda i: str(i.status),
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )

    # -- plumbing -------------------------------------------------------------------------

    async def _pages(self, operation: AsyncOperation, page_size: int, **kwargs: Any) -> AsyncIterator[Any]:
        page = 1
        while True:
            items = await self._call(operation, list, pagenumber=page, pagesize=page_size, **kwargs)
            for item in items:
                yield item
            if not _has_next(_last_response.get(), page, page_size, len(items)):
                return
            page += 1
