"""Benchmark: per-call cost of the overlay vs the bare generated client vs raw httpx, sync and async.

Usage: python scripts/bench/bench_overlay.py [--calls 5000] [--rounds 5] [--tasks 16] [--async-rounds 9]

All three make the same GET against an in-process `httpx.MockTransport` returning the same
small JSON body (a Hopae verification), so only client-side work is measured:
  raw        httpx.Client.get(...).json()
  generated  hopae_client get_verification.sync(...)      (parses into the attrs model)
  overlay    idv.hopae.HopaeClient.get_verification(...)  (+ auth, retry transport, error mapping)
Each is timed over `calls` calls, `rounds` times interleaved; the best round counts (the
least disturbed by the rest of the machine). Prints µs per call and the ratios; targets:
overlay ≤ 1.05× generated, ≤ 1.25× raw.

The async twins (`httpx.AsyncClient`, `get_verification.asyncio`, `AsyncHopaeClient`) run
`tasks` concurrent tasks sharing one client, `calls` calls in all, per round. Event-loop
scheduling makes single async rounds noisy (±10 % from run to run), so they get more rounds
and the best one counts, as for sync; target: async overlay ≤ 1.25× raw async.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections.abc import Awaitable, Callable

import httpx

from hopae_client import AuthenticatedClient
from hopae_client.api.verifications import get_verification
from idv.hopae import AsyncHopaeClient, HopaeClient

VID = "058ff1aa613a40a883d367a07d7b3713"
BODY = json.dumps(
    {
        "verificationId": VID,
        "status": "completed",
        "providerId": "frejaid",
        "flowType": "qr",
        "createdAt": "2025-08-06T11:00:00Z",
        "expiresAt": "2025-08-06T12:00:00Z",
        "verifiedAt": "2025-08-06T11:02:00Z",
        "acr": "urn:hopae:loa:3",
        "hopae_loa": 3,
        "hopae_loa_label": "substantial",
    }
).encode()
BASE = "https://sandbox.api.hopae.com"


def transport() -> httpx.MockTransport:
    return httpx.MockTransport(
        lambda request: httpx.Response(200, content=BODY, headers={"content-type": "application/json"})
    )


def contenders() -> dict[str, Callable[[], object]]:
    raw = httpx.Client(base_url=BASE, transport=transport(), auth=httpx.BasicAuth("hopae-client", "hopae-secret"))
    generated = AuthenticatedClient(
        base_url=BASE,
        token="",
        prefix="",
        httpx_args={"transport": transport(), "auth": httpx.BasicAuth("hopae-client", "hopae-secret")},
    )
    overlay = HopaeClient(client_id="hopae-client", client_secret="hopae-secret", base_url=BASE, transport=transport())
    path = f"/connect/v1/verifications/{VID}"
    return {
        "raw": lambda: raw.get(path).json(),
        "generated": lambda: get_verification.sync(VID, client=generated),
        "overlay": lambda: overlay.get_verification(VID),
    }


def async_contenders() -> dict[str, Callable[[], Awaitable[object]]]:
    """The same three, asynchronous; built inside the running loop that will use them."""
    auth = httpx.BasicAuth("hopae-client", "hopae-secret")
    raw = httpx.AsyncClient(base_url=BASE, transport=transport(), auth=auth)
    generated = AuthenticatedClient(
        base_url=BASE, token="", prefix="", httpx_args={"transport": transport(), "auth": auth}
    )
    overlay = AsyncHopaeClient(
        client_id="hopae-client", client_secret="hopae-secret", base_url=BASE, transport=transport()
    )
    path = f"/connect/v1/verifications/{VID}"

    async def raw_call() -> object:
        return (await raw.get(path)).json()

    return {
        "raw": raw_call,
        "generated": lambda: get_verification.asyncio(VID, client=generated),
        "overlay": lambda: overlay.get_verification(VID),
    }


async def async_per_call(fn: Callable[[], Awaitable[object]], calls: int, tasks: int) -> float:
    async def worker(count: int) -> None:
        for _ in range(count):
            await fn()

    share, extra = divmod(calls, tasks)
    started = time.perf_counter()
    await asyncio.gather(*(worker(share + (i < extra)) for i in range(tasks)))
    return (time.perf_counter() - started) / calls * 1e6


async def best_async(calls: int, rounds: int, tasks: int) -> dict[str, float]:
    runs = async_contenders()
    for fn in runs.values():
        await async_per_call(fn, 200, tasks)
    best = {name: float("inf") for name in runs}
    for _ in range(rounds):
        for name, fn in runs.items():
            best[name] = min(best[name], await async_per_call(fn, calls, tasks))
    return best


def best_per_call(fn: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - started) / calls * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--tasks", type=int, default=16, help="concurrent tasks in the async runs")
    parser.add_argument("--async-rounds", type=int, default=9)
    args = parser.parse_args()
    runs = contenders()
    for fn in runs.values():  # warm up imports, pools and caches
        best_per_call(fn, 200)
    best = {name: float("inf") for name in runs}
    for _ in range(args.rounds):
        for name, fn in runs.items():
            best[name] = min(best[name], best_per_call(fn, args.calls))
    print(f"per call, in-process (httpx.MockTransport), best of {args.rounds} × {args.calls} calls")
    for name, micros in best.items():
        print(f"  {name:<10} {micros:8.1f} µs")
    over_generated = best["overlay"] / best["generated"]
    over_raw = best["overlay"] / best["raw"]
    print(f"  overlay / generated = {over_generated:.3f}×   (target ≤ 1.05×)")
    print(f"  overlay / raw       = {over_raw:.3f}×   (target ≤ 1.25×)")
    print(f"  generated / raw     = {best['generated'] / best['raw']:.3f}×")
    abest = asyncio.run(best_async(args.calls, args.async_rounds, args.tasks))
    print(f"async, {args.tasks} concurrent tasks, best of {args.async_rounds} × {args.calls} calls")
    for name, micros in abest.items():
        print(f"  {name:<10} {micros:8.1f} µs")
    print(f"  overlay / generated = {abest['overlay'] / abest['generated']:.3f}×   (target ≤ 1.05×)")
    print(f"  overlay / raw       = {abest['overlay'] / abest['raw']:.3f}×   (target ≤ 1.25×)")
    print(f"  generated / raw     = {abest['generated'] / abest['raw']:.3f}×")


if __name__ == "__main__":
    main()
