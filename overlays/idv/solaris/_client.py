"""`SolarisClient` and `AsyncSolarisClient`: Solaris KYC with OAuth2, retries and typed errors."""

from __future__ import annotations

import datetime
import enum
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, NamedTuple, Protocol, Self, TypeVar, Unpack

import attrs
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
    Person,
    PersonIdentification,
    RequestIdentificationRequest,
    TokenRequest,
    TokenResponse,
    Webhook,
    WebhookEventType,
)
from solaris_client.types import UNSET

from .._core._auth import BasicAuth, ClientCredentialsAuth
from .._core._base import AsyncAPIClient, ClientOptions, SyncAPIClient
from .._core._config import EMULATOR_URL, resolve_base_url, setting
from .._core._errors import APIStatusError, AuthenticationError, ConfigurationError, ErrorEnvelope, status_error
from .._core._outcome import Outcome
from .._core._polling import apoll, poll
from .._core._retry import AsyncRetryTransport, RetryTransport
from .._core._retry import last_response as _last_response
from ._errors import parse_error, request_id
from ._outcome import outcome
from ._webhooks import WebhookEvent, parse_webhook

__all__ = ["ENVIRONMENTS", "TOKEN_URLS", "AsyncSolarisClient", "SolarisClient", "StartedIdentification"]

ENVIRONMENTS = {
    "production": "https://api.solarisbank.de",
    "sandbox": "https://api.solaris-sandbox.de",
    "emulator": f"{EMULATOR_URL}/solaris",
}
TOKEN_PATH = "/oauth2/token"  # noqa: S105 - a path, not a password
# The token endpoint lives on the authorization server, a different host from the API.
TOKEN_URLS = {
    "production": "https://auth.solarisbank.de/oauth2/token",
    "sandbox": "https://auth.solaris-sandbox.de/oauth2/token",
    "emulator": f"{EMULATOR_URL}/solaris{TOKEN_PATH}",
}
SCOPE = "partners"
# RFC 6749 allows `invalid_client` with 400 as well as 401: either way, the credentials are wrong.
_CLIENT_AUTH_ERRORS = frozenset({"invalid_client"})
# The fields `start_identification(**fields)` accepts: the generated model's, not a copy.
_CREATE_FIELDS = frozenset(a.name for a in attrs.fields(CreateIdentificationRequest)) - {"additional_properties"}


class StartedIdentification(NamedTuple):
    """What `start_identification` returns: unpack it or read its fields.

    Attributes:
        identification: The requested identification (`status` is now `pending`).
        url: Where to send the customer: the identification's own `url` (IDnow), else the
            identification session's hosted page; None if Solaris gave neither.
    """

    identification: PersonIdentification
    url: str | None


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_FromDict)


