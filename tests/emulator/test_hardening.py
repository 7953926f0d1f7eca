"""Hostile input to the provider APIs: deep JSON, non-JSON numbers, bounded control inputs."""

from __future__ import annotations

import json
import math

import httpx
import pytest

from idv_emulator import EmulatorServer
from tests.emulator.conftest import CREDENTIALS

PROOFME_KEY = "proofme_test_key"
PROOFME_ID = "03682de3-b51c-451c-b50e-1977a332c9f2"


def solaris_token(server: EmulatorServer) -> str:
    reply = httpx.post(
        f"{server.url('solaris')}/oauth2/token",
        data={"grant_type": "client_credentials", "scope": "partners"},
        auth=("solaris-client", "solaris-secret"),
    )
    assert reply.status_code == 200, reply.text
    token: str = reply.json()["access_token"]
    return token


def create(server: EmulatorServer, provider: str, body: bytes) -> httpx.Response:
    """POST `body` (raw JSON) to the provider's create operation."""
    headers = {"content-type": "application/json"}
    auth: tuple[str, str] | None = None
    if provider == "hopae":
        path, auth = "/connect/v1/verifications", CREDENTIALS["hopae"]
    elif provider == "idenfy":
        path, auth = "/api/v2/token", CREDENTIALS["idenfy"]
    elif provider == "proofme":
        path, headers["authorization"] = "/v1/identification", PROOFME_KEY
    else:
        path, headers["authorization"] = "/v1/persons", f"Bearer {solaris_token(server)}"
    return httpx.post(f"{server.url(provider)}{path}", content=body, headers=headers, auth=auth, timeout=30)


def nested(levels: int) -> bytes:
    return ('{"a":' * levels + "1" + "}" * levels).encode()


PROVIDERS = ("hopae", "idenfy", "proofme", "solaris")


# -- item 6: deep JSON and NaN / Infinity are the provider's 400, never a 500 ---------------


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("levels", [500, 1000, 100_000])
def test_deeply_nested_json_is_the_providers_400(idv_emulator: EmulatorServer, provider: str, levels: int) -> None:
    reply = create(idv_emulator, provider, nested(levels))
    assert reply.status_code == 400, reply.text[:300]
    assert "nested deeper" in reply.text


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"])
def test_non_json_numbers_are_the_providers_400(idv_emulator: EmulatorServer, provider: str, number: str) -> None:
    reply = create(idv_emulator, provider, f'{{"metadata": {number}, "providerId": "frejaid"}}'.encode())
    assert reply.status_code == 400, reply.text[:300]
    json.loads(reply.text, parse_constant=pytest.fail)  # the answer itself is JSON


def test_proofme_form_metadata_out_of_range_is_kept_as_text(idv_emulator: EmulatorServer) -> None:
    reply = httpx.post(
        f"{idv_emulator.url('proofme')}/v1/identification",
        data={"proofmeId": PROOFME_ID, "metadata": "1e400"},
        headers={"authorization": PROOFME_KEY},
    )
    assert reply.status_code == 201, reply.text
    assert "Infinity" not in reply.text
    assert reply.json(parse_constant=pytest.fail)["identification"]["metadata"] == "1e400"


def test_moderate_nesting_and_finite_numbers_still_work(idv_emulator: EmulatorServer) -> None:
    metadata = json.loads(nested(30))
    body = json.dumps({"proofmeId": PROOFME_ID, "metadata": {"deep": metadata, "big": 1e300}}).encode()
    reply = create(idv_emulator, "proofme", body)
    assert reply.status_code == 201, reply.text
    echoed = reply.json()["identification"]["metadata"]
    assert echoed["big"] == 1e300 and math.isfinite(echoed["big"])
    assert echoed["deep"] == metadata


# -- item 7: every control input bounded; control errors are JSON; nothing breaks the clock ---


def raw_control(server: EmulatorServer, method: str, path: str, body: str | None = None) -> httpx.Response:
    return httpx.request(
        method,
        f"{server.base_url}/_emulator/{path}",
        content=body,
        headers={"content-type": "application/json"} if body is not None else {},
        timeout=30,
    )


def assert_hopae_create_works(server: EmulatorServer) -> None:
    reply = httpx.post(
        f"{server.url('hopae')}/connect/v1/verifications", json={"providerId": "frejaid"}, auth=CREDENTIALS["hopae"]
    )
    assert reply.status_code == 201, reply.text


@pytest.mark.parametrize("seconds", ["1e300", "1e400", "NaN", "Infinity", "-1", "true", '"60"', "4e9"])
def test_clock_advance_out_of_range_is_a_json_400_and_the_clock_survives(
    idv_emulator: EmulatorServer, seconds: str
) -> None:
    reply = raw_control(idv_emulator, "POST", "clock/advance", f'{{"seconds": {seconds}}}')
    assert reply.status_code == 400, reply.text
    assert reply.headers["content-type"] == "application/json"
    assert isinstance(reply.json()["error"], str)
    assert idv_emulator.control("GET", "clock")["offset_seconds"] == 0
    assert_hopae_create_works(idv_emulator)


def test_clock_advance_is_bounded_in_total(idv_emulator: EmulatorServer) -> None:
    ninety_years = 90 * 365 * 86400
    assert idv_emulator.control("POST", "clock/advance", json={"seconds": ninety_years})["offset_seconds"] > 0
    reply = raw_control(idv_emulator, "POST", "clock/advance", json.dumps({"seconds": ninety_years}))
    assert reply.status_code == 400
    assert "at most" in reply.json()["error"]
    assert_hopae_create_works(idv_emulator)
    state = idv_emulator.control("GET", "state")
    assert state["clock"]["offset_seconds"] == ninety_years


@pytest.mark.parametrize(
    "fault",
    [
        '{"latency_ms": 1e400}',
        '{"latency_ms": NaN}',
        '{"latency_ms": 1e12}',
        '{"latency_ms": -5}',
        '{"status": 503, "count": 1e400}',
        '{"status": 503, "count": 10000000000}',
        '{"status": 503, "rate": NaN}',
        '{"status": 503, "path": "' + "a" * 5000 + '"}',
    ],
)
def test_fault_fields_are_bounded(idv_emulator: EmulatorServer, fault: str) -> None:
    reply = raw_control(idv_emulator, "POST", "faults", fault)
    assert reply.status_code == 400, reply.text
    assert reply.headers["content-type"] == "application/json"
    listed = raw_control(idv_emulator, "GET", "faults")
    assert json.loads(listed.text, parse_constant=pytest.fail) == []


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("seed", '{"seed": 1e400}'),
        ("seed", '{"seed": -1}'),
        ("seed", '{"seed": 100000000000000000000000000000}'),
        ("webhooks/wait", '{"timeout": NaN}'),
        ("webhooks/wait", '{"timeout": 1e400}'),
        ("hopae/config", '{"webhook_url": NaN}'),
        ("hopae/outcome", '{"id": "x", "outcome": "approve", "loa": Infinity}'),
        ("clock/freeze", '{"frozen": NaN}'),
    ],
)
def test_control_bodies_with_non_json_numbers_are_json_400s(idv_emulator: EmulatorServer, path: str, body: str) -> None:
    reply = raw_control(idv_emulator, "POST", path, body)
    assert reply.status_code == 400, reply.text
    assert isinstance(reply.json()["error"], str)
