"""Hopae: create a verification, then get it; each create signs and sends a webhook."""

from __future__ import annotations

import functools
from typing import Any

from _load import Scenario, Step

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
