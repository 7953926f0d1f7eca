"""Solaris KYC: `SolarisClient` / `AsyncSolarisClient`, webhook verification, outcomes.

    from idv import Outcome
    from idv.solaris import SolarisClient, outcome

    with SolarisClient(environment="sandbox") as solaris:  # SOLARIS_CLIENT_ID / _SECRET
        person = solaris.create_person({"first_name": "Erika", "last_name": "Mustermann"})
        session = solaris.create_identification_session(person.id, {"identification_methods": ["idnow"]})
        started = solaris.start_identification(person.id, session.id, method="idnow", language="DE")
        redirect_customer_to(started.url)
        final = solaris.wait_for_completion(person.id, started.identification.id, timeout=900)
        if outcome(final) is Outcome.APPROVED:
            documents = solaris.get_identification(person.id, final.id, include_documents=True).documents

Webhooks (the subscription `secret` comes from `create_webhook`, once; default
`$SOLARIS_WEBHOOK_SECRET`):

    if is_subscription_probe(request.headers):
        return 200
    event = parse_webhook(raw_body, request.headers, secret)  # WebhookVerificationError if forged
    identification = solaris.get_identification(event.payload.person_id, event.payload.id)

Operations without a typed method are reachable with the client's auth, retries and typed
errors through `solaris.call(<generated operation>.sync_detailed, ...)`.
"""

from ._async_client import AsyncSolarisClient
from ._client import ENVIRONMENTS, SCOPE, TOKEN_URLS, StartedIdentification
from ._outcome import STATUS_OUTCOMES, TERMINAL_STATUSES, UNKNOWN_OUTCOME, outcome
from ._sync_client import SolarisClient
from ._webhooks import (
    EVENT_TYPE_HEADER,
    SIGNATURE_HEADER,
    SUBSCRIPTION_PROBE,
    is_subscription_probe,
    parse_webhook,
    verify_signature,
)

__all__ = [
    "ENVIRONMENTS",
    "EVENT_TYPE_HEADER",
    "SCOPE",
    "SIGNATURE_HEADER",
    "STATUS_OUTCOMES",
    "SUBSCRIPTION_PROBE",
    "TERMINAL_STATUSES",
    "TOKEN_URLS",
    "UNKNOWN_OUTCOME",
    "AsyncSolarisClient",
    "SolarisClient",
    "StartedIdentification",
    "is_subscription_probe",
    "outcome",
    "parse_webhook",
    "verify_signature",
]
