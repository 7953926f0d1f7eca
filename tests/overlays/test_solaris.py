"""Solaris's quirks only: the OAuth2 token cache (shared fetches, refresh before expiry, one
refresh on 401, token-endpoint errors), its `errors` envelope, every creation operation, the
subscription probe and the `sha256=` signature form, the flows, and everything against the
emulator, sync and async.

What must hold for every provider (redaction, retry rules, no retried create, Retry-After,
connection errors, non-JSON error bodies, missing credentials, the webhook forgery set) is in
`tests/overlays/test_conformance.py`, run for Solaris through `tests/overlays/adapters/solaris.py`."""

from __future__ import annotations

import asyncio
import base64
import datetime
import hashlib
import hmac
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

import idv
from idv import Outcome, WebhookEvent
from idv._core._auth import ClientCredentialsAuth
from idv.solaris import (
    ENVIRONMENTS,
    TERMINAL_STATUSES,
    TOKEN_URLS,
    AsyncSolarisClient,
    SolarisClient,
    StartedIdentification,
    is_subscription_probe,
    outcome,
    parse_webhook,
    verify_signature,
)
from idv_emulator import EmulatorServer
from solaris_client.api.persons import get_person
from solaris_client.api.webhooks import list_webhooks
from solaris_client.models import (
    CreateIdentificationRequest,
    CreatePersonRequest,
    IdentificationSession,
    IdentificationStatus,
    IdentificationWebhookPayload,
    Person,
    PersonIdentification,
    TokenResponse,
    Webhook,
)
from solaris_client.types import UNSET
from tests.support.receiver import WebhookReceiver

CLIENT_ID = "partner-client"
CLIENT_SECRET = "s3cr3t-partner-value"
BASIC = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
BASE = "https://api.solaris.test"
TOKEN_URL = f"{BASE}/oauth2/token"
PERSON = {"id": "p1cper", "first_name": "Erika", "last_name": "Mustermann"}
EMULATOR_ID = "solaris-client"
EMULATOR_SECRET = "solaris-secret"
ENV_VARS = (
    "SOLARIS_CLIENT_ID",
    "SOLARIS_CLIENT_SECRET",
    "SOLARIS_BASE_URL",
    "SOLARIS_TOKEN_URL",
    "SOLARIS_ENVIRONMENT",
    "SOLARIS_WEBHOOK_SECRET",
)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


def errors_body(status: int | str, code: str, title: str, *, error_id: str = "e1bex", **extra: Any) -> dict[str, Any]:
    return {"errors": [{"id": error_id, "status": status, "code": code, "title": title, **extra}]}


def identification(status: str = "created", **fields: Any) -> dict[str, Any]:
    return {"id": "i1cidt", "person_id": "p1cper", "status": status, "method": "idnow", **fields}


class FakeSolaris:
    """Solaris behind `httpx.MockTransport`: a counting token endpoint and scripted `/v1` answers.

    `api` answers every non-token request (default: the person `PERSON`); `token_answer`, if
    set, replaces the token endpoint's 200. Tokens are `tok-1`, `tok-2`, … in issue order.
    """

    def __init__(self, *, expires_in: int = 3599, token_delay: float = 0.0) -> None:
        self.expires_in = expires_in
        self.token_delay = token_delay
        self.requests: list[httpx.Request] = []
        self.issued = 0
        self.api: Callable[[httpx.Request], httpx.Response] = lambda request: httpx.Response(200, json=PERSON)
        # Replaces the token endpoint's answer; returning None falls back to issuing a token.
        self.token_answer: Callable[[httpx.Request], httpx.Response | None] | None = None
        self._lock = threading.Lock()

    @property
    def token_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path.endswith("/oauth2/token")]

    @property
    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if not r.url.path.endswith("/oauth2/token")]

    def _record(self, request: httpx.Request) -> bool:
        request.read()
        # A snapshot: the auth flow re-sends the same Request object with a new token.
        snapshot = httpx.Request(request.method, request.url, headers=request.headers.copy(), content=request.content)
        with self._lock:
            self.requests.append(snapshot)
        return request.url.path.endswith("/oauth2/token")

    def _token(self, request: httpx.Request) -> httpx.Response:
        answer = self.token_answer(request) if self.token_answer is not None else None
        if answer is not None:
            return answer
        with self._lock:
            self.issued += 1
            token = f"tok-{self.issued}"
        body = {"access_token": token, "expires_in": self.expires_in, "scope": "partners", "token_type": "bearer"}
        return httpx.Response(200, json=body)

    def handle(self, request: httpx.Request) -> httpx.Response:
        if self._record(request):
            time.sleep(self.token_delay)
            return self._token(request)
        return self.api(request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        if self._record(request):
            await asyncio.sleep(self.token_delay)
            return self._token(request)
        return self.api(request)

    def client(self, **kwargs: Any) -> SolarisClient:
        options: dict[str, Any] = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "base_url": BASE}
        options.update(kwargs)
        return SolarisClient(transport=httpx.MockTransport(self.handle), **options)

    def async_client(self, **kwargs: Any) -> AsyncSolarisClient:
        options: dict[str, Any] = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "base_url": BASE}
        options.update(kwargs)
        return AsyncSolarisClient(transport=httpx.MockTransport(self.ahandle), **options)


def auth_of(client: SolarisClient | AsyncSolarisClient) -> ClientCredentialsAuth:
    auth = client._auth
    assert isinstance(auth, ClientCredentialsAuth)
    return auth


def record_sleeps(client: SolarisClient | AsyncSolarisClient) -> list[float]:
    """Make the client's retry transport record its backoff instead of sleeping."""
    sleeps: list[float] = []
    client.generated._httpx_args["transport"]._sleep = sleeps.append
    return sleeps


def bearer(request: httpx.Request) -> str:
    return request.headers["authorization"]


# ---------------------------------------------------------------------------------------
# Configuration and auth headers
# ---------------------------------------------------------------------------------------


def test_token_request_and_bearer_header_exactly_as_solaris_wants_them() -> None:
    fake = FakeSolaris()
    with fake.client() as client:
        person = client.get_person("p1cper")
    assert isinstance(person, Person) and person.id == "p1cper" and person.first_name == "Erika"
    token_request, api_request = fake.requests
    assert str(token_request.url) == TOKEN_URL
    assert token_request.method == "POST"
    assert token_request.headers["authorization"] == BASIC
    assert token_request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(token_request.content.decode()) == {"grant_type": ["client_credentials"], "scope": ["partners"]}
    assert str(api_request.url) == f"{BASE}/v1/persons/p1cper"
    assert bearer(api_request) == "Bearer tok-1"


