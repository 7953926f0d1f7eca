"""Proofme: `ProofmeClient` / `AsyncProofmeClient`, webhook parsing, outcomes.

    from proofme_client.models import IdentificationCreate
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

Every other operation of the generated `proofme_client` is reachable with the same auth,
retries and typed errors through `client.call(<operation>.sync_detailed, ...)`.
"""

from ._client import ENVIRONMENTS, AsyncProofmeClient, ProofmeClient
from ._outcome import outcome
from ._webhooks import parse_webhook

__all__ = ["ENVIRONMENTS", "AsyncProofmeClient", "ProofmeClient", "outcome", "parse_webhook"]
