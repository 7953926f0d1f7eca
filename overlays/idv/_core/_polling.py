"""Polling with backoff for `wait_for_completion`, where a provider allows polling at all."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from ._errors import WaitTimeoutError

__all__ = ["apoll", "poll"]

T = TypeVar("T")


def _intervals(first: float, maximum: float) -> Callable[[], float]:
    state = {"next": first}

    def step() -> float:
        current = state["next"]
        state["next"] = min(current * 1.5, maximum)
        return current

    return step


def poll(
    fetch: Callable[[], T],
    done: Callable[[T], bool],
    describe: Callable[[T], str],
    *,
    timeout: float,
    interval: float,
    max_interval: float,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    deadline = time.monotonic() + timeout
    step = _intervals(interval, max_interval)
    while True:
        current = fetch()
        if done(current):
            return current
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(f"still {describe(current)} after {timeout:g} s", last_status=describe(current))
        sleep(min(step(), remaining))


async def apoll(
    fetch: Callable[[], Awaitable[T]],
    done: Callable[[T], bool],
    describe: Callable[[T], str],
    *,
    timeout: float,
    interval: float,
    max_interval: float,
) -> T:
    deadline = time.monotonic() + timeout
    step = _intervals(interval, max_interval)
    while True:
        current = await fetch()
        if done(current):
            return current
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise WaitTimeoutError(f"still {describe(current)} after {timeout:g} s", last_status=describe(current))
        await asyncio.sleep(min(step(), remaining))
