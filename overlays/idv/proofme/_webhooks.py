"""Proofme's webhook `identificationStatusUpdate`: `{"id": "<identification id>"}`, unsigned.

Proofme signs nothing and sends no status: anyone who knows the URL can post to it. The body
is therefore only a hint. Parse it with `parse_webhook`, then fetch the identification with
your own credentials (`ProofmeClient.fetch_after_webhook`) — the documented path — and act on
what the API says, never on the webhook itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from proofme_client.models import IdentificationStatusUpdate

from .._core._errors import ConfigurationError, WebhookVerificationError
from .._core._webhooks import WebhookEvent, load_json

__all__ = ["EVENT_TYPE", "parse_webhook"]

EVENT_TYPE = "identificationStatusUpdate"


def parse_webhook(
    body: bytes, headers: Mapping[str, str], secret: str | None = None
) -> WebhookEvent[IdentificationStatusUpdate]:
    """Parse a Proofme webhook into an event carrying the typed `IdentificationStatusUpdate`.

    Proofme does not sign its webhooks, so nothing is verified: the event only says which
    identification to fetch (`fetch_after_webhook`).

    Args:
        body: The raw request body.
        headers: The request headers; unused (Proofme sends no signature to verify).
        secret: Must be None: Proofme has no webhook secret. Passing one raises
            `ConfigurationError` rather than let a caller believe the body was verified.

    Raises:
        ConfigurationError: a `secret` was given.
        WebhookVerificationError: the body is not a JSON object whose `id` is a UUID.
    """
    del headers  # nothing to verify: Proofme does not sign its webhooks
    if secret is not None:
        raise ConfigurationError("proofme: webhooks are unsigned, there is no secret to verify them with")
    data = load_json(body, "a Proofme webhook")
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise WebhookVerificationError('body is not a Proofme webhook: expected {"id": "<identification id>"}')
    try:
        payload = IdentificationStatusUpdate.from_dict(data)
    except ValueError as exc:
        raise WebhookVerificationError("body is not a Proofme webhook: id is not a UUID") from exc
    except (TypeError, KeyError, RecursionError) as exc:
        raise WebhookVerificationError(f"body is not a Proofme webhook: {type(exc).__name__}") from exc
    return WebhookEvent(provider="proofme", payload=payload, event_type=EVENT_TYPE)
