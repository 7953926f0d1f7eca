"""Solaris for the conformance suite: OAuth2 client credentials (a token fetch first)."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any

import httpx

from idv.solaris import SolarisClient

ACCESS_TOKEN = "solaris-access-token-xyz"
CREDENTIALS = ("solaris-unit-client", "solaris-unit-secret-0123456789")
SECRETS = ("solaris-unit-secret-0123456789", ACCESS_TOKEN)  # the client id is shown in reprs by design
CLIENT = SolarisClient
ENV = ("SOLARIS_CLIENT_ID", "SOLARIS_CLIENT_SECRET")
WEBHOOK_SECRET_ENV = "SOLARIS_WEBHOOK_SECRET"
WEBHOOK_SECRET_OPTION = "webhook_secret"
WEBHOOK_BODY = json.dumps({"id": "i1cidt", "person_id": "p1cper", "status": "successful"}).encode()


def client(transport: httpx.BaseTransport, **options: Any) -> SolarisClient:
    return SolarisClient(
        client_id=CREDENTIALS[0],
        client_secret=CREDENTIALS[1],
        base_url="https://solaris.test",
        transport=transport,
        **options,
    )


def preflight(request: httpx.Request) -> httpx.Response | None:
    if request.url.path == "/oauth2/token":
        return httpx.Response(200, json={"access_token": ACCESS_TOKEN, "expires_in": 3600})
    return None


def create(client: SolarisClient) -> object:
    return client.create_person({"first_name": "Erika", "last_name": "Mustermann"})


def read(client: SolarisClient) -> object:
    return client.get_person("p1cper")


def sign(body: bytes, secret: str) -> dict[str, str]:
    return {"Solaris-Webhook-Signature": "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()}


# The robustness suite (tests/robustness) calls every operation of the spec through these, with
# tolerant answers served by a mock transport: operationId -> the typed method, called once.
# An operation without a typed method goes in NO_OVERLAY_METHOD with the reason instead (the
# suite then runs it through `client.call(<generated operation>.sync_detailed, ...)`).
OPERATIONS: dict[str, Callable[[SolarisClient], object]] = {
    "create_token": lambda c: c.create_token(),
    "create_person": create,
    "get_person": read,
    "create_identification_session": lambda c: c.create_identification_session(
        "p1cper", {"identification_methods": ["idnow"]}
    ),
    "get_identification_session": lambda c: c.get_identification_session("p1cper", "s1cses"),
    "create_identification_in_session": lambda c: c.create_identification("p1cper", "s1cses", {}),
    "list_identifications": lambda c: c.list_identifications("p1cper"),
    "get_identification": lambda c: c.get_identification("p1cper", "i1cidt"),
    "request_identification": lambda c: c.request_identification("p1cper", "i1cidt"),
    "create_webhook": lambda c: c.create_webhook("https://example.test/hooks"),
    "list_webhooks": lambda c: c.list_webhooks(),
    "get_webhook": lambda c: c.get_webhook("w1cwhk"),
    "delete_webhook": lambda c: c.delete_webhook("w1cwhk"),
}
NO_OVERLAY_METHOD: dict[str, str] = {}
