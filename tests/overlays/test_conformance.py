"""What must hold for every provider, run for every provider of the registry.

Redaction, the retry rules (idempotent reads retried, creations never once they may have
happened), connection errors, non-JSON error bodies, missing credentials, and the webhook
surface with its forgery set. What only a provider knows comes from its adapter
(`tests/overlays/adapters/<provider>.py`); per-provider test files keep only quirks.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

import idv
from idv._core._retry import RetryTransport
from scripts._registry import PROVIDERS, overlay_module
from tests.overlays.adapters import adapter

Answer = httpx.Response | type[Exception]


@pytest.fixture(params=PROVIDERS)
def provider(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture
def kit(provider: str, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    module = adapter(provider)
    for variable in (*module.ENV, module.WEBHOOK_SECRET_ENV):
        if variable:
            monkeypatch.delenv(variable, raising=False)
    return module


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The retry transports of every client built in a test record their backoff instead of
    sleeping (what they would have slept is what the tests check)."""
    recorded: list[float] = []
    original = RetryTransport.__init__

    def recording(
        self: RetryTransport, inner: httpx.BaseTransport, policy: Any, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        original(self, inner, policy, recorded.append)

    monkeypatch.setattr(RetryTransport, "__init__", recording)
    return recorded


def scripted(kit: ModuleType, *answers: Answer) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    """A transport that answers the adapter's preflight (token fetch) itself, and every other
    request with the next answer (the last one repeats)."""
    seen: list[httpx.Request] = []
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        early = kit.preflight(request)
        if early is not None:
            return early
        seen.append(request)
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, httpx.Response):
            return answer
        raise answer("simulated", request=request)

    return httpx.MockTransport(handler), seen


def status(code: int, **headers: str) -> httpx.Response:
    # Retry-After: 0 keeps retried tests fast without changing what is retried.
    return httpx.Response(code, json={}, headers={"retry-after": "0", **headers})


def call(kit: ModuleType, operation: Callable[[Any], object], *answers: Answer, **options: Any) -> list[httpx.Request]:
    transport, seen = scripted(kit, *answers)
    with kit.client(transport, **options) as client:
        operation(client)
    return seen


# -- the surface ---------------------------------------------------------------------------


def test_module_surface_is_the_same_for_every_provider(provider: str) -> None:
    module = importlib.import_module(overlay_module(provider))
    for name in ("STATUS_OUTCOMES", "TERMINAL_STATUSES", "UNKNOWN_OUTCOME", "outcome", "parse_webhook"):
        assert name in module.__all__, name
    assert {s for s, o in module.STATUS_OUTCOMES.items() if o.final} == module.TERMINAL_STATUSES
    assert module.UNKNOWN_OUTCOME in (idv.Outcome.PENDING, idv.Outcome.REVIEW)
    for status, expected in module.STATUS_OUTCOMES.items():
        assert module.outcome(status) is expected
        assert module.outcome(str(status)) is expected
    assert module.outcome("a-status-from-the-future") is module.UNKNOWN_OUTCOME
    clients = [getattr(module, n) for n in module.__all__ if n.endswith("Client")]
    assert len(clients) == 2 and {c.__name__.startswith("Async") for c in clients} == {True, False}


# -- redaction -----------------------------------------------------------------------------


