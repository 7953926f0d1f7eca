"""`ProofmeClient` and `AsyncProofmeClient`: Proofme with auth, retries and typed errors."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, Unpack
from uuid import UUID

import httpx

from proofme_client import AuthenticatedClient
from proofme_client.api.identification import (
    create_identification,
    get_identification,
    get_identification_data,
    list_identifications,
    revoke_identification,
)
from proofme_client.models import (
    Identification,
    IdentificationCreate,
    IdentificationCreateForm,
    IdentificationDataResponse,
    IdentificationList,
    IdentificationResponse,
    IdentificationSortColumn,
    IdentificationStatus,
    IdentificationStatusUpdate,
    IdentificationWithData,
    RevokeResult,
    SortDirection,
)
from proofme_client.types import UNSET

from .._core._auth import RawKeyAuth
from .._core._base import AsyncAPIClient, ClientOptions, SyncAPIClient
from .._core._config import EMULATOR_URL, resolve_base_url, setting
from .._core._errors import ErrorEnvelope
from .._core._polling import apoll, poll
from ._errors import parse_error
from ._webhooks import parse_webhook

__all__ = ["ENVIRONMENTS", "AsyncProofmeClient", "ProofmeClient"]

# Proofme has no separate sandbox host: test identifications live on production, told apart
# by a test API key and `testmode=True`.
ENVIRONMENTS = {
    "production": "https://api.proofme.id",
    "emulator": f"{EMULATOR_URL}/proofme",
}

IdentificationId = UUID | str
Event = IdentificationStatusUpdate | bytes


class _Proofme:
    provider = "proofme"
    generated_client = AuthenticatedClient

    @staticmethod
    def settings(api_key: str | None, environment: str | None, base_url: str | None) -> dict[str, Any]:
        key = setting("proofme", "api_key", api_key)
        assert key is not None
        return {
            "base_url": resolve_base_url("proofme", base_url, environment, ENVIRONMENTS),
            "auth": RawKeyAuth(key),
        }

    @staticmethod
    def parse_error(response: httpx.Response) -> ErrorEnvelope:
        return parse_error(response)

    @staticmethod
    def parse_webhook(body: bytes, headers: Mapping[str, str] | None = None) -> IdentificationStatusUpdate:
        """Parse an `identificationStatusUpdate` webhook (unsigned `{"id"}`; see `parse_webhook`)."""
        return parse_webhook(body, headers)

    @staticmethod
    def list_kwargs(
        sort_column: IdentificationSortColumn | str | None,
        sort_direction: SortDirection | str | None,
        offset: int | None,
        limit: int | None,
        search: str | None,
    ) -> dict[str, Any]:
        return {
            "sort_column": UNSET if sort_column is None else IdentificationSortColumn(sort_column),
            "sort_direction": UNSET if sort_direction is None else SortDirection(sort_direction),
            "offset": UNSET if offset is None else offset,
            "limit": UNSET if limit is None else limit,
            "search": UNSET if search is None else search,
        }


def _uuid(identification_id: IdentificationId) -> UUID:
    if isinstance(identification_id, UUID):
        return identification_id
    try:
        return UUID(identification_id)
    except ValueError:
        raise ValueError(f"Proofme identification ids are UUIDs, got {identification_id!r}") from None


def _event_id(event: Event) -> UUID:
    return (event if isinstance(event, IdentificationStatusUpdate) else parse_webhook(event)).id


def _settled(identification: Identification) -> bool:
    return identification.status != IdentificationStatus.PENDING


def _describe(identification: Identification) -> str:
    return str(identification.status)


class ProofmeClient(_Proofme, SyncAPIClient[AuthenticatedClient]):
    """Proofme, synchronous.

    Args:
        api_key: The API key (`proofme_…`) or a JWT, sent raw in `Authorization`
            (default `$PROOFME_API_KEY`). Live and test keys are separate.
        environment: `production` or `emulator` (default `$PROOFME_ENVIRONMENT`, else
            production). Proofme has no sandbox host: use a test key and `testmode=True`.
        base_url: Overrides the environment (default `$PROOFME_BASE_URL`).
        timeout: Seconds or an `httpx.Timeout` (default 60 s, connect 5 s).
        max_retries: Retries of failed idempotent requests (GET, DELETE; default 2).
        retry_creates: Also retry `create_identification` after it may have reached Proofme
            (Proofme has no idempotency keys: a retry can create a second identification).
        transport: An httpx transport to send through (tests: `httpx.MockTransport`).
        headers: Extra headers for every request.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        transport: httpx.BaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(
            **self.settings(api_key, environment, base_url),
            transport=transport,
            **options,
        )

    def create_identification(self, body: IdentificationCreate | IdentificationCreateForm) -> Identification:
        """Create an identification (`POST /v1/identification`); send the customer to its
        `my_page_url`. A JSON body (`IdentificationCreate`) or form fields
        (`IdentificationCreateForm`). Not retried once it may have reached Proofme."""
        result: IdentificationResponse = self._call(
            create_identification.sync_detailed, (IdentificationResponse,), body=body
        )
        return result.identification

    def get_identification(self, identification_id: IdentificationId) -> Identification:
        """One identification (`GET /v1/identification/{id}`), with its `proofme` configuration."""
        result: IdentificationResponse = self._call(
            get_identification.sync_detailed, (IdentificationResponse,), id=_uuid(identification_id)
        )
        return result.identification

    def list_identifications(
        self,
        *,
        sort_column: IdentificationSortColumn | str | None = None,
        sort_direction: SortDirection | str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        search: str | None = None,
    ) -> IdentificationList:
        """One page of identifications (`rows`) and the total matching `search` (`count`)."""
        result: IdentificationList = self._call(
            list_identifications.sync_detailed,
            (IdentificationList,),
            **self.list_kwargs(sort_column, sort_direction, offset, limit, search),
        )
        return result

    def iter_identifications(
        self,
        *,
        sort_column: IdentificationSortColumn | str | None = None,
        sort_direction: SortDirection | str | None = None,
        search: str | None = None,
        page_size: int = 100,
    ) -> Iterator[Identification]:
        """Every identification matching `search`, fetching `page_size` at a time."""
        offset = 0
        while True:
            page = self.list_identifications(
                sort_column=sort_column, sort_direction=sort_direction, offset=offset, limit=page_size, search=search
            )
            yield from page.rows
            offset += len(page.rows)
            if not page.rows or offset >= page.count:
                return

    def revoke_identification(self, identification_id: IdentificationId) -> RevokeResult:
        """Revoke a PENDING identification (`DELETE /v1/identification/{id}`): it becomes REVOKED.

        Raises:
            ConflictError: it is no longer PENDING (finished or already revoked — also what a
                retried DELETE whose first attempt did reach Proofme answers).
        """
        result: RevokeResult = self._call(
            revoke_identification.sync_detailed, (RevokeResult,), id=_uuid(identification_id)
        )
        return result

    def get_identification_data(self, identification_id: IdentificationId) -> IdentificationWithData:
        """The identification with the encrypted data the customer shared
        (`identification_data` is None while PENDING and for REVOKED ones).

        Raises:
            BadRequestError: status 410, the data was destroyed after its `destroy_date`.
        """
        result: IdentificationDataResponse = self._call(
            get_identification_data.sync_detailed, (IdentificationDataResponse,), id=_uuid(identification_id)
        )
        return result.identification

    def wait_for_completion(
        self,
        identification_id: IdentificationId,
        *,
        timeout: float = 300.0,
        interval: float = 1.0,
        max_interval: float = 10.0,
    ) -> Identification:
        """Poll `get_identification` with backoff (growing 1.5-fold from `interval` to `max_interval`)
        until the status is no longer PENDING.

        Raises:
            WaitTimeoutError: still PENDING after `timeout` seconds.
        """
        uid = _uuid(identification_id)
        return poll(
            lambda: self.get_identification(uid),
            _settled,
            _describe,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )

    def fetch_after_webhook(self, event: Event) -> Identification:
        """The identification a webhook is about, fetched with this client's credentials.

        Proofme's webhook is an unsigned `{"id"}` hint; this is the documented way to learn
        what changed. `event` is the parsed `IdentificationStatusUpdate` or the raw body.
        """
        return self.get_identification(_event_id(event))


