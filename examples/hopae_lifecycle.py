"""Hopae Connect, end to end: start a verification, the person approves, the signed
`verification.completed` webhook is verified, the verified identity fetched, and the
verification's one-time authorization code exchanged for an ID token."""

from __future__ import annotations

from _lifecycle import Result, Webhooks, control

from idv.hopae import HopaeClient, outcome

WEBHOOK = "t/v1 HMAC ok"
WEBHOOK_SECRET = "whsec_demo_hopae"  # noqa: S105 - the demo sets it on the emulator too


def run(base: str, webhooks: Webhooks) -> Result:
    control(base, "hopae/config", {"webhook_url": f"{webhooks.url}/hopae", "webhook_secret": WEBHOOK_SECRET})
    with HopaeClient(
        client_id="hopae-client", client_secret="hopae-secret", base_url=f"{base}/hopae", webhook_secret=WEBHOOK_SECRET
    ) as hopae:
        started = hopae.start_verification(
            "smartid", user_data={"registrationId": "PNOLT-40504040001"}, reference_id="demo-order-1"
        )
        control(base, "hopae/outcome", {"id": started.verification_id, "outcome": "approve"})
        hook = webhooks.wait("/hopae", lambda h: b"verification.completed" in h.body)
        event = hopae.parse_webhook(hook.body, hook.headers)
        info = hopae.get_userinfo(event.payload.data.verification_id)
        name = info.user.name if info.user else "?"
        code = hopae.get_verification(started.verification_id).authorization_code
        token = hopae.exchange_code(code) if isinstance(code, str) else None
        id_token = "id_token" if token is not None and isinstance(token.id_token, str) else "no id_token"
        detail = f"verification {started.verification_id} {event.payload.data.status} ({name}, {id_token})"
        return detail, outcome(event)
