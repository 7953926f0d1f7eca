"""Shared fixtures. The emulator fixtures (`idv_emulator`, `idv_emulator_app`) come from the
project's own pytest plugin, registered by the package's `pytest11` entry point."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.receiver import WebhookReceiver, running_receiver


@pytest.fixture(scope="session")
def _session_receiver() -> Iterator[WebhookReceiver]:
    yield from running_receiver()


@pytest.fixture
def receiver(_session_receiver: WebhookReceiver) -> WebhookReceiver:
    """A loopback webhook receiver, emptied before the test."""
    _session_receiver.clear()
    return _session_receiver
