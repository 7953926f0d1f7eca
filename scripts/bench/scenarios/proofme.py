"""Proofme: create an identification, then get it."""

from __future__ import annotations

import functools
from typing import Any
from uuid import UUID

from _load import Scenario, Step

from idv.proofme import AsyncProofmeClient
from proofme_client.models import IdentificationCreate

AUTH = {"Authorization": "proofme_test_key"}
PROOFME_ID = UUID("03682de3-b51c-451c-b50e-1977a332c9f2")  # the Proofme from the provider's docs


def step(prefix: str, number: int, previous: Any) -> Step | None:
    if number == 0:
        return ("POST", f"{prefix}/v1/identification", AUTH, {"proofmeId": "03682de3-b51c-451c-b50e-1977a332c9f2"})
    if number == 1:
        return ("GET", f"{prefix}/v1/identification/{previous['identification']['id']}", AUTH, None)
    return None


def scenario(prefix: str, target_url: str) -> Scenario:
    return functools.partial(step, prefix)


# -- soak (scripts/soak.py): the same lifecycle through the async overlay client ----------------


def soak_client(url: str) -> AsyncProofmeClient:
    return AsyncProofmeClient(api_key="proofme_test_key", base_url=url)


async def soak_setup(client: AsyncProofmeClient, hooks_url: str) -> None:
    """Nothing to set up: each identification names its own webhook URL."""


async def soak_cycle(client: AsyncProofmeClient, setup: None, hooks_url: str) -> str:
    """Create an identification whose webhook is the sink, then get it; returns its id."""
    created = await client.create_identification(
        IdentificationCreate(proofme_id=PROOFME_ID, description="soak", webhook_url=hooks_url, testmode=True)
    )
    await client.get_identification(created.id)
    return str(created.id)
