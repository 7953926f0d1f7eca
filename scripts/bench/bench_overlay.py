"""Benchmark: per-call cost of the overlay vs the bare generated client vs raw httpx.

Usage: python scripts/bench/bench_overlay.py [--calls 5000] [--rounds 5]

All three make the same GET against an in-process `httpx.MockTransport` returning the same
small JSON body (a Hopae verification), so only client-side work is measured:
  raw        httpx.Client.get(...).json()
  generated  hopae_client get_verification.sync(...)      (parses into the attrs model)
  overlay    idv.hopae.HopaeClient.get_verification(...)  (+ auth, retry transport, error mapping)
Each is timed over `calls` calls, `rounds` times interleaved; the best round counts (the
least disturbed by the rest of the machine). Prints µs per call and the ratios; targets:
overlay ≤ 1.05× generated, ≤ 1.25× raw.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

import httpx

from hopae_client import AuthenticatedClient
from hopae_client.api.verifications import get_verification
from idv.hopae import HopaeClient

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


def best_per_call(fn: Callable[[], object], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - started) / calls * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=5)
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


if __name__ == "__main__":
    main()