@pytest.mark.parametrize(
    ("kwargs", "env", "api_url", "token_url"),
    [
        ({}, {}, "https://api.solarisbank.de", "https://auth.solarisbank.de/oauth2/token"),
        ({"environment": "production"}, {}, "https://api.solarisbank.de", "https://auth.solarisbank.de/oauth2/token"),
        (
            {"environment": "sandbox"},
            {},
            "https://api.solaris-sandbox.de",
            "https://auth.solaris-sandbox.de/oauth2/token",
        ),
        (
            {},
            {"SOLARIS_ENVIRONMENT": "sandbox"},
            "https://api.solaris-sandbox.de",
            "https://auth.solaris-sandbox.de/oauth2/token",
        ),
        ({"environment": "emulator"}, {}, ENVIRONMENTS["emulator"], f"{ENVIRONMENTS['emulator']}/oauth2/token"),
        (
            {"base_url": "http://localhost:9/solaris/"},
            {},
            "http://localhost:9/solaris",
            "http://localhost:9/solaris/oauth2/token",
        ),
        ({}, {"SOLARIS_BASE_URL": "http://env.test/s"}, "http://env.test/s", "http://env.test/s/oauth2/token"),
        (
            {"environment": "sandbox", "token_url": "https://auth.x.test/oauth2/token"},
            {},
            "https://api.solaris-sandbox.de",
            "https://auth.x.test/oauth2/token",
        ),
        (
            {"base_url": "http://b.test"},
            {"SOLARIS_TOKEN_URL": "http://t.test/oauth2/token"},
            "http://b.test",
            "http://t.test/oauth2/token",
        ),
    ],
)
def test_environments_and_token_urls(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, str], env: dict[str, str], api_url: str, token_url: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    fake = FakeSolaris()
    with fake.client(**{"base_url": None, **kwargs}) as client:
        assert client.base_url == api_url
        assert client.token_url == token_url
        client.get_person("p1cper")
    assert [str(r.url) for r in fake.requests] == [token_url, f"{api_url}/v1/persons/p1cper"]


def test_token_url_constants() -> None:
    assert TOKEN_URLS["production"] == "https://auth.solarisbank.de/oauth2/token"
    assert TOKEN_URLS["sandbox"] == "https://auth.solaris-sandbox.de/oauth2/token"
    assert ENVIRONMENTS["production"] == "https://api.solarisbank.de"
    assert ENVIRONMENTS["sandbox"] == "https://api.solaris-sandbox.de"


