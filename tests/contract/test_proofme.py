"""Contract: specs/proofme.openapi.yaml against the emulator, in-process.

Three things differ from test_hopae.py, all about state the API itself cannot set up:

- A `proofmeId` must name a Proofme (configuration) the organisation created beforehand; a real
  sandbox account has a few, and a random UUID is answered 422 (which contract/proofme.toml
  allows, for `make contract` against a live URL). Here the emulator's organisation owns every
  Proofme (`accept_any_proofme`), so generated creates succeed and the create → get / revoke /
  data links run on real identifications, not only on 404s.
- The stateful phase replays scenarios while shrinking: each scenario starts from a fresh,
  seeded emulator, so the same choices meet the same state (otherwise a list answered with
  rows left by earlier scenarios makes Hypothesis report a flaky strategy).
- Every status change POSTs a webhook to the identification's `webhookUrl`, and here those URLs
  are generated (hosts off this machine). The Proofme provider gets a dispatcher that records
  each delivery and acknowledges it without a socket; it also outlives the ASGI lifespan
  shutdown schemathesis' pytest plugin sends after every test.
"""

from __future__ import annotations

import pytest

from idv_emulator import create_app
from idv_emulator.core.webhooks import WebhookDispatcher
from tests.contract._coverage import RecordingApp
from tests.contract._suite import HYPOTHESIS, SEED, load

pytestmark = pytest.mark.contract
PROVIDER = "proofme"


class OfflineDispatcher(WebhookDispatcher):
    """Runs the real queueing and bookkeeping; the POST itself is acknowledged (204) unsent."""

    def _post(self, url: str, body: bytes, headers: dict[str, str], timeout: float) -> int:
        return 204

    def close(self) -> None:  # the lifespan ends after every test; deliveries go on
        pass


app = create_app()
app.webhooks = app.providers[PROVIDER].webhooks = OfflineDispatcher(app.clock, scale=app.config.webhook_backoff_scale)


def fresh_emulator() -> None:
    app.reset()
    app.ids.seed(SEED)
    app.providers[PROVIDER].configure({"accept_any_proofme": True})


fresh_emulator()
schema = load(PROVIDER, base_url=f"http://127.0.0.1:8040/{PROVIDER}", app=RecordingApp(app))


@schema.parametrize()
@HYPOTHESIS
def test_operations(case):  # type: ignore[no-untyped-def]
    case.call_and_validate()


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        fresh_emulator()


TestStateful = Workflow.TestCase
TestStateful.settings = HYPOTHESIS