def test_credentials_never_show_in_reprs_errors_or_logs(
    kit: ModuleType, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logging.getLogger("idv"), "level", logging.DEBUG)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        early = kit.preflight(request)
        return early if early is not None else httpx.Response(401, json={"error": "unauthorized"})

    options = {kit.WEBHOOK_SECRET_OPTION: SECRET} if kit.WEBHOOK_SECRET_OPTION else {}
    with caplog.at_level(logging.DEBUG, logger="idv"), kit.client(httpx.MockTransport(handler), **options) as client:
        with pytest.raises(idv.AuthenticationError) as caught:
            kit.read(client)
        shown = [
            repr(client),
            repr(client.with_options(timeout=5)),
            repr(client._settings),
            str(caught.value),
            repr(caught.value),
            caplog.text,
            *(str(record.args) for record in caplog.records),
        ]
    last = sent[-1]
    assert f"HTTP {last.method} {last.url} -> 401" in caplog.text  # the request was logged,
    assert "<redacted>" in caplog.text  # its credentials redacted
    # What went over the wire, token fetches included: the credential of each Authorization
    # header (a Basic pair, a bearer token or a raw key), encoded as sent.
    wire = {r.headers["authorization"].split()[-1] for r in sent if "authorization" in r.headers}
    assert wire
    for secret in (*kit.SECRETS, *wire, *options.values()):
        for text in shown:
            assert secret not in text
    # Redaction is of what is shown, never of what is sent.
    assert caught.value.request is not None
    assert caught.value.request.headers["authorization"] == last.headers["authorization"]


# -- retries -------------------------------------------------------------------------------


def test_idempotent_reads_are_retried_twice_with_backoff_then_the_error_surfaces(
    provider: str, kit: ModuleType, sleeps: list[float]
) -> None:
    with pytest.raises(idv.InternalServerError) as caught:
        call(kit, kit.read, status(503))
    assert caught.value.status_code == 503 and caught.value.provider == provider
    sleeps.clear()
    answers = (httpx.Response(503, json={}), httpx.Response(502, json={}), httpx.Response(404, json={}))
    transport, seen = scripted(kit, *answers)
    with kit.client(transport) as client, pytest.raises(idv.NotFoundError):
        kit.read(client)
    assert len(seen) == 3
    # Exponential from 0.5 s, with up to 25 % jitter off.
    assert len(sleeps) == 2 and 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0


def test_max_retries_is_an_option_and_with_options_changes_only_the_copy(kit: ModuleType) -> None:
    transport, seen = scripted(kit, status(500))
    with kit.client(transport) as client:
        with pytest.raises(idv.InternalServerError):
            kit.read(client.with_options(max_retries=0))
        assert len(seen) == 1
    transport, seen = scripted(kit, status(503), status(503), httpx.Response(404, json={}))
    with kit.client(transport, max_retries=0) as client:
        with pytest.raises(idv.InternalServerError):
            kit.read(client)
        assert len(seen) == 1
        patient = client.with_options(max_retries=2, timeout=5.0)
        assert patient.timeout == httpx.Timeout(5.0) and repr(patient) == repr(client)
        with pytest.raises(idv.NotFoundError):
            kit.read(patient)  # 503, then 404 after one retry
        assert len(seen) == 3
        assert client.retry_policy.max_retries == 0


