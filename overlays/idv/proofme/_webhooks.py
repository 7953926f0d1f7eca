"""Proofme's webhook `identificationStatusUpdate`: `{"id": "<identification id>"}`, unsigned.

Proofme signs nothing and sends no status: anyone who knows the URL can post to it. The body
is therefore only a hint. Parse it with `parse_webhook`, then fetch the identification with
your own credentials (`ProofmeClient.fetch_after_webhook`) — the documented path — and act on
what the API says, never on the webhook itself.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from proofme_client.models import IdentificationStatusUpdate

from .._core._errors import WebhookVerificationError

__all__ = ["parse_webhook"]


def parse_webhook(body: bytes, headers: Mapping[str, str] | None = None) -> IdentificationStatusUpdate:
    """Parse a Proofme webhook body into the typed `IdentificationStatusUpdate`.

    Args:
        body: The raw request body.
        headers: The request headers; accepted for symmetry with the other providers and
            unused (Proofme sends no signature to verify).

    Raises:
        WebhookVerificationError: the body is not a JSON object whose `id` is a UUID.
    """
    del headers  # nothing to verify: Proofme does not sign its webhooks
    try:
        data = json.loads(body)
    except (ValueError, TypeError) as exc:  # UnicodeDecodeError is a ValueError
        raise WebhookVerificationError(f"body is not a Proofme webhook: {type(exc).__name__}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise WebhookVerificationError('body is not a Proofme webhook: expected {"id": "<identification id>"}')
    try:
        return IdentificationStatusUpdate.from_dict(data)
    except ValueError as exc:
        raise WebhookVerificationError("body is not a Proofme webhook: id is not a UUID") from exc
