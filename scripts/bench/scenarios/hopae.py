"""Hopae: create a verification, then get it; each create signs and sends a webhook."""

from __future__ import annotations

import functools
from typing import Any

from _load import Scenario, Step

from idv.hopae import AsyncHopaeClient
from scenarios._auth import basic

AUTH = basic("hopae-client", "hopae-secret")


def step(prefix: str, number: int, previous: Any) -> Step | None:
    if number == 0:
        return ("POST", f"{prefix}/connect/v1/verifications", AUTH, {"providerId": "frejaid"})
    if number == 1:
        return ("GET", f"{prefix}/connect/v1/verifications/{previous['verificationId']}", AUTH, None)
    return None


def scenario(prefix: str, target_url: str) -> Scenario:
    return functools.partial(step, prefix)


def emulator_config(sink_url: str) -> dict[str, Any]:
    return {"webhook_url": sink_url}


# -- soak (scripts/soak.py): the same lifecycle through the async overlay client ----------------


def soak_client(url: str) -> AsyncHopaeClient:
    return AsyncHopaeClient(client_id="hopae-client", client_secret="hopae-secret", base_url=url)


async def soak_setup(client: AsyncHopaeClient, hooks_url: str) -> None:
    """Nothing to set up through the API: `emulator_config` points Hopae's webhooks at the sink."""


async def soak_cycle(client: AsyncHopaeClient, setup: None, hooks_url: str) -> str:
    """Create, then get; returns the id the soak completes through the decision page's control."""
    started = await client.start_verification("frejaid")
    await client.get_verification(started.verification_id)
    return started.verification_id
