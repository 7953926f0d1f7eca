"""Webhook plumbing every provider shares: the one event type, HMAC helpers, secret lookup.

Providers sign the exact bytes they sent. Re-serialising parsed JSON changes them (key order,
spacing, unicode escapes), so every verifier here takes `bytes` and never touches JSON
before the signature checks out.

Every provider's `parse_webhook(body, headers, secret=None)` returns a `WebhookEvent`
carrying its typed payload; what differs (the header names, the signature scheme) stays in
the provider's own `_webhooks.py`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, Self, TypeVar

from ._config import setting
from ._errors import WebhookVerificationError

__all__ = [
    "WebhookEvent",
    "attempt_number",
    "header",
    "hmac_sha256_hex",
    "load_json",
    "load_payload",
    "optional_header",
    "payload_from",
    "signatures_match",
    "small_int",
    "webhook_secret",
]

PayloadT = TypeVar("PayloadT")


@dataclass(frozen=True)
class WebhookEvent(Generic[PayloadT]):
    """A verified (or, for unsigned providers, parsed) webhook delivery.

    Attributes:
        provider: The provider module's name (`solaris`, `hopae`, …).
        payload: The body as the provider's generated model.
        event_type: What the delivery is about, in the provider's words (a header, or the
            body's event name); None when the provider sends none.
        delivery_id: The provider's id of this delivery, the same on every retry, when it
            sends one: deduplicate on it.
        attempt: The delivery attempt (1 for the first), when the provider says.
        metadata: Other values the provider sends with the delivery (e.g. Solaris'
            `subscription_id`, `entity_id`), by snake_case name.
    """

    provider: str
    payload: PayloadT
    event_type: str | None = None
    delivery_id: str | None = None
    attempt: int | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)


def hmac_sha256_hex(secret: str | bytes, message: bytes) -> str:
    key = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def signatures_match(expected: str, received: str) -> bool:
    return hmac.compare_digest(expected.encode(), received.strip().lower().encode())


def optional_header(headers: Mapping[str, str], name: str) -> str | None:
    """A header value, case-insensitively and stripped; None if missing."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value.strip()
    return None


def header(headers: Mapping[str, str], name: str) -> str:
    """A header value, case-insensitively; `WebhookVerificationError` if missing."""
    value = optional_header(headers, name)
    if value is None:
        raise WebhookVerificationError(f"missing {name} header")
    return value


def webhook_secret(provider: str, name: str, secret: str | None) -> str:
    """`secret`, else `$<PROVIDER>_<NAME>`; `WebhookVerificationError` if neither is set.

    A missing secret rejects the delivery: an unverifiable webhook is never accepted.
    """
    found = setting(provider, name, secret, required=False)
    if not found:
        what = name.replace("_", " ").removeprefix("webhook ")
        raise WebhookVerificationError(f"no {provider} webhook {what} configured (${provider.upper()}_{name.upper()})")
    return found


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_FromDict)


# A webhook body is input from the network: whatever it holds, the only exception that may
# leave `parse_webhook` is `WebhookVerificationError`. Beyond the usual decoding errors, JSON
# nested thousands deep raises RecursionError (in `json.loads` or in a model's `from_dict`).
_UNREADABLE = (ValueError, KeyError, TypeError, AttributeError, RecursionError, OverflowError)


def load_json(body: bytes, what: str) -> Any:
    """`body` as JSON; `WebhookVerificationError` if it is not JSON (or too deep to read)."""
    try:
        return json.loads(body)
    except _UNREADABLE as exc:  # UnicodeDecodeError is a ValueError
        raise WebhookVerificationError(f"body is not {what}: {type(exc).__name__}") from exc


def load_payload(model: type[M], body: bytes, what: str) -> M:
    """The verified body as `model`; `WebhookVerificationError` if it is not one."""
    return payload_from(model, load_json(body, what), what)


def payload_from(model: type[M], data: Any, what: str) -> M:
    """Already-parsed JSON as `model` (when the JSON itself chose the model); else
    `WebhookVerificationError`."""
    try:
        return model.from_dict(data)
    except _UNREADABLE as exc:
        raise WebhookVerificationError(f"signed body is not {what}: {type(exc).__name__}") from exc


# Attempt counters and signature timestamps: ASCII digits only (`"²".isdigit()` is true, and
# `int()` refuses it), and short enough to be a number of seconds or attempts (a 400-digit
# timestamp overflows float arithmetic; 5,000 digits exceed `int()`'s limit).
_MAX_DIGITS = 12


def small_int(value: str | None) -> int | None:
    """`value` as a non-negative int when it is 1–12 ASCII digits; else None."""
    if value is None or not (0 < len(value) <= _MAX_DIGITS and value.isascii() and value.isdigit()):
        return None
    return int(value)


def attempt_number(value: str | None) -> int | None:
    """A delivery-attempt header as an int; None when absent or not a plain number."""
    return small_int(value)
