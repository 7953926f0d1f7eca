"""Solaris for the conformance suite: OAuth2 client credentials (a token fetch first)."""

from __future__ import annotations

import hashlib
import hmac
import json
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
