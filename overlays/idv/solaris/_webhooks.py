"""Solaris webhook verification: `Solaris-Webhook-Signature: sha256=<hex HMAC-SHA256>`.

The HMAC is keyed with the subscription's `secret` (returned once, by `create_webhook`) and
covers the raw request body, exactly as received. Solaris sends no timestamp, so there is no
freshness window: deduplicate redeliveries with `WebhookEvent.delivery_id` (`Solaris-Webhook-Id`) (the same on every
attempt) instead.

Before it creates a subscription, Solaris probes the URL with an empty, unsigned POST
carrying `Solaris-Webhook-Event-Type: WEBHOOK-SUBSCRIPTION`; answer it with 2xx
(`is_subscription_probe` recognises it) and verify everything else with `parse_webhook`.
"""

from __future__ import annotations

from collections.abc import Mapping

from solaris_client.models import IdentificationWebhookPayload

from .._core._errors import WebhookVerificationError
from .._core._webhooks import (
    WebhookEvent,
    attempt_number,
    header,
    hmac_sha256_hex,
    load_payload,
    optional_header,
    signatures_match,
    webhook_secret,
)

__all__ = [
    "EVENT_TYPE_HEADER",
    "SIGNATURE_HEADER",
    "SUBSCRIPTION_PROBE",
    "is_subscription_probe",
    "parse_webhook",
    "verify_signature",
]

SIGNATURE_HEADER = "Solaris-Webhook-Signature"
EVENT_TYPE_HEADER = "Solaris-Webhook-Event-Type"
SUBSCRIPTION_PROBE = "WEBHOOK-SUBSCRIPTION"
# Headers that land in `WebhookEvent.metadata`, by the name they get there.
_METADATA = {"subscription_id": "Solaris-Webhook-Subscription-Id", "entity_id": "Solaris-Entity-Id"}


def is_subscription_probe(headers: Mapping[str, str]) -> bool:
    """True for the unsigned `WEBHOOK-SUBSCRIPTION` probe sent before a subscription is created."""
    return optional_header(headers, EVENT_TYPE_HEADER) == SUBSCRIPTION_PROBE


def verify_signature(body: bytes, headers: Mapping[str, str], secret: str) -> None:
    """Raise `WebhookVerificationError` unless `body` carries a valid Solaris signature."""
    if not secret:
        raise WebhookVerificationError("no solaris webhook secret configured")
    scheme, sep, digest = header(headers, SIGNATURE_HEADER).partition("=")
    if not sep or scheme.lower() != "sha256" or not digest:
        raise WebhookVerificationError(f"{SIGNATURE_HEADER} is not of the form sha256=<hex>")
    if not signatures_match(hmac_sha256_hex(secret, body), digest):
        raise WebhookVerificationError(f"{SIGNATURE_HEADER} does not match the body")


def parse_webhook(
    body: bytes, headers: Mapping[str, str], secret: str | None = None
) -> WebhookEvent[IdentificationWebhookPayload]:
    """Verify a Solaris IDENTIFICATION webhook and return it with its typed payload.

    Args:
        body: The raw request body, exactly as received (not re-serialised JSON).
        headers: The request headers (any mapping; names are matched case-insensitively).
        secret: The subscription secret from `create_webhook`; default `$SOLARIS_WEBHOOK_SECRET`.

    Returns:
        The event: `payload` is the identification as Solaris sent it (informational: fetch
        it with `get_identification` before acting on it); `delivery_id` is
        `Solaris-Webhook-Id` (the same on every retry); `event_type`
        `Solaris-Webhook-Event-Type`; `attempt` `Solaris-Webhook-Attempt`; `metadata` holds
        `subscription_id` (`Solaris-Webhook-Subscription-Id`) and `entity_id`
        (`Solaris-Entity-Id`) when sent.

    Raises:
        WebhookVerificationError: no secret, missing or wrong signature, or a signed body
            that is not an identification.
    """
    verify_signature(body, headers, webhook_secret("solaris", "webhook_secret", secret))
    payload = load_payload(IdentificationWebhookPayload, body, "a Solaris identification")
    metadata = {name: value for name, key in _METADATA.items() if (value := optional_header(headers, key)) is not None}
    return WebhookEvent(
        provider="solaris",
        payload=payload,
        event_type=optional_header(headers, EVENT_TYPE_HEADER),
        delivery_id=optional_header(headers, "Solaris-Webhook-Id"),
        attempt=attempt_number(optional_header(headers, "Solaris-Webhook-Attempt")),
        metadata=metadata,
    )
