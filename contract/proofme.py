"""Proofme in the contract suite (tests/contract, `make contract`): what the spec cannot say.

State the API itself cannot set up:

- A `proofmeId` must name a Proofme (configuration) the organisation created beforehand; a real
  sandbox account has a few, and a random UUID is answered 422 (which contract/proofme.toml
  allows, for `make contract` against a live URL). In-process the emulator's organisation owns
  every Proofme (`accept_any_proofme`), so generated creates succeed and the create → get /
  revoke / data links run on real identifications, not only on 404s.
- Every status change POSTs a webhook to the identification's generated `webhookUrl`; the
  emulator records deliveries to such invented hosts as failed without a connection (it
  delivers to loopback hosts only by default).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from idv_emulator import EmulatorApp

# Per security scheme: the variable the overlay reads, and the emulator's sandbox value.
CREDENTIALS = {"apiKey": {"PROOFME_API_KEY": "proofme_test_key"}}


def setup(app: EmulatorApp) -> None:
    app.providers["proofme"].configure({"accept_any_proofme": True})
