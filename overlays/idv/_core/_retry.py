"""Retries as an httpx transport: bounded exponential backoff with jitter, honouring Retry-After.

What is retried (defaults as in openai-python: 2 retries, 0.5 s doubling to 8 s, minus up to
25 % jitter):

- connection failures and timeouts, 408, 429 and 5xx — on **idempotent** requests: GET,
  HEAD, OPTIONS, PUT, DELETE, and whatever the provider marks read-only (iDenfy's
  `/api/v2/status` and `/api/v2/data` are POSTs that change nothing);
- on other requests (creations), only what proves the request never took effect: a failure
  to connect (nothing was sent) and 429 (the provider refused to process it). A timeout or a
  5xx after a creation was sent may mean it exists; retrying could create a second
  identification, so it is not retried unless the caller opts in with `retry_creates=True`.

`Retry-After` (seconds, HTTP date, or `retry-after-ms`) replaces the backoff when it is
between 0 and `max_retry_after`; a longer wait is not retried at all (the error surfaces).

The transport reads each body before it returns: a connection that drops after the headers
(mid-body) is a transport error like any other, retried by the same rules. Returning at the
headers would let the body fail later, in the client, where nothing retries it. The clients
never stream, so reading here costs nothing.
"""

from __future__ import annotations

import asyncio
import contextvars
import email.utils
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

__all__ = ["AsyncClientTransport", "AsyncRetryTransport", "ClientTransport", "RetryPolicy", "RetryTransport"]

log = logging.getLogger("idv")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({408, 429})
# Raised before any byte of the request reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how patiently to retry.

    Attributes:
        max_retries: Retries after the first attempt (0 disables retrying).
        initial_delay: Backoff before the first retry, in seconds; doubles each retry.
        max_delay: Cap on the backoff.
        max_retry_after: Longest `Retry-After` honoured; a longer one is not retried.
        retry_creates: Also retry non-idempotent requests after they may have been sent.
            Only safe when the caller can tolerate or detect a duplicate.
        read_only: Extra predicate for requests that are safe to repeat although their
            method is not idempotent (a provider's read-only POSTs).
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    retry_creates: bool = False
    read_only: Callable[[httpx.Request], bool] | None = None

    def idempotent(self, request: httpx.Request) -> bool:
        if request.method in IDEMPOTENT_METHODS:
            return True
        return bool(self.read_only and self.read_only(request))

    def retry_on_error(self, request: httpx.Request, error: httpx.TransportError) -> bool:
        return isinstance(error, _NOT_SENT) or self.retry_creates or self.idempotent(request)

    def retry_on_status(self, request: httpx.Request, response: httpx.Response) -> bool:
        status = response.status_code
        if status not in RETRYABLE_STATUSES and status < 500:
            return False
        if status == 429:
            return True
        return self.retry_creates or self.idempotent(request)

    def delay(self, retry: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before retry number `retry` (0-based); None = don't retry."""
        if response is not None:
            after = retry_after(response)
            if after is not None:
                return after if after <= self.max_retry_after else None
        backoff: float = min(self.initial_delay * 2**retry, self.max_delay)
        return backoff * (1 - 0.25 * random.random())  # noqa: S311 - jitter, not crypto


def retry_after(response: httpx.Response) -> float | None:
    """The server's requested wait in seconds, from `retry-after-ms` or `Retry-After`."""
    millis = response.headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000, 0.0)
        except ValueError:
            pass
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


# The last raw response of the current call (per thread / per task). The client reads it when
# a generated call fails to parse a body, since the generated `Response` keeps no request.
last_response: contextvars.ContextVar[httpx.Response | None] = contextvars.ContextVar("idv_last_response", default=None)


def _observe(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    last_response.set(response)
    if log.isEnabledFor(logging.DEBUG):
        # Method, URL without credentials, status and headers (redacted by the logger's
        # filter); never a body: bodies carry names, birth dates and document numbers.
        log.debug(
            "HTTP %s %s -> %s headers=%s",
            request.method,
            safe_url(request.url),
            response.status_code,
            dict(request.headers),
        )
    return response


def safe_url(url: httpx.URL | str) -> str:
    """`url` without its user-info (`user:password@`), for reprs and logs."""
    parsed = httpx.URL(url) if isinstance(url, str) else url
    return str(parsed.copy_with(username=None, password=None)) if parsed.userinfo else str(parsed)


def _send(inner: httpx.BaseTransport, request: httpx.Request) -> httpx.Response:
    """One attempt, body included (see the module docstring)."""
    response = inner.handle_request(request)
    try:
        response.read()
    except BaseException:
        response.close()
        raise
    return response


async def _asend(inner: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
    response = await inner.handle_async_request(request)
    try:
        await response.aread()
    except BaseException:
        await response.aclose()
        raise
    return response


def _log_retry(request: httpx.Request, retry: int, delay: float, why: str) -> None:
    log.info("retrying %s %s in %.2f s (retry %d): %s", request.method, request.url.path, delay, retry + 1, why)


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport; retries per `RetryPolicy`. `sleep` is injectable for tests."""

    def __init__(
        self, inner: httpx.BaseTransport, policy: RetryPolicy, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.inner = inner
        self.policy = policy
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retry = 0
        while True:
            try:
                response = _send(self.inner, request)
            except httpx.TransportError as error:
                if retry >= self.policy.max_retries or not self.policy.retry_on_error(request, error):
                    raise
                delay = self.policy.delay(retry, None)
                why = type(error).__name__
            else:
                if retry >= self.policy.max_retries or not self.policy.retry_on_status(request, response):
                    return _observe(request, response)
                delay = self.policy.delay(retry, response)
                if delay is None:
                    return _observe(request, response)
                why = f"status {response.status_code}"
                response.close()
            assert delay is not None
            _log_retry(request, retry, delay, why)
            self._sleep(delay)
            retry += 1

    def close(self) -> None:
        self.inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of `RetryTransport`."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy, sleep: Callable[[float], object] | None = None
    ) -> None:
        self.inner = inner
        self.policy = policy
        self._sleep = sleep or asyncio.sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retry = 0
        while True:
            try:
                response = await _asend(self.inner, request)
            except httpx.TransportError as error:
                if retry >= self.policy.max_retries or not self.policy.retry_on_error(request, error):
                    raise
                delay = self.policy.delay(retry, None)
                why = type(error).__name__
            else:
                if retry >= self.policy.max_retries or not self.policy.retry_on_status(request, response):
                    return _observe(request, response)
                delay = self.policy.delay(retry, response)
                if delay is None:
                    return _observe(request, response)
                why = f"status {response.status_code}"
                await response.aclose()
            assert delay is not None
            _log_retry(request, retry, delay, why)
            pause = self._sleep(delay)
            if asyncio.iscoroutine(pause):
                await pause
            retry += 1

    async def aclose(self) -> None:
        await self.inner.aclose()


class ClientTransport(httpx.BaseTransport):
    """Sends through an application's own `httpx.Client`: its proxies, TLS settings, client
    certificates and event hooks apply, while the overlay keeps its auth, retries and typed
    errors. The application owns the client; closing the overlay leaves it open."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # auth=None: the overlay's auth has already signed the request; the application
        # client's own auth (if any) must not replace it.
        return self.client.send(request, stream=True, auth=None)

    def close(self) -> None:
        """The application's client stays open: it is the application's to close."""


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """The async twin of `ClientTransport`, over an application's `httpx.AsyncClient`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.client.send(request, stream=True, auth=None)

    async def aclose(self) -> None:
        """The application's client stays open: it is the application's to close."""
