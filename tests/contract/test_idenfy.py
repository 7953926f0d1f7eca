"""Contract: specs/idenfy.openapi.yaml against the emulator, in-process.

One thing differs from test_hopae.py: a token's `callbackUrl` (and `dummyStatus`, which
finishes the verification at once) makes the emulator POST signed webhooks, and here those
URLs are generated (hosts off this machine). The iDenfy provider gets a dispatcher that runs
the real queueing and acknowledges each delivery without a socket; it also outlives the ASGI
lifespan shutdown schemathesis' pytest plugin sends after every test.
"""

from __future__ import annotations

from typing import Any

import pytest

from idv_emulator import create_app
from idv_emulator.core.webhooks import WebhookDispatcher
from tests.contract._coverage import RecordingApp
from tests.contract._suite import HYPOTHESIS, load

pytestmark = pytest.mark.contract
PROVIDER = "idenfy"


class OfflineDispatcher(WebhookDispatcher):
    """Runs the real queueing and bookkeeping; the POST itself is acknowledged (200) unsent."""

    def _post(self, url: str, body: bytes, headers: dict[str, str], timeout: float) -> int:
        return 200

    def close(self) -> None:  # the lifespan ends after every test; deliveries go on
        pass


app = create_app()
app.providers[PROVIDER].webhooks = OfflineDispatcher(app.clock, scale=app.config.webhook_backoff_scale)
schema = load(PROVIDER, base_url=f"http://127.0.0.1:8040/{PROVIDER}", app=RecordingApp(app))


@schema.parametrize()
@HYPOTHESIS
def test_operations(case: Any) -> None:
    case.call_and_validate()


TestStateful = schema.as_state_machine().TestCase
TestStateful.settings = HYPOTHESIS