def test_credentials_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOLARIS_CLIENT_ID", "env-id")
    monkeypatch.setenv("SOLARIS_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("SOLARIS_WEBHOOK_SECRET", "env-whsec")
    fake = FakeSolaris()
    client = SolarisClient(base_url=BASE, transport=httpx.MockTransport(fake.handle))
    client.get_person("p1cper")
    expected = "Basic " + base64.b64encode(b"env-id:env-secret").decode()
    assert fake.token_requests[0].headers["authorization"] == expected
    assert client.webhook_secret == "env-whsec"


def test_unknown_environment() -> None:
    with pytest.raises(idv.ConfigurationError, match="unknown environment 'staging'"):
        SolarisClient(client_id="x", client_secret="y", environment="staging")


# ---------------------------------------------------------------------------------------
# Token cache: shared, refreshed before expiry, once on 401
# ---------------------------------------------------------------------------------------


def test_one_token_fetch_shared_by_concurrent_threads() -> None:
    fake = FakeSolaris(token_delay=0.05)
    client = fake.client()
    start = threading.Barrier(16)
    results: list[str] = []

    def work() -> None:
        start.wait()
        results.append(client.get_person("p1cper").id)

    threads = [threading.Thread(target=work) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["p1cper"] * 16
    assert len(fake.token_requests) == 1
    assert [bearer(r) for r in fake.api_requests] == ["Bearer tok-1"] * 16
    assert auth_of(client).fetch_count == 1


async def test_one_token_fetch_shared_by_asyncio_gather() -> None:
    fake = FakeSolaris(token_delay=0.05)
    async with fake.async_client() as client:
        people = await asyncio.gather(*(client.get_person("p1cper") for _ in range(16)))
    assert [p.id for p in people] == ["p1cper"] * 16
    assert len(fake.token_requests) == 1
    assert [bearer(r) for r in fake.api_requests] == ["Bearer tok-1"] * 16


def test_token_refreshed_before_expiry_with_injected_clock() -> None:
    now = [1000.0]
    fake = FakeSolaris(expires_in=3599)
    client = fake.client()
    auth_of(client)._clock = lambda: now[0]
    client.get_person("p1cper")  # fetched at 1000: expires 4599, renewed from 4539 (60 s margin)
    now[0] = 4538.9
    client.get_person("p1cper")
    now[0] = 4539.0
    client.get_person("p1cper")
    now[0] = 8000.0
    client.get_person("p1cper")
    assert [bearer(r) for r in fake.api_requests] == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2", "Bearer tok-2"]
    assert len(fake.token_requests) == 2


async def test_async_token_refreshed_before_expiry_with_injected_clock() -> None:
    now = [0.0]
    fake = FakeSolaris(expires_in=600)
    async with fake.async_client() as client:
        auth_of(client)._clock = lambda: now[0]
        await client.get_person("p1cper")
        now[0] = 539.0
        await client.get_person("p1cper")
        now[0] = 540.0
        await client.get_person("p1cper")
    assert [bearer(r) for r in fake.api_requests] == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]


def invalid_token(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        401,
        json=errors_body(401, "invalid_token", "Invalid Token", detail="The access token is invalid or has expired."),
    )


def test_refresh_once_on_401_then_succeed() -> None:
    fake = FakeSolaris()
    fake.api = lambda r: invalid_token(r) if bearer(r) == "Bearer tok-1" else httpx.Response(200, json=PERSON)
    with fake.client() as client:
        assert client.get_person("p1cper").id == "p1cper"
    assert [bearer(r) for r in fake.api_requests] == ["Bearer tok-1", "Bearer tok-2"]
    assert len(fake.token_requests) == 2


def test_refresh_once_on_401_then_give_up() -> None:
    fake = FakeSolaris()
    fake.api = invalid_token
    with fake.client() as client, pytest.raises(idv.AuthenticationError) as caught:
        client.get_person("p1cper")
    error = caught.value
    assert error.status_code == 401 and error.code == "invalid_token" and error.request_id == "e1bex"
    assert error.detail == "The access token is invalid or has expired."
    assert str(error) == (
        "solaris answered 401 to GET /v1/persons/p1cper: invalid_token The access token is invalid or has expired."
    )
    assert [bearer(r) for r in fake.api_requests] == ["Bearer tok-1", "Bearer tok-2"]
    assert len(fake.token_requests) == 2


async def test_async_refresh_once_on_401_then_give_up() -> None:
    fake = FakeSolaris()
    fake.api = invalid_token
    async with fake.async_client() as client:
        with pytest.raises(idv.AuthenticationError) as caught:
            await client.get_person("p1cper")
    assert caught.value.code == "invalid_token"
    assert [bearer(r) for r in fake.api_requests] == ["Bearer tok-1", "Bearer tok-2"]


def test_concurrent_401s_refresh_the_token_once() -> None:
    fake = FakeSolaris(token_delay=0.05)
    revoked = threading.Event()
    fake.api = lambda r: (
        invalid_token(r) if revoked.is_set() and bearer(r) == "Bearer tok-1" else httpx.Response(200, json=PERSON)
    )
    client = fake.client()
    client.get_person("p1cper")  # caches tok-1
    revoked.set()  # Solaris revokes tok-1; 8 calls discover it at once
    barrier = threading.Barrier(8)
    results: list[str] = []

    def work() -> None:
        barrier.wait()
        results.append(client.get_person("p1cper").id)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["p1cper"] * 8
    assert len(fake.token_requests) == 2  # one refresh for all eight 401s
    assert {bearer(r) for r in fake.api_requests[1:]} == {"Bearer tok-1", "Bearer tok-2"}
    assert [bearer(r) for r in fake.api_requests].count("Bearer tok-2") == 8


INVALID_CLIENT = {"error": "invalid_client", "error_description": "Client authentication failed."}


@pytest.mark.parametrize("status", [401, 400])
def test_token_endpoint_invalid_client_is_an_authentication_error(status: int) -> None:
    fake = FakeSolaris()
    fake.token_answer = lambda request: httpx.Response(status, json=INVALID_CLIENT)
    with fake.client() as client, pytest.raises(idv.AuthenticationError) as caught:
        client.get_person("p1cper")
    error = caught.value
    assert error.status_code == status
    assert error.code == "invalid_client"
    assert error.detail == "Client authentication failed."
    assert error.envelope.raw == INVALID_CLIENT
    assert error.request_id is None
    assert (
        str(error) == f"solaris answered {status} to POST /oauth2/token: invalid_client Client authentication failed."
    )
    assert fake.api_requests == []
    assert CLIENT_SECRET not in str(error) and BASIC not in str(error)


async def test_async_token_endpoint_invalid_client() -> None:
    fake = FakeSolaris()
    fake.token_answer = lambda request: httpx.Response(401, json=INVALID_CLIENT)
    async with fake.async_client() as client:
        with pytest.raises(idv.AuthenticationError) as caught:
            await client.get_person("p1cper")
    assert caught.value.code == "invalid_client" and caught.value.status_code == 401
    assert fake.api_requests == []


def test_other_token_endpoint_errors_keep_their_class() -> None:
    fake = FakeSolaris()
    fake.token_answer = lambda request: httpx.Response(
        400, json={"error": "invalid_scope", "error_description": "Unknown scope."}
    )
    with fake.client() as client, pytest.raises(idv.BadRequestError) as caught:
        client.get_person("p1cper")
    assert type(caught.value) is idv.BadRequestError
    assert (caught.value.code, caught.value.detail) == ("invalid_scope", "Unknown scope.")


def test_create_token_operation_uses_basic_auth_on_the_token_endpoint() -> None:
    fake = FakeSolaris()
    with fake.client() as client:
        token = client.create_token()
        assert isinstance(token, TokenResponse)
        assert (token.access_token, token.expires_in, token.scope, token.token_type) == (
            "tok-1",
            3599,
            "partners",
            "bearer",
        )
        assert auth_of(client).fetch_count == 0  # the client's own cache is untouched
    (request,) = fake.requests
    assert str(request.url) == TOKEN_URL
    assert request.headers["authorization"] == BASIC
    assert parse_qs(request.content.decode()) == {"grant_type": ["client_credentials"], "scope": ["partners"]}


async def test_async_create_token_invalid_client() -> None:
    fake = FakeSolaris()
    fake.token_answer = lambda request: httpx.Response(401, json=INVALID_CLIENT)
    async with fake.async_client() as client:
        with pytest.raises(idv.AuthenticationError) as caught:
            await client.create_token()
    assert caught.value.code == "invalid_client"
    assert len(fake.token_requests) == 1


def test_create_token_needs_a_standard_token_path() -> None:
    with (
        FakeSolaris().client(token_url="https://auth.test/token") as client,
        pytest.raises(idv.ConfigurationError, match="ending in /oauth2/token"),
    ):
        client.create_token()


# ---------------------------------------------------------------------------------------
# Error envelopes
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body", "cls", "code", "title", "detail", "field", "request_id"),
    [
        (
            400,
            errors_body(
                400,
                "invalid_model",
                "Invalid Model",
                error_id="0b2dbex",
                detail="first_name is missing",
                source={"field": "first_name", "message": "is missing"},
            ),
            idv.BadRequestError,
            "invalid_model",
            "Invalid Model",
            "first_name is missing",
            "first_name",
            "0b2dbex",
        ),
        (
            403,
            errors_body(
                "403", "unauthorized_action", "Unauthorized Action", detail="Unauthorized action is not allowed."
            ),
            idv.PermissionDeniedError,
            "unauthorized_action",
            "Unauthorized Action",
            "Unauthorized action is not allowed.",
            None,
            "e1bex",
        ),
        (
            404,
            errors_body(
                "404",
                "model_not_found",
                "Model Not Found",
                error_id="a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
                detail="Couldn't find 'Solaris::Identification' for id 'x'.",
            ),
            idv.NotFoundError,
            "model_not_found",
            "Model Not Found",
            "Couldn't find 'Solaris::Identification' for id 'x'.",
            None,
            "a95f2aaf-4e0c-4d49-8021-8a16a884ed86",
        ),
        (
            412,
            errors_body(
                "412",
                "identification_attempts_exceeded",
                "Identification Attempts Exceeded",
                details="There are more than 19 unsuccessful attempts",
            ),
            idv.BadRequestError,
            "identification_attempts_exceeded",
            "Identification Attempts Exceeded",
            "There are more than 19 unsuccessful attempts",
            None,
            "e1bex",
        ),
        (
            422,
            errors_body("422", "invalid_secret", "Invalid Secret", details="Invalid Secret submitted"),
            idv.UnprocessableEntityError,
            "invalid_secret",
            "Invalid Secret",
            "Invalid Secret submitted",
            None,
            "e1bex",
        ),
        (
            429,
            errors_body(429, "too_many_requests", "Too Many Requests", detail="Slow down."),
            idv.RateLimitError,
            "too_many_requests",
            "Too Many Requests",
            "Slow down.",
            None,
            "e1bex",
        ),
        (
            500,
            errors_body("500", "generic_error", "Generic Error", error_id="e8915041", detail="There was an error."),
            idv.InternalServerError,
            "generic_error",
            "Generic Error",
            "There was an error.",
            None,
            "e8915041",
        ),
        (  # the flattened form of the per-endpoint documentation pages
            409,
            {"id": "flatbex", "status": "409", "code": "conflict", "title": "Conflict", "detail": "Already there."},
            idv.ConflictError,
            "conflict",
            "Conflict",
            "Already there.",
            None,
            "flatbex",
        ),
    ],
)
def test_error_envelope_mapping(
    status: int,
    body: dict[str, Any],
    cls: type[idv.APIStatusError],
    code: str,
    title: str,
    detail: str,
    field: str | None,
    request_id: str,
) -> None:
    fake = FakeSolaris()
    fake.api = lambda request: httpx.Response(status, json=body, headers={"retry-after": "0"})
    with fake.client(max_retries=0) as client, pytest.raises(idv.APIStatusError) as caught:
        client.create_person({"first_name": "Erika", "last_name": "Mustermann"})
    error = caught.value
    assert type(error) is cls
    assert error.provider == "solaris" and error.status_code == status
    assert (error.code, error.envelope.title, error.detail, error.field) == (code, title, detail, field)
    assert error.request_id == request_id
    assert error.envelope.raw == body
    assert error.response.status_code == status
    assert str(error) == f"solaris answered {status} to POST /v1/persons: {code} {detail}"


def test_only_the_first_of_several_errors_is_the_envelope() -> None:
    fake = FakeSolaris()
    body = {
        "errors": [
            {"id": "first", "status": 400, "code": "invalid_model", "title": "Invalid Model", "detail": "a"},
            {"id": "second", "status": 400, "code": "type_error", "title": "Type Error", "detail": "b"},
        ]
    }
    fake.api = lambda request: httpx.Response(400, json=body)
    with fake.client() as client, pytest.raises(idv.BadRequestError) as caught:
        client.get_person("p1cper")
    assert (caught.value.code, caught.value.detail, caught.value.request_id) == ("invalid_model", "a", "first")


# ---------------------------------------------------------------------------------------
# Retries: reads yes, creations no
# ---------------------------------------------------------------------------------------


def scripted(*answers: int | type[httpx.TransportError], body: Any = None) -> Callable[[httpx.Request], httpx.Response]:
    queue = list(answers)

    def answer(request: httpx.Request) -> httpx.Response:
        item = queue.pop(0)
        if isinstance(item, int):
            if item < 300:
                return httpx.Response(item, json=PERSON if body is None else body)
            return httpx.Response(item, json=errors_body(item, "generic_error", "Generic Error", detail="x"))
        raise item("boom", request=request)

    return answer


