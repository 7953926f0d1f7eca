"""Hopae webhook verification: `X-Hopae-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>`.

The HMAC covers `"<t>.<raw body>"` with the webhook secret (`whsec_…`). Deliveries older or
newer than `TOLERANCE` seconds are rejected, which stops replays (a client takes another
tolerance with `webhook_tolerance=`).
"""

from __future__ import annotations

import time
from collections.abc import Mapping

from hopae_client.models import VerificationEvent

from .._core._errors import WebhookVerificationError
from .._core._webhooks import (
    WebhookEvent,
    header,
    hmac_sha256_hex,
    load_payload,
    signatures_match,
    small_int,
    webhook_secret,
)

__all__ = ["SIGNATURE_HEADER", "TOLERANCE", "parse_webhook", "verify_signature"]

SIGNATURE_HEADER = "X-Hopae-Signature"
TOLERANCE = 300  # seconds


def verify_signature(
    body: bytes,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: int = TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise `WebhookVerificationError` unless `body` carries a valid, fresh Hopae signature.

    Args:
        tolerance: Maximum age (and clock skew) of the signature timestamp, in seconds.
        now: Current unix time (for tests).
    """
    if not secret:
        raise WebhookVerificationError("no hopae webhook secret configured")
    parts: dict[str, list[str]] = {}
    for item in header(headers, SIGNATURE_HEADER).split(","):
        key, sep, value = item.strip().partition("=")
        if sep:
            parts.setdefault(key, []).append(value)
    timestamp = small_int(parts.get("t", [None])[0])
    if timestamp is None:
        raise WebhookVerificationError(f"{SIGNATURE_HEADER} has no valid timestamp")
    if abs((time.time() if now is None else now) - timestamp) > tolerance:
        raise WebhookVerificationError(f"{SIGNATURE_HEADER} timestamp is outside the tolerance")
    expected = hmac_sha256_hex(secret, f"{timestamp}.".encode() + body)
    if not any(signatures_match(expected, candidate) for candidate in parts.get("v1", [])):
        raise WebhookVerificationError(f"{SIGNATURE_HEADER} does not match the body")


def parse_webhook(
    body: bytes, headers: Mapping[str, str], secret: str | None = None
) -> WebhookEvent[VerificationEvent]:
    """Verify a Hopae webhook and return it with its typed `VerificationEvent`.

    Args:
        body: The raw request body, exactly as received (not re-serialised JSON).
        headers: The request headers (any mapping; names are matched case-insensitively).
        secret: The webhook secret from the Hopae console (`whsec_…`); default
            `$HOPAE_WEBHOOK_SECRET`.

    Raises:
        WebhookVerificationError: no secret, missing/invalid signature, a timestamp more than
            `TOLERANCE` seconds away, or a body that is not a Hopae event.
    """
    return verified_event(body, headers, webhook_secret("hopae", "webhook_secret", secret), TOLERANCE)


def verified_event(
    body: bytes, headers: Mapping[str, str], secret: str, tolerance: int
) -> WebhookEvent[VerificationEvent]:
    verify_signature(body, headers, secret, tolerance=tolerance)
    payload = load_payload(VerificationEvent, body, "a Hopae event")
    return WebhookEvent(
        provider="hopae",
        payload=payload,
        event_type=str(payload.event),
        delivery_id=payload.event_id if isinstance(payload.event_id, str) else None,
    )
