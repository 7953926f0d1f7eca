"""iDenfy: create a token, then read its status (iDenfy reads with POST)."""

from __future__ import annotations

import functools
from typing import Any

from _load import Scenario, Step

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