class AsyncProofmeClient(_Proofme, AsyncAPIClient[AuthenticatedClient]):
    """Proofme, asynchronous; the same arguments and methods as `ProofmeClient`."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(
            **self.settings(api_key, environment, base_url),
            transport=transport,
            **options,
        )

    async def create_identification(self, body: IdentificationCreate | IdentificationCreateForm) -> Identification:
        result: IdentificationResponse = await self._call(
            create_identification.asyncio_detailed, (IdentificationResponse,), body=body
        )
        return result.identification

    async def get_identification(self, identification_id: IdentificationId) -> Identification:
        result: IdentificationResponse = await self._call(
            get_identification.asyncio_detailed, (IdentificationResponse,), id=_uuid(identification_id)
        )
        return result.identification

    async def list_identifications(
        self,
        *,
        sort_column: IdentificationSortColumn | str | None = None,
        sort_direction: SortDirection | str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        search: str | None = None,
    ) -> IdentificationList:
        result: IdentificationList = await self._call(
            list_identifications.asyncio_detailed,
            (IdentificationList,),
            **self.list_kwargs(sort_column, sort_direction, offset, limit, search),
        )
        return result

    async def iter_identifications(
        self,
        *,
        sort_column: IdentificationSortColumn | str | None = None,
        sort_direction: SortDirection | str | None = None,
        search: str | None = None,
        page_size: int = 100,
    ) -> AsyncIterator[Identification]:
        offset = 0
        while True:
            page = await self.list_identifications(
                sort_column=sort_column, sort_direction=sort_direction, offset=offset, limit=page_size, search=search
            )
            for row in page.rows:
                yield row
            offset += len(page.rows)
            if not page.rows or offset >= page.count:
                return

    async def revoke_identification(self, identification_id: IdentificationId) -> RevokeResult:
        result: RevokeResult = await self._call(
            revoke_identification.asyncio_detailed, (RevokeResult,), id=_uuid(identification_id)
        )
        return result

    async def get_identification_data(self, identification_id: IdentificationId) -> IdentificationWithData:
        result: IdentificationDataResponse = await self._call(
            get_identification_data.asyncio_detailed, (IdentificationDataResponse,), id=_uuid(identification_id)
        )
        return result.identification

    async def wait_for_completion(
        self,
        identification_id: IdentificationId,
        *,
        timeout: float = 300.0,
        interval: float = 1.0,
        max_interval: float = 10.0,
    ) -> Identification:
        uid = _uuid(identification_id)
        return await apoll(
            lambda: self.get_identification(uid),
            _settled,
            _describe,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )

    async def fetch_after_webhook(self, event: Event) -> Identification:
        return await self.get_identification(_event_id(event))