def _plain(value: Any) -> Any:
    """JSON-shaped data from what a caller may pass (enums, dates, nested generated models)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):  # also datetime.datetime
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _model(cls: type[M], value: M | Mapping[str, Any]) -> M:
    """`value` as the generated request model (a mapping is loaded with `from_dict`)."""
    if not isinstance(value, Mapping):
        return value
    try:
        return cls.from_dict(_plain(value))
    except (KeyError, ValueError, TypeError) as exc:
        raise TypeError(f"not a valid {cls.__name__}: {type(exc).__name__} {exc}") from exc


def _has_next(response: httpx.Response | None, page: int, page_size: int, count: int) -> bool:
    """Whether another page follows: the `Link` header, else `total`, else a full page."""
    if count == 0:
        return False
    if response is not None:
        if response.headers.get("link"):
            return "next" in response.links
        total = response.headers.get("total", "")
        if total.strip().isdigit():
            return page * page_size < int(total)
    return count >= page_size


def _is_final(identification: PersonIdentification, stop_on_review: bool) -> bool:
    result = outcome(identification)
    return result.final or (stop_on_review and result is Outcome.REVIEW)


class _Solaris:
    provider = "solaris"
    generated_client = AuthenticatedClient

    @staticmethod
    def settings(
        client_id: str | None,
        client_secret: str | None,
        environment: str | None,
        base_url: str | None,
        token_url: str | None,
    ) -> tuple[dict[str, Any], BasicAuth]:
        user = setting("solaris", "client_id", client_id)
        password = setting("solaris", "client_secret", client_secret)
        assert user is not None and password is not None
        resolved = resolve_base_url("solaris", base_url, environment, ENVIRONMENTS)
        token = setting("solaris", "token_url", token_url, required=False)
        if not token:
            if setting("solaris", "base_url", base_url, required=False):
                token = f"{resolved}{TOKEN_PATH}"  # an explicit base URL serves its own token endpoint
            else:
                token = TOKEN_URLS[setting("solaris", "environment", environment, required=False) or "production"]
        auth = ClientCredentialsAuth(token_url=token, client_id=user, client_secret=password, scope=SCOPE)
        return {"base_url": resolved, "auth": auth}, BasicAuth(user, password)

    @staticmethod
    def _read_only(request: httpx.Request) -> bool:
        # Fetching an access token changes nothing: safe to retry like a GET.
        return request.method == "POST" and request.url.path.endswith(TOKEN_PATH)

    @staticmethod
    def parse_error(response: httpx.Response) -> ErrorEnvelope:
        return parse_error(response)

    @staticmethod
    def request_id(response: httpx.Response) -> str | None:
        return request_id(response)

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        envelope = parse_error(response)
        error = status_error(provider="solaris", response=response, envelope=envelope, request_id=request_id(response))
        if response.status_code == 400 and envelope.code in _CLIENT_AUTH_ERRORS:
            return AuthenticationError(
                error.message, provider="solaris", response=response, envelope=envelope, request_id=error.request_id
            )
        return error

    def _token_base_url(self, token_url: str) -> str:
        if not token_url.endswith(TOKEN_PATH):
            raise ConfigurationError(
                f"solaris: create_token needs a token URL ending in {TOKEN_PATH}, not {token_url!r}"
            )
        return token_url[: -len(TOKEN_PATH)]

    @staticmethod
    def identification_body(
        method: CreateIdentificationMethod | str | None, fields: Mapping[str, Any]
    ) -> CreateIdentificationRequest:
        unknown = sorted(set(fields) - _CREATE_FIELDS)
        if unknown:
            raise TypeError(f"start_identification() got unexpected field(s): {', '.join(unknown)}")
        data = dict(fields)
        if method is not None:
            data["method"] = method
        return _model(CreateIdentificationRequest, data)

    @staticmethod
    def request_body(secret: str | None, fields: Mapping[str, Any]) -> RequestIdentificationRequest | None:
        data = {"secret": secret, "device_data": fields.get("device_data")}
        data = {k: v for k, v in data.items() if v is not None}
        return RequestIdentificationRequest.from_dict(data) if data else None


class SolarisClient(_Solaris, SyncAPIClient[AuthenticatedClient]):
    """Solaris KYC, synchronous.

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

    One access token is fetched and shared by every call (threads included), renewed a minute
    before it expires and once more if Solaris still answers 401.
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
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        configured, self._basic = self.settings(client_id, client_secret, environment, base_url, token_url)
        super().__init__(
            **configured,
            transport=transport,
            **options,
        )
        self.token_url: str = configured["auth"].token_url
        self.webhook_secret = setting("solaris", "webhook_secret", webhook_secret, required=False)

    # -- OAuth2 ---------------------------------------------------------------------------

    def create_token(self, *, scope: str = SCOPE) -> TokenResponse:
        """A new access token from the authorization server (`create_token`).

        The client manages its own token; this is for handing one to something else. It does
        not replace the client's cached token.
        """
        base = self._token_base_url(self.token_url)
        transport = RetryTransport(self._transport or httpx.HTTPTransport(), self.retry_policy)
        token_client = AuthenticatedClient(
            base_url=base,
            token="",
            prefix="",
            timeout=self.timeout,
            raise_on_unexpected_status=False,
            httpx_args={"auth": self._basic, "transport": transport},
        )
        body = TokenRequest(grant_type=GrantType.CLIENT_CREDENTIALS, scope=scope)
        _last_response.set(None)
        with token_client:
            try:
                response = create_token.sync_detailed(client=token_client, body=body)
            except Exception as error:
                raise self._failure(error, _last_response.get()) from error
        result: TokenResponse = self._result(_last_response.get(), response.parsed, (TokenResponse,))
        return result

    # -- persons --------------------------------------------------------------------------

    def create_person(self, body: CreatePersonRequest | Mapping[str, Any]) -> Person:
        """Create a person (`POST /v1/persons`); `first_name` and `last_name` are required."""
        result: Person = self._call(create_person.sync_detailed, (Person,), body=_model(CreatePersonRequest, body))
        return result

    def get_person(self, person_id: str) -> Person:
        result: Person = self._call(get_person.sync_detailed, (Person,), person_id=person_id)
        return result

    # -- identification sessions ----------------------------------------------------------

    def create_identification_session(
        self, person_id: str, body: CreateIdentificationSessionRequest | Mapping[str, Any]
    ) -> IdentificationSession:
        """Open a session (`identification_methods`, optional `callback_url`); its `url` is
        the hosted page where the customer picks a method."""
        result: IdentificationSession = self._call(
            create_identification_session.sync_detailed,
            (IdentificationSession,),
            person_id=person_id,
            body=_model(CreateIdentificationSessionRequest, body),
        )
        return result

    def get_identification_session(self, person_id: str, session_id: str) -> IdentificationSession:
        result: IdentificationSession = self._call(
            get_identification_session.sync_detailed,
            (IdentificationSession,),
            person_id=person_id,
            identification_session_id=session_id,
        )
        return result

    # -- identifications ------------------------------------------------------------------

    def create_identification(
        self, person_id: str, session_id: str, body: CreateIdentificationRequest | Mapping[str, Any]
    ) -> PersonIdentification:
        """Create an identification within a session (Solaris answers 200, status `created`)."""
        result: PersonIdentification = self._call(
            create_identification_in_session.sync_detailed,
            (PersonIdentification,),
            person_id=person_id,
            identification_session_id=session_id,
            body=_model(CreateIdentificationRequest, body),
        )
        return result

    def request_identification(
        self,
        person_id: str,
        identification_id: str,
        body: RequestIdentificationRequest | Mapping[str, Any] | None = None,
    ) -> PersonIdentification:
        """Start the identification (`PATCH …/request`); the status becomes `pending`."""
        result: PersonIdentification = self._call(
            request_identification.sync_detailed,
            (PersonIdentification,),
            person_id=person_id,
            id=identification_id,
            body=UNSET if body is None else _model(RequestIdentificationRequest, body),
        )
        return result

    def get_identification(
        self, person_id: str, identification_id: str, *, include_documents: bool = False
    ) -> PersonIdentification:
        """The identification; with `include_documents=True` also its `documents`."""
        result: PersonIdentification = self._call(
            get_identification.sync_detailed,
            (PersonIdentification,),
            person_id=person_id,
            id=identification_id,
            include_documents=True if include_documents else UNSET,
        )
        return result

    def list_identifications(self, person_id: str, *, page: int = 1, page_size: int = 10) -> list[PersonIdentification]:
        """One page of the person's identifications (`iter_identifications` walks them all)."""
        result: list[PersonIdentification] = self._call(
            list_identifications.sync_detailed, (list,), person_id=person_id, pagenumber=page, pagesize=page_size
        )
        return result

    def iter_identifications(self, person_id: str, *, page_size: int = 100) -> Iterator[PersonIdentification]:
        """Every identification of the person, fetching page after page as needed."""
        return self._pages(list_identifications.sync_detailed, page_size, person_id=person_id)

    # -- webhooks -------------------------------------------------------------------------

    def create_webhook(
        self, url: str, *, event_type: WebhookEventType | str = WebhookEventType.IDENTIFICATION
    ) -> Webhook:
        """Subscribe `url` (Solaris probes it first). Store the returned `secret`: it is shown only once."""
        body = CreateWebhookRequest(event_type=WebhookEventType(event_type), url=url)
        result: Webhook = self._call(create_webhook.sync_detailed, (Webhook,), body=body)
        return result

    def list_webhooks(self, *, page: int = 1, page_size: int = 10) -> list[Webhook]:
        result: list[Webhook] = self._call(list_webhooks.sync_detailed, (list,), pagenumber=page, pagesize=page_size)
        return result

    def iter_webhooks(self, *, page_size: int = 100) -> Iterator[Webhook]:
        return self._pages(list_webhooks.sync_detailed, page_size)

    def get_webhook(self, webhook_id: str) -> Webhook:
        result: Webhook = self._call(get_webhook.sync_detailed, (Webhook,), id=webhook_id)
        return result

    def delete_webhook(self, webhook_id: str) -> None:
        self._call(delete_webhook.sync_detailed, (), id=webhook_id)

    def parse_webhook(self, body: bytes, headers: Mapping[str, str]) -> WebhookEvent:
        """Verify and parse a webhook with this client's `webhook_secret`."""
        return parse_webhook(body, headers, self.webhook_secret or "")

    # -- flows ----------------------------------------------------------------------------

    def start_identification(
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
        created = self.create_identification(person_id, session_id, self.identification_body(method, fields))
        requested = self.request_identification(person_id, created.id, self.request_body(secret, fields))
        url = requested.url if isinstance(requested.url, str) else None
        if url is None:
            session_url = self.get_identification_session(person_id, session_id).url
            url = session_url if isinstance(session_url, str) else None
        return StartedIdentification(requested, url)

    def wait_for_completion(
        self,
        person_id: str,
        identification_id: str,
        *,
        timeout: float = 300.0,
        interval: float = 1.0,
        max_interval: float = 10.0,
        stop_on_review: bool = False,
    ) -> PersonIdentification:
        """Poll `get_identification` with backoff until its outcome is final (`successful`,
        `failed`, `rejected`, `aborted`, `canceled`, `expired`); with `stop_on_review`, also
        stop at the provisional `pending_successful` / `pending_failed`.

        Raises:
            WaitTimeoutError: still unfinished after `timeout` seconds.
        """
        return poll(
            lambda: self.get_identification(person_id, identification_id),
            lambda i: _is_final(i, stop_on_review),
            lambda i: str(i.status),
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )

    # -- plumbing -------------------------------------------------------------------------

    def _pages(self, operation: Callable[..., Any], page_size: int, **kwargs: Any) -> Iterator[Any]:
        page = 1
        while True:
            items: list[Any] = self._call(operation, (list,), pagenumber=page, pagesize=page_size, **kwargs)
            yield from items
            if not _has_next(_last_response.get(), page, page_size, len(items)):
                return
            page += 1


class AsyncSolarisClient(_Solaris, AsyncAPIClient[AuthenticatedClient]):
    """Solaris KYC, asynchronous; the same arguments and methods as `SolarisClient`.

    The token cache is shared by concurrent tasks: `asyncio.gather` of N calls fetches one token.
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
        configured, self._basic = self.settings(client_id, client_secret, environment, base_url, token_url)
        super().__init__(
            **configured,
            transport=transport,
            **options,
        )
        self.token_url: str = configured["auth"].token_url
        self.webhook_secret = setting("solaris", "webhook_secret", webhook_secret, required=False)

    async def create_token(self, *, scope: str = SCOPE) -> TokenResponse:
        base = self._token_base_url(self.token_url)
        transport = AsyncRetryTransport(self._transport or httpx.AsyncHTTPTransport(), self.retry_policy)
        token_client = AuthenticatedClient(
            base_url=base,
            token="",
            prefix="",
            timeout=self.timeout,
            raise_on_unexpected_status=False,
            httpx_args={"auth": self._basic, "transport": transport},
        )
        body = TokenRequest(grant_type=GrantType.CLIENT_CREDENTIALS, scope=scope)
        _last_response.set(None)
        async with token_client:
            try:
                response = await create_token.asyncio_detailed(client=token_client, body=body)
            except Exception as error:
                raise self._failure(error, _last_response.get()) from error
        result: TokenResponse = self._result(_last_response.get(), response.parsed, (TokenResponse,))
        return result

    async def create_person(self, body: CreatePersonRequest | Mapping[str, Any]) -> Person:
        result: Person = await self._call(
            create_person.asyncio_detailed, (Person,), body=_model(CreatePersonRequest, body)
        )
        return result

    async def get_person(self, person_id: str) -> Person:
        result: Person = await self._call(get_person.asyncio_detailed, (Person,), person_id=person_id)
        return result

    async def create_identification_session(
        self, person_id: str, body: CreateIdentificationSessionRequest | Mapping[str, Any]
    ) -> IdentificationSession:
        result: IdentificationSession = await self._call(
            create_identification_session.asyncio_detailed,
            (IdentificationSession,),
            person_id=person_id,
            body=_model(CreateIdentificationSessionRequest, body),
        )
        return result

    async def get_identification_session(self, person_id: str, session_id: str) -> IdentificationSession:
        result: IdentificationSession = await self._call(
            get_identification_session.asyncio_detailed,
            (IdentificationSession,),
            person_id=person_id,
            identification_session_id=session_id,
        )
        return result

    async def create_identification(
        self, person_id: str, session_id: str, body: CreateIdentificationRequest | Mapping[str, Any]
    ) -> PersonIdentification:
        result: PersonIdentification = await self._call(
            create_identification_in_session.asyncio_detailed,
            (PersonIdentification,),
            person_id=person_id,
            identification_session_id=session_id,
            body=_model(CreateIdentificationRequest, body),
        )
        return result

    async def request_identification(
        self,
        person_id: str,
        identification_id: str,
        body: RequestIdentificationRequest | Mapping[str, Any] | None = None,
    ) -> PersonIdentification:
        result: PersonIdentification = await self._call(
            request_identification.asyncio_detailed,
            (PersonIdentification,),
            person_id=person_id,
            id=identification_id,
            body=UNSET if body is None else _model(RequestIdentificationRequest, body),
        )
        return result

    async def get_identification(
        self, person_id: str, identification_id: str, *, include_documents: bool = False
    ) -> PersonIdentification:
        result: PersonIdentification = await self._call(
            get_identification.asyncio_detailed,
            (PersonIdentification,),
            person_id=person_id,
            id=identification_id,
            include_documents=True if include_documents else UNSET,
        )
        return result

    async def list_identifications(
        self, person_id: str, *, page: int = 1, page_size: int = 10
    ) -> list[PersonIdentification]:
        result: list[PersonIdentification] = await self._call(
            list_identifications.asyncio_detailed, (list,), person_id=person_id, pagenumber=page, pagesize=page_size
        )
        return result

    def iter_identifications(self, person_id: str, *, page_size: int = 100) -> AsyncIterator[PersonIdentification]:
        return self._pages(list_identifications.asyncio_detailed, page_size, person_id=person_id)

    async def create_webhook(
        self, url: str, *, event_type: WebhookEventType | str = WebhookEventType.IDENTIFICATION
    ) -> Webhook:
        body = CreateWebhookRequest(event_type=WebhookEventType(event_type), url=url)
        result: Webhook = await self._call(create_webhook.asyncio_detailed, (Webhook,), body=body)
        return result

    async def list_webhooks(self, *, page: int = 1, page_size: int = 10) -> list[Webhook]:
        result: list[Webhook] = await self._call(
            list_webhooks.asyncio_detailed, (list,), pagenumber=page, pagesize=page_size
        )
        return result

    def iter_webhooks(self, *, page_size: int = 100) -> AsyncIterator[Webhook]:
        return self._pages(list_webhooks.asyncio_detailed, page_size)

    async def get_webhook(self, webhook_id: str) -> Webhook:
        result: Webhook = await self._call(get_webhook.asyncio_detailed, (Webhook,), id=webhook_id)
        return result

    async def delete_webhook(self, webhook_id: str) -> None:
        await self._call(delete_webhook.asyncio_detailed, (), id=webhook_id)

    def parse_webhook(self, body: bytes, headers: Mapping[str, str]) -> WebhookEvent:
        return parse_webhook(body, headers, self.webhook_secret or "")

    async def start_identification(
        self,
        person_id: str,
        session_id: str,
        *,
        method: CreateIdentificationMethod | str | None = None,
        secret: str | None = None,
        **fields: Any,
    ) -> StartedIdentification:
        created = await self.create_identification(person_id, session_id, self.identification_body(method, fields))
        requested = await self.request_identification(person_id, created.id, self.request_body(secret, fields))
        url = requested.url if isinstance(requested.url, str) else None
        if url is None:
            session_url = (await self.get_identification_session(person_id, session_id)).url
            url = session_url if isinstance(session_url, str) else None
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
        return await apoll(
            lambda: self.get_identification(person_id, identification_id),
            lambda i: _is_final(i, stop_on_review),
            lambda i: str(i.status),
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )

    async def _pages(
        self, operation: Callable[..., Awaitable[Any]], page_size: int, **kwargs: Any
    ) -> AsyncIterator[Any]:
        page = 1
        while True:
            items: list[Any] = await self._call(operation, (list,), pagenumber=page, pagesize=page_size, **kwargs)
            for item in items:
                yield item
            if not _has_next(_last_response.get(), page, page_size, len(items)):
                return
            page += 1
