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
- Every status change POSTs a webhook to the identification's generated `webhookUrl`; the
  emulator records deliveries to such invented hosts as failed without a connection (it
  delivers to loopback hosts only by default).
"""

from __future__ import annotations

import pytest

from idv_emulator import create_app
from tests.contract._coverage import RecordingApp
from tests.contract._suite import HYPOTHESIS, SEED, load

pytestmark = pytest.mark.contract
PROVIDER = "proofme"


app = create_app()


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
