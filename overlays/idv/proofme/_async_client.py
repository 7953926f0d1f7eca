"""`AsyncProofmeClient`: Proofme with auth, retries and typed errors, asynchronous."""

# unasync: _sync_client.py (ProofmeClient) is generated from this file; edit here, then `make unasync`.

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Unpack

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
    IdentificationWithData,
    RevokeResult,
    SortDirection,
)

from .._core._async_base import AsyncAPIClient
from .._core._base import ClientOptions
from .._core._polling import apoll
from ._client import Event, IdentificationId, _describe, _done, _event_id, _Proofme, _uuid

__all__ = ["AsyncProofmeClient"]


class AsyncProofmeClient(_Proofme, AsyncAPIClient[AuthenticatedClient]):
    """Proofme, asynchronous.

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
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(self.settings(api_key, environment, base_url), transport=transport, **options)

    async def create_identification(self, body: IdentificationCreate | IdentificationCreateForm) -> Identification:
        """Create an identification (`POST /v1/identification`); send the customer to its
        `my_page_url`. A JSON body (`IdentificationCreate`) or form fields
        (`IdentificationCreateForm`). Not retried once it may have reached Proofme."""
        result = await self._call(create_identification.asyncio_detailed, IdentificationResponse, body=body)
        return result.identification

    async def get_identification(self, identification_id: IdentificationId) -> Identification:
        """One identification (`GET /v1/identification/{id}`), with its `proofme` configuration."""
        result = await self._call(
            get_identification.asyncio_detailed, IdentificationResponse, id=_uuid(identification_id)
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
        """One page of identifications (`rows`) and the total matching `search` (`count`)."""
        return await self._call(
            list_identifications.asyncio_detailed,
            IdentificationList,
            **self.list_kwargs(sort_column, sort_direction, offset, limit, search),
        )

    async def iter_identifications(
        self,
        *,
        sort_column: IdentificationSortColumn | str | None = None,
        sort_direction: SortDirection | str | None = None,
        search: str | None = None,
        page_size: int = 100,
    ) -> AsyncIterator[Identification]:
        """Every identification matching `search`, fetching `page_size` at a time."""
        offset = 0
        while True:
            page = await self.list_identifications(
                sort_column=sort_column, sort_direction=sort_direction, offset=offset, limit=page_size, search=search
            )
            # Both members are optional (tolerant reader): no `rows` is an empty page, and
            # without `count` the pages run until an empty one.
            rows = page.rows if isinstance(page.rows, list) else []
            for row in rows:
                yield row
            offset += len(rows)
            if not rows or (isinstance(page.count, int) and offset >= page.count):
                return

    async def revoke_identification(self, identification_id: IdentificationId) -> RevokeResult:
        """Revoke a PENDING identification (`DELETE /v1/identification/{id}`): it becomes REVOKED.

        Raises:
            ConflictError: it is no longer PENDING (finished or already revoked — also what a
                retried DELETE whose first attempt did reach Proofme answers).
        """
        return await self._call(revoke_identification.asyncio_detailed, RevokeResult, id=_uuid(identification_id))

    async def get_identification_data(self, identification_id: IdentificationId) -> IdentificationWithData:
        """The identification with the encrypted data the customer shared
        (`identification_data` is None while PENDING and for REVOKED ones, and UNSET if
        Proofme leaves it out: test `isinstance(..., IdentificationData)`).

        Raises:
            BadRequestError: status 410, the data was destroyed after its `destroy_date`.
        """
        result = await self._call(
            get_identification_data.asyncio_detailed, IdentificationDataResponse, id=_uuid(identification_id)
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
        """Poll `get_identification` with backoff (growing 1.5-fold from `interval` to `max_interval`)
        until the status is no longer PENDING.

        Raises:
            WaitTimeoutError: still PENDING after `timeout` seconds.
        """
        uid = _uuid(identification_id)
        return await apoll(
            lambda: self.get_identification(uid),
            _done,
            _describe,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
        )

    async def fetch_after_webhook(self, event: Event) -> Identification:
        """The identification a webhook is about, fetched with this client's credentials.

        Proofme's webhook is an unsigned `{"id"}` hint; this is the documented way to learn
        what changed. `event` is what `parse_webhook` returned, its payload, or the raw body.
        """
        return await self.get_identification(_event_id(event))