@pytest.mark.parametrize(
    ("call", "answer"),
    [
        (lambda c: c.create_identification_session("p1cper", {"identification_methods": ["idnow"]}), 500),
        (lambda c: c.create_identification("p1cper", "s1ises", {"method": "idnow"}), 502),
        (lambda c: c.request_identification("p1cper", "i1cidt"), 503),
        (lambda c: c.create_webhook("https://hooks.example/solaris"), 504),
    ],
)
def test_creations_are_not_retried_after_reaching_solaris(call: Callable[[SolarisClient], Any], answer: int) -> None:
    fake = FakeSolaris()
    fake.api = scripted(answer, 200)
    client = fake.client()
    sleeps = record_sleeps(client)
    with pytest.raises(idv.InternalServerError):
        call(client)
    assert len(fake.api_requests) == 1
    assert sleeps == []


async def test_async_reads_retried_and_creations_not() -> None:
    fake = FakeSolaris()
    fake.api = scripted(503, 200, 503, 201)
    async with fake.async_client() as client:
        sleeps = record_sleeps(client)
        assert (await client.get_person("p1cper")).id == "p1cper"
        with pytest.raises(idv.InternalServerError) as caught:
            await client.create_person({"first_name": "Erika", "last_name": "Mustermann"})
    assert caught.value.code == "generic_error" and caught.value.request_id == "e1bex"
    assert [r.method for r in fake.api_requests] == ["GET", "GET", "POST"]
    assert len(sleeps) == 1


def test_delete_and_token_fetch_are_retried() -> None:
    fake = FakeSolaris()
    failures = [httpx.Response(503, json={"error": "temporarily_unavailable"}, headers={"retry-after": "0"})]
    fake.token_answer = lambda request: failures.pop(0) if failures else None
    fake.api = scripted(502, 204)
    client = fake.client()
    sleeps = record_sleeps(client)
    client.delete_webhook("w1whk")
    assert len(fake.token_requests) == 2 and len(fake.api_requests) == 2
    assert sleeps[0] == 0.0  # Retry-After: 0 honoured
    assert [r.method for r in fake.api_requests] == ["DELETE", "DELETE"]


def test_with_options_changes_retries_and_shares_the_token_cache() -> None:
    fake = FakeSolaris()
    fake.api = scripted(200, 503, 200)
    client = fake.client()
    client.get_person("p1cper")
    strict = client.with_options(max_retries=0, timeout=5)
    assert strict.retry_policy.max_retries == 0 and strict.timeout == httpx.Timeout(5)
    with pytest.raises(idv.InternalServerError):
        strict.get_person("p1cper")
    assert len(fake.token_requests) == 1
    assert [bearer(r) for r in fake.api_requests] == ["Bearer tok-1", "Bearer tok-1"]
    assert strict.token_url == TOKEN_URL


# ---------------------------------------------------------------------------------------
# Redaction
# ---------------------------------------------------------------------------------------


def test_repr_shows_the_token_url_and_client_id_but_not_the_secret() -> None:
    assert repr(FakeSolaris().client(webhook_secret="whsec-very-private")) == (
        f"SolarisClient(base_url='{BASE}', auth=ClientCredentialsAuth(token_url='{TOKEN_URL}', "
        f"client_id='{CLIENT_ID}', client_secret='<redacted>'))"
    )


def test_token_endpoint_failure_logs_no_credentials(caplog: pytest.LogCaptureFixture) -> None:
    fake = FakeSolaris()
    fake.token_answer = lambda request: httpx.Response(401, json=INVALID_CLIENT)
    with caplog.at_level(logging.DEBUG, logger="idv"), pytest.raises(idv.AuthenticationError) as caught:
        fake.client().get_person("p1cper")
    for secret in (CLIENT_SECRET, BASIC.split()[1]):
        assert secret not in caplog.text
        assert secret not in str(caught.value)
        assert secret not in repr(caught.value)


# ---------------------------------------------------------------------------------------
# Typed methods, request bodies, pagination, flows (MockTransport)
# ---------------------------------------------------------------------------------------


def test_request_bodies_and_paths_of_the_typed_methods() -> None:
    fake = FakeSolaris()
    answers = {
        ("POST", "/v1/persons"): (201, PERSON),
        ("POST", "/v1/persons/p1cper/identification_sessions"): (201, {"id": "s1ises", "status": "created"}),
        ("POST", "/v1/persons/p1cper/identification_sessions/s1ises/identifications"): (200, identification()),
        ("PATCH", "/v1/persons/p1cper/identifications/i1cidt/request"): (200, identification("pending")),
        ("GET", "/v1/persons/p1cper/identifications/i1cidt"): (200, identification("pending")),
        ("POST", "/v1/webhooks"): (201, {"id": "w1whk", "event_type": "IDENTIFICATION", "url": "https://h.example"}),
    }
    fake.api = lambda r: httpx.Response(answers[r.method, r.url.path][0], json=answers[r.method, r.url.path][1])
    with fake.client() as client:
        client.create_person(CreatePersonRequest(first_name="Erika", last_name="Mustermann"))
        client.create_identification_session(
            "p1cper", {"identification_methods": ["idnow"], "callback_url": "https://rp.example/cb"}
        )
        client.create_identification("p1cper", "s1ises", CreateIdentificationRequest.from_dict({"method": "idnow"}))
        client.request_identification("p1cper", "i1cidt", {"secret": "123456"})
        client.request_identification("p1cper", "i1cidt")
        client.get_identification("p1cper", "i1cidt")
        client.get_identification("p1cper", "i1cidt", include_documents=True)
        client.create_webhook("https://h.example")
    sent = [
        (r.method, str(r.url).removeprefix(BASE), json.loads(r.content) if r.content else None)
        for r in fake.api_requests
    ]
    assert sent == [
        ("POST", "/v1/persons", {"first_name": "Erika", "last_name": "Mustermann"}),
        (
            "POST",
            "/v1/persons/p1cper/identification_sessions",
            {"identification_methods": ["idnow"], "callback_url": "https://rp.example/cb"},
        ),
        ("POST", "/v1/persons/p1cper/identification_sessions/s1ises/identifications", {"method": "idnow"}),
        ("PATCH", "/v1/persons/p1cper/identifications/i1cidt/request", {"secret": "123456"}),
        ("PATCH", "/v1/persons/p1cper/identifications/i1cidt/request", None),
        ("GET", "/v1/persons/p1cper/identifications/i1cidt", None),
        ("GET", "/v1/persons/p1cper/identifications/i1cidt?include_documents=true", None),
        ("POST", "/v1/webhooks", {"event_type": "IDENTIFICATION", "url": "https://h.example"}),
    ]


def test_a_mapping_body_that_misses_a_required_field_is_a_type_error() -> None:
    fake = FakeSolaris()
    with fake.client() as client, pytest.raises(TypeError, match="not a valid CreatePersonRequest"):
        client.create_person({"first_name": "Erika"})
    assert fake.requests == []


