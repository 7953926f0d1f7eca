from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from idv_emulator import EmulatorServer
from tests.support.spec_responses import SpecCheckedClient

CREDENTIALS = {
    "hopae": ("hopae-client", "hopae-secret"),
    "idenfy": ("idenfy-key", "idenfy-secret"),
}


def spec_client(server: EmulatorServer, provider: str, **kwargs: object) -> SpecCheckedClient:
    return SpecCheckedClient(provider, server.url(provider), timeout=10, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def control(idv_emulator: EmulatorServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{idv_emulator.base_url}/_emulator", timeout=30) as client:
        yield client
