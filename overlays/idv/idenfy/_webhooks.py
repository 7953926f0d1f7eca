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
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from idenfy_client.models import IdentificationWebhook, WebhookEventType

from .._core._errors import WebhookVerificationError
from .._core._webhooks import header, hmac_sha256_hex, signatures_match

__all__ = ["WebhookEvent", "parse_webhook", "verify_signature"]

SIGNATURE_HEADER = "Idenfy-Signature"
EVENT_TYPE_HEADER = "Idenfy-Event-Type"


@dataclass(frozen=True)
class WebhookEvent:
    """A verified iDenfy webhook: its `Idenfy-Event-Type` and the typed payload.

    Attributes:
        type: The `Idenfy-Event-Type` header (None if the delivery had none). The header is
            not covered by the signature; the payload is.
        payload: The generated `IdentificationWebhook` model of the body.
    """

    type: WebhookEventType | None
    payload: IdentificationWebhook

    @property
    def scan_ref(self) -> str:
        return self.payload.scan_ref

    @property
    def final(self) -> bool:
        """False only when iDenfy announced that a manual review result will follow."""
        return self.payload.final is not False


def verify_signature(body: bytes, headers: Mapping[str, str], signing_key: str) -> None:
    """Raise `WebhookVerificationError` unless `Idenfy-Signature` is the HMAC of `body`."""
    if not signing_key:
        raise WebhookVerificationError("no iDenfy webhook signing key configured")
    received = header(headers, SIGNATURE_HEADER)
    if not signatures_match(hmac_sha256_hex(signing_key, body), received):
        raise WebhookVerificationError(f"{SIGNATURE_HEADER} does not match the body")


def parse_webhook(body: bytes, headers: Mapping[str, str], signing_key: str) -> WebhookEvent:
    """Verify an iDenfy webhook and return it typed.

    Args:
        body: The raw request body, exactly as received (not re-serialised JSON).
        headers: The request headers (any mapping; names are matched case-insensitively).
        signing_key: The webhook signing key from the iDenfy dashboard.

    Raises:
        WebhookVerificationError: missing or wrong signature, or a body that is not an
            iDenfy webhook.
    """
    verify_signature(body, headers, signing_key)
    try:
        payload = IdentificationWebhook.from_dict(json.loads(body))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise WebhookVerificationError(f"signed body is not an iDenfy webhook: {type(exc).__name__}") from exc
    event_type = _optional_header(headers, EVENT_TYPE_HEADER)
    return WebhookEvent(type=WebhookEventType(event_type) if event_type else None, payload=payload)


def _optional_header(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value.strip()
    return None
