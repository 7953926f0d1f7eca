"""Proofme for the conformance suite: a raw API key; webhooks unsigned."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from uuid import UUID

import httpx

from idv.proofme import ProofmeClient
from proofme_client.models import IdentificationCreate

IDENT_ID = UUID("32daaa56-377f-4db9-acd7-fae2e327421e")
SECRETS = ("proofme_UnitTestKey0123456789abcdefgh",)
CLIENT = ProofmeClient
ENV = ("PROOFME_API_KEY",)
WEBHOOK_SECRET_ENV = None
WEBHOOK_SECRET_OPTION = None
WEBHOOK_BODY = json.dumps({"id": str(IDENT_ID)}).encode()


def client(transport: httpx.BaseTransport, **options: Any) -> ProofmeClient:
    return ProofmeClient(api_key=SECRETS[0], base_url="https://proofme.test", transport=transport, **options)


def preflight(request: httpx.Request) -> httpx.Response | None:
    return None


def create(client: ProofmeClient) -> object:
    return client.create_identification(IdentificationCreate(proofme_id=IDENT_ID))


def read(client: ProofmeClient) -> object:
    return client.get_identification(IDENT_ID)


def sign(body: bytes, secret: str) -> dict[str, str]:
    return {}


# The robustness suite (tests/robustness) calls every operation of the spec through these, with
# tolerant answers served by a mock transport: operationId -> the typed method, called once.
# An operation without a typed method goes in NO_OVERLAY_METHOD with the reason instead (the
# suite then runs it through `client.call(<generated operation>.sync_detailed, ...)`).
OPERATIONS: dict[str, Callable[[ProofmeClient], object]] = {
    "create_identification": lambda c: c.create_identification(IdentificationCreate(proofme_id=IDENT_ID)),
    "list_identifications": lambda c: c.list_identifications(),
    "get_identification": lambda c: c.get_identification(IDENT_ID),
    "revoke_identification": lambda c: c.revoke_identification(IDENT_ID),
    "get_identification_data": lambda c: c.get_identification_data(IDENT_ID),
}
NO_OVERLAY_METHOD: dict[str, str] = {}
