"""`AsyncAPIClient`: the base of every asynchronous provider client."""

# unasync: _sync_base.py is generated from this file by scripts/unasync.py; edit here, then `make unasync`.

from __future__ import annotations

from typing import Any, Self, TypeVar

import httpx

from ._base import AsyncOperation, G, _Common
from ._retry import AsyncRetryTransport
from ._retry import last_response as _last_response

__all__ = ["AsyncAPIClient"]

T = TypeVar("T")


class AsyncAPIClient(_Common[G]):
    """Base of the asynchronous provider clients. Use as an async context manager, or `aclose()`."""

    def __init__(self, *args: Any, transport: httpx.AsyncBaseTransport | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._transport = transport
        retrying = AsyncRetryTransport(transport or httpx.AsyncHTTPTransport(), self.retry_policy)
        self._generated: G = self.generated_client(**self._generated_kwargs(retrying))

    @property
    def generated(self) -> G:
        """The configured generated client (auth, retries, logging): pass it to any generated
        operation function as `client=`."""
        return self._generated

    async def call(self, operation: AsyncOperation, /, **kwargs: Any) -> Any:
        """Run any generated `*.asyncio_detailed` operation with this client's auth and retries.

        Returns the parsed body of a successful answer; raises the typed error otherwise.
        Prefer the typed methods; this reaches operations that have none.
        """
        return await self._call(operation, object, **kwargs)

    async def _call(self, operation: AsyncOperation, cast_to: type[T], /, **kwargs: Any) -> T:
        """Run `operation`; its parsed body if it is a `cast_to` (`object`: anything), else the typed error."""
        _last_response.set(None)
        try:
            response = await operation(client=self._generated, **kwargs)
        except Exception as error:
            raise self._failure(error, _last_response.get()) from error
        return self._result(_last_response.get(), response.parsed, cast_to)

    def _reinit(self, **settings: Any) -> None:
        AsyncAPIClient.__init__(self, transport=self._transport, **settings)

    async def aclose(self) -> None:
        await self._generated.__aexit__(None, None, None)  # type: ignore[attr-defined]

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