def test_retry_after_is_honoured_and_a_long_one_is_not_waited_for(
    kit: ModuleType, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    answers = (
        httpx.Response(503, json={}, headers={"retry-after-ms": "30"}),
        httpx.Response(429, json={}, headers={"retry-after": "2"}),
        httpx.Response(404, json={}),
    )
    transport, seen = scripted(kit, *answers)
    with (
        caplog.at_level(logging.INFO, logger="idv"),
        kit.client(transport) as client,
        pytest.raises(idv.NotFoundError),
    ):
        kit.read(client)
    assert len(seen) == 3 and sleeps == [0.03, 2.0]
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    target = f"{seen[0].method} {seen[0].url.path}"
    assert retries == [
        f"retrying {target} in 0.03 s (retry 1): status 503",
        f"retrying {target} in 2.00 s (retry 2): status 429",
    ]
    sleeps.clear()
    transport, seen = scripted(kit, httpx.Response(429, json={}, headers={"retry-after": "3600"}))
    with kit.client(transport) as client, pytest.raises(idv.RateLimitError):
        kit.read(client)
    assert len(seen) == 1 and sleeps == []


def test_a_creation_is_never_retried_once_it_may_have_happened(
    provider: str, kit: ModuleType, sleeps: list[float]
) -> None:
    outcomes: list[tuple[Answer, type[Exception]]] = [
        (status(500), idv.InternalServerError),
        (status(503), idv.InternalServerError),
        (httpx.ReadTimeout, idv.APITimeoutError),
        (httpx.RemoteProtocolError, idv.APIConnectionError),
    ]
    for answer, error in outcomes:
        transport, seen = scripted(kit, answer)
        with kit.client(transport) as client, pytest.raises(error) as caught:
            kit.create(client)
        assert len(seen) == 1 and getattr(caught.value, "provider", None) == provider, answer
    assert sleeps == []
    # Refused unprocessed (429) or never sent (connection refused): retried.
    transport, seen = scripted(kit, status(429), httpx.ConnectError, status(500))
    with kit.client(transport) as client, pytest.raises(idv.InternalServerError):
        kit.create(client)
    assert len(seen) == 3
    # Opting in retries the rest too, as a client option or on a copy.
    transport, seen = scripted(kit, status(503))
    with kit.client(transport, retry_creates=True) as client, pytest.raises(idv.InternalServerError):
        kit.create(client)
    assert len(seen) == 3
    transport, seen = scripted(kit, httpx.ReadTimeout)
    with kit.client(transport) as client:
        with pytest.raises(idv.APITimeoutError):
            kit.create(client.with_options(retry_creates=True))
        assert len(seen) == 3
        assert client.retry_policy.retry_creates is False


def test_connection_errors_become_typed_errors(provider: str, kit: ModuleType) -> None:
    transport, seen = scripted(kit, httpx.ConnectError)
    with kit.client(transport) as client, pytest.raises(idv.APIConnectionError) as caught:
        kit.read(client)
    assert len(seen) == 3 and type(caught.value) is idv.APIConnectionError
    assert str(caught.value) == f"{provider}: connection failed (ConnectError)"
    transport, seen = scripted(kit, httpx.ReadTimeout)
    with kit.client(transport) as client, pytest.raises(idv.APITimeoutError) as timed_out:
        kit.read(client)
    assert len(seen) == 3 and str(timed_out.value) == f"{provider}: request timed out"


# -- error bodies --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "error"),
    [(400, idv.BadRequestError), (404, idv.NotFoundError), (502, idv.InternalServerError)],
)
def test_non_json_error_bodies_still_raise_the_typed_error(
    provider: str, kit: ModuleType, code: int, error: type[Exception]
) -> None:
    page = httpx.Response(
        code, text="<html>Bad Gateway</html>", headers={"content-type": "text/html", "x-request-id": "rq-9"}
    )
    transport, seen = scripted(kit, page)
    with kit.client(transport, max_retries=0) as client, pytest.raises(error) as caught:
        kit.read(client)
    assert isinstance(caught.value, idv.APIStatusError)
    assert caught.value.status_code == code and caught.value.provider == provider
    assert caught.value.envelope == idv.ErrorEnvelope(raw=None)  # no code, no detail
    assert caught.value.request_id == "rq-9"  # a proxy's request id is kept
    assert str(caught.value) == f"{provider} answered {code} to {seen[0].method} {seen[0].url.path}"


def test_a_success_body_that_is_not_the_model_is_a_validation_error(provider: str, kit: ModuleType) -> None:
    with pytest.raises(idv.APIResponseValidationError) as caught:
        call(kit, kit.read, httpx.Response(200, json={"unexpected": True}))
    assert caught.value.status_code == 200 and caught.value.provider == provider


# -- configuration -------------------------------------------------------------------------


def test_missing_credentials_name_the_keyword_and_the_variable(provider: str, kit: ModuleType) -> None:
    module = importlib.import_module(overlay_module(provider))
    classes = (kit.CLIENT, getattr(module, f"Async{kit.CLIENT.__name__}"))
    keyword = {variable: variable.removeprefix(f"{provider.upper()}_").lower() for variable in kit.ENV}
    for cls in classes:
        for missing in kit.ENV:
            given = {keyword[v]: "x" for v in kit.ENV if v != missing}
            with pytest.raises(idv.ConfigurationError) as caught:
                cls(base_url="https://x.test", transport=httpx.MockTransport(lambda r: httpx.Response(200)), **given)
            name = keyword[missing]
            assert str(caught.value) == f"{provider}: no {name} given; pass {name}=... or set {missing}"


