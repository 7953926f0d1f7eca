"""Outbound webhooks: delivered over real HTTP in the background, retried, every attempt recorded.

Handlers never wait for a delivery: `submit()` queues it and returns. Each provider supplies
its body, its signed headers (recomputed per attempt, since Solaris counts attempts in a
header) and its retry rule; the dispatcher does the sending, the backoff and the bookkeeping
that `/_emulator/webhooks` exposes.
"""

from __future__ import annotations

import functools
import http.client
import ipaddress
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .clock import Clock, iso

log = logging.getLogger("idv_emulator.webhooks")


@dataclass(frozen=True)
class RetryPolicy:
    """A provider's documented redelivery rule.

    `delays[n]` is the wait before attempt n + 2, in provider seconds; the dispatcher
    multiplies them by its `scale` so tests don't wait days. `final_statuses` end the
    delivery without retry (Solaris: 410 cancels the subscription, 422 rejects).
    """

    max_attempts: int
    delays: tuple[float, ...]
    final_statuses: frozenset[int] = frozenset()
    timeout: float = 10.0

    def delay_before(self, attempt: int) -> float:
        return self.delays[min(attempt - 2, len(self.delays) - 1)]


@dataclass
class Attempt:
    number: int
    at: str
    status: int | None
    error: str | None
    duration_ms: float


