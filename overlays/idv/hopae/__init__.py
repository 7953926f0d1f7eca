"""Hopae Connect: `HopaeClient` / `AsyncHopaeClient`, webhook verification, outcomes.

from idv import Outcome
from idv.hopae import HopaeClient, outcome

with HopaeClient(environment="sandbox") as hopae:     # HOPAE_CLIENT_ID / _SECRET
    verification = hopae.start_verification("smartid", user_data={"registrationId": "PNOLT-40504040001"})
    final = hopae.wait_for_completion(verification.verification_id)
    if outcome(final) is Outcome.APPROVED:
        person = hopae.get_userinfo(verification.verification_id).user

# In the webhook endpoint, with the raw body (secret: $HOPAE_WEBHOOK_SECRET by default):
event = hopae.parse_webhook(raw_body, request.headers)   # idv.WebhookEvent[VerificationEvent]
"""

from ._async_client import AsyncHopaeClient
from ._client import ENVIRONMENTS
from ._outcome import STATUS_OUTCOMES, TERMINAL_STATUSES, UNKNOWN_OUTCOME, outcome
from ._sync_client import HopaeClient
from ._webhooks import SIGNATURE_HEADER, TOLERANCE, parse_webhook, verify_signature

__all__ = [
    "ENVIRONMENTS",
    "SIGNATURE_HEADER",
    "STATUS_OUTCOMES",
    "TERMINAL_STATUSES",
    "TOLERANCE",
    "UNKNOWN_OUTCOME",
    "AsyncHopaeClient",
    "HopaeClient",
    "outcome",
    "parse_webhook",
    "verify_signature",
]
