"""The main job, end to end: one real verification lifecycle per provider, through the overlays.

Usage: python scripts/demo.py        (or `make demo`)

Starts the emulator on a free loopback port and a local webhook receiver, then for every
provider of the registry (`scripts/_registry.py`) runs `examples/<provider>_lifecycle.py`:
it creates the verification with the `idv` client, completes it through the emulator's
control API (what the person would do on the hosted page), waits for the provider's webhook,
verifies and parses it with the overlay, fetches the final result, and the demo prints one
line. A summary table follows; the emulator is stopped; the exit status is 0 only if every
provider came out approved.
"""

from __future__ import annotations

import importlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "examples")]

from _lifecycle import Hook, Result, Webhooks  # noqa: E402 - found through the path set above

from idv import IdvError, Outcome  # noqa: E402
from scripts._registry import PROVIDERS  # noqa: E402

Lifecycle = Callable[[str, Webhooks], Result]


def lifecycle(provider: str) -> tuple[Lifecycle, str]:
    """`run` and `WEBHOOK` of `examples/<provider>_lifecycle.py`."""
    module = importlib.import_module(f"{provider}_lifecycle")
    run: Lifecycle = module.run
    webhook: str = module.WEBHOOK
    return run, webhook


class Receiver:
    """The integrator's webhook endpoint: records the raw bytes of every delivery."""

    def __init__(self) -> None:
        self.hooks: list[Hook] = []
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                with receiver._lock:
                    receiver.hooks.append(Hook(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def wait(self, path: str, match: Callable[[Hook], bool] = lambda h: True, timeout: float = 10.0) -> Hook:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                for hook in self.hooks:
                    if hook.path == path and match(hook):
                        return hook
            time.sleep(0.02)
        raise TimeoutError(f"no webhook on {path} within {timeout:g} s")


@contextmanager
def emulator() -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "idv_emulator", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{base}/_emulator/health").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            raise RuntimeError("the emulator did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> int:
    os.environ.setdefault("IDV_LOG", "")
    receiver = Receiver()
    rows: list[tuple[str, str, str, float]] = []  # provider, outcome, webhook, seconds
    with emulator() as base:
        print(f"emulator on {base}; webhooks to {receiver.url}\n")
        for name in PROVIDERS:
            started = time.perf_counter()
            run, webhook = lifecycle(name)
            try:
                detail, result = run(base, receiver)
                verdict = str(result)
            except (IdvError, TimeoutError, httpx.HTTPError) as exc:
                detail, verdict, webhook = f"FAILED: {type(exc).__name__}: {exc}", "error", "-"
            elapsed = time.perf_counter() - started
            rows.append((name, verdict, webhook, elapsed))
            print(f"{name:<8} {verdict:<9} {detail}")
    receiver.server.shutdown()
    print("\nprovider  outcome    webhook                 seconds")
    for name, verdict, webhook, elapsed in rows:
        print(f"{name:<9} {verdict:<10} {webhook:<23} {elapsed:6.2f}")
    approved = sum(1 for _, verdict, _, _ in rows if verdict == Outcome.APPROVED)
    print(f"\n{approved}/{len(rows)} providers approved end to end")
    return 0 if approved == len(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
