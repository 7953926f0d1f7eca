"""iDenfy: create a token, then read its status (iDenfy reads with POST)."""

from __future__ import annotations

import functools
from typing import Any

from _load import Scenario, Step

from idv.idenfy import AsyncIdenfyClient
from scenarios._auth import basic

AUTH = basic("idenfy-key", "idenfy-secret")


def step(prefix: str, number: int, previous: Any) -> Step | None:
    if number == 0:
        return ("POST", f"{prefix}/api/v2/token", AUTH, {"clientId": "bench"})
    if number == 1:
        return ("POST", f"{prefix}/api/v2/status", AUTH, {"scanRef": previous["scanRef"]})
    return None


def scenario(prefix: str, target_url: str) -> Scenario:
    return functools.partial(step, prefix)


# -- soak (scripts/soak.py): the same lifecycle through the async overlay client ----------------


def soak_client(url: str) -> AsyncIdenfyClient:
    return AsyncIdenfyClient(api_key="idenfy-key", api_secret="idenfy-secret", base_url=url)


async def soak_setup(client: AsyncIdenfyClient, hooks_url: str) -> None:
    """Nothing to set up: each token names its own callback URL."""


async def soak_cycle(client: AsyncIdenfyClient, setup: None, hooks_url: str) -> str:
    """Create a token whose callback is the sink, then read its status; returns the scanRef."""
    token = await client.create_token("soak", callback_url=hooks_url)
    await client.get_status(token.scan_ref)
    return token.scan_ref
