# Generated from _async_base.py by scripts/unasync.py: do not edit. Edit _async_base.py, then run `make unasync`.
"""`SyncAPIClient`: the base of every synchronous provider client."""

from __future__ import annotations

from typing import Any, Self, TypeVar

import httpx

from ._base import G, SyncOperation, _Common
from ._retry import ClientTransport, RetryTransport
from ._retry import last_response as _last_response

__all__ = ["SyncAPIClient"]

T = TypeVar("T")


class SyncAPIClient(_Common[G]):
    """Base of the synchronous provider clients. Use as a context manager, or `close()`."""

    def __init__(self, *args: Any, transport: httpx.BaseTransport | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._transport = transport
        network = self._network
        network.check(transport, httpx.Client)
        if isinstance(network.http_client, httpx.Client):
            inner: httpx.BaseTransport = ClientTransport(network.http_client)
        else:
            inner = transport or httpx.HTTPTransport(verify=network.verify, trust_env=network.trust_env)
        mounts = {
            pattern: None
            if proxy is None
            else RetryTransport(
                httpx.HTTPTransport(proxy=proxy, verify=network.verify, trust_env=network.trust_env),
                self.retry_policy,
            )
            for pattern, proxy in network.proxies(has_transport=transport is not None).items()
        }
        retrying = RetryTransport(inner, self.retry_policy)
        self._generated: G = self.generated_client(**self._generated_kwargs(retrying, mounts))

    @property
    def generated(self) -> G:
        """The configured generated client (auth, retries, logging): pass it to any generated
        operation function as `client=`."""
        return self._generated

    def call(self, operation: SyncOperation, /, **kwargs: Any) -> Any:
        """Run any generated `*.sync_detailed` operation with this client's auth and retries.

        Returns the parsed body of a successful answer; raises the typed error otherwise.
        Prefer the typed methods; this reaches operations that have none.
        """
        return self._call(operation, object, **kwargs)

    def _call(self, operation: SyncOperation, cast_to: type[T], /, **kwargs: Any) -> T:
        """Run `operation`; its parsed body if it is a `cast_to` (`object`: anything), else the typed error."""
        _last_response.set(None)
        try:
            response = operation(client=self._generated, **kwargs)
        except Exception as error:
            raise self._failure(error, _last_response.get()) from error
        return self._result(_last_response.get(), response.parsed, cast_to)

    def _reinit(self, **settings: Any) -> None:
        SyncAPIClient.__init__(self, transport=self._transport, **settings)

    def close(self) -> None:
        self._generated.__exit__(None, None, None)  # type: ignore[attr-defined]

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
