"""Solaris: create an identification in a session, then get it (token, person and session first)."""

from __future__ import annotations

import functools
from typing import Any

import httpx
from _load import Scenario, Step

from idv.solaris import AsyncSolarisClient

# Prism is stateless: it cannot run the token → person → session set-up.
PRISM = False


def step(prefix: str, token: str, person_id: str, session_id: str, number: int, previous: Any) -> Step | None:
    auth = {"Authorization": f"Bearer {token}"}
    base = f"{prefix}/v1/persons/{person_id}"
    if number == 0:
        return ("POST", f"{base}/identification_sessions/{session_id}/identifications", auth, {"method": "idnow"})
    if number == 1:
        return ("GET", f"{base}/identifications/{previous['id']}", auth, None)
    return None


def scenario(prefix: str, target_url: str) -> Scenario:
    token = httpx.post(
        f"{target_url}/oauth2/token",
        data={"grant_type": "client_credentials"},
        auth=("solaris-client", "solaris-secret"),
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    person = httpx.post(
        f"{target_url}/v1/persons", json={"first_name": "Bench", "last_name": "Mark"}, headers=headers
    ).json()
    session = httpx.post(
        f"{target_url}/v1/persons/{person['id']}/identification_sessions",
        json={"identification_methods": ["idnow"]},
        headers=headers,
    ).json()
    return functools.partial(step, prefix, token, person["id"], session["id"])


# -- soak (scripts/soak.py): the same lifecycle through the async overlay client ----------------


def soak_client(url: str) -> AsyncSolarisClient:
    return AsyncSolarisClient(client_id="solaris-client", client_secret="solaris-secret", base_url=url)


async def soak_setup(client: AsyncSolarisClient, hooks_url: str) -> None:
    """One webhook subscription for the run: every identification's webhooks go to the sink."""
    await client.create_webhook(hooks_url)


async def soak_cycle(client: AsyncSolarisClient, setup: None, hooks_url: str) -> str:
    """Person, session and identification, then get it; returns the identification id."""
    person = await client.create_person({"first_name": "Soak", "last_name": "Test"})
    session = await client.create_identification_session(str(person.id), {"identification_methods": ["idnow"]})
    started = await client.start_identification(str(person.id), str(session.id), method="idnow", language="DE")
    identification_id = str(started.identification.id)
    await client.get_identification(str(person.id), identification_id)
    return identification_id