def test_start_identification_creates_then_requests_and_returns_the_idnow_url() -> None:
    fake = FakeSolaris()
    url = "https://go.test.idnow.de/solaris/identifications/i1cidt"
    fake.api = lambda r: httpx.Response(
        200, json=identification("pending" if r.method == "PATCH" else "created", url=url)
    )
    with fake.client() as client:
        started = client.start_identification(
            "p1cper", "s1ises", method="idnow", secret="123456", language="DE", device_data="Web;abc"
        )
    assert isinstance(started, StartedIdentification)
    ident, redirect = started
    assert redirect == url and started.url == url
    assert isinstance(ident, PersonIdentification) and ident.status == IdentificationStatus.PENDING
    create, request = fake.api_requests
    assert (create.method, create.url.path) == (
        "POST",
        "/v1/persons/p1cper/identification_sessions/s1ises/identifications",
    )
    assert json.loads(create.content) == {"method": "idnow", "language": "DE", "device_data": "Web;abc"}
    assert (request.method, request.url.path) == ("PATCH", "/v1/persons/p1cper/identifications/i1cidt/request")
    assert json.loads(request.content) == {"secret": "123456", "device_data": "Web;abc"}


def test_start_identification_falls_back_to_the_session_page() -> None:
    fake = FakeSolaris()
    page = "https://onboarding.solarisbank.de/identification-sessions/s1ises"

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(200, json={"id": "s1ises", "url": page, "status": "pending"})
        return httpx.Response(200, json=identification("pending", url=None, method="bank_id"))

    fake.api = answer
    with fake.client() as client:
        started = client.start_identification("p1cper", "s1ises", method="bank_id", iban="DE11010101010101010100")
    assert started.url == page
    assert [(r.method, r.url.path) for r in fake.api_requests] == [
        ("POST", "/v1/persons/p1cper/identification_sessions/s1ises/identifications"),
        ("PATCH", "/v1/persons/p1cper/identifications/i1cidt/request"),
        ("GET", "/v1/persons/p1cper/identification_sessions/s1ises"),
    ]
    assert json.loads(fake.api_requests[0].content) == {"method": "bank_id", "iban": "DE11010101010101010100"}
    assert fake.api_requests[1].content == b""


def test_start_identification_rejects_unknown_fields_before_sending() -> None:
    fake = FakeSolaris()
    with fake.client() as client, pytest.raises(TypeError, match="unexpected field\\(s\\): ibann"):
        client.start_identification("p1cper", "s1ises", method="bank", ibann="DE11")
    assert fake.requests == []


def paged(items: list[dict[str, Any]], style: str) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page[number]"])
        size = int(request.url.params["page[size]"])
        chunk = items[(number - 1) * size : number * size]
        headers = {}
        if style == "link":
            last = max(1, -(-len(items) // size))
            rels = ['<https://x/?page[number]=1>; rel="first"']
            if number < last:
                rels.append(f'<https://x/?page[number]={number + 1}>; rel="next"')
            headers = {"link": ", ".join(rels), "total": "999"}  # Link wins over total
        elif style == "total":
            headers = {"total": str(len(items)), "per_page": str(size)}
        return httpx.Response(200, json=chunk, headers=headers)

    return answer


@pytest.mark.parametrize("style", ["link", "total", "none"])
def test_iter_identifications_walks_every_page(style: str) -> None:
    items = [identification(id=f"i{n}cidt") for n in range(5)]
    fake = FakeSolaris()
    fake.api = paged(items, style)
    with fake.client() as client:
        assert [i.id for i in client.iter_identifications("p1cper", page_size=2)] == [f"i{n}cidt" for n in range(5)]
        first = client.list_identifications("p1cper", page=3, page_size=2)
    assert [i.id for i in first] == ["i4cidt"]
    pages = [r.url.params["page[number]"] for r in fake.api_requests]
    assert pages == ["1", "2", "3", "3"]


async def test_async_iter_webhooks_walks_every_page() -> None:
    items = [{"id": f"w{n}whk", "event_type": "IDENTIFICATION", "url": "https://h.example"} for n in range(3)]
    fake = FakeSolaris()
    fake.api = paged(items, "link")
    async with fake.async_client() as client:
        seen = [w.id async for w in client.iter_webhooks(page_size=2)]
    assert seen == ["w0whk", "w1whk", "w2whk"]
    assert [r.url.params["page[size]"] for r in fake.api_requests] == ["2", "2"]


def test_every_generated_operation_is_reachable_through_call() -> None:
    fake = FakeSolaris()
    fake.api = lambda request: httpx.Response(200, json=[{"id": "w1whk"}])
    with fake.client() as client:
        hooks = client.call(list_webhooks.sync_detailed, pagenumber=2, pagesize=5)
    assert [type(h) for h in hooks] == [Webhook] and hooks[0].id == "w1whk"
    assert str(fake.api_requests[0].url) == f"{BASE}/v1/webhooks?page%5Bnumber%5D=2&page%5Bsize%5D=5"
    assert bearer(fake.api_requests[0]) == "Bearer tok-1"


def test_wait_for_completion_polls_until_final() -> None:
    fake = FakeSolaris()
    statuses = iter(["pending", "pending_successful", "successful"])
    fake.api = lambda request: httpx.Response(200, json=identification(next(statuses)))
    with fake.client() as client:
        final = client.wait_for_completion("p1cper", "i1cidt", interval=0.001, max_interval=0.001)
    assert final.status == IdentificationStatus.SUCCESSFUL
    assert len(fake.api_requests) == 3


def test_wait_for_completion_can_stop_at_review_and_times_out() -> None:
    fake = FakeSolaris()
    fake.api = lambda request: httpx.Response(200, json=identification("pending_failed"))
    with fake.client() as client:
        review = client.wait_for_completion("p1cper", "i1cidt", stop_on_review=True)
        assert review.status == IdentificationStatus.PENDING_FAILED
        with pytest.raises(idv.WaitTimeoutError) as caught:
            client.wait_for_completion("p1cper", "i1cidt", timeout=0.05, interval=0.01, max_interval=0.01)
    assert caught.value.last_status == "pending_failed"
    assert str(caught.value) == "still pending_failed after 0.05 s"


# ---------------------------------------------------------------------------------------
# Outcome
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("successful", Outcome.APPROVED),
        ("failed", Outcome.DECLINED),
        ("rejected", Outcome.DECLINED),
        ("pending_successful", Outcome.REVIEW),
        ("pending_failed", Outcome.REVIEW),
        ("aborted", Outcome.CANCELLED),
        ("canceled", Outcome.CANCELLED),
        ("expired", Outcome.EXPIRED),
        ("created", Outcome.PENDING),
        ("pending", Outcome.PENDING),
        ("pre_successful", Outcome.PENDING),
        ("authorization_required", Outcome.PENDING),
        ("confirmation_required", Outcome.PENDING),
        ("confirmed", Outcome.PENDING),
        ("identification_data_required", Outcome.PENDING),
        ("processed", Outcome.PENDING),
        ("signed", Outcome.PENDING),
        ("pending_account_creation", Outcome.PENDING),
        ("pending_ref_transfer", Outcome.PENDING),
        ("some_status_from_2030", Outcome.PENDING),
    ],
)
def test_outcome_of_every_status(status: str, expected: Outcome) -> None:
    assert outcome(status) is expected
    assert outcome(IdentificationStatus(status)) is expected
    assert outcome(PersonIdentification.from_dict(identification(status))) is expected
    assert outcome(IdentificationWebhookPayload.from_dict(identification(status))) is expected


def test_outcome_of_sessions_events_and_missing_statuses() -> None:
    assert outcome(IdentificationSession.from_dict({"id": "s", "status": "rejected"})) is Outcome.DECLINED
    assert outcome(IdentificationSession.from_dict({"id": "s", "status": "successful"})) is Outcome.APPROVED
    # `status` is a guaranteed field (x-guaranteed in the spec): an answer without it does not
    # parse, so `outcome` never sees such a model; a missing status value is still pending.
    with pytest.raises(KeyError, match="status"):
        IdentificationSession.from_dict({"id": "s"})
    with pytest.raises(KeyError, match="status"):
        PersonIdentification.from_dict({"id": "i"})
    assert outcome(UNSET) is Outcome.PENDING
    assert outcome(None) is Outcome.PENDING
    event = parse_webhook(b'{"id":"i1cidt","status":"canceled"}', sign(b'{"id":"i1cidt","status":"canceled"}'), SECRET)
    assert outcome(event) is Outcome.CANCELLED
    assert sorted(TERMINAL_STATUSES) == ["aborted", "canceled", "expired", "failed", "rejected", "successful"]


