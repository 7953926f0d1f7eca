"""Solaris webhook verification: `Solaris-Webhook-Signature: sha256=<hex HMAC-SHA256>`.

The HMAC is keyed with the subscription's `secret` (returned once, by `create_webhook`) and
covers the raw request body, exactly as received. Solaris sends no timestamp, so there is no
freshness window: deduplicate redeliveries with `WebhookEvent.webhook_id` (the same on every
attempt) instead.

Before it creates a subscription, Solaris probes the URL with an empty, unsigned POST
carrying `Solaris-Webhook-Event-Type: WEBHOOK-SUBSCRIPTION`; answer it with 2xx
(`is_subscription_probe` recognises it) and verify everything else with `parse_webhook`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from solaris_client.models import IdentificationWebhookPayload

from .._core._errors import WebhookVerificationError
from .._core._webhooks import header, hmac_sha256_hex, signatures_match

__all__ = ["SUBSCRIPTION_PROBE", "WebhookEvent", "is_subscription_probe", "parse_webhook", "verify_signature"]

SIGNATURE_HEADER = "Solaris-Webhook-Signature"
EVENT_TYPE_HEADER = "Solaris-Webhook-Event-Type"
SUBSCRIPTION_PROBE = "WEBHOOK-SUBSCRIPTION"


@dataclass(frozen=True)
class WebhookEvent:
    """A verified IDENTIFICATION delivery: the typed payload and the `Solaris-*` headers.

    Attributes:
        payload: The identification as Solaris sent it (informational: fetch it with
            `get_identification` before acting on it).
        webhook_id: `Solaris-Webhook-Id`, the delivery id; the same on every retry.
        subscription_id: `Solaris-Webhook-Subscription-Id` (the `Webhook.id`).
        event_type: `Solaris-Webhook-Event-Type`, `IDENTIFICATION`.
        entity_id: `Solaris-Entity-Id`, the identification id.
        attempt: `Solaris-Webhook-Attempt`, 1 for the first delivery.
    """

    payload: IdentificationWebhookPayload
    webhook_id: str | None
    subscription_id: str | None
    event_type: str | None
    entity_id: str | None
    attempt: int | None


def _optional(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def is_subscription_probe(headers: Mapping[str, str]) -> bool:
    """True for the unsigned `WEBHOOK-SUBSCRIPTION` probe sent before a subscription is created."""
    return _optional(headers, EVENT_TYPE_HEADER) == SUBSCRIPTION_PROBE


def verify_signature(body: bytes, headers: Mapping[str, str], secret: str) -> None:
    """Raise `WebhookVerificationError` unless `body` carries a valid Solaris signature."""
    if not secret:
        raise WebhookVerificationError("no Solaris webhook secret configured")
    scheme, sep, digest = header(headers, SIGNATURE_HEADER).strip().partition("=")
    if not sep or scheme.lower() != "sha256" or not digest:
        raise WebhookVerificationError(f"{SIGNATURE_HEADER} is not of the form sha256=<hex>")
    if not signatures_match(hmac_sha256_hex(secret, body), digest):
        raise WebhookVerificationError(f"{SIGNATURE_HEADER} does not match the body")


def parse_webhook(body: bytes, headers: Mapping[str, str], secret: str) -> WebhookEvent:
    """Verify a Solaris IDENTIFICATION webhook and return it as a typed `WebhookEvent`.

    Args:
        body: The raw request body, exactly as received (not re-serialised JSON).
        headers: The request headers (any mapping; names are matched case-insensitively).
        secret: The subscription secret from `create_webhook`.

    Raises:
        WebhookVerificationError: missing or wrong signature, or a signed body that is not
            an identification.
    """
    verify_signature(body, headers, secret)
    try:
        payload = IdentificationWebhookPayload.from_dict(json.loads(body))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise WebhookVerificationError(f"signed body is not a Solaris identification: {type(exc).__name__}") from exc
    attempt = _optional(headers, "Solaris-Webhook-Attempt")
    return WebhookEvent(
        payload=payload,
        webhook_id=_optional(headers, "Solaris-Webhook-Id"),
        subscription_id=_optional(headers, "Solaris-Webhook-Subscription-Id"),
        event_type=_optional(headers, EVENT_TYPE_HEADER),
        entity_id=_optional(headers, "Solaris-Entity-Id"),
        attempt=int(attempt) if attempt is not None and attempt.strip().isdigit() else None,
    )
