"""The control API against web pages and strangers; hosted-page links from the configured URL."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from idv_emulator import EmulatorConfig, EmulatorServer
from idv_emulator.cli import build_parser, config_from_args, main
from idv_emulator.config import ConfigError

PROOFME_KEY = "proofme_test_key"
PROOFME_ID = "03682de3-b51c-451c-b50e-1977a332c9f2"
TOKEN = "ctl-token-for-tests-0123456789"


def my_page_url(server: EmulatorServer, **headers: str) -> str:
    reply = httpx.post(
        f"{server.url('proofme')}/v1/identification",
        json={"proofmeId": PROOFME_ID},
        headers={"authorization": PROOFME_KEY, **headers},
    )
    assert reply.status_code == 201, reply.text
    url: str = reply.json()["identification"]["myPageUrl"]
    return url


def identifications(server: EmulatorServer) -> dict[str, object]:
    found: dict[str, object] = server.app.providers["proofme"].dump()["identifications"]
    return found


# -- item 5: what a web page can send is refused -------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/plain", '{"seconds": 3600}'),
        ("text/plain;charset=UTF-8", "{}"),
        ("application/x-www-form-urlencoded", "seconds=3600"),
        ("multipart/form-data; boundary=x", "--x--"),
        (None, '{"seconds": 3600}'),
    ],
)
def test_non_json_bodies_are_refused(idv_emulator: EmulatorServer, content_type: str | None, body: str) -> None:
    headers = {"content-type": content_type} if content_type else {}
    for path in ("reset", "clock/advance"):
        reply = httpx.post(f"{idv_emulator.base_url}/_emulator/{path}", content=body, headers=headers)
        assert reply.status_code == 415, reply.text
        assert "JSON" in reply.json()["error"]
    assert idv_emulator.control("GET", "clock")["offset_seconds"] == 0


def test_a_text_plain_reset_does_not_reset(idv_emulator: EmulatorServer) -> None:
    my_page_url(idv_emulator)
    reply = httpx.post(f"{idv_emulator.base_url}/_emulator/reset", content=b"x", headers={"content-type": "text/plain"})
    assert reply.status_code == 415
    assert len(identifications(idv_emulator)) == 1


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://localhost:3000", "https://127.0.0.1"])
def test_cross_origin_requests_are_refused(idv_emulator: EmulatorServer, origin: str) -> None:
    for method, path in (("GET", "state"), ("POST", "reset"), ("GET", "health")):
        reply = httpx.request(method, f"{idv_emulator.base_url}/_emulator/{path}", headers={"origin": origin})
        assert reply.status_code == 403, (method, path, reply.text)
        assert "cross-origin" in reply.json()["error"]


def test_cross_site_fetches_without_origin_are_refused(idv_emulator: EmulatorServer) -> None:
    reply = httpx.get(f"{idv_emulator.base_url}/_emulator/state", headers={"sec-fetch-site": "cross-site"})
    assert reply.status_code == 403


def test_same_origin_requests_pass(idv_emulator: EmulatorServer) -> None:
    reply = httpx.post(
        f"{idv_emulator.base_url}/_emulator/clock/advance",
        json={"seconds": 5},
        headers={"origin": idv_emulator.base_url, "sec-fetch-site": "same-origin"},
    )
    assert reply.status_code == 200, reply.text


@pytest.mark.parametrize("host", ["rebind.attacker.example", "rebind.attacker.example:{port}", "127.0.0.1.nip.io"])
def test_foreign_host_headers_are_refused(idv_emulator: EmulatorServer, host: str) -> None:
    """DNS rebinding: the page's own name resolves to 127.0.0.1, so its Host header is foreign."""
    reply = httpx.get(f"{idv_emulator.base_url}/_emulator/state", headers={"host": host.format(port=idv_emulator.port)})
    assert reply.status_code == 403, reply.text
    assert "secret" not in reply.text and "providers" not in reply.text


@pytest.mark.parametrize("host", ["localhost:{port}", "127.0.0.1:{port}", "127.0.0.2", "[::1]:{port}", "LOCALHOST"])
def test_loopback_host_headers_pass(idv_emulator: EmulatorServer, host: str) -> None:
    reply = httpx.get(
        f"{idv_emulator.base_url}/_emulator/health", headers={"host": host.format(port=idv_emulator.port)}
    )
    assert reply.status_code == 200, reply.text


# -- item 5: the control token, and no non-loopback bind without it ---------------------------


