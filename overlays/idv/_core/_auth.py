"""Authentication as `httpx.Auth`, passed to the generated clients through `httpx_args`.

- `RawKeyAuth`: Proofme's key (or JWT) as the whole `Authorization` value, no scheme.
- `BasicAuth`: Hopae and iDenfy (`client_id:client_secret`, `api_key:api_secret`).
- `ClientCredentialsAuth`: Solaris OAuth2 client credentials. One cached token is shared
  by every request of the client, sync or async: concurrent calls wait for one token fetch
  instead of making N; the token is refreshed `refresh_margin` seconds before it expires,
  and once more if the API still answers 401 (revoked or clock skew).

No `repr()` here shows a secret.
"""

from __future__ import annotations

import asyncio
import base64
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator

import httpx

__all__ = ["BasicAuth", "ClientCredentialsAuth", "RawKeyAuth"]


class RawKeyAuth(httpx.Auth):
    """`Authorization: <key>` (Proofme sends the key or JWT without a scheme)."""

    def __init__(self, key: str) -> None:
        self._key = key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._key
        yield request

    def __repr__(self) -> str:
        return "RawKeyAuth(key='<redacted>')"


class BasicAuth(httpx.Auth):
    """HTTP Basic; like `httpx.BasicAuth` but its repr names the user only."""

    def __init__(self, username: str, password: str) -> None:
        self.username = username
        token = base64.b64encode(f"{username}:{password}".encode()).decode()
        self._header = f"Basic {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return f"BasicAuth(username={self.username!r}, password='<redacted>')"


class ClientCredentialsAuth(httpx.Auth):
    """OAuth2 client credentials (RFC 6749 §4.4) with a shared, self-refreshing token cache.

    Args:
        token_url: Absolute URL of the token endpoint.
        client_id: The OAuth2 client id.
        client_secret: The OAuth2 client secret (sent with HTTP Basic to the token endpoint).
        scope: Requested scope (`partners` for Solaris).
        refresh_margin: Seconds before expiry at which the token is renewed.
        clock: Monotonic clock, injectable for tests.
    """

    def __init__(
        self,
        *,
        token_url: str,
        client_id: str,
        client_secret: str,
        scope: str | None = None,
        refresh_margin: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self.scope = scope
        self.refresh_margin = refresh_margin
        self._basic = BasicAuth(client_id, client_secret)
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._generation = 0  # bumps on every new token
        self._sync_lock = threading.Lock()
        self._async_locks: dict[int, asyncio.Lock] = {}
        self.fetch_count = 0

    def __repr__(self) -> str:
        return f"ClientCredentialsAuth(token_url={self.token_url!r}, client_id={self.client_id!r}, client_secret='<redacted>')"

    # -- token bookkeeping (no I/O) ----------------------------------------------------

    def _fresh(self) -> bool:
        return self._token is not None and self._clock() < self._expires_at - self.refresh_margin

    def _token_request(self) -> httpx.Request:
        form = {"grant_type": "client_credentials"}
        if self.scope:
            form["scope"] = self.scope
        request = httpx.Request("POST", self.token_url, data=form, headers={"Accept": "application/json"})
        request.headers["Authorization"] = self._basic._header
        return request

    def _store(self, response: httpx.Response) -> None:
        if response.status_code != 200:
            # Hand the token endpoint's own error to the caller as the answer.
            raise _TokenError(response)
        data = response.json()
        self._token = str(data["access_token"])
        self._expires_at = self._clock() + float(data.get("expires_in", 3600))
        self._generation += 1
        self.fetch_count += 1

    def _authorize(self, request: httpx.Request) -> int:
        request.headers["Authorization"] = f"Bearer {self._token}"
        return self._generation

    def invalidate(self) -> None:
        """Forget the cached token (the next request fetches a new one)."""
        self._token = None

    # -- flows --------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # A failed token request raises _TokenError out of the flow; the client maps the token
        # endpoint's answer (recorded by its response hook) to the typed error.
        with self._sync_lock:
            if not self._fresh():
                token_response = yield self._token_request()
                token_response.read()
                self._store(token_response)
            used = self._authorize(request)
        response = yield request
        if response.status_code != 401:
            return
        with self._sync_lock:
            if self._generation == used:  # nobody refreshed meanwhile
                token_response = yield self._token_request()
                token_response.read()
                self._store(token_response)
            self._authorize(request)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        lock = self._async_lock()
        async with lock:
            if not self._fresh():
                token_response = yield self._token_request()
                await token_response.aread()
                self._store(token_response)
            used = self._authorize(request)
        response = yield request
        if response.status_code != 401:
            return
        async with lock:
            if self._generation == used:
                token_response = yield self._token_request()
                await token_response.aread()
                self._store(token_response)
            self._authorize(request)
        yield request

    def _async_lock(self) -> asyncio.Lock:
        # One lock per event loop: asyncio locks must not be shared across loops.
        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(id(loop))
        if lock is None:
            lock = self._async_locks[id(loop)] = asyncio.Lock()
        return lock


class _TokenError(Exception):
    """The token endpoint refused; carries its answer for the error mapping."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(f"token endpoint answered {response.status_code}")
        self.response = response
