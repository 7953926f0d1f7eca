"""Solaris webhook subscriptions: the URL rules, the subscription probe, the stored secrets and
the signed IDENTIFICATION deliveries (see the handlers' module docstring for the protocol)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import httpx

from ..core.clock import Clock
from ..core.errors import ApiError
from ..core.ids import Ids
from ..core.net import DEFAULT_PORTS, is_loopback_host, is_loopback_url
from ..core.webhooks import HeadersFor, RetryPolicy
from .models import invalid_model, not_found

EVENT_IDENTIFICATION = "IDENTIFICATION"
PROBE_TIMEOUT = 2.0


def _backoff(base: float = 10, cap: float = 12 * 3600, horizon: float = 5 * 86400) -> tuple[float, ...]:
    """Exponential delays (base, 2·base, … capped) while their sum stays within `horizon`."""
    delays: list[float] = []
    delay = base
    while sum(delays) + delay <= horizon:
        delays.append(delay)
        delay = min(delay * 2, cap)
    return tuple(delays)


_DELAYS = _backoff()
WEBHOOK_POLICY = RetryPolicy(
    max_attempts=len(_DELAYS) + 1, delays=_DELAYS, final_statuses=frozenset({410, 422}), timeout=30
)


@dataclass
class Subscription:
    id: str
    event_type: str
    url: str
    secret: str
    created_at: datetime

    def view(self, with_secret: bool = False) -> dict[str, Any]:
        view = {"id": self.id, "event_type": self.event_type, "url": self.url}
        if with_secret:
            view["secret"] = self.secret
        return view


class Subscriptions:
    """The subscriptions, guarded by their own lock: deliveries end (410 → cancel) on the
    webhook thread, outside the app lock."""

    def __init__(self, clock: Clock, ids: Ids) -> None:
        self.clock = clock
        self.ids = ids
        self._items: dict[str, Subscription] = {}
        self._lock = threading.Lock()

    def add(self, event_type: str, url: str) -> Subscription:
        subscription = Subscription(
            id=self.ids.hex(32) + "whk",
            event_type=event_type,
            url=url,
            secret=secrets.token_hex(16),
            created_at=self.clock.now(),
        )
        with self._lock:
            self._items[subscription.id] = subscription
        return subscription

    def get(self, subscription_id: str) -> Subscription:
        with self._lock:
            subscription = self._items.get(subscription_id)
        if subscription is None:
            raise not_found("Webhook", subscription_id)
        return subscription

    def list(self, event_type: str | None = None) -> list[Subscription]:
        with self._lock:
            return [s for s in self._items.values() if event_type is None or s.event_type == event_type]

    def delete(self, subscription_id: str) -> bool:
        with self._lock:
            return self._items.pop(subscription_id, None) is not None

    def dump(self) -> dict[str, Any]:
        return {s.id: s.view() for s in self.list()}


def check_webhook_url(url: str) -> None:
    """HTTPS only, except plain http to a loopback host (so a local receiver works)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        host = ""
    if not host or not parts.scheme:
        raise invalid_model("url", "is not an absolute URL")
    if parts.scheme == "https":
        return
    if parts.scheme == "http" and is_loopback_host(host):
        return
    raise ApiError(
        400,
        "unsafe_webhook_url",
        "Unsafe Webhook URL",
        "The webhook URL must use HTTPS.",
        field="url",
        details={"message": "must use https"},
    )


async def probe(url: str) -> None:
    """The WEBHOOK-SUBSCRIPTION probe (≤ 2 s), awaited on the event loop without the app lock."""
    try:
        async with httpx.AsyncClient(timeout=PROBE_TIMEOUT, follow_redirects=False) as client:
            reply = await client.post(url, content=b"", headers={"Solaris-Webhook-Event-Type": "WEBHOOK-SUBSCRIPTION"})
        status: int | None = reply.status_code
        why = f"answered {status}"
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        status, why = None, f"could not be reached ({type(exc).__name__})"
    if status is None or not 200 <= status < 300:
        raise invalid_webhook_url(why)


def invalid_webhook_url(why: str) -> ApiError:
    return ApiError(
        400,
        "invalid_webhook_url",
        "Invalid Webhook URL",
        f"The webhook URL did not respond successfully to the subscription request: it {why}.",
        field="url",
        details={"message": "did not answer the WEBHOOK-SUBSCRIPTION request with 2xx"},
    )


def is_self(url: str, base_url: str) -> bool:
    """Whether `url` reaches the server at `base_url` (a loopback alias counts as the same host)."""

    def origin(value: str) -> tuple[str, int | None]:
        try:
            parts = urlsplit(value)
            port = parts.port or DEFAULT_PORTS.get(parts.scheme)
        except ValueError:
            return "", None
        host = (parts.hostname or "").lower()
        return ("loopback" if is_loopback_url(value) else host), port

    mine = origin(base_url)
    return mine[0] != "" and origin(url) == mine


def signed_headers(body: bytes, *, secret: str, webhook_id: str, subscription_id: str, entity_id: str) -> HeadersFor:
    signature = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()

    def headers_for(attempt: int) -> dict[str, str]:
        return {
            "Solaris-Webhook-Id": webhook_id,
            "Solaris-Webhook-Subscription-Id": subscription_id,
            "Solaris-Webhook-Event-Type": EVENT_IDENTIFICATION,
            "Solaris-Entity-Id": entity_id,
            "Solaris-Webhook-Attempt": str(attempt),
            "Solaris-Webhook-Signature": signature,
        }

    return headers_for
