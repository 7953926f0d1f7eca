"""Soak: many async clients driving full lifecycles against one emulator, webhooks counted.

Usage: python scripts/soak.py [--clients 8] [--cycles 50] [--seconds 600] [--provider p ...]
(or `make soak CLIENTS=8 CYCLES=50 SECONDS=600`)

For each provider (specs/*.openapi.yaml; its cycle in scripts/bench/scenarios/<p>.py):
`clients` async overlay clients each run `cycles` create → get → complete cycles against one
emulator process (complete = the decision page's control endpoint, as the demo does). The
provider's webhooks go to a local receiver that refuses the first arrival of every delivery
(503), so every webhook is redelivered once. The run stops early after `seconds`.

Printed per provider: verifications, client errors by type, webhooks the emulator delivered,
lost (delivered by the emulator's record but never accepted by the receiver) and duplicated
(accepted more often than delivered), failed deliveries, and p50/p99 of a cycle's client calls
(create and get; Solaris also creates its person and session);
then the emulator's resident memory and its growth per 10,000 verifications. Exit status 1 if
any error, lost, duplicated or failed webhook was seen.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import importlib
import os
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from idv_emulator.server import free_port

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts" / "bench"))  # scenarios/<p>.py and _load
sys.path.insert(0, str(ROOT / "scripts"))

from _registry import PROVIDERS  # noqa: E402

Key = tuple[str, str]  # (webhook path, sha256 of the body)
ROUND = 2_000  # verifications between two reconciliations (the emulator keeps the last 10,000 deliveries)


# -- the receiver: refuses each delivery's first arrival, then accepts ------------------------------


class Receiver:
    """Records every arrival by (path, body digest); answers 503 to the first of each, 200 after.

    Disarmed (during a provider's set-up, e.g. Solaris' subscription probe), it accepts
    everything and records nothing."""

    def __init__(self) -> None:
        self.armed = True
        self.accepted: Counter[Key] = Counter()
        self.refused: Counter[Key] = Counter()
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                key = (self.path, hashlib.sha256(body).hexdigest())
                with receiver._lock:
                    first = receiver.armed and key not in receiver.refused
                    if receiver.armed:
                        (receiver.refused if first else receiver.accepted)[key] += 1
                self.send_response(503 if first else 200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


# -- the emulator, as its own process (its memory is what is measured) --------------------------


@contextlib.contextmanager
def emulator() -> Iterator[tuple[str, int]]:
    port = free_port()
    env = {**os.environ, "IDV_EMULATOR_WEBHOOK_BACKOFF_SCALE": "0.0005"}
    process = subprocess.Popen(
        [sys.executable, "-m", "idv_emulator", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(os.environ.get("SOAK_EMULATOR_LOG", os.devnull), "w"),  # noqa: SIM115
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{base}/_emulator/health", timeout=1).status_code == 200:
                    break
            if time.monotonic() > deadline or process.poll() is not None:
                raise SystemExit("the emulator did not start (set SOAK_EMULATOR_LOG=<file> to see its log)")
            time.sleep(0.1)
        yield base, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def rss_mib(pid: int) -> float:
    """Resident memory of `pid` in MiB (Linux /proc; 0 where unavailable)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


# -- one provider ----------------------------------------------------------------------------


@dataclass
class Tally:
    verifications: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    first_error: dict[str, str] = field(default_factory=dict)  # one message per error type
    latencies: list[float] = field(default_factory=list)
    delivered: int = 0
    lost: int = 0
    duplicated: int = 0
    failed: int = 0


def control(base: str, path: str, body: dict[str, Any] | None = None) -> Any:
    reply = httpx.post(f"{base}/_emulator/{path}", json=body or {}, timeout=130)
    reply.raise_for_status()
    return reply.json()


async def run_clients(
    scenario: ModuleType,
    base: str,
    provider: str,
    receiver: Receiver,
    clients: int,
    cycles: int,
    deadline: float,
    tally: Tally,
) -> None:
    hooks = f"{receiver.url}/{provider}"
    url = f"{base}/{provider}"
    async with httpx.AsyncClient(base_url=f"{base}/_emulator", timeout=30) as steer:

        async def one(client: Any, setup: Any) -> None:
            for _ in range(cycles):
                if time.monotonic() > deadline:
                    return
                started = time.perf_counter()
                try:
                    resource_id = await scenario.soak_cycle(client, setup, hooks)
                    tally.latencies.append((time.perf_counter() - started) * 1000)
                    reply = await steer.post(f"/{provider}/outcome", json={"id": resource_id, "outcome": "approve"})
                    reply.raise_for_status()
                    tally.verifications += 1
                except Exception as error:  # counted and reported: a soak must finish to report
                    tally.errors[type(error).__name__] += 1
                    tally.first_error.setdefault(type(error).__name__, str(error)[:300])

        opened = [scenario.soak_client(url) for _ in range(clients)]
        try:
            receiver.armed = False
            try:
                setup = await scenario.soak_setup(opened[0], hooks)
            finally:
                receiver.armed = True
            await asyncio.gather(*(one(client, setup) for client in opened))
        finally:
            for client in opened:
                await client.aclose()


