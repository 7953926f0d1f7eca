"""Proofme for the conformance suite: a raw API key; webhooks unsigned."""

from __future__ import annotations

import json
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
