"""iDenfy: `IdenfyClient` / `AsyncIdenfyClient`, webhook verification, outcomes.

The flow is webhook-driven (iDenfy's documentation forbids polling `/api/v2/status`):

    from idv import Outcome
    from idv.idenfy import IdenfyClient, is_final, outcome

    # IDENFY_API_KEY, IDENFY_API_SECRET, IDENFY_SIGNING_KEY (or keyword arguments)
    idenfy = IdenfyClient(environment="sandbox")
    token = idenfy.create_token("user-42", callback_url="https://example.com/idenfy")
    # send the user to token.redirect_url; then, in the webhook endpoint, with the raw body:
    event = idenfy.parse_webhook(raw_body, request_headers)  # idv.WebhookEvent[IdentificationWebhook | …]
    if is_final(event) and outcome(event) is Outcome.APPROVED:
        document = idenfy.get_data(event.payload.scan_ref)

An automatic result with `final=False` (`IDENTIFICATION_AUTO_FINISHED`) may be followed by
the manual review's result with `final=True` (`IDENTIFICATION_MANUAL_FINISHED`), which can
differ. `DOCUMENT_EXPIRATION` arrives as a `DocumentExpirationWebhook` (its own payload).
`list_identifications` / `iter_identifications` page through the verifications;
`request_information(scan_ref)` reopens a finished one with a new session link. Any
generated operation also runs through `client.call(<module>.sync_detailed, …)`.
"""

from ._async_client import AsyncIdenfyClient
from ._client import ENVIRONMENTS, READ_ONLY_PATHS, token_request
from ._outcome import STATUS_OUTCOMES, TERMINAL_STATUSES, UNKNOWN_OUTCOME, outcome
from ._sync_client import IdenfyClient
from ._webhooks import EVENT_TYPE_HEADER, SIGNATURE_HEADER, is_final, parse_webhook, verify_signature

__all__ = [
    "ENVIRONMENTS",
    "EVENT_TYPE_HEADER",
    "READ_ONLY_PATHS",
    "SIGNATURE_HEADER",
    "STATUS_OUTCOMES",
    "TERMINAL_STATUSES",
    "UNKNOWN_OUTCOME",
    "AsyncIdenfyClient",
    "IdenfyClient",
    "is_final",
    "outcome",
    "parse_webhook",
    "token_request",
    "verify_signature",
]
