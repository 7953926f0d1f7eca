"""The one provider model: registry, settings, failures, faults, lifecycles, the hosted page."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest

from idv_emulator import EmulatorConfig, EmulatorServer, create_app
from idv_emulator.cli import build_parser, config_from_args
from idv_emulator.core.errors import Failure, Kind
from idv_emulator.core.lifecycle import Change, Lifecycle, TransitionError
from idv_emulator.core.net import is_loopback_host, is_loopback_url
from idv_emulator.core.spec import specs_dir
from idv_emulator.hopae import HopaeSettings
from idv_emulator.registry import RegistryError, discover, provider_names

SPEC_PROVIDERS = tuple(sorted(p.name.removesuffix(".openapi.yaml") for p in specs_dir().glob("*.openapi.yaml")))


# -- registry -----------------------------------------------------------------------------


def test_registry_serves_exactly_the_specs() -> None:
    assert provider_names() == SPEC_PROVIDERS
    assert tuple(discover()) == SPEC_PROVIDERS
    for name, cls in discover().items():
        assert cls.name == name


def test_a_spec_without_an_emulator_package_fails_loudly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for spec in specs_dir().glob("*.openapi.yaml"):
        shutil.copy(spec, tmp_path / spec.name)
    shutil.copy(specs_dir() / "hopae.openapi.yaml", tmp_path / "acme.openapi.yaml")
    monkeypatch.setenv("IDV_EMULATOR_SPECS", str(tmp_path))
    with pytest.raises(RegistryError, match=r"specs/acme\.openapi\.yaml has no emulator package idv_emulator\.acme"):
        create_app()


def test_a_provider_without_a_spec_is_not_served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(specs_dir() / "hopae.openapi.yaml", tmp_path / "hopae.openapi.yaml")
    monkeypatch.setenv("IDV_EMULATOR_SPECS", str(tmp_path))
    app = create_app()
    try:
        assert list(app.providers) == ["hopae"]
    finally:
        app.webhooks.close()


# -- settings -----------------------------------------------------------------------------


def test_settings_come_from_the_environment_and_hide_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IDV_EMULATOR_HOPAE_CLIENT_SECRET", "s3cr3t-from-env")
    monkeypatch.setenv("IDV_EMULATOR_SOLARIS_TOKEN_TTL", "60")
    monkeypatch.setenv("IDV_EMULATOR_WEBHOOK_BACKOFF_SCALE", "0.5")
    app = create_app()
    try:
        assert app.providers["hopae"].settings.client_secret == "s3cr3t-from-env"
        assert app.providers["solaris"].settings.token_ttl == 60
        assert app.state.webhooks.scale == 0.5
        assert "s3cr3t-from-env" not in repr(app.providers["hopae"].settings)
        assert "s3cr3t-from-env" not in repr(app.config)
    finally:
        app.webhooks.close()


def test_cli_flags_are_derived_from_each_providers_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = build_parser()
    serve_help = parser._subparsers._group_actions[0].choices["serve"].format_help()  # type: ignore[union-attr]
    for flag in ("--hopae-client-secret", "--solaris-token-ttl", "--idenfy-signing-key", "--proofme-api-key"):
        assert flag in serve_help
    assert "IDV_EMULATOR_HOPAE_CLIENT_SECRET" in serve_help
    args = parser.parse_args(["serve", "--hopae-client-secret", "from-flag", "--solaris-token-ttl", "7"])
    config = config_from_args(args)
    assert config.providers["hopae"].client_secret == "from-flag"
    assert config.providers["solaris"].token_ttl == 7
    assert "from-flag" not in repr(config)
    with pytest.raises(SystemExit):
        parser.parse_args(["serve", "--solaris-token-ttl", "soon"])


def test_explicit_settings_win(idv_emulator: EmulatorServer) -> None:
    config = EmulatorConfig(providers={"hopae": HopaeSettings(client_id="other", client_secret="pw")})
    with EmulatorServer(config=config) as server:
        url = f"{server.url('hopae')}/connect/v1/providers"
        assert httpx.get(url, auth=("other", "pw")).status_code == 200
        assert httpx.get(url, auth=("hopae-client", "hopae-secret")).status_code == 401


# -- failures, faults ---------------------------------------------------------------------


def test_failure_detail_names_where_it_happened() -> None:
    assert Failure(Kind.MISSING, "is required", "query", "limit", "required").detail == (
        "missing required query parameter 'limit'"
    )
    assert Failure(Kind.VALIDATION, "'x' is not of type 'integer'", "path", "id", "type").detail == (
        "path parameter 'id': 'x' is not of type 'integer'"
    )
    assert Failure(Kind.VALIDATION, "too long", "body", "a.b", "maxLength").detail == "a.b: too long"
    assert Failure(Kind.VALIDATION, "bad", "body").detail == "bad"


@pytest.mark.parametrize(
    ("status", "code"), [(429, "rate_limit_exceeded"), (500, "internal_error"), (503, "service_unavailable")]
)
def test_hopae_renders_each_injected_status_in_its_own_code(
    idv_emulator: EmulatorServer, status: int, code: str
) -> None:
    idv_emulator.control("POST", "faults", json={"provider": "hopae", "status": status, "count": 1})
    reply = httpx.get(f"{idv_emulator.url('hopae')}/connect/v1/providers", auth=("hopae-client", "hopae-secret"))
    assert reply.status_code == status
    assert reply.json()["error"]["code"] == code
    assert reply.json()["error"]["message"].startswith("injected fault flt_")


def test_solaris_token_endpoint_errors_use_oauth_without_path_tracking(idv_emulator: EmulatorServer) -> None:
    base = idv_emulator.url("solaris")
    auth = ("solaris-client", "solaris-secret")
    bad_grant = httpx.post(f"{base}/oauth2/token", data={"grant_type": "password"}, auth=auth)
    assert bad_grant.status_code == 400 and bad_grant.json()["error"] == "unsupported_grant_type"
    idv_emulator.control("POST", "faults", json={"provider": "solaris", "status": 429, "count": 2})
    limited = httpx.post(f"{base}/oauth2/token", data={"grant_type": "client_credentials"}, auth=auth)
    assert limited.json()["error"] == "temporarily_unavailable"
    v1 = httpx.get(f"{base}/v1/persons/x", headers={"Authorization": "Bearer nope"})
    assert v1.status_code == 429 and v1.json()["errors"][0]["code"] == "too_many_requests"


# -- lifecycle ----------------------------------------------------------------------------


class _Thing:
    def __init__(self) -> None:
        self.status = "open"
        self.history: list[str] = []


def test_lifecycle_records_history_and_emits_one_change_per_move() -> None:
    changes: list[Change] = []
    lifecycle = Lifecycle({"open": ("done", "open"), "done": ()}, changes.append)
    thing = _Thing()
    lifecycle.start(thing)
    lifecycle.move(thing, "done", event="finished")
    assert thing.history == ["open", "done"]
    assert [(c.previous, c.status, c.event) for c in changes] == [(None, "open", None), ("open", "done", "finished")]
    assert lifecycle.terminal == frozenset({"done"})
    with pytest.raises(TransitionError):
        lifecycle.move(thing, "open")
    with pytest.raises(ValueError, match="undeclared"):
        Lifecycle({"open": ("gone",)})


def test_every_provider_declares_its_transitions_and_outcomes() -> None:
    app = create_app()
    try:
        for name, provider in app.providers.items():
            assert provider.outcomes, f"{name} declares no outcomes"
            backend = provider.backend  # type: ignore[attr-defined]
            assert backend.lifecycle.terminal, f"{name} has no terminal status"
    finally:
        app.webhooks.close()


# -- loopback -----------------------------------------------------------------------------


def test_one_loopback_check() -> None:
    assert is_loopback_host("127.0.0.2") and is_loopback_host("::1") and is_loopback_host("LOCALHOST")
    assert not is_loopback_host("example.com") and not is_loopback_host("10.0.0.1")
    assert is_loopback_url("http://127.0.0.1:9/x") and not is_loopback_url("http://[::1")


# -- hosted decision page -----------------------------------------------------------------


def _idenfy_token(server: EmulatorServer, **extra: object) -> dict[str, str]:
    reply = httpx.post(
        f"{server.url('idenfy')}/api/v2/token",
        json={"clientId": "page-1", **extra},
        auth=("idenfy-key", "idenfy-secret"),
    )
    assert reply.status_code == 201
    data: dict[str, str] = reply.json()
    return data


def test_page_offers_every_declared_outcome(idv_emulator: EmulatorServer) -> None:
    token = _idenfy_token(idv_emulator)
    page = httpx.get(token["redirectUrl"])
    assert page.status_code == 200
    provider = idv_emulator.app.providers["idenfy"]
    for outcome in provider.outcomes:
        assert f'id="{outcome.value}" name="decision" value="{outcome.value}"' in page.text
    assert 'name="tag"' in page.text and "DUPLICATE_FACE" in page.text
    assert 'name="manual"' in page.text


def test_page_suspected_with_a_reason_tag(idv_emulator: EmulatorServer) -> None:
    token = _idenfy_token(idv_emulator)
    reply = httpx.post(
        token["redirectUrl"], data={"decision": "SUSPECTED", "tag": "DUPLICATE_FACE", "manual": "REVIEWING"}
    )
    assert reply.status_code == 303
    status = httpx.post(
        f"{idv_emulator.url('idenfy')}/api/v2/status",
        json={"scanRef": token["scanRef"]},
        auth=("idenfy-key", "idenfy-secret"),
    ).json()
    assert status["status"] == "REVIEWING"
    assert status["fraudTags"] == ["DUPLICATE_FACE"] and status["mismatchTags"] == []


def test_page_rejects_an_undeclared_outcome_or_parameter_value(idv_emulator: EmulatorServer) -> None:
    token = _idenfy_token(idv_emulator)
    assert httpx.post(token["redirectUrl"], data={"decision": "maybe"}).status_code == 400
    assert httpx.post(token["redirectUrl"], data={"decision": "SUSPECTED", "tag": "NOPE"}).status_code == 400


def test_page_and_control_api_accept_the_same_outcomes(idv_emulator: EmulatorServer) -> None:
    auth = ("hopae-client", "hopae-secret")
    base = idv_emulator.url("hopae")
    created = httpx.post(f"{base}/connect/v1/verifications", json={"providerId": "itsme"}, auth=auth).json()
    page_url = created["flowDetails"]["authorizationUrl"]
    assert 'id="awaiting_user_action"' in httpx.get(page_url).text
    assert httpx.post(page_url, data={"decision": "awaiting_user_action"}).status_code == 303
    status = httpx.get(f"{base}/connect/v1/verifications/{created['verificationId']}", auth=auth).json()
    assert status["status"] == "awaiting_user_action"
    assert httpx.post(page_url, data={"decision": "approve", "loa": "3"}).status_code == 303
    status = httpx.get(f"{base}/connect/v1/verifications/{created['verificationId']}", auth=auth).json()
    assert status["status"] == "completed" and status["hopae_loa"] == 3
    bad = httpx.post(
        f"{idv_emulator.base_url}/_emulator/hopae/outcome", json={"id": created["verificationId"], "outcome": "maybe"}
    )
    assert bad.status_code == 400 and "approve" in bad.json()["error"]


def test_solaris_page_offers_pending_successful(idv_emulator: EmulatorServer) -> None:
    base = idv_emulator.url("solaris")
    token = httpx.post(
        f"{base}/oauth2/token", data={"grant_type": "client_credentials"}, auth=("solaris-client", "solaris-secret")
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    person = httpx.post(f"{base}/v1/persons", json={"first_name": "Erika", "last_name": "M"}, headers=headers).json()
    session = httpx.post(
        f"{base}/v1/persons/{person['id']}/identification_sessions",
        json={"identification_methods": ["idnow"]},
        headers=headers,
    ).json()
    page = httpx.get(session["url"])
    assert 'id="pending_successful"' in page.text and 'name="failure_reason"' in page.text
    done = httpx.post(session["url"], data={"decision": "pending_successful"})
    assert done.status_code == 200 and 'id="result">pending_successful<' in done.text
