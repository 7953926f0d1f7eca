"""iDenfy, end to end: create a token, the person approves, the automatic and then the
manual (final) result arrive as signed webhooks; the document data is fetched."""

from __future__ import annotations

from _lifecycle import Result, Webhooks, control

from idenfy_client.models import IdentificationWebhook
from idv.idenfy import IdenfyClient, outcome

WEBHOOK = "HMAC ok, auto+manual"


def run(base: str, webhooks: Webhooks) -> Result:
    with IdenfyClient(
        api_key="idenfy-key", api_secret="idenfy-secret", base_url=f"{base}/idenfy", signing_key="idenfy-signing-key"
    ) as idenfy:
        token = idenfy.create_token(
            "demo-client-1", first_name="John Tom", last_name="Smith", callback_url=f"{webhooks.url}/idenfy"
        )
        control(base, "idenfy/outcome", {"id": token.scan_ref, "outcome": "approve"})
        hook = webhooks.wait(
            "/idenfy", lambda h: h.headers.get("idenfy-event-type") == "IDENTIFICATION_MANUAL_FINISHED"
        )
        event = idenfy.parse_webhook(hook.body, hook.headers)
        assert isinstance(event.payload, IdentificationWebhook)  # DOCUMENT_EXPIRATION has its own payload
        data = idenfy.get_data(token.scan_ref)
        status = event.payload.status.overall if event.payload.status else None
        return f"scanRef {token.scan_ref} {status} ({data.doc_first_name} {data.doc_last_name})", outcome(event)
