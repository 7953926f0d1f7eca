"""The main job, end to end: one real verification lifecycle per provider, through the overlays.

Usage: python scripts/demo.py        (or `make demo`)

Starts the emulator on a free loopback port and a local webhook receiver, then for each of
Proofme, Solaris, Hopae and iDenfy: creates the verification with the `idv` client, completes
it through the emulator's control API (what the person would do on the hosted page), waits
for the provider's webhook, verifies and parses it with the overlay, fetches the final result,
and prints one line. A summary table follows; the emulator is stopped; the exit status is 0
only if every provider came out approved.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from uuid import UUID

import httpx

from idv import IdvError, Outcome
from idv.hopae import HopaeClient
from idv.hopae import outcome as hopae_outcome
from idv.idenfy import IdenfyClient
from idv.idenfy import outcome as idenfy_outcome
from idv.proofme import ProofmeClient
from idv.proofme import outcome as proofme_outcome
from idv.solaris import SolarisClient, parse_webhook
from idv.solaris import outcome as solaris_outcome
from proofme_client.models import IdentificationCreate

HOPAE_WEBHOOK_SECRET = "whsec_demo_hopae"
PROOFME_ID = UUID("03682de3-b51c-451c-b50e-1977a332c9f2")  # the Proofme from the provider's docs


@dataclass
class Hook:
    path: str
    headers: dict[str, str]
    body: bytes


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


def control(base: str, path: str, body: dict[str, object]) -> None:
    httpx.post(f"{base}/_emulator/{path}", json=body).raise_for_status()


def run_proofme(base: str, receiver: Receiver) -> tuple[str, Outcome, str]:
    with ProofmeClient(api_key="proofme_test_key", base_url=f"{base}/proofme") as proofme:
        created = proofme.create_identification(
            IdentificationCreate(
                proofme_id=PROOFME_ID,
                description="Order 1001",
                redirect_url="https://shop.example/return",
                webhook_url=f"{receiver.url}/proofme",
                testmode=True,
            )
        )
        control(base, "proofme/outcome", {"id": str(created.id), "outcome": "approve"})
        hook = receiver.wait("/proofme")
        event = proofme.parse_webhook(hook.body, hook.headers)  # unsigned {id}: fetch, as the docs advise
        final = proofme.fetch_after_webhook(event)
        data = proofme.get_identification_data(str(final.id))
        has_data = data.identification_data is not None
        detail = f"identification {final.id} {final.status} (data {'stored' if has_data else 'missing'})"
        return detail, proofme_outcome(final), "unsigned {id}, fetched"


def run_solaris(base: str, receiver: Receiver) -> tuple[str, Outcome, str]:
    with SolarisClient(
        client_id="solaris-client", client_secret="solaris-secret", base_url=f"{base}/solaris"
    ) as solaris:
        subscription = solaris.create_webhook(f"{receiver.url}/solaris")
        person = solaris.create_person({"first_name": "Erika", "last_name": "Mustermann"})
        session = solaris.create_identification_session(str(person.id), {"identification_methods": ["idnow"]})
        started = solaris.start_identification(str(person.id), str(session.id), method="idnow", language="DE")
        identification_id = str(started.identification.id)
        control(base, "solaris/outcome", {"id": identification_id, "outcome": "approve"})
        secret = str(subscription.secret)
        hook = receiver.wait("/solaris", lambda h: b'"successful"' in h.body)
        event = parse_webhook(hook.body, hook.headers, secret)
        final = solaris.get_identification(str(person.id), identification_id)
        detail = f"identification {final.id} {final.status} (webhook said {event.payload.status})"
        return detail, solaris_outcome(final), "sha256 HMAC ok"


def run_hopae(base: str, receiver: Receiver) -> tuple[str, Outcome, str]:
    control(base, "hopae/config", {"webhook_url": f"{receiver.url}/hopae", "webhook_secret": HOPAE_WEBHOOK_SECRET})
    with HopaeClient(
        client_id="hopae-client",
        client_secret="hopae-secret",
        base_url=f"{base}/hopae",
        webhook_secret=HOPAE_WEBHOOK_SECRET,
    ) as hopae:
        started = hopae.start_verification("smartid", user_data={"registrationId": "PNOLT-40504040001"})
        control(base, "hopae/outcome", {"id": started.verification_id, "outcome": "approve"})
        hook = receiver.wait("/hopae", lambda h: b"verification.completed" in h.body)
        event = hopae.parse_webhook(hook.body, hook.headers)
        info = hopae.get_userinfo(event.data.verification_id)
        name = info.user.name if info.user else "?"
        return (
            f"verification {started.verification_id} {event.data.status} ({name})",
            hopae_outcome(event),
            "t/v1 HMAC ok",
        )


def run_idenfy(base: str, receiver: Receiver) -> tuple[str, Outcome, str]:
    with IdenfyClient(
        api_key="idenfy-key", api_secret="idenfy-secret", base_url=f"{base}/idenfy", signing_key="idenfy-signing-key"
    ) as idenfy:
        token = idenfy.create_token(
            "demo-client-1", first_name="John Tom", last_name="Smith", callback_url=f"{receiver.url}/idenfy"
        )
        control(base, "idenfy/outcome", {"id": token.scan_ref, "outcome": "approve"})
        hook = receiver.wait(
            "/idenfy", lambda h: h.headers.get("idenfy-event-type") == "IDENTIFICATION_MANUAL_FINISHED"
        )
        event = idenfy.parse_webhook(hook.body, hook.headers)
        data = idenfy.get_data(token.scan_ref)
        status = event.payload.status.overall if event.payload.status else None
        detail = f"scanRef {token.scan_ref} {status} ({data.doc_first_name} {data.doc_last_name})"
        return detail, idenfy_outcome(event), "HMAC ok, auto+manual"


STEPS: list[tuple[str, Callable[[str, Receiver], tuple[str, Outcome, str]]]] = [
    ("proofme", run_proofme),
    ("solaris", run_solaris),
    ("hopae", run_hopae),
    ("idenfy", run_idenfy),
]


def main() -> int:
    os.environ.setdefault("IDV_LOG", "")
    receiver = Receiver()
    rows: list[tuple[str, str, str, float]] = []  # provider, outcome, webhook, seconds
    with emulator() as base:
        print(f"emulator on {base}; webhooks to {receiver.url}\n")
        for name, step in STEPS:
            started = time.perf_counter()
            try:
                detail, result, webhook = step(base, receiver)
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