# ---------------------------------------------------------------------------------------
# Webhooks, signed in the test
# ---------------------------------------------------------------------------------------

SECRET = "6bfb0a7e4e3c2d1f0a9b8c7d6e5f4a3b"
BODY = json.dumps(identification("successful", completed_at="2021-09-14T18:18:28.000Z"), separators=(",", ":")).encode()


def sign(body: bytes, secret: str = SECRET, **extra: str) -> dict[str, str]:
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return {
        "Solaris-Webhook-Id": "d1",
        "Solaris-Webhook-Subscription-Id": "w1whk",
        "Solaris-Webhook-Event-Type": "IDENTIFICATION",
        "Solaris-Entity-Id": "i1cidt",
        "Solaris-Webhook-Attempt": "2",
        "Solaris-Webhook-Signature": f"sha256={digest}",
        **extra,
    }


def test_valid_webhook_is_parsed_into_the_typed_payload() -> None:
    event = parse_webhook(BODY, sign(BODY), SECRET)
    assert isinstance(event, WebhookEvent)
    assert isinstance(event.payload, IdentificationWebhookPayload)
    assert (event.payload.id, event.payload.person_id, event.payload.status) == ("i1cidt", "p1cper", "successful")
    assert event.payload.completed_at == datetime.datetime(2021, 9, 14, 18, 18, 28, tzinfo=datetime.UTC)
    assert (event.provider, event.delivery_id, event.event_type, event.attempt) == (
        "solaris",
        "d1",
        "IDENTIFICATION",
        2,
    )
    assert event.metadata == {"subscription_id": "w1whk", "entity_id": "i1cidt"}
    assert outcome(event) is Outcome.APPROVED


def test_webhook_headers_match_case_insensitively_and_hex_case_is_ignored() -> None:
    headers = {k.lower(): v for k, v in sign(BODY).items()}
    headers["solaris-webhook-signature"] = headers["solaris-webhook-signature"].upper().replace("SHA256=", "sha256=")
    assert parse_webhook(BODY, headers, SECRET).payload.id == "i1cidt"


@pytest.mark.parametrize(
    ("body", "headers", "secret", "message"),
    [
        (BODY, sign(BODY, **{"Solaris-Webhook-Signature": "sha1=" + "0" * 40}), SECRET, "not of the form sha256=<hex>"),
        (
            BODY,
            sign(BODY, **{"Solaris-Webhook-Signature": hmac.new(SECRET.encode(), BODY, hashlib.sha256).hexdigest()}),
            SECRET,
            "not of the form",
        ),
        (BODY, sign(BODY, **{"Solaris-Webhook-Signature": "sha256="}), SECRET, "not of the form"),
        (
            b'{"status":"successful"}',
            sign(b'{"status":"successful"}'),
            SECRET,
            "not a Solaris identification: KeyError",
        ),
    ],
)
def test_invalid_webhooks_are_rejected(body: bytes, headers: dict[str, str], secret: str, message: str) -> None:
    with pytest.raises(idv.WebhookVerificationError, match=re.escape(message)):
        parse_webhook(body, headers, secret)


def test_verify_signature_alone_and_the_subscription_probe() -> None:
    verify_signature(BODY, sign(BODY), SECRET)
    probe = {"Solaris-Webhook-Event-Type": "WEBHOOK-SUBSCRIPTION"}
    assert is_subscription_probe(probe) is True
    assert is_subscription_probe({"solaris-webhook-event-type": "WEBHOOK-SUBSCRIPTION"}) is True
    assert is_subscription_probe(sign(BODY)) is False
    with pytest.raises(idv.WebhookVerificationError, match="missing Solaris-Webhook-Signature"):
        parse_webhook(b"", probe, SECRET)


# ---------------------------------------------------------------------------------------
# Against the emulator over loopback
# ---------------------------------------------------------------------------------------


@pytest.fixture
def solaris(idv_emulator: EmulatorServer) -> Iterator[SolarisClient]:
    with SolarisClient(
        client_id=EMULATOR_ID, client_secret=EMULATOR_SECRET, base_url=idv_emulator.url("solaris"), timeout=10
    ) as client:
        yield client


@pytest.fixture
async def asolaris(idv_emulator: EmulatorServer) -> Any:
    async with AsyncSolarisClient(
        client_id=EMULATOR_ID, client_secret=EMULATOR_SECRET, base_url=idv_emulator.url("solaris"), timeout=10
    ) as client:
        yield client


