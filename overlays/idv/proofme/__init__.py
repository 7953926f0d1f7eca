"""Proofme: `ProofmeClient` / `AsyncProofmeClient`, webhook parsing, outcomes.

    from proofme_client.models import IdentificationCreate, IdentificationData
    from idv import Outcome
    from idv.proofme import ProofmeClient, outcome

    with ProofmeClient() as proofme:                      # PROOFME_API_KEY, PROOFME_ENVIRONMENT
        identification = proofme.create_identification(
            IdentificationCreate(proofme_id=PROOFME_ID, webhook_url="https://app.example/hooks/proofme")
        )
        redirect(identification.my_page_url)              # the customer shares their credentials

    # In the webhook handler: the body is an unsigned {"id"} hint, so fetch the identification.
    with ProofmeClient() as proofme:
        identification = proofme.fetch_after_webhook(request.body)
        if outcome(identification) is Outcome.APPROVED:
            data = proofme.get_identification_data(identification.id).identification_data
            if isinstance(data, IdentificationData):      # None while PENDING, UNSET if left out
                store(data)                               # encrypted: decrypt on your side

Every other operation of the generated `proofme_client` is reachable with the same auth,
retries and typed errors through `client.call(<operation>.sync_detailed, ...)`.
"""

from ._async_client import AsyncProofmeClient
from ._client import ENVIRONMENTS
from ._outcome import STATUS_OUTCOMES, TERMINAL_STATUSES, UNKNOWN_OUTCOME, outcome
from ._sync_client import ProofmeClient
from ._webhooks import EVENT_TYPE, parse_webhook

__all__ = [
    "ENVIRONMENTS",
    "EVENT_TYPE",
    "STATUS_OUTCOMES",
    "TERMINAL_STATUSES",
    "UNKNOWN_OUTCOME",
    "AsyncProofmeClient",
    "ProofmeClient",
    "outcome",
    "parse_webhook",
]
