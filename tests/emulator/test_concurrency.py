"""32 threads × 100 mixed create/get calls over HTTP: nothing lost, nothing duplicated."""

from __future__ import annotations

import threading
from collections import Counter

import httpx

from idv_emulator import EmulatorServer

THREADS = 32
CALLS = 100


def test_concurrent_creates_and_gets(idv_emulator: EmulatorServer) -> None:
    created: dict[str, list[str]] = {"hopae": [], "idenfy": []}
    failures: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(THREADS)

    def worker(n: int) -> None:
        mine: list[tuple[str, str]] = []
        with httpx.Client(base_url=idv_emulator.base_url, timeout=30) as client:
            start.wait()
            for i in range(CALLS):
                provider = "hopae" if (n + i // 2) % 2 == 0 else "idenfy"
                if i % 2 == 0:
                    if provider == "hopae":
                        reply = client.post(
                            "/hopae/connect/v1/verifications",
                            json={"providerId": "frejaid"},
                            auth=("hopae-client", "hopae-secret"),
                        )
                        key = "verificationId"
                    else:
                        reply = client.post(
                            "/idenfy/api/v2/token", json={"clientId": f"t{n}-{i}"}, auth=("idenfy-key", "idenfy-secret")
                        )
                        key = "scanRef"
                    if reply.status_code != 201:
                        failures.append(f"create {provider}: {reply.status_code} {reply.text[:80]}")
                        continue
                    mine.append((provider, reply.json()[key]))
                else:
                    provider, ident = mine[-1]
                    if provider == "hopae":
                        reply = client.get(
                            f"/hopae/connect/v1/verifications/{ident}", auth=("hopae-client", "hopae-secret")
                        )
                        got = reply.json().get("verificationId")
                    else:
                        reply = client.post(
                            "/idenfy/api/v2/status", json={"scanRef": ident}, auth=("idenfy-key", "idenfy-secret")
                        )
                        got = reply.json().get("scanRef")
                    if reply.status_code != 200 or got != ident:
                        failures.append(f"get {provider} {ident}: {reply.status_code}")
        with lock:
            for provider, ident in mine:
                created[provider].append(ident)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads)
    assert failures == []
    total = sum(len(ids) for ids in created.values())
    assert total == THREADS * CALLS // 2
    for provider, ids in created.items():
        duplicates = [i for i, c in Counter(ids).items() if c > 1]
        assert duplicates == [], provider
    state = idv_emulator.control("GET", "state")["providers"]
    assert set(state["hopae"]["verifications"]) == set(created["hopae"])
    assert set(state["idenfy"]["verifications"]) == set(created["idenfy"])
    assert len(created["hopae"]) > 0 and len(created["idenfy"]) > 0