# -- webhooks ------------------------------------------------------------------------------

SECRET = "whsec_conformance_0123456789"


def parse(provider: str) -> Callable[..., idv.WebhookEvent[Any]]:
    parse_webhook: Callable[..., idv.WebhookEvent[Any]] = importlib.import_module(
        overlay_module(provider)
    ).parse_webhook
    return parse_webhook


def signed_only(kit: ModuleType) -> None:
    if kit.WEBHOOK_SECRET_ENV is None:
        pytest.skip("the provider does not sign its webhooks")


def test_a_valid_webhook_is_one_event_with_the_typed_payload(provider: str, kit: ModuleType) -> None:
    body = kit.WEBHOOK_BODY
    secret = SECRET if kit.WEBHOOK_SECRET_ENV else None
    event = parse(provider)(body, kit.sign(body, SECRET), secret)
    assert isinstance(event, idv.WebhookEvent) and event.provider == provider
    assert type(event.payload).__module__.startswith(f"{provider}_client.")
    assert event.payload.to_dict() == type(event.payload).from_dict(event.payload.to_dict()).to_dict()


def test_the_secret_defaults_to_the_environment_then_the_client(
    provider: str, kit: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    signed_only(kit)
    body, headers = kit.WEBHOOK_BODY, kit.sign(kit.WEBHOOK_BODY, SECRET)
    unanswered = httpx.MockTransport(lambda r: httpx.Response(500))
    with pytest.raises(idv.WebhookVerificationError, match=rf"\${kit.WEBHOOK_SECRET_ENV}"):
        parse(provider)(body, headers)
    with kit.client(unanswered) as client, pytest.raises(idv.WebhookVerificationError):
        client.parse_webhook(body, headers)  # no secret anywhere
    with kit.client(unanswered, **{kit.WEBHOOK_SECRET_OPTION: SECRET}) as client:
        assert client.parse_webhook(body, headers).provider == provider
    monkeypatch.setenv(kit.WEBHOOK_SECRET_ENV, SECRET)
    assert parse(provider)(body, headers).provider == provider
    with kit.client(unanswered) as client:
        assert client.webhook_secret == SECRET
        assert client.parse_webhook(body, headers).provider == provider
        with pytest.raises(idv.WebhookVerificationError):
            client.parse_webhook(body, headers, "another-secret")
    monkeypatch.setenv(kit.WEBHOOK_SECRET_ENV, "another-secret")
    with kit.client(unanswered, **{kit.WEBHOOK_SECRET_OPTION: SECRET}) as client:
        assert client.parse_webhook(body, headers).provider == provider  # the keyword wins


@pytest.mark.parametrize(
    "forgery",
    ["tampered-body", "wrong-secret", "no-signature", "garbage-signature", "reserialised", "empty-secret"],
)
def test_forged_webhooks_are_rejected(provider: str, kit: ModuleType, forgery: str) -> None:
    signed_only(kit)
    body = kit.WEBHOOK_BODY
    headers = kit.sign(body, SECRET)
    header = next(iter(headers))
    secret = SECRET
    expected = f"{header} does not match the body"
    if forgery == "tampered-body":
        body = body.replace(b"}", b',"x":1}', 1)
    elif forgery == "wrong-secret":
        headers = kit.sign(body, "not-the-secret")
    elif forgery == "no-signature":
        headers = {}
        expected = f"missing {header} header"
    elif forgery == "garbage-signature":
        headers = dict.fromkeys(headers, "sha256=00,t=1,v1=00")
        expected = ""
    elif forgery == "reserialised":
        body = body.replace(b'", "', b'","')
        assert body != kit.WEBHOOK_BODY
    else:
        secret = ""
        expected = f"configured (${kit.WEBHOOK_SECRET_ENV})"
    with pytest.raises(idv.WebhookVerificationError) as caught:
        parse(provider)(body, headers, secret)
    assert expected in str(caught.value)
    assert SECRET not in str(caught.value)


def test_signature_headers_match_whatever_their_case(provider: str, kit: ModuleType) -> None:
    signed_only(kit)
    headers = {name.lower(): value for name, value in kit.sign(kit.WEBHOOK_BODY, SECRET).items()}
    assert parse(provider)(kit.WEBHOOK_BODY, headers, SECRET).provider == provider


def test_a_body_that_is_not_json_is_rejected_even_when_signed(provider: str, kit: ModuleType) -> None:
    body = b"not json"
    secret = SECRET if kit.WEBHOOK_SECRET_ENV else None
    with pytest.raises(idv.WebhookVerificationError, match="JSONDecodeError"):
        parse(provider)(body, kit.sign(body, SECRET), secret)


def test_an_unsigned_provider_refuses_a_secret(provider: str, kit: ModuleType) -> None:
    if kit.WEBHOOK_SECRET_ENV is not None:
        pytest.skip("the provider signs its webhooks")
    with pytest.raises(idv.ConfigurationError, match="unsigned"):
        parse(provider)(kit.WEBHOOK_BODY, {}, SECRET)
    unanswered = httpx.MockTransport(lambda r: httpx.Response(500))
    with kit.client(unanswered) as client, pytest.raises(idv.ConfigurationError, match="unsigned"):
        client.parse_webhook(kit.WEBHOOK_BODY, {}, SECRET)


# -- hostile webhook input -------------------------------------------------------------------


def _deep(levels: int) -> bytes:
    return b'{"a":' * levels + b"1" + b"}" * levels


@pytest.mark.parametrize(
    "body",
    [b"[" * 5000 + b"]" * 5000, _deep(5000), b"\xff\xfe\x00", b'{"id": 1e400}', b"[]", b"null", b'"text"'],
    ids=["deep-array", "deep-object", "not-utf8", "huge-number", "array", "null", "string"],
)
def test_only_a_verification_error_leaves_parse_webhook(provider: str, kit: ModuleType, body: bytes) -> None:
    """Whatever a (correctly signed) body holds, the caller sees `WebhookVerificationError`:
    a RecursionError or TypeError escaping would be a 500 in the app's webhook endpoint."""
    secret = SECRET if kit.WEBHOOK_SECRET_ENV else None
    with pytest.raises(idv.WebhookVerificationError):
        parse(provider)(body, kit.sign(body, SECRET), secret)


@pytest.mark.parametrize(
    "value",
    ["t=1" + "0" * 400 + ",v1=00", "t=²,v1=00", "t=" + "9" * 5000 + ",v1=00", "t=-5,v1=00", "t=,v1=", "=,=,,"],
)
def test_hostile_signature_headers_are_verification_errors(provider: str, kit: ModuleType, value: str) -> None:
    signed_only(kit)
    headers = dict.fromkeys(kit.sign(kit.WEBHOOK_BODY, SECRET), value)
    with pytest.raises(idv.WebhookVerificationError):
        parse(provider)(kit.WEBHOOK_BODY, headers, SECRET)


@pytest.mark.parametrize("attempt", ["²", "9" * 5000, "-1", "", "٣"])
def test_a_malformed_attempt_header_is_no_attempt_number(kit: ModuleType, attempt: str) -> None:
    """Delivery metadata that is not a plain number is ignored, never an exception: the
    signature already proved the body."""
    headers = {**kit.sign(kit.WEBHOOK_BODY, SECRET), "Solaris-Webhook-Attempt": attempt, "X-Attempt": attempt}
    secret = SECRET if kit.WEBHOOK_SECRET_ENV else None
    event = parse(kit.__name__.rsplit(".", 1)[-1])(kit.WEBHOOK_BODY, headers, secret)
    assert event.attempt is None
