"""Hopae Connect: `HopaeClient` / `AsyncHopaeClient`, webhook verification, outcomes.

from idv.hopae import HopaeClient

with HopaeClient(environment="sandbox") as hopae:     # HOPAE_CLIENT_ID / _SECRET
    verification = hopae.start_verification("smartid", user_data={"registrationId": "PNOLT-40504040001"})
    final = hopae.wait_for_completion(verification.verification_id)
    if outcome(final) is Outcome.APPROVED:
        person = hopae.get_userinfo(verification.verification_id).user
"""

from ._client import ENVIRONMENTS, AsyncHopaeClient, HopaeClient
from ._outcome import outcome
from ._webhooks import parse_webhook, verify_signature

__all__ = ["ENVIRONMENTS", "AsyncHopaeClient", "HopaeClient", "outcome", "parse_webhook", "verify_signature"]
