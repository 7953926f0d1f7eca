"""iDenfy in the contract suite (tests/contract, `make contract`): what the spec cannot say.

A token's generated `callbackUrl` (and `dummyStatus`, which finishes the verification at once)
makes the emulator send webhooks to invented hosts; it records those deliveries as failed
without a connection (it delivers to loopback hosts only by default).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from idv_emulator import EmulatorApp

# Per security scheme: the variables the overlay reads, and the emulator's sandbox values.
CREDENTIALS = {"basicAuth": {"IDENFY_API_KEY": "idenfy-key", "IDENFY_API_SECRET": "idenfy-secret"}}
# iDenfy reads with POST: these change nothing, so `make contract READ_ONLY=1` runs them.
READ_ONLY_OPERATIONS = ("get_status", "get_data")


def setup(app: EmulatorApp) -> None:
    """Freeze the clock: a generated `expiryTime` of a second or two would otherwise expire
    tokens mid-run depending on the machine's speed, and which statuses the run produces (e.g.
    delete's 200) must not depend on that."""
    app.clock.freeze()
