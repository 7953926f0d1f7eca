"""Hopae for the conformance suite: HTTP Basic; `t=…,v1=…` signed webhooks."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from typing import Any

import httpx

from idv.hopae import HopaeClient

CREDENTIALS = ("hopae-unit-client", "hopae-unit-secret-0123456789")
SECRETS = ("hopae-unit-secret-0123456789",)  # the client id is shown in reprs by design
CLIENT = HopaeClient
ENV = ("HOPAE_CLIENT_ID", "HOPAE_CLIENT_SECRET")
WEBHOOK_SECRET_ENV = "HOPAE_WEBHOOK_SECRET"
WEBHOOK_SECRET_OPTION = "webhook_secret"
WEBHOOK_BODY = json.dumps(
    {"event": "verification.completed", "eventId": "evt_1", "data": {"verificationId": "a" * 32, "status": "completed"}}
).encode()


def client(transport: httpx.BaseTransport, **options: Any) -> HopaeClient:
    return HopaeClient(
        client_id=CREDENTIALS[0],
        client_secret=CREDENTIALS[1],
        base_url="https://hopae.test",
        transport=transport,
        **options,
    )


def preflight(request: httpx.Request) -> httpx.Response | None:
    return None


def create(client: HopaeClient) -> object:
    return client.start_verification("smartid")


def read(client: HopaeClient) -> object:
    return client.get_verification("a" * 32)


def sign(body: bytes, secret: str) -> dict[str, str]:
    t = int(time.time())
    digest = hmac.new(secret.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Hopae-Signature": f"t={t},v1={digest}"}


# The robustness suite (tests/robustness) calls every operation of the spec through these, with
# tolerant answers served by a mock transport: operationId -> the typed method, called once.
# An operation without a typed method goes in NO_OVERLAY_METHOD with the reason instead (the
# suite then runs it through `client.call(<generated operation>.sync_detailed, ...)`).
OPERATIONS: dict[str, Callable[[HopaeClient], object]] = {
    "create_verification": lambda c: c.start_verification("smartid"),
    "get_verification": lambda c: c.get_verification("a" * 32),
    "cancel_verification": lambda c: c.cancel_verification("a" * 32),
    "get_verification_userinfo": lambda c: c.get_userinfo("a" * 32),
    "list_providers": lambda c: c.list_providers(),
    "get_provider_configuration": lambda c: c.get_provider_configuration("idin"),
    "get_verification_evidence": lambda c: c.get_evidence("a" * 32),
    "create_dc_request": lambda c: c.create_dc_request("a" * 32),
    "exchange_code_for_token": lambda c: c.exchange_code("code"),
}
NO_OVERLAY_METHOD: dict[str, str] = {}
