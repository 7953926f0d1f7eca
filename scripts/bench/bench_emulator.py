"""Benchmark: the emulator vs Prism vs a bare uvicorn app, create + get per provider, 32 connections.

Usage: python scripts/bench/bench_emulator.py [--seconds 8] [--connections 32] [--no-prism]

For each provider (specs/*.openapi.yaml; its workload in scenarios/<p>.py) the same closed-loop workload (create a verification, then get it, on 32
keep-alive connections) runs against:
  - the emulator (validating every request against the spec, keeping state, and — where the
    provider's scenario configures it, e.g. Hopae — signing and delivering a webhook per create
    to a local sink);
  - Prism (`@stoplight/prism-cli`, stateless mock of the same spec), installed with npm into
    `.bench/` on first use; skipped, with a message, when npm is missing;
  - a bare uvicorn ASGI app answering a fixed body: the ceiling of this machine.
It prints requests/s, p50 and p99 latency for each, and the ratios. Figures, not assertions:
run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).parent))  # _load, scenarios/
sys.path.insert(1, str(Path(__file__).parents[1]))  # _registry
from _load import Result, Scenario, Step, run_load
from _registry import PROVIDERS, ROOT, spec_path

BENCH_DIR = ROOT / ".bench"
PRISM_VERSION = "5.16.0"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listening on {port} after {timeout} s")


@contextmanager
def process(args: list[str], port: int, env: dict[str, str] | None = None) -> Iterator[None]:
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        wait_port(port)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


# -- scenarios: one module per provider, scenarios/<p>.py ------------------------------------


def scenarios(provider: str) -> ModuleType:
    return importlib.import_module(f"scenarios.{provider}")


def scenario_for(provider: str, prefix: str, target_url: str) -> Scenario:
    scenario: Scenario = scenarios(provider).scenario(prefix, target_url)
    return scenario


def bare(step: int, previous: Any) -> Step | None:
    if step == 0:
        return ("POST", "/bare", {}, {"providerId": "frejaid"})
    if step == 1:
        return ("GET", "/bare", {}, None)
    return None


# -- targets ----------------------------------------------------------------------------


def prism_binary() -> Path | None:
    binary = BENCH_DIR / "node_modules" / ".bin" / "prism"
    if binary.exists():
        return binary
    npm = shutil.which("npm")
    if npm is None:
        return None
    BENCH_DIR.mkdir(exist_ok=True)
    print(f"installing @stoplight/prism-cli@{PRISM_VERSION} with npm into {BENCH_DIR} …", flush=True)
    subprocess.run(
        [
            npm,
            "install",
            "--silent",
            "--no-audit",
            "--no-fund",
            "--prefix",
            str(BENCH_DIR),
            f"@stoplight/prism-cli@{PRISM_VERSION}",
        ],
        check=True,
    )
    return binary if binary.exists() else None


def line(name: str, result: Result) -> str:
    return (
        f"  {name:<10} {result.rps:9.0f} req/s   p50 {result.percentile(50):7.1f} ms   "
        f"p99 {result.percentile(99):7.1f} ms   errors {result.errors}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--no-prism", action="store_true")
    parser.add_argument("--providers", default=",".join(PROVIDERS))
    args = parser.parse_args()
    providers = [p for p in args.providers.split(",") if p]
    load = functools.partial(run_load, "127.0.0.1", connections=args.connections, seconds=args.seconds)
    python = sys.executable
    results: dict[str, dict[str, Result]] = {p: {} for p in providers}

    sink_port = free_port()
    bare_port = free_port()
    with process([python, str(Path(__file__).parent / "_bare_app.py"), str(sink_port)], sink_port):
        # The ceiling: the same client against an app that does nothing.
        with process([python, str(Path(__file__).parent / "_bare_app.py"), str(bare_port)], bare_port):
            ceiling = load(bare_port, bare)
        print(f"bare uvicorn app (fixed body), create + get, {args.connections} connections, {args.seconds:g} s")
        print(line("bare", ceiling))

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        with process([python, "-m", "idv_emulator", "serve", "--port", str(port)], port):
            for provider in providers:
                configure = getattr(scenarios(provider), "emulator_config", None)
                if configure is not None:
                    settings = configure(f"http://127.0.0.1:{sink_port}/hook")
                    httpx.post(f"{base}/_emulator/{provider}/config", json=settings).raise_for_status()
                scenario = scenario_for(provider, f"/{provider}", f"{base}/{provider}")
                results[provider]["emulator"] = load(port, scenario)
                if configure is not None:
                    httpx.post(f"{base}/_emulator/webhooks/wait", json={"timeout": 60})
                    deliveries = httpx.get(f"{base}/_emulator/webhooks", params={"provider": provider}).json()
                    delivered = sum(1 for d in deliveries if d["state"] == "delivered")
                    print(
                        f"{provider}: {delivered} of the last {len(deliveries)} signed webhooks delivered to the sink"
                    )
                httpx.post(f"{base}/_emulator/reset")

    prism = None if args.no_prism else prism_binary()
    if prism is None and not args.no_prism:
        print("npm not found: skipping the Prism half of the benchmark")
    for provider in providers if prism is not None else []:
        if not getattr(scenarios(provider), "PRISM", True):
            continue  # e.g. a set-up a stateless mock cannot run (the scenario module says why)
        port = free_port()
        with process(
            [str(prism), "mock", str(spec_path(provider)), "-h", "127.0.0.1", "-p", str(port)],
            port,
        ):
            time.sleep(1.0)
            results[provider]["prism"] = load(port, scenario_for(provider, "", f"http://127.0.0.1:{port}"))

    print()
    for provider in providers:
        print(f"{provider}: create + get")
        for name, result in results[provider].items():
            print(line(name, result))
        emulator = results[provider]["emulator"]
        ratios = [f"emulator/bare {emulator.rps / ceiling.rps:.2f}×"]
        if "prism" in results[provider]:
            ratios.append(f"emulator/prism {emulator.rps / results[provider]['prism'].rps:.2f}×")
        print("  ratios     " + ", ".join(ratios))


if __name__ == "__main__":
    main()
