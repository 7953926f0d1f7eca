"""How requests reach the provider: retries that cover the whole body, proxies, TLS, the
application's own httpx client, and credentials in URLs kept out of what is shown.

Corporate networks route through proxies (`HTTPS_PROXY`/`NO_PROXY`), inspect TLS with their
own CA, or hand the SDK a preconfigured `httpx.Client`; the overlay must honour each while
keeping its auth, retries and typed errors. Loopback servers stand in for the proxy and the
provider, so what is asserted is where the bytes really went.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import socketserver
import ssl
import threading
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

import idv
from idv.hopae import AsyncHopaeClient, HopaeClient
from scripts._registry import PROVIDERS
from tests.overlays.adapters import adapter

PROVIDER_ENV = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
)


@pytest.fixture(autouse=True)
def clean_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in PROVIDER_ENV:
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture(params=PROVIDERS)
def kit(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    module = adapter(request.param)
    for variable in (*module.ENV, module.WEBHOOK_SECRET_ENV):
        if variable:
            monkeypatch.delenv(variable, raising=False)
    return module


# -- loopback stand-ins ------------------------------------------------------------------------


class Recorder(socketserver.ThreadingTCPServer):
    """Records each request line it receives and answers 404 with a JSON body (a proxy asked
    to CONNECT answers 403, so the tunnel fails fast)."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lines: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        server: Recorder = self.server  # type: ignore[assignment]
        while True:
            line = self.rfile.readline(65536).decode("latin-1").strip()
            if not line:
                return
            length = 0
            while header := self.rfile.readline(65536).decode("latin-1").strip():
                name, _, value = header.partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self.rfile.read(length)
            server.lines.append(line)
            if line.startswith("CONNECT "):
                self.wfile.write(b"HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                return
            body = b"{}"
            self.wfile.write(
                b"HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s"
                % (len(body), body)
            )


@pytest.fixture
def servers() -> Iterator[tuple[Recorder, Recorder]]:
    """A proxy and a provider, both recording."""
    pair = (Recorder(), Recorder())
    threads = [threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True) for s in pair]
    for thread in threads:
        thread.start()
    yield pair
    for server in pair:
        server.shutdown()
        server.server_close()


def hopae(base_url: str, **options: Any) -> HopaeClient:
    return HopaeClient(client_id="net-client", client_secret="net-secret-0123456789", base_url=base_url, **options)


# -- a body that breaks after the headers ---------------------------------------------------------