def reconcile(base: str, provider: str, receiver: Receiver, seen: set[str], tally: Tally) -> None:
    """Compare the emulator's delivery record with what the receiver accepted, per body."""
    control(base, "webhooks/wait", {"timeout": 120})
    deliveries = httpx.get(f"{base}/_emulator/webhooks", params={"provider": provider}, timeout=60).json()
    delivered: Counter[Key] = Counter()
    for delivery in deliveries:
        if delivery["id"] in seen:
            continue
        seen.add(delivery["id"])
        if delivery["state"] == "delivered":
            path = httpx.URL(delivery["url"]).path
            delivered[(path, hashlib.sha256(delivery["body"].encode()).hexdigest())] += 1
        elif delivery["state"] != "pending":
            tally.failed += 1
    with receiver._lock:
        accepted = {key: count for key, count in receiver.accepted.items() if key[0] == f"/{provider}"}
        for key in accepted:
            del receiver.accepted[key]
    tally.delivered += sum(delivered.values())
    lost, duplicated = compare(delivered, accepted)
    tally.lost += lost
    tally.duplicated += duplicated


def compare(delivered: Mapping[Key, int], accepted: Mapping[Key, int]) -> tuple[int, int]:
    """(lost, duplicated): per (path, body digest), deliveries the emulator counts as delivered
    that the receiver never accepted, and acceptances beyond the deliveries."""
    lost = duplicated = 0
    for key in delivered.keys() | accepted.keys():
        difference = accepted.get(key, 0) - delivered.get(key, 0)
        lost += max(-difference, 0)
        duplicated += max(difference, 0)
    return lost, duplicated


def soak_provider(
    provider: str,
    base: str,
    receiver: Receiver,
    clients: int,
    cycles: int,
    deadline: float,
    on_round: Callable[[int], None],
) -> Tally:
    scenario = importlib.import_module(f"scenarios.{provider}")
    hooks = f"{receiver.url}/{provider}"
    configure = getattr(scenario, "emulator_config", None)
    if configure is not None:
        control(base, f"{provider}/config", configure(hooks))
    tally = Tally()
    seen: set[str] = set()
    per_round = max(1, ROUND // clients)
    done = 0
    while done < cycles and time.monotonic() < deadline:
        batch = min(per_round, cycles - done)
        asyncio.run(run_clients(scenario, base, provider, receiver, clients, batch, deadline, tally))
        reconcile(base, provider, receiver, seen, tally)
        on_round(tally.verifications)
        done += batch
    return tally


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=8, help="async clients per provider")
    parser.add_argument("--cycles", type=int, default=50, help="create/get/complete cycles per client")
    parser.add_argument("--seconds", type=float, default=600, help="stop starting cycles after this long")
    parser.add_argument("--provider", action="append", choices=PROVIDERS, help="repeatable; default: all")
    args = parser.parse_args(argv)
    if args.clients < 1 or args.cycles < 1 or args.seconds <= 0:
        parser.error("--clients, --cycles and --seconds must be positive")
    providers = args.provider or PROVIDERS
    started = time.monotonic()
    deadline = started + args.seconds
    tallies: dict[str, Tally] = {}
    # (verifications so far, emulator RSS) after every round: growth is measured from the end
    # of the first round, so start-up allocations (imports, caches, pools) do not count.
    samples: list[tuple[int, float]] = []
    with Receiver() as receiver, emulator() as (base, pid):
        rss_start = rss_mib(pid)
        for provider in providers:
            before = sum(t.verifications for t in tallies.values())

            def sample(count: int, before: int = before) -> None:
                samples.append((before + count, rss_mib(pid)))

            tallies[provider] = soak_provider(provider, base, receiver, args.clients, args.cycles, deadline, sample)
        rss_end = rss_mib(pid)
    elapsed = time.monotonic() - started
    total = sum(t.verifications for t in tallies.values())
    print(
        f"soak: {len(providers)} providers × {args.clients} async clients × {args.cycles} cycles: {total:,} verifications in {elapsed:.1f} s"
    )
    print(
        f"  {'provider':<9} {'verif.':>7} {'errors':>6} {'webhooks':>8} {'lost':>4} {'dup':>4} {'failed':>6} {'cycle p50 ms':>12} {'p99 ms':>7}"
    )
    bad = 0
    for provider, t in tallies.items():
        errors = sum(t.errors.values())
        bad += errors + t.lost + t.duplicated + t.failed
        print(
            f"  {provider:<9} {t.verifications:>7} {errors:>6} {t.delivered:>8} {t.lost:>4} {t.duplicated:>4} {t.failed:>6}"
            f" {percentile(t.latencies, 50):>12.1f} {percentile(t.latencies, 99):>7.1f}"
        )
        for name, count in t.errors.most_common():
            print(f"      {count} × {name}, e.g. {t.first_error[name]}")
    growth = (rss_end - rss_start) / total * 10_000 if total else 0.0
    print(
        f"  emulator memory: {rss_start:.1f} MiB at start, {rss_end:.1f} MiB at end: {growth:+.1f} MiB per 10,000 verifications"
    )
    print(f"  result: {'FAIL' if bad else 'ok'} ({bad} errors, lost, duplicated or failed webhooks)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
