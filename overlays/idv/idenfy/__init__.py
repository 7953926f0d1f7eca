"""iDenfy: `IdenfyClient` / `AsyncIdenfyClient`, webhook verification, outcomes.

The flow is webhook-driven (iDenfy's documentation forbids polling `/api/v2/status`):

    from idv import Outcome
    from idv.idenfy import IdenfyClient, outcome

    # IDENFY_API_KEY, IDENFY_API_SECRET, IDENFY_SIGNING_KEY (or keyword arguments)
    idenfy = IdenfyClient(environment="sandbox")
    token = idenfy.create_token("user-42", callback_url="https://example.com/idenfy")
    # send the user to token.redirect_url; then, in the webhook endpoint, with the raw body:
    event = idenfy.parse_webhook(raw_body, request_headers)
    if event.final and outcome(event) is Outcome.APPROVED:
        document = idenfy.get_data(event.scan_ref)

An automatic result with `final=False` (`IDENTIFICATION_AUTO_FINISHED`) may be followed by
the manual review's result with `final=True` (`IDENTIFICATION_MANUAL_FINISHED`), which can
differ. Any generated operation also runs through `client.call(<module>.sync_detailed, …)`.
"""

from ._client import ENVIRONMENTS, AsyncIdenfyClient, IdenfyClient, token_request
from ._outcome import outcome
from ._webhooks import WebhookEvent, parse_webhook, verify_signature

__all__ = [
    "ENVIRONMENTS",
    "AsyncIdenfyClient",
    "IdenfyClient",
    "WebhookEvent",
    "outcome",
    "parse_webhook",
    "token_request",
    "verify_signature",
]
