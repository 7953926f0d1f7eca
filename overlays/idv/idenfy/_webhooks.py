"""iDenfy webhook verification: `Idenfy-Signature` = hex HMAC-SHA256(signing key, raw body).

iDenfy POSTs the verification result to the callback URL (dashboard, or `callbackUrl` of the
token) with the event in `Idenfy-Event-Type`. The signature covers the raw body only; there is
no timestamp, so there is no staleness check to make. Deliveries are retried and can repeat:
handle them idempotently by `scanRef` and `final`.

The flow is webhook-driven: iDenfy's documentation forbids polling `/api/v2/status`, so this
package has no `wait_for_completion` for iDenfy. An automatic result comes with
`final: false` when a manual review follows; the review's result arrives later with
`final: true` (`IDENTIFICATION_MANUAL_FINISHED`) and may differ (e.g. `SUSPECTED` →
`APPROVED`, or an automatic `APPROVED` → `DENIED`).

`DOCUMENT_EXPIRATION` (a verified document expires soon or expired) has its own body,
`DocumentExpirationWebhook`; every other event carries `IdentificationWebhook`.
"""

from __future__ import annotations

from collections.abc import Mapping

from idenfy_client.models import DocumentExpirationWebhook, IdentificationWebhook, WebhookEventType

from .._core._errors import WebhookVerificationError
from .._core._webhooks import (
    WebhookEvent,
    header,
    hmac_sha256_hex,
    load_json,
    optional_header,
    payload_from,
    signatures_match,
    webhook_secret,
)

__all__ = ["EVENT_TYPE_HEADER", "SIGNATURE_HEADER", "is_final", "parse_webhook", "verify_signature"]

SIGNATURE_HEADER = "Idenfy-Signature"
EVENT_TYPE_HEADER = "Idenfy-Event-Type"


Payload = IdentificationWebhook | DocumentExpirationWebhook


def is_final(event: WebhookEvent[Payload] | Payload) -> bool:
    """False only when iDenfy announced that a manual review result will follow (`final: false`).

    A `DOCUMENT_EXPIRATION` notice has no `final`: nothing follows it, so it is final."""
    payload = event.payload if isinstance(event, WebhookEvent) else event
    return isinstance(payload, DocumentExpirationWebhook) or payload.final is not False


def verify_signature(body: bytes, headers: Mapping[str, str], signing_key: str) -> None:
    """Raise `WebhookVerificationError` unless `Idenfy-Signature` is the HMAC of `body`."""
    if not signing_key:
        raise WebhookVerificationError("no idenfy webhook signing key configured")
    received = header(headers, SIGNATURE_HEADER)
    if not signatures_match(hmac_sha256_hex(signing_key, body), received):
        raise WebhookVerificationError(f"{SIGNATURE_HEADER} does not match the body")


def parse_webhook(body: bytes, headers: Mapping[str, str], secret: str | None = None) -> WebhookEvent[Payload]:
    """Verify an iDenfy webhook and return it with its typed payload: a
    `DocumentExpirationWebhook` for `DOCUMENT_EXPIRATION`, else an `IdentificationWebhook`.

    Args:
        body: The raw request body, exactly as received (not re-serialised JSON).
        headers: The request headers (any mapping; names are matched case-insensitively).
        secret: The webhook signing key from the iDenfy dashboard; default `$IDENFY_SIGNING_KEY`.

    Returns:
        The event; `event_type` is the `Idenfy-Event-Type` header as a `WebhookEventType`
        (None if the delivery had none; the header is not covered by the signature, the
        payload is). Without the header, a body with `expirationThreshold` and no `status`
        is read as a document-expiration notice.

    Raises:
        WebhookVerificationError: no signing key, missing or wrong signature, or a body that
            is not an iDenfy webhook.
    """
    verify_signature(body, headers, webhook_secret("idenfy", "signing_key", secret))
    event_type = optional_header(headers, EVENT_TYPE_HEADER)
    data = load_json(body, "an iDenfy webhook")
    payload: Payload
    if _is_document_expiration(event_type, data):
        payload = payload_from(DocumentExpirationWebhook, data, "an iDenfy document-expiration webhook")
    else:
        payload = payload_from(IdentificationWebhook, data, "an iDenfy webhook")
    return WebhookEvent(
        provider="idenfy",
        payload=payload,
        event_type=WebhookEventType(event_type) if event_type else None,
    )


def _is_document_expiration(event_type: str | None, data: object) -> bool:
    if event_type:
        return event_type == WebhookEventType.DOCUMENT_EXPIRATION
    return isinstance(data, dict) and "expirationThreshold" in data and "status" not in data
