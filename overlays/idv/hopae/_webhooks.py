"""Hopae webhook verification: `X-Hopae-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>`.

The HMAC covers `"<t>.<raw body>"` with the webhook secret (`whsec_…`). Deliveries older or
newer than `tolerance` seconds (300 by default) are rejected, which stops replays.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping

from hopae_client.models import VerificationEvent

from .._core._errors import WebhookVerificationError
from .._core._webhooks import header, hmac_sha256_hex, signatures_match

__all__ = ["parse_webhook", "verify_signature"]

DEFAULT_TOLERANCE = 300


def verify_signature(
    body: bytes,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise `WebhookVerificationError` unless `body` carries a valid, fresh Hopae signature."""
    if not secret:
        raise WebhookVerificationError("no Hopae webhook secret configured")
    parts: dict[str, list[str]] = {}
    for item in header(headers, "X-Hopae-Signature").split(","):
        key, sep, value = item.strip().partition("=")
        if sep:
            parts.setdefault(key, []).append(value)
    try:
        timestamp = int(parts["t"][0])
    except (KeyError, ValueError):
        raise WebhookVerificationError("X-Hopae-Signature has no valid timestamp") from None
    if abs((time.time() if now is None else now) - timestamp) > tolerance:
        raise WebhookVerificationError("X-Hopae-Signature timestamp is outside the tolerance")
    expected = hmac_sha256_hex(secret, f"{timestamp}.".encode() + body)
    if not any(signatures_match(expected, candidate) for candidate in parts.get("v1", [])):
        raise WebhookVerificationError("X-Hopae-Signature does not match the body")


def parse_webhook(
    body: bytes,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> VerificationEvent:
    """Verify a Hopae webhook and return it as the typed `VerificationEvent`.

    Args:
        body: The raw request body, exactly as received (not re-serialised JSON).
        headers: The request headers (any mapping; names are matched case-insensitively).
        secret: The webhook secret from the Hopae console (`whsec_…`).
        tolerance: Maximum age (and clock skew) of the signature timestamp, in seconds.
        now: Current unix time (for tests).

    Raises:
        WebhookVerificationError: missing/invalid signature, stale timestamp, or a body that
            is not a Hopae event.
    """
    verify_signature(body, headers, secret, tolerance=tolerance, now=now)
    try:
        return VerificationEvent.from_dict(json.loads(body))
    except (ValueError, KeyError, TypeError) as exc:
        raise WebhookVerificationError(f"signed body is not a Hopae event: {type(exc).__name__}") from exc
