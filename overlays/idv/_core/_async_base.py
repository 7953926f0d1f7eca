"""`AsyncAPIClient`: the base of every asynchronous provider client."""

# unasync: _sync_base.py is generated from this file by scripts/unasync.py; edit here, then `make unasync`.

from __future__ import annotations

from typing import Any, Self, TypeVar

import httpx

from ._base import AsyncOperation, G, _Common
from ._retry import AsyncClientTransport, AsyncRetryTransport
from ._retry import last_response as _last_response

__all__ = ["AsyncAPIClient"]

T = TypeVar("T")


class AsyncAPIClient(_Common[G]):
    """Base of the asynchronous provider clients. Use as an async context manager, or `aclose()`."""

    def __init__(self, *args: Any, transport: httpx.AsyncBaseTransport | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._transport = transport
        network = self._network
        network.check(transport, httpx.AsyncClient)
        if isinstance(network.http_client, httpx.AsyncClient):
            inner: httpx.AsyncBaseTransport = AsyncClientTransport(network.http_client)
        else:
            inner = transport or httpx.AsyncHTTPTransport(verify=network.verify, trust_env=network.trust_env)
        mounts = {
            pattern: None
            if proxy is None
            else AsyncRetryTransport(
                httpx.AsyncHTTPTransport(proxy=proxy, verify=network.verify, trust_env=network.trust_env),
                self.retry_policy,
            )
            for pattern, proxy in network.proxies(has_transport=transport is not None).items()
        }
        retrying = AsyncRetryTransport(inner, self.retry_policy)
        self._generated: G = self.generated_client(**self._generated_kwargs(retrying, mounts))

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
