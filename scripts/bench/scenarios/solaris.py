"""Solaris: create an identification in a session, then get it (token, person and session first)."""

from __future__ import annotations

import functools
from typing import Any

import httpx
from _load import Scenario, Step

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