def deliveries(receiver: WebhookReceiver, count: int) -> list[Any]:
    """The signed IDENTIFICATION deliveries (not the subscription probe), at least `count`."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        found = [r for r in receiver.received if not is_subscription_probe(r.headers)]
        if len(found) >= count:
            return found
        time.sleep(0.01)
    raise AssertionError(f"expected {count} deliveries, got {len(receiver.received)}")


def test_lifecycle_against_the_emulator(
    idv_emulator: EmulatorServer, solaris: SolarisClient, receiver: WebhookReceiver
) -> None:
    hook = solaris.create_webhook(f"{receiver.url}/solaris")
    assert hook.event_type == "IDENTIFICATION" and hook.url == f"{receiver.url}/solaris"
    assert isinstance(hook.secret, str) and len(hook.secret) == 32
    probe = receiver.wait_for(1)[0]
    assert probe.headers["solaris-webhook-event-type"] == "WEBHOOK-SUBSCRIPTION" and probe.body == b""
    assert solaris.get_webhook(hook.id).secret is UNSET  # shown only once
    assert [w.id for w in solaris.list_webhooks()] == [hook.id]

    person = solaris.create_person({"first_name": "Erika", "last_name": "Mustermann", "birth_date": "1985-06-15"})
    assert person.id.endswith("cper") and len(person.id) == 36
    fetched = solaris.get_person(person.id)
    assert (fetched.first_name, fetched.last_name, str(fetched.birth_date)) == ("Erika", "Mustermann", "1985-06-15")

    session = solaris.create_identification_session(
        person.id, {"identification_methods": ["idnow", "bank_id"], "callback_url": "https://rp.example/cb"}
    )
    assert session.url == f"{idv_emulator.url('solaris')}/_pages/identification_sessions/{session.id}"
    assert solaris.get_identification_session(person.id, session.id).status == "created"

    started = solaris.start_identification(person.id, session.id, method="idnow", language="DE")
    ident = started.identification
    assert ident.status == "pending" and ident.method == "idnow" and ident.language == "DE"
    assert started.url == f"{idv_emulator.url('solaris')}/_pages/idnow/identifications/{ident.id}"
    assert solaris.get_identification_session(person.id, session.id).status == "pending"
    assert outcome(solaris.get_identification(person.id, ident.id)) is Outcome.PENDING

    idv_emulator.control("POST", "solaris/outcome", json={"id": ident.id, "outcome": "approve"})
    final = solaris.wait_for_completion(person.id, ident.id, timeout=10, interval=0.05)
    assert final.status == "successful" and outcome(final) is Outcome.APPROVED
    assert final.documents is UNSET
    with_documents = solaris.get_identification(person.id, ident.id, include_documents=True)
    assert isinstance(with_documents.documents, list)
    assert [d.document_type for d in with_documents.documents] == ["KYC_REPORT", "ID_DOCUMENT"]
    assert [i.id for i in solaris.list_identifications(person.id)] == [ident.id]
    assert solaris.get_identification_session(person.id, session.id).status == "successful"

    found = deliveries(receiver, 3)
    events = [parse_webhook(r.body, r.headers, hook.secret) for r in found]
    assert sorted(str(e.payload.status) for e in events) == ["pending", "pending_successful", "successful"]
    assert {e.metadata["entity_id"] for e in events} == {ident.id}
    assert {e.metadata["subscription_id"] for e in events} == {hook.id}
    assert {e.event_type for e in events} == {"IDENTIFICATION"}
    assert {e.attempt for e in events} == {1}
    assert len({e.delivery_id for e in events}) == 3
    last = next(e for e in events if e.payload.status == "successful")
    assert outcome(last) is Outcome.APPROVED and last.payload.person_id == person.id
    with pytest.raises(idv.WebhookVerificationError):
        parse_webhook(found[0].body + b" ", found[0].headers, hook.secret)
    with pytest.raises(idv.WebhookVerificationError):
        parse_webhook(found[0].body, found[0].headers, "wrong-secret")

    solaris.delete_webhook(hook.id)
    with pytest.raises(idv.NotFoundError) as caught:
        solaris.get_webhook(hook.id)
    assert caught.value.code == "model_not_found"
    assert caught.value.detail == f"Couldn't find 'Solaris::Webhook' for id '{hook.id}'."
    assert solaris.list_webhooks() == []
    assert auth_of(solaris).fetch_count == 1


async def test_async_lifecycle_against_the_emulator(
    idv_emulator: EmulatorServer, asolaris: AsyncSolarisClient, receiver: WebhookReceiver
) -> None:
    hook = await asolaris.create_webhook(f"{receiver.url}/solaris-async")
    assert isinstance(hook.secret, str)
    assert (await asolaris.get_webhook(hook.id)).url == f"{receiver.url}/solaris-async"
    assert [w.id for w in await asolaris.list_webhooks()] == [hook.id]

    person = await asolaris.create_person(CreatePersonRequest(first_name="Max", last_name="Muster"))
    assert (await asolaris.get_person(person.id)).last_name == "Muster"
    session = await asolaris.create_identification_session(person.id, {"identification_methods": ["bank_id"]})
    assert (await asolaris.get_identification_session(person.id, session.id)).id == session.id

    started = await asolaris.start_identification(
        person.id, session.id, method="bank_id", iban="DE11010101010101010100"
    )
    assert started.url == session.url  # no IDnow URL: the session's hosted page
    ident = started.identification
    assert (ident.status, ident.method, ident.iban) == ("pending", "bank_id", "DE11010101010101010100")

    idv_emulator.control(
        "POST",
        "solaris/outcome",
        json={"id": ident.id, "outcome": "decline", "failure_reason": "account_snapshot_failed"},
    )
    final = await asolaris.wait_for_completion(person.id, ident.id, timeout=10, interval=0.05)
    assert (final.status, final.failure_reason) == ("failed", "account_snapshot_failed")
    assert outcome(final) is Outcome.DECLINED
    assert (await asolaris.get_identification(person.id, ident.id, include_documents=True)).documents == []
    assert [i.id for i in await asolaris.list_identifications(person.id)] == [ident.id]
    assert [i.id async for i in asolaris.iter_identifications(person.id, page_size=1)] == [ident.id]

    events = [parse_webhook(r.body, r.headers, hook.secret) for r in deliveries(receiver, 3)]
    assert sorted(str(e.payload.status) for e in events) == ["failed", "pending", "pending_failed"]

    created = await asolaris.create_identification(
        person.id, session.id, {"method": "bank_id", "iban": "DE11010101010101010100"}
    )
    assert created.status == "created"
    requested = await asolaris.request_identification(person.id, created.id)
    assert requested.status == "pending"

    fetched = await asolaris.call(get_person.asyncio_detailed, person_id=person.id)
    assert isinstance(fetched, Person) and fetched.first_name == "Max"

    token = await asolaris.create_token()
    assert (token.token_type, token.expires_in, token.scope) == ("bearer", 3599, "partners")
    await asolaris.delete_webhook(hook.id)
    assert [w async for w in asolaris.iter_webhooks()] == []
    assert auth_of(asolaris).fetch_count == 1


def test_create_identification_and_request_step_by_step(idv_emulator: EmulatorServer, solaris: SolarisClient) -> None:
    person = solaris.create_person({"first_name": "Erika", "last_name": "Mustermann"})
    session = solaris.create_identification_session(person.id, {"identification_methods": ["idnow"]})
    created = solaris.create_identification(person.id, session.id, {"method": "idnow", "reference": "TST-ELCCJ"})
    assert (created.status, created.reference, created.completed_at) == ("created", "TST-ELCCJ", None)
    state = idv_emulator.control("GET", "state")["providers"]["solaris"]["identifications"][created.id]
    with pytest.raises(idv.UnprocessableEntityError) as caught:
        solaris.request_identification(
            person.id, created.id, {"secret": "000000" if state["secret"] != "000000" else "111111"}
        )
    assert (caught.value.code, caught.value.detail, caught.value.field) == (
        "invalid_secret",
        "Invalid Secret submitted",
        None,
    )
    assert caught.value.request_id is not None and caught.value.request_id.endswith("bex")
    requested = solaris.request_identification(person.id, created.id, {"secret": state["secret"]})
    assert requested.status == "pending"
    assert isinstance(requested.terms_and_conditions_signed_at, datetime.datetime)


def test_outcomes_from_the_emulator(idv_emulator: EmulatorServer, solaris: SolarisClient) -> None:
    person = solaris.create_person({"first_name": "Erika", "last_name": "Mustermann"})
    session = solaris.create_identification_session(person.id, {"identification_methods": ["idnow"]})
    results = {}
    for wanted in ("pending_successful", "canceled", "expired", "aborted"):
        ident = solaris.start_identification(person.id, session.id, method="idnow").identification
        idv_emulator.control("POST", "solaris/outcome", json={"id": ident.id, "outcome": wanted})
        current = solaris.wait_for_completion(person.id, ident.id, timeout=5, interval=0.05, stop_on_review=True)
        results[wanted] = (str(current.status), outcome(current))
    assert results == {
        "pending_successful": ("pending_successful", Outcome.REVIEW),
        "canceled": ("canceled", Outcome.CANCELLED),
        "expired": ("expired", Outcome.EXPIRED),
        "aborted": ("aborted", Outcome.CANCELLED),
    }


def test_wait_for_completion_times_out_on_a_provisional_result(
    idv_emulator: EmulatorServer, solaris: SolarisClient
) -> None:
    person = solaris.create_person({"first_name": "Erika", "last_name": "Mustermann"})
    session = solaris.create_identification_session(person.id, {"identification_methods": ["idnow"]})
    ident = solaris.start_identification(person.id, session.id).identification
    idv_emulator.control("POST", "solaris/outcome", json={"id": ident.id, "outcome": "pending_failed"})
    with pytest.raises(idv.WaitTimeoutError) as caught:
        solaris.wait_for_completion(person.id, ident.id, timeout=0.3, interval=0.05, max_interval=0.05)
    assert caught.value.last_status == "pending_failed"
    idv_emulator.control("POST", "solaris/outcome", json={"id": ident.id, "outcome": "successful"})
    assert solaris.wait_for_completion(person.id, ident.id, timeout=5, interval=0.05).status == "successful"


def test_session_deadline_expires_open_identifications(idv_emulator: EmulatorServer, solaris: SolarisClient) -> None:
    person = solaris.create_person({"first_name": "Erika", "last_name": "Mustermann"})
    session = solaris.create_identification_session(person.id, {"identification_methods": ["idnow"]})
    ident = solaris.start_identification(person.id, session.id).identification
    idv_emulator.control("POST", "clock/advance", json={"seconds": 25 * 3600})
    # The emulator's access token expired too (1 h): the client refreshes once on the 401.
    final = solaris.wait_for_completion(person.id, ident.id, timeout=5, interval=0.05)
    assert final.status == "expired" and outcome(final) is Outcome.EXPIRED
    assert auth_of(solaris).fetch_count == 2
    with pytest.raises(idv.BadRequestError) as caught:
        solaris.create_identification(person.id, session.id, {"method": "idnow"})
    assert caught.value.code == "identification_session_expired"


def test_pagination_against_the_emulator(
    idv_emulator: EmulatorServer, solaris: SolarisClient, receiver: WebhookReceiver
) -> None:
    person = solaris.create_person({"first_name": "Erika", "last_name": "Mustermann"})
    session = solaris.create_identification_session(person.id, {"identification_methods": ["idnow"]})
    ids = [solaris.create_identification(person.id, session.id, {}).id for _ in range(5)]
    assert [i.id for i in solaris.list_identifications(person.id, page=1, page_size=2)] == ids[:2]
    assert [i.id for i in solaris.list_identifications(person.id, page=3, page_size=2)] == ids[4:]
    assert solaris.list_identifications(person.id, page=4, page_size=2) == []
    assert [i.id for i in solaris.iter_identifications(person.id, page_size=2)] == ids
    hooks = [solaris.create_webhook(f"{receiver.url}/h{n}").id for n in range(3)]
    assert [w.id for w in solaris.iter_webhooks(page_size=2)] == hooks
    assert [w.id for w in solaris.list_webhooks(page=2, page_size=2)] == hooks[2:]


def test_errors_from_the_emulator(idv_emulator: EmulatorServer, solaris: SolarisClient) -> None:
    with pytest.raises(idv.NotFoundError) as not_found:
        solaris.get_person("0" * 32 + "cper")
    error = not_found.value
    assert (error.status_code, error.code, error.envelope.title) == (404, "model_not_found", "Model Not Found")
    assert error.detail == f"Couldn't find 'Solaris::Person' for id '{'0' * 32}cper'."
    assert error.request_id is not None and len(error.request_id) == 35 and error.request_id.endswith("bex")
    assert error.request_id == error.envelope.raw["errors"][0]["id"]

    with pytest.raises(idv.BadRequestError) as unsafe:
        solaris.create_webhook("http://hooks.example.com/solaris")
    assert (unsafe.value.code, unsafe.value.field, unsafe.value.detail) == (
        "unsafe_webhook_url",
        "url",
        "The webhook URL must use HTTPS.",
    )

    person = solaris.create_person({"first_name": "Erika", "last_name": "Mustermann"})
    with pytest.raises(idv.BadRequestError) as invalid:
        solaris.create_person({"first_name": " Erika", "last_name": "Mustermann"})
    assert (invalid.value.code, invalid.value.field) == ("invalid_model", "first_name")
    session = solaris.create_identification_session(person.id, {"identification_methods": ["idnow"]})
    with pytest.raises(idv.BadRequestError) as wrong_method:
        solaris.create_identification(person.id, session.id, {"method": "fourthline"})
    assert (wrong_method.value.code, wrong_method.value.field) == ("invalid_model", "method")


def test_closed_receiver_makes_create_webhook_fail(
    idv_emulator: EmulatorServer, solaris: SolarisClient, receiver: WebhookReceiver
) -> None:
    receiver.statuses.append(500)
    with pytest.raises(idv.BadRequestError) as caught:
        solaris.create_webhook(f"{receiver.url}/refuses")
    assert (caught.value.code, caught.value.field) == ("invalid_webhook_url", "url")
    assert solaris.list_webhooks() == []


def test_wrong_client_secret_against_the_emulator(idv_emulator: EmulatorServer) -> None:
    secret = "wrong-secret-4711"
    with SolarisClient(client_id=EMULATOR_ID, client_secret=secret, base_url=idv_emulator.url("solaris")) as client:
        with pytest.raises(idv.AuthenticationError) as caught:
            client.get_person("x")
        with pytest.raises(idv.AuthenticationError) as token_caught:
            client.create_token()
    assert caught.value.code == token_caught.value.code == "invalid_client"
    assert caught.value.status_code == 401
    assert caught.value.response.request.url.path == "/solaris/oauth2/token"
    assert secret not in str(caught.value) and secret not in repr(client)


async def test_async_concurrent_calls_share_one_emulator_token(
    idv_emulator: EmulatorServer, asolaris: AsyncSolarisClient
) -> None:
    person = await asolaris.create_person({"first_name": "Erika", "last_name": "Mustermann"})
    people = await asyncio.gather(*(asolaris.get_person(person.id) for _ in range(10)))
    assert {p.id for p in people} == {person.id}
    assert auth_of(asolaris).fetch_count == 1


def test_injected_faults_retry_reads_but_not_creations(
    idv_emulator: EmulatorServer, solaris: SolarisClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="idv")
    person = solaris.create_person({"first_name": "Erika", "last_name": "Mustermann"})
    idv_emulator.control(
        "POST",
        "faults",
        json={"provider": "solaris", "operation_id": "get_person", "status": 503, "retry_after": "0", "count": 2},
    )
    assert solaris.get_person(person.id).id == person.id
    idv_emulator.control(
        "POST",
        "faults",
        json={"provider": "solaris", "operation_id": "create_person", "status": 503, "retry_after": "0", "count": 1},
    )
    with pytest.raises(idv.InternalServerError) as caught:
        solaris.create_person({"first_name": "Erika", "last_name": "Mustermann"})
    assert caught.value.status_code == 503
    assert idv_emulator.control("GET", "faults") == []  # both consumed
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert retries == [
        f"retrying GET /solaris/v1/persons/{person.id} in 0.00 s (retry 1): status 503",
        f"retrying GET /solaris/v1/persons/{person.id} in 0.00 s (retry 2): status 503",
    ]
    assert len(idv_emulator.control("GET", "state")["providers"]["solaris"]["persons"]) == 1


def test_generated_operation_through_call_against_the_emulator(
    idv_emulator: EmulatorServer, solaris: SolarisClient
) -> None:
    person = solaris.create_person({"first_name": "Erika", "last_name": "Mustermann"})
    fetched = solaris.call(get_person.sync_detailed, person_id=person.id)
    assert isinstance(fetched, Person) and fetched.id == person.id
    token = solaris.create_token()
    assert (token.token_type, token.expires_in) == ("bearer", 3599)


def test_environment_variables_drive_the_client(monkeypatch: pytest.MonkeyPatch, idv_emulator: EmulatorServer) -> None:
    monkeypatch.setenv("SOLARIS_CLIENT_ID", EMULATOR_ID)
    monkeypatch.setenv("SOLARIS_CLIENT_SECRET", EMULATOR_SECRET)
    monkeypatch.setenv("SOLARIS_BASE_URL", idv_emulator.url("solaris"))
    with SolarisClient() as client:
        assert client.token_url == f"{idv_emulator.url('solaris')}/oauth2/token"
        assert client.create_person({"first_name": "Env", "last_name": "Var"}).first_name == "Env"
