"""The shared overlay machinery: retry decisions, Retry-After, error mapping, redaction, config."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

import idv
from idv._core._config import resolve_base_url, setting
from idv._core._errors import ErrorEnvelope, status_error
from idv._core._logs import SensitiveFilter, redact, redact_headers
from idv._core._retry import RetryPolicy, RetryTransport, retry_after


def scripted(*answers: int | type[Exception]) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """A transport answering each request with the next status, or raising the next error."""
    seen: list[httpx.Request] = []
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = queue.pop(0)
        if isinstance(answer, int):
            return httpx.Response(answer, json={}, headers={"retry-after": "0"} if answer == 429 else {})
        raise answer("boom", request=request)

    return httpx.MockTransport(handler), seen


def client_with(transport: httpx.BaseTransport, **policy: object) -> tuple[httpx.Client, list[float]]:
    sleeps: list[float] = []
    retrying = RetryTransport(transport, RetryPolicy(**policy), sleep=sleeps.append)  # type: ignore[arg-type]
    return httpx.Client(transport=retrying, base_url="https://api.test"), sleeps


@pytest.mark.parametrize(
    ("method", "answers", "attempts", "final"),
    [
        ("GET", (503, 502, 200), 3, 200),
        ("GET", (500, 500, 500, 200), 3, 500),  # 2 retries, then the error surfaces
        ("DELETE", (408, 200), 2, 200),
        ("GET", (404,), 1, 404),
        ("POST", (503,), 1, 503),  # a create may have happened: never retried
        ("POST", (500,), 1, 500),
        ("POST", (429, 201), 2, 201),  # refused without processing: safe to retry
    ],
)
def test_status_retry_decisions(method: str, answers: tuple[int, ...], attempts: int, final: int) -> None:
    transport, seen = scripted(*answers)
    client, _ = client_with(transport)
    assert client.request(method, "/x").status_code == final
    assert len(seen) == attempts


def test_connection_errors_retried_only_when_safe() -> None:
    transport, seen = scripted(httpx.ConnectError, 201)
    client, _ = client_with(transport)
    assert client.post("/create").status_code == 201  # never reached the server
    assert len(seen) == 2

    transport, seen = scripted(httpx.ReadTimeout, 201)
    client, _ = client_with(transport)
    with pytest.raises(httpx.ReadTimeout):
        client.post("/create")  # may have been created: not retried
    assert len(seen) == 1

    transport, seen = scripted(httpx.ReadTimeout, 200)
    client, _ = client_with(transport)
    assert client.get("/read").status_code == 200
    assert len(seen) == 2


def test_opt_in_and_read_only_predicates() -> None:
    transport, seen = scripted(httpx.ReadTimeout, 500, 201)
    client, _ = client_with(transport, retry_creates=True)
    assert client.post("/create").status_code == 201
    assert len(seen) == 3

    transport, seen = scripted(503, 200)
    client, _ = client_with(transport, read_only=lambda r: r.url.path == "/status")
    assert client.post("/status").status_code == 200
    assert len(seen) == 2


def test_backoff_is_exponential_capped_and_jittered() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=8.0)
    for retry, nominal in enumerate([0.5, 1.0, 2.0, 4.0, 8.0, 8.0]):
        delay = policy.delay(retry, None)
        assert delay is not None
        assert nominal * 0.75 <= delay <= nominal


def test_retry_after_forms() -> None:
    def with_headers(**headers: str) -> httpx.Response:
        return httpx.Response(429, headers=headers)

    assert retry_after(with_headers(**{"retry-after": "3"})) == 3.0
    assert retry_after(with_headers(**{"retry-after-ms": "250"})) == 0.25
    future = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    value = retry_after(with_headers(**{"retry-after": future}))
    assert value is not None and 25 <= value <= 31
    assert retry_after(with_headers(**{"retry-after": "soon"})) is None
    policy = RetryPolicy(max_retry_after=60)
    assert policy.delay(0, with_headers(**{"retry-after": "7"})) == 7.0
    assert policy.delay(0, with_headers(**{"retry-after": "3600"})) is None  # too long: give up


def test_retry_after_is_slept_and_long_ones_are_not_waited() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"retry-after": "120"})

    client, sleeps = client_with(httpx.MockTransport(handler))
    assert client.get("/x").status_code == 429
    assert sleeps == []

    transport, _ = scripted(429, 200)
    client, sleeps = client_with(transport)
    assert client.get("/x").status_code == 200
    assert sleeps == [0.0]


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, idv.BadRequestError),
        (401, idv.AuthenticationError),
        (403, idv.PermissionDeniedError),
        (404, idv.NotFoundError),
        (405, idv.BadRequestError),
        (409, idv.ConflictError),
        (412, idv.BadRequestError),
        (422, idv.UnprocessableEntityError),
        (429, idv.RateLimitError),
        (500, idv.InternalServerError),
        (503, idv.InternalServerError),
    ],
)
def test_status_error_classes(status: int, cls: type[idv.APIStatusError]) -> None:
    response = httpx.Response(status, request=httpx.Request("GET", "https://api.test/v1/thing"))
    error = status_error(
        provider="test", response=response, envelope=ErrorEnvelope(code="c", detail="d"), request_id="r1"
    )
    assert type(error) is cls
    assert isinstance(error, idv.APIStatusError) and isinstance(error, idv.IdvError)
    assert error.status_code == status and error.request_id == "r1" and error.code == "c"
    assert str(error) == f"test answered {status} to GET /v1/thing: c d"


def test_timeout_is_a_connection_error() -> None:
    assert issubclass(idv.APITimeoutError, idv.APIConnectionError)
    assert issubclass(idv.WaitTimeoutError, TimeoutError)


def test_redaction_of_text_and_headers() -> None:
    assert redact("Authorization: Bearer abc.def-ghi") == "Authorization: Bearer <redacted>"
    assert redact("Basic c29sYXJpczpzZWNyZXQ=") == "Basic <redacted>"
    assert redact('{"access_token":"tok123","x":1}') == '{"access_token":"<redacted>","x":1}'
    assert redact("client_secret=s3cr3t&grant_type=client_credentials") == (
        "client_secret=<redacted>&grant_type=client_credentials"
    )
    assert redact_headers({"Authorization": "Bearer x", "Accept": "json"}) == {
        "Authorization": "<redacted>",
        "Accept": "json",
    }


def test_logger_filter_redacts_whatever_the_handler(caplog: pytest.LogCaptureFixture) -> None:
    log = logging.getLogger("idv")
    assert any(isinstance(f, SensitiveFilter) for f in log.filters)
    with caplog.at_level(logging.DEBUG, logger="idv"):
        log.debug("headers=%s", {"authorization": "proofme_live_key_123"})
        log.debug("sent Bearer tok_999 to %s", "https://x")
    text = caplog.text
    assert "proofme_live_key_123" not in text and "tok_999" not in text
    assert "<redacted>" in text


def test_settings_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    environments = {"production": "https://prod.test/", "sandbox": "https://sandbox.test"}
    monkeypatch.delenv("ACME_BASE_URL", raising=False)
    monkeypatch.delenv("ACME_ENVIRONMENT", raising=False)
    assert resolve_base_url("acme", None, None, environments) == "https://prod.test"
    assert resolve_base_url("acme", None, "sandbox", environments) == "https://sandbox.test"
    monkeypatch.setenv("ACME_ENVIRONMENT", "sandbox")
    assert resolve_base_url("acme", None, None, environments) == "https://sandbox.test"
    monkeypatch.setenv("ACME_BASE_URL", "http://local:1/")
    assert resolve_base_url("acme", None, "production", environments) == "http://local:1"
    assert resolve_base_url("acme", "http://arg", None, environments) == "http://arg"
    monkeypatch.delenv("ACME_BASE_URL")
    with pytest.raises(idv.ConfigurationError, match="unknown environment 'moon'"):
        resolve_base_url("acme", None, "moon", {"production": "x"})
    monkeypatch.setenv("ACME_API_KEY", "from-env")
    assert setting("acme", "api_key", None) == "from-env"
    assert setting("acme", "api_key", "arg") == "arg"
    monkeypatch.delenv("ACME_API_KEY")
    with pytest.raises(idv.ConfigurationError, match="set ACME_API_KEY"):
        setting("acme", "api_key", None)