@pytest.fixture(scope="module")
def guarded() -> Iterator[EmulatorServer]:
    with EmulatorServer(config=EmulatorConfig(control_token=TOKEN)) as server:
        yield server


@pytest.mark.parametrize(
    "headers",
    [{}, {"authorization": "Bearer wrong"}, {"x-emulator-token": "wrong"}, {"authorization": f"Basic {TOKEN}"}],
)
def test_with_a_token_every_control_request_needs_it(guarded: EmulatorServer, headers: dict[str, str]) -> None:
    for method, path in (("GET", "health"), ("GET", "state"), ("POST", "reset")):
        reply = httpx.request(method, f"{guarded.base_url}/_emulator/{path}", headers=headers)
        assert reply.status_code == 401, (method, path)
        assert TOKEN not in reply.text


@pytest.mark.parametrize("headers", [{"authorization": f"Bearer {TOKEN}"}, {"x-emulator-token": TOKEN}])
def test_the_token_opens_the_control_api(guarded: EmulatorServer, headers: dict[str, str]) -> None:
    assert httpx.get(f"{guarded.base_url}/_emulator/state", headers=headers).status_code == 200
    assert guarded.control("GET", "health")["status"] == "ok"  # the server helper sends it


def test_the_token_is_never_shown(guarded: EmulatorServer) -> None:
    assert TOKEN not in repr(guarded.app.config)
    assert TOKEN not in build_parser().format_help()


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.0.2.10"])  # noqa: S104 - refused, never bound
def test_a_non_loopback_bind_needs_a_token(host: str) -> None:
    with pytest.raises(ConfigError, match="control token"):
        EmulatorServer(host=host, config=EmulatorConfig(control_token=None))


def test_the_cli_refuses_a_non_loopback_bind_without_a_token(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IDV_EMULATOR_CONTROL_TOKEN", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", "--host", "0.0.0.0", "--port", "1"])  # noqa: S104 - refused before binding
    assert exit_info.value.code == 2
    assert "control token" in capsys.readouterr().err


def test_cli_settings_reach_the_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IDV_EMULATOR_CONTROL_TOKEN", raising=False)
    args = build_parser().parse_args(
        [
            "serve",
            "--public-url",
            "https://tunnel.example/",
            "--control-token",
            TOKEN,
            "--max-resources",
            "50",
            "--webhook-concurrency",
            "4",
        ]
    )
    config = config_from_args(args)
    assert config.public_url == "https://tunnel.example"
    assert config.control_token == TOKEN
    assert (config.max_resources, config.webhook_concurrency) == (50, 4)
    monkeypatch.setenv("IDV_EMULATOR_PUBLIC_URL", "http://emu.internal:9000")
    assert EmulatorConfig().public_url == "http://emu.internal:9000"


@pytest.mark.parametrize("url", ["ftp://x.example", "not a url", "https://", "https://x.example?q=1"])
def test_a_bad_public_url_is_refused(url: str) -> None:
    with pytest.raises(ConfigError):
        EmulatorConfig(public_url=url)


# -- item 12: hosted-page links come from the configuration, never from the Host header -------


def test_page_links_ignore_the_host_header(idv_emulator: EmulatorServer) -> None:
    url = my_page_url(idv_emulator, host="phish.example")
    assert url.startswith(f"{idv_emulator.url('proofme')}/_pages/identifications/")
    assert "phish" not in url


@pytest.fixture(scope="module")
def tunnelled() -> Iterator[EmulatorServer]:
    with EmulatorServer(config=EmulatorConfig(public_url="https://tunnel.example")) as server:
        yield server


def test_page_links_use_the_public_url(tunnelled: EmulatorServer) -> None:
    for host in ({}, {"host": "phish.example"}):
        url = my_page_url(tunnelled, **host)
        assert url.startswith("https://tunnel.example/proofme/_pages/identifications/"), url


def test_the_public_url_host_may_use_the_control_api(tunnelled: EmulatorServer) -> None:
    headers = {"host": "tunnel.example", "origin": "https://tunnel.example"}
    assert httpx.get(f"{tunnelled.base_url}/_emulator/health", headers=headers).status_code == 200
    # a tunnel that rewrites Host to the local address still passes the browser's Origin
    assert httpx.get(f"{tunnelled.base_url}/_emulator/health", headers={"origin": "https://tunnel.example"}).is_success
    assert httpx.get(f"{tunnelled.base_url}/_emulator/health", headers={"host": "other.example"}).status_code == 403