class _Broken(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Half a JSON body, then the connection drops (what a proxy or load balancer reset does)."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"veri'
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"veri'
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")


def broken_then(kit: ModuleType, final: httpx.Response) -> tuple[httpx.MockTransport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        early = kit.preflight(request)
        if early is not None:
            return early
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(200, headers={"content-type": "application/json"}, stream=_Broken())
        return final

    return httpx.MockTransport(handler), seen


def test_a_read_that_drops_mid_body_is_retried(kit: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.sleep", lambda seconds: None)
    transport, seen = broken_then(kit, httpx.Response(404, json={}))
    with kit.client(transport) as client, pytest.raises(idv.NotFoundError):
        kit.read(client)
    assert len(seen) == 2  # the dropped body was retried; the second answer surfaced


def test_a_creation_that_drops_mid_body_is_not_retried(kit: ModuleType) -> None:
    transport, seen = broken_then(kit, httpx.Response(404, json={}))
    with kit.client(transport) as client, pytest.raises(idv.APIConnectionError) as caught:
        kit.create(client)
    assert len(seen) == 1 and "RemoteProtocolError" in str(caught.value)


def test_the_async_client_retries_a_dropped_body_too() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            return httpx.Response(200, headers={"content-type": "application/json"}, stream=_Broken())
        return httpx.Response(404, json={"error": "not_found"})

    async def run() -> None:
        transport = httpx.MockTransport(handler)
        async with AsyncHopaeClient(
            client_id="c", client_secret="s", base_url="https://hopae.test", transport=transport
        ) as client:
            with pytest.raises(idv.NotFoundError):
                await client.get_verification("a" * 32)  # one backoff (< 0.5 s) between the two

    asyncio.run(run())
    assert len(seen) == 2


# -- proxies ---------------------------------------------------------------------------------


def test_https_proxy_from_the_environment_carries_every_provider(
    kit: ModuleType, servers: tuple[Recorder, Recorder], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, _ = servers
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    with kit.client(None, max_retries=0) as client, pytest.raises(idv.APIConnectionError):
        kit.read(client)
    host = httpx.URL(client.base_url).host
    assert proxy.lines and proxy.lines[0] == f"CONNECT {host}:443 HTTP/1.1"


def test_an_explicit_proxy_wins_and_trust_env_false_ignores_the_environment(
    kit: ModuleType, servers: tuple[Recorder, Recorder], monkeypatch: pytest.MonkeyPatch
) -> None:
    environment_proxy, explicit_proxy = servers
    monkeypatch.setenv("HTTPS_PROXY", environment_proxy.url)
    with kit.client(None, max_retries=0, proxy=explicit_proxy.url) as client, pytest.raises(idv.APIConnectionError):
        kit.read(client)
    assert environment_proxy.lines == [] and len(explicit_proxy.lines) == 1
    with (
        kit.client(None, max_retries=1, trust_env=False, proxy=explicit_proxy.url) as client,
        pytest.raises(idv.APIConnectionError),
    ):
        kit.read(client.with_options(max_retries=1))
    # A proxy that refuses the tunnel is a connection error: retried once for a read.
    assert environment_proxy.lines == [] and len(explicit_proxy.lines) == 3


def test_no_proxy_goes_direct_and_plain_http_is_forwarded(
    servers: tuple[Recorder, Recorder], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, provider = servers
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    with hopae(provider.url) as client, pytest.raises(idv.NotFoundError):
        client.get_verification("a" * 32)
    path = f"/connect/v1/verifications/{'a' * 32}"
    assert proxy.lines == [f"GET {provider.url}{path} HTTP/1.1"] and provider.lines == []
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    with hopae(provider.url) as client, pytest.raises(idv.NotFoundError):
        client.get_verification("a" * 32)
    assert len(proxy.lines) == 1 and provider.lines == [f"GET {path} HTTP/1.1"]


def test_a_proxy_password_never_shows(servers: tuple[Recorder, Recorder], caplog: pytest.LogCaptureFixture) -> None:
    proxy, provider = servers
    authenticated = proxy.url.replace("http://", "http://corp:proxy-pw-7781@")
    with (
        caplog.at_level(logging.DEBUG, logger="idv"),
        hopae(provider.url.replace("http://", "http://user:url-pw-5512@"), proxy=authenticated) as client,
        pytest.raises(idv.NotFoundError) as caught,
    ):
        client.get_verification("a" * 32)
    assert len(proxy.lines) == 1
    for shown in (repr(client), str(caught.value), repr(caught.value), caplog.text):
        assert "proxy-pw-7781" not in shown and "url-pw-5512" not in shown
    assert "-> 404" in caplog.text


# -- TLS -------------------------------------------------------------------------------------


class RecordingContext(ssl.SSLContext):
    """An SSL context that records the handshakes it is asked for and refuses them."""

    used: list[str | None]

    def wrap_socket(self, sock: socket.socket, *args: Any, **kwargs: Any) -> ssl.SSLSocket:  # type: ignore[override]
        self.used.append(kwargs.get("server_hostname"))
        raise ssl.SSLError("refused by the test's context")


def test_verify_takes_the_callers_ssl_context(servers: tuple[Recorder, Recorder]) -> None:
    _, provider = servers
    context = RecordingContext(ssl.PROTOCOL_TLS_CLIENT)
    context.used = []
    url = provider.url.replace("http://", "https://")
    with hopae(url, verify=context, max_retries=0) as client, pytest.raises(idv.APIConnectionError):
        client.get_verification("a" * 32)
    assert context.used == ["127.0.0.1"]


# -- the application's own httpx client ---------------------------------------------------------


def test_the_applications_http_client_is_used_and_left_open(kit: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.sleep", lambda seconds: None)
    hooked: list[str] = []
    answers = [httpx.Response(503, json={}), httpx.Response(404, json={})]

    def handler(request: httpx.Request) -> httpx.Response:
        early = kit.preflight(request)
        return early if early is not None else answers.pop(0)

    own = httpx.Client(
        transport=httpx.MockTransport(handler),
        event_hooks={"request": [lambda request: hooked.append(request.headers.get("authorization", ""))]},
    )
    with kit.client(None, http_client=own) as client, pytest.raises(idv.NotFoundError):
        kit.read(client)
    assert answers == []  # 503 retried by the overlay, then 404
    assert hooked and all(h for h in hooked)  # the overlay's auth on every request, through the app's hooks
    assert not own.is_closed
    own.close()


def test_http_client_misuse_is_a_configuration_error(kit: ModuleType) -> None:
    with pytest.raises(idv.ConfigurationError, match=r"httpx\.Client$"):
        kit.client(None, http_client=httpx.AsyncClient())
    with pytest.raises(idv.ConfigurationError, match="transport="):
        kit.client(httpx.MockTransport(lambda r: httpx.Response(200)), http_client=httpx.Client())
    with pytest.raises(idv.ConfigurationError, match="verify="):
        kit.client(None, http_client=httpx.Client(), verify=False)


def test_the_async_client_takes_an_async_http_client() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"error": "not_found"})

    async def run() -> bool:
        own = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with AsyncHopaeClient(
            client_id="c", client_secret="s", base_url="https://hopae.test", http_client=own
        ) as client:
            with pytest.raises(idv.NotFoundError):
                await client.get_verification("a" * 32)
        still_open = not own.is_closed
        await own.aclose()
        return still_open

    assert asyncio.run(run())
    assert len(seen) == 1 and seen[0].headers["authorization"].startswith("Basic ")
    with pytest.raises(idv.ConfigurationError, match=r"httpx\.AsyncClient$"):
        AsyncHopaeClient(client_id="c", client_secret="s", base_url="https://hopae.test", http_client=httpx.Client())
