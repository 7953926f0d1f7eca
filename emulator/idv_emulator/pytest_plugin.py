"""pytest plugin (entry point `idv_emulator`): the emulator as a fixture, like moto's `mock_aws`.

    def test_signup(idv_emulator):
        client = HopaeClient(base_url=idv_emulator.url("hopae"), ...)
        ...

`idv_emulator` is a server on a free loopback port, shared by the session and reset before
every test. `idv_emulator_app` is the same emulator in-process (for `httpx.ASGITransport`),
also reset before every test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .app import EmulatorApp, create_app
from .server import EmulatorServer


@pytest.fixture(scope="session")
def idv_emulator_server() -> Iterator[EmulatorServer]:
    """The session's emulator server (not reset between tests; prefer `idv_emulator`)."""
    with EmulatorServer() as server:
        yield server


@pytest.fixture
def idv_emulator(idv_emulator_server: EmulatorServer) -> EmulatorServer:
    """A running emulator with fresh state: reset before the test."""
    idv_emulator_server.reset()
    return idv_emulator_server


@pytest.fixture(scope="session")
def _idv_emulator_app_session() -> Iterator[EmulatorApp]:
    app = create_app()
    yield app
    app.webhooks.close()


@pytest.fixture
def idv_emulator_app(_idv_emulator_app_session: EmulatorApp) -> EmulatorApp:
    """The emulator as an in-process ASGI app with fresh state."""
    _idv_emulator_app_session.reset()
    return _idv_emulator_app_session