@dataclass
class Delivery:
    id: str
    provider: str
    event: str
    url: str
    body: str
    headers: dict[str, str] = field(default_factory=dict)  # of the last attempt
    state: str = "pending"  # pending | delivered | failed | rejected
    attempts: list[Attempt] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def is_loopback_url(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


HeadersFor = Callable[[int], dict[str, str]]
OnFinal = Callable[["Delivery", int | None], None]


class WebhookDispatcher:
    def __init__(self, clock: Clock, *, scale: float = 0.01, workers: int = 8, loopback_only: bool = True) -> None:
        self.clock = clock
        self.scale = scale
        self.loopback_only = loopback_only
        self._workers = workers
        self._pool: ThreadPoolExecutor | None = None  # created on first use, again after close()
        # Keep-alive connections per worker thread and origin. http.client rather than httpx:
        # deliveries run in the emulator's own process, and a lighter client leaves more CPU
        # to the API it is emulating.
        self._local = threading.local()
        self._deliveries: list[Delivery] = []
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending = 0
        self._generation = 0
        self._counter = 0
        # order_key -> deliveries waiting for the one in flight (same resource, in order)
        self._chains: dict[str, deque[Callable[[], None]]] = {}

    def submit(
        self,
        *,
        provider: str,
        event: str,
        url: str,
        body: bytes,
        headers_for: HeadersFor,
        policy: RetryPolicy,
        on_final: OnFinal | None = None,
        order_key: str | None = None,
    ) -> Delivery:
        """Queue a delivery. Deliveries sharing an `order_key` (e.g. one verification's events)
        go out one after the other, in submission order, each with its full retry budget."""
        with self._lock:
            self._counter += 1
            delivery = Delivery(
                id=f"whd_{self._counter:06d}",
                provider=provider,
                event=event,
                url=url,
                body=body.decode("utf-8", "replace"),
            )
            self._deliveries.append(delivery)
            self._pending += 1
            generation = self._generation
            job = functools.partial(
                self._run,
                delivery=delivery,
                body=body,
                headers_for=headers_for,
                policy=policy,
                on_final=on_final,
                generation=generation,
            )
            if order_key is None:
                self._executor().submit(job)
            elif order_key in self._chains:
                self._chains[order_key].append(job)
            else:
                self._chains[order_key] = deque()
                self._executor().submit(self._run_chain, order_key, job)
        return delivery

    def _executor(self) -> ThreadPoolExecutor:
        # Called with self._lock held.
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="idv-webhook")
        return self._pool

    def _run_chain(self, key: str, job: Callable[[], None]) -> None:
        while True:
            job()
            with self._lock:
                waiting = self._chains.get(key)
                if not waiting:
                    self._chains.pop(key, None)
                    return
                job = waiting.popleft()

    def _run(
        self,
        *,
        delivery: Delivery,
        body: bytes,
        headers_for: HeadersFor,
        policy: RetryPolicy,
        on_final: OnFinal | None,
        generation: int,
    ) -> None:
        status: int | None = None
        try:
            if self.loopback_only and not is_loopback_url(delivery.url):
                delivery.attempts.append(
                    Attempt(
                        number=1,
                        at=iso(self.clock.now(), millis=True),
                        status=None,
                        error="not sent: the emulator delivers to loopback hosts only (webhook_hosts=loopback)",
                        duration_ms=0.0,
                    )
                )
                delivery.state = "failed"
                return
            for number in range(1, policy.max_attempts + 1):
                if generation != self._generation:
                    return  # the emulator was reset meanwhile
                if number > 1:
                    time.sleep(policy.delay_before(number) * self.scale)
                headers = {"content-type": "application/json", **headers_for(number)}
                delivery.headers = headers
                started = time.perf_counter()
                error = None
                try:
                    status = self._post(delivery.url, body, headers, policy.timeout)
                except (OSError, http.client.HTTPException, ValueError) as exc:
                    status, error = None, f"{type(exc).__name__}: {exc}"
                delivery.attempts.append(
                    Attempt(
                        number=number,
                        at=iso(self.clock.now(), millis=True),
                        status=status,
                        error=error,
                        duration_ms=round((time.perf_counter() - started) * 1000, 2),
                    )
                )
                if status is not None and 200 <= status < 300:
                    delivery.state = "delivered"
                    return
                if status in policy.final_statuses:
                    delivery.state = "rejected"
                    return
            delivery.state = "failed"
        except Exception:  # a bug here must not kill the worker thread silently
            log.exception("webhook delivery %s crashed", delivery.id)
            delivery.state = "failed"
        finally:
            if on_final is not None and generation == self._generation:
                try:
                    on_final(delivery, status)
                except Exception:
                    log.exception("webhook on_final for %s crashed", delivery.id)
            with self._lock:
                self._pending -= 1
                self._idle.notify_all()

    def _post(self, url: str, body: bytes, headers: dict[str, str], timeout: float) -> int:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {url!r}")
        origin = (parts.scheme, parts.hostname, parts.port)
        pool: dict[tuple[str, str, int | None], http.client.HTTPConnection] = self._local.__dict__.setdefault(
            "pool", {}
        )
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        for reuse in (True, False):
            conn = pool.get(origin) if reuse else None
            if conn is None:
                factory = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
                conn = pool[origin] = factory(parts.hostname, parts.port, timeout=timeout)
            try:
                conn.request("POST", path, body=body, headers=headers)
                reply = conn.getresponse()
                reply.read()
                if reply.getheader("connection", "").lower() == "close":
                    conn.close()
                    pool.pop(origin, None)
                return reply.status
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                conn.close()
                pool.pop(origin, None)
                if not reuse:
                    raise
            except Exception:
                conn.close()
                pool.pop(origin, None)
                raise
        raise AssertionError("unreachable")

    def deliveries(self, provider: str | None = None) -> list[Delivery]:
        with self._lock:
            return [d for d in self._deliveries if provider is None or d.provider == provider]

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until no delivery is in flight (for tests and the demo); False on timeout."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._pending > 0:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._idle.wait(remaining)
        return True

    def reset(self) -> None:
        with self._lock:
            self._generation += 1
            self._deliveries.clear()
            self._pending -= sum(len(waiting) for waiting in self._chains.values())  # never to run
            self._chains.clear()
            self._idle.notify_all()
            self._counter = 0

    def close(self) -> None:
        """Stop the worker threads. A later delivery starts new ones: an ASGI lifespan shutdown
        (which test clients send after each use) must not break the app for good."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
