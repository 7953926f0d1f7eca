"""A long-running emulator under a slow world: a free event loop, prompt shutdown, bounded
webhook concurrency and bounded memory."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import resource
import signal
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from idv_emulator import EmulatorConfig, EmulatorServer, create_app
from idv_emulator.core.clock import Clock
from idv_emulator.core.webhooks import RetryPolicy, WebhookDispatcher
from idv_emulator.server import free_port


class SlowReceiver:
    """A loopback HTTP receiver that answers every POST after `delay` seconds and counts how
    many requests it holds at once."""

    def __init__(self, delay: float, status: int = 200) -> None:
        self.delay = delay
        self.status = status
        self.in_flight = 0
        self.most_in_flight = 0
        self.received = 0
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length") or 0))
                with receiver.lock:
                    receiver.in_flight += 1
                    receiver.received += 1
                    receiver.most_in_flight = max(receiver.most_in_flight, receiver.in_flight)
                time.sleep(receiver.delay)
                with receiver.lock:
                    receiver.in_flight -= 1
                self.send_response(receiver.status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            request_queue_size = 256  # a receiver's own backlog must not be what fails a delivery

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> SlowReceiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def wait_until(self, received: int, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while self.received < received:
            assert time.monotonic() < deadline, f"only {self.received} of {received} requests arrived"
            time.sleep(0.01)


def solaris_headers(server: EmulatorServer) -> dict[str, str]:
    reply = httpx.post(
        f"{server.url('solaris')}/oauth2/token",
        data={"grant_type": "client_credentials", "scope": "partners"},
        auth=("solaris-client", "solaris-secret"),
    )
    return {"authorization": f"Bearer {reply.json()['access_token']}"}


# -- item 9: nothing blocks the event loop -----------------------------------------------------


def test_a_solaris_subscription_probe_does_not_block_the_loop(idv_emulator: EmulatorServer) -> None:
    headers = solaris_headers(idv_emulator)
    replies: list[httpx.Response] = []
    with SlowReceiver(delay=1.5) as slow:

        def subscribe() -> None:
            replies.append(
                httpx.post(
                    f"{idv_emulator.url('solaris')}/v1/webhooks",
                    json={"event_type": "IDENTIFICATION", "url": f"{slow.url}/probe"},
                    headers=headers,
                    timeout=10,
                )
            )

        subscriber = threading.Thread(target=subscribe)
        subscriber.start()
        slow.wait_until(1)  # the probe is being answered, slowly
        started = time.monotonic()
        assert idv_emulator.control("GET", "health")["status"] == "ok"
        took = time.monotonic() - started
        subscriber.join(timeout=10)
    assert took < 0.5, f"/_emulator/health took {took:.2f} s during the probe"
    assert replies and replies[0].status_code == 201, replies


def test_a_failing_probe_is_still_the_providers_400(idv_emulator: EmulatorServer) -> None:
    with SlowReceiver(delay=0, status=500) as failing:
        reply = httpx.post(
            f"{idv_emulator.url('solaris')}/v1/webhooks",
            json={"event_type": "IDENTIFICATION", "url": f"{failing.url}/probe"},
            headers=solaris_headers(idv_emulator),
        )
    assert reply.status_code == 400
    assert reply.json()["errors"][0]["code"] == "invalid_webhook_url"
    assert idv_emulator.control("GET", "state")["providers"]["solaris"]["webhooks"] == {}


# -- item 8: SIGTERM stops the emulator within seconds, whatever is in flight -----------------


def test_sigterm_stops_the_emulator_during_injected_latency_and_a_webhook_wait() -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "idv_emulator", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    threads: list[threading.Thread] = []
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/_emulator/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the emulator did not start"
            time.sleep(0.1)
        with SlowReceiver(delay=30) as slow:
            httpx.post(f"{base}/_emulator/hopae/config", json={"webhook_url": f"{slow.url}/hook"}).raise_for_status()
            httpx.post(
                f"{base}/_emulator/faults", json={"operation_id": "list_providers", "latency_ms": 60_000}
            ).raise_for_status()
            auth = ("hopae-client", "hopae-secret")
            created = httpx.post(f"{base}/hopae/connect/v1/verifications", json={"providerId": "frejaid"}, auth=auth)
            assert created.status_code == 201
            slow.wait_until(1)  # a delivery is in flight, for 30 s

            def call(method: str, path: str, **kwargs: object) -> None:
                with contextlib.suppress(httpx.HTTPError):
                    httpx.request(method, f"{base}{path}", timeout=90, **kwargs)  # type: ignore[arg-type]

            threads = [
                threading.Thread(target=call, args=("GET", "/hopae/connect/v1/providers"), kwargs={"auth": auth}),
                threading.Thread(
                    target=call, args=("POST", "/_emulator/webhooks/wait"), kwargs={"json": {"timeout": 90}}
                ),
            ]
            for thread in threads:
                thread.start()
            time.sleep(0.5)  # both requests are now waiting inside the emulator
            started = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                pytest.fail("the emulator was still running 15 s after SIGTERM")
            took = time.monotonic() - started
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for thread in threads:
            thread.join(timeout=5)
    assert took < 6, f"SIGTERM took {took:.1f} s"


# -- item 11: each provider keeps at most `max_resources`; evicted ids answer the provider's 404


CAP = 10
HOPAE = ("hopae-client", "hopae-secret")


@pytest.fixture(scope="module")
def capped_server() -> Iterator[EmulatorServer]:
    with EmulatorServer(config=EmulatorConfig(max_resources=CAP)) as server:
        yield server


@pytest.fixture
def capped(capped_server: EmulatorServer) -> EmulatorServer:
    capped_server.reset()
    return capped_server


def hopae_create(server: EmulatorServer) -> str:
    reply = httpx.post(f"{server.url('hopae')}/connect/v1/verifications", json={"providerId": "frejaid"}, auth=HOPAE)
    assert reply.status_code == 201, reply.text
    verification_id: str = reply.json()["verificationId"]
    return verification_id


def hopae_get(server: EmulatorServer, verification_id: str) -> httpx.Response:
    return httpx.get(f"{server.url('hopae')}/connect/v1/verifications/{verification_id}", auth=HOPAE)


def test_finished_verifications_are_evicted_first(capped: EmulatorServer) -> None:
    first = [hopae_create(capped) for _ in range(5)]
    for finished in (first[1], first[3]):
        capped.control("POST", "hopae/outcome", json={"id": finished, "outcome": "approve"})
    later = [hopae_create(capped) for _ in range(CAP - 5 + 1)]  # one over the cap
    stored = capped.control("GET", "state")["providers"]["hopae"]["verifications"]
    assert len(stored) <= CAP
    assert first[1] not in stored and first[3] not in stored  # the finished ones went first
    assert {first[0], first[2], first[4], *later} <= set(stored)
    gone = hopae_get(capped, first[1])
    assert gone.status_code == 404
    assert "error" in gone.json()  # Hopae's own envelope
    assert hopae_get(capped, first[0]).status_code == 200


def test_open_verifications_go_too_once_none_is_finished(capped: EmulatorServer) -> None:
    created = [hopae_create(capped) for _ in range(5 * CAP)]
    stored = capped.control("GET", "state")["providers"]["hopae"]["verifications"]
    assert len(stored) <= CAP
    assert created[-1] in stored and created[0] not in stored
    assert hopae_get(capped, created[0]).status_code == 404
    assert hopae_get(capped, created[-1]).status_code == 200


def test_every_provider_is_capped(capped: EmulatorServer) -> None:
    proofme = {"authorization": "proofme_test_key"}
    proofme_ids = []
    for n in range(3 * CAP):
        reply = httpx.post(
            f"{capped.url('proofme')}/v1/identification",
            json={"proofmeId": "03682de3-b51c-451c-b50e-1977a332c9f2"},
            headers=proofme,
        )
        proofme_ids.append(reply.json()["identification"]["id"])
        token = httpx.post(
            f"{capped.url('idenfy')}/api/v2/token",
            json={"clientId": f"client-{n}", **({"dummyStatus": "APPROVED"} if n % 2 else {})},
            auth=("idenfy-key", "idenfy-secret"),
        )
        assert token.status_code == 201, token.text
    state = capped.control("GET", "state")["providers"]
    assert 0 < len(state["proofme"]["identifications"]) <= CAP
    assert 0 < len(state["idenfy"]["verifications"]) <= CAP
    assert httpx.get(f"{capped.url('proofme')}/v1/identification/{proofme_ids[0]}", headers=proofme).status_code == 404
    idenfy = capped.app.providers["idenfy"].backend  # type: ignore[attr-defined]
    assert {id(v) for v in idenfy.by_auth_token.values()} <= {id(v) for v in idenfy.verifications.values()}


def test_solaris_evicts_whole_persons_sessions_and_identifications(capped: EmulatorServer) -> None:
    people = []
    with httpx.Client(base_url=capped.url("solaris"), headers=solaris_headers(capped)) as solaris:
        for _ in range(3 * CAP):
            person_id = solaris.post("/v1/persons", json={"first_name": "Erika", "last_name": "M"}).json()["id"]
            for _ in range(2):
                session = solaris.post(
                    f"/v1/persons/{person_id}/identification_sessions", json={"identification_methods": ["idnow"]}
                ).json()
                ident = solaris.post(
                    f"/v1/persons/{person_id}/identification_sessions/{session['id']}/identifications",
                    json={"method": "idnow"},
                )
                assert ident.status_code == 200, ident.text
            people.append(person_id)
        gone = solaris.get(f"/v1/persons/{people[0]}")
        kept = solaris.get(f"/v1/persons/{people[-1]}")
    state = capped.control("GET", "state")["providers"]["solaris"]
    persons, sessions, identifications = (
        state["persons"],
        state["identification_sessions"],
        state["identifications"],
    )
    assert 0 < len(persons) <= CAP and 0 < len(sessions) <= CAP and 0 < len(identifications) <= CAP
    for session in sessions.values():  # nothing points at a forgotten resource
        assert session["person_id"] in persons
        assert set(session["identification_ids"]) <= set(identifications)
    for identification in identifications.values():
        assert identification["session_id"] in sessions
    assert gone.status_code == 404 and gone.json()["errors"][0]["status"] == "404"
    assert kept.status_code == 200


async def test_memory_stays_flat_over_many_verifications() -> None:
    app = create_app(EmulatorConfig(max_resources=200))
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", auth=HOPAE) as client:

            async def create(count: int) -> None:
                for _ in range(count):
                    reply = await client.post("/hopae/connect/v1/verifications", json={"providerId": "frejaid"})
                    assert reply.status_code == 201

            await create(400)  # warm up: the store is full from here on
            tracemalloc.start()
            await create(100)
            baseline = tracemalloc.get_traced_memory()[0]
            await create(1000)
            grown = tracemalloc.get_traced_memory()[0] - baseline
            tracemalloc.stop()
    finally:
        app.webhooks.close()
    assert len(app.providers["hopae"].dump()["verifications"]) <= 200
    assert grown < 256 * 1024, f"{grown / 1024:.0f} KiB more after 1,000 more verifications"


# -- item 10: bounded webhook concurrency; the emulator's own limits never fail a delivery -----


def test_deliveries_in_flight_are_bounded_and_the_rest_queue() -> None:
    with (
        SlowReceiver(delay=0.2) as slow,
        EmulatorServer(config=EmulatorConfig(webhook_concurrency=4)) as server,
    ):
        server.control("POST", "hopae/config", json={"webhook_url": f"{slow.url}/hook"})
        with httpx.Client(base_url=server.url("hopae"), auth=HOPAE) as hopae:
            for _ in range(24):
                assert hopae.post("/connect/v1/verifications", json={"providerId": "frejaid"}).status_code == 201
        assert server.control("POST", "webhooks/wait", json={"timeout": 30})["idle"]
        deliveries = server.control("GET", "webhooks", provider="hopae")
    assert len(deliveries) == 24
    assert {d["state"] for d in deliveries} == {"delivered"}
    assert {len(d["attempts"]) for d in deliveries} == {1}
    assert slow.received == 24
    assert slow.most_in_flight <= 4


def test_running_out_of_descriptors_delays_a_delivery_but_never_fails_it() -> None:
    calls = 0

    async def exhausted_at_first(host: str, port: int, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls <= 3:
            raise OSError(errno.EMFILE, "Too many open files")
        return await asyncio.open_connection(host, port, **kwargs)

    dispatcher = WebhookDispatcher(Clock(), connect=exhausted_at_first, concurrency=2)
    try:
        with SlowReceiver(delay=0) as receiver:
            delivery = dispatcher.submit(
                provider="hopae",
                event="verification.completed",
                url=f"{receiver.url}/hook",
                body=b"{}",
                headers_for=lambda _attempt: {},
                policy=RetryPolicy(max_attempts=1, delays=(1,)),
            )
            assert dispatcher.wait_idle(10)
    finally:
        dispatcher.close()
    assert calls == 4
    assert delivery.state == "delivered"
    assert [(a.number, a.status) for a in delivery.attempts] == [(1, 200)]


def test_a_256_descriptor_limit_and_a_slow_receiver_lose_no_webhook() -> None:
    """The adversarial run's set-up (a Mac's default `ulimit -n`), shrunk: many webhooks to a slow
    receiver from an emulator with few descriptors; every create answers, every webhook arrives."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"

    def few_descriptors() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (96, 96))

    proc = subprocess.Popen(
        [sys.executable, "-m", "idv_emulator", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=few_descriptors,  # noqa: PLW1509 - only sets a resource limit
    )
    try:
        with SlowReceiver(delay=0.3) as slow, httpx.Client(base_url=base, timeout=30) as client:
            deadline = time.monotonic() + 30
            while True:
                with contextlib.suppress(httpx.TransportError):
                    if client.get("/_emulator/health").status_code == 200:
                        break
                assert time.monotonic() < deadline, "the emulator did not start"
                time.sleep(0.1)
            client.post("/_emulator/hopae/config", json={"webhook_url": f"{slow.url}/hook"}).raise_for_status()
            for _ in range(160):
                reply = client.post("/hopae/connect/v1/verifications", json={"providerId": "frejaid"}, auth=HOPAE)
                assert reply.status_code == 201, reply.text
            assert client.post("/_emulator/webhooks/wait", json={"timeout": 60}).json()["idle"]
            deliveries = client.get("/_emulator/webhooks", params={"provider": "hopae"}).json()
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    failed = [d["attempts"] for d in deliveries if d["state"] != "delivered"]
    assert len(deliveries) == 160
    assert failed == []
    assert [d["attempts"] for d in deliveries if len(d["attempts"]) != 1] == []


def test_idenfy_persons_per_client_id_are_capped_too() -> None:
    """iDenfy keeps a personScanRef per clientId; a stream of new clientIds must not grow it
    past the resource cap either."""
    from idv_emulator.app import create_app
    from idv_emulator.config import EmulatorConfig

    app = create_app(EmulatorConfig(max_resources=20))
    backend = app.providers["idenfy"].backend
    for number in range(200):
        backend.persons[f"client-{number}"] = f"person-{number}"
    assert len(backend.persons) <= 20
    assert "client-199" in backend.persons and "client-0" not in backend.persons
