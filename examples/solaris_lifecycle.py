"""Solaris, end to end: subscribe a webhook, create person, session and identification, the
person approves, the signed IDENTIFICATION webhook is verified, the identification fetched."""

from __future__ import annotations

from _lifecycle import Result, Webhooks, control

from idv.solaris import SolarisClient, outcome

WEBHOOK = "sha256 HMAC ok"


def run(base: str, webhooks: Webhooks) -> Result:
    with SolarisClient(
        client_id="solaris-client", client_secret="solaris-secret", base_url=f"{base}/solaris"
    ) as solaris:
        subscription = solaris.create_webhook(f"{webhooks.url}/solaris")
        person = solaris.create_person({"first_name": "Erika", "last_name": "Mustermann"})
        session = solaris.create_identification_session(str(person.id), {"identification_methods": ["idnow"]})
        started = solaris.start_identification(str(person.id), str(session.id), method="idnow", language="DE")
        identification_id = str(started.identification.id)
        control(base, "solaris/outcome", {"id": identification_id, "outcome": "approve"})
        hook = webhooks.wait("/solaris", lambda h: b'"successful"' in h.body)
        event = solaris.parse_webhook(hook.body, hook.headers, str(subscription.secret))
        final = solaris.get_identification(str(person.id), identification_id)
        return f"identification {final.id} {final.status} (webhook said {event.payload.status})", outcome(final)
