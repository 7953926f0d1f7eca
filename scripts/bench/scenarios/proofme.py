"""Proofme: create an identification, then get it."""

from __future__ import annotations

import functools
from typing import Any

from _load import Scenario, Step

AUTH = {"Authorization": "proofme_test_key"}


def step(prefix: str, number: int, previous: Any) -> Step | None:
    if number == 0:
        return ("POST", f"{prefix}/v1/identification", AUTH, {"proofmeId": "03682de3-b51c-451c-b50e-1977a332c9f2"})
    if number == 1:
        return ("GET", f"{prefix}/v1/identification/{previous['identification']['id']}", AUTH, None)
    return None


def scenario(prefix: str, target_url: str) -> Scenario:
    return functools.partial(step, prefix)
