"""iDenfy for the conformance suite: HTTP Basic (key and secret both credentials); HMAC webhooks."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any

import httpx

from idv.idenfy import IdenfyClient

SECRETS = ("idenfy-unit-key-abcdef", "idenfy-unit-secret-0123456789")
CLIENT = IdenfyClient
ENV = ("IDENFY_API_KEY", "IDENFY_API_SECRET")
WEBHOOK_SECRET_ENV = "IDENFY_SIGNING_KEY"
WEBHOOK_SECRET_OPTION = "signing_key"
WEBHOOK_BODY = json.dumps({"scanRef": "scan-1", "clientId": "100000", "final": True}).encode()


def client(transport: httpx.BaseTransport, **options: Any) -> IdenfyClient:
    return IdenfyClient(
        api_key=SECRETS[0], api_secret=SECRETS[1], base_url="https://idenfy.test", transport=transport, **options
    )


def preflight(request: httpx.Request) -> httpx.Response | None:
    return None


def create(client: IdenfyClient) -> object:
    return client.create_token("100000")


def read(client: IdenfyClient) -> object:
    return client.get_status("scan-1")  # a POST iDenfy documents as read-only: retried like a GET


def sign(body: bytes, secret: str) -> dict[str, str]:
    return {"Idenfy-Signature": hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()}


# The robustness suite (tests/robustness) calls every operation of the spec through these, with
# tolerant answers served by a mock transport: operationId -> the typed method, called once.
# An operation without a typed method goes in NO_OVERLAY_METHOD with the reason instead (the
# suite then runs it through `client.call(<generated operation>.sync_detailed, ...)`).
OPERATIONS: dict[str, Callable[[IdenfyClient], object]] = {
    "create_token": lambda c: c.create_token("100000"),
    "get_status": lambda c: c.get_status("scan-1"),
    "get_data": lambda c: c.get_data("scan-1"),
    "delete_verification": lambda c: c.delete_verification("scan-1"),
    "list_identifications": lambda c: c.list_identifications(),
    "request_information": lambda c: c.request_information("scan-1"),
}
NO_OVERLAY_METHOD: dict[str, str] = {}
