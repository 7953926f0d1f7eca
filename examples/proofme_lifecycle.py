"""Proofme, end to end: create an identification, the person approves, the unsigned `{id}`
webhook arrives, and the identification is fetched, as Proofme's docs advise."""

from __future__ import annotations

from uuid import UUID

from _lifecycle import Result, Webhooks, control

from idv.proofme import ProofmeClient, outcome
from proofme_client.models import IdentificationCreate, IdentificationData

WEBHOOK = "unsigned {id}, fetched"
PROOFME_ID = UUID("03682de3-b51c-451c-b50e-1977a332c9f2")  # the Proofme from the provider's docs


def run(base: str, webhooks: Webhooks) -> Result:
    with ProofmeClient(api_key="proofme_test_key", base_url=f"{base}/proofme") as proofme:
        created = proofme.create_identification(
            IdentificationCreate(
                proofme_id=PROOFME_ID,
                description="Order 1001",
                redirect_url="https://shop.example/return",
                webhook_url=f"{webhooks.url}/proofme",
                testmode=True,
            )
        )
        control(base, "proofme/outcome", {"id": str(created.id), "outcome": "approve"})
        hook = webhooks.wait("/proofme")
        event = proofme.parse_webhook(hook.body, hook.headers)  # unsigned {id}: fetch, as the docs advise
        final = proofme.fetch_after_webhook(event)
        data = proofme.get_identification_data(str(final.id))
        # None while PENDING, and the field may be absent (UNSET): check for the record itself.
        has_data = isinstance(data.identification_data, IdentificationData)
        return f"identification {final.id} {final.status} (data {'stored' if has_data else 'missing'})", outcome(final)
