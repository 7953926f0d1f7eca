"""Hopae Connect in the contract suite (tests/contract, `make contract`): what the spec cannot say.

Nothing differs from the defaults but the credentials (see `scripts/_registry.contract_hooks`).
"""

from __future__ import annotations

# Per security scheme: the variables the overlay reads, and the emulator's sandbox values.
CREDENTIALS = {"basicAuth": {"HOPAE_CLIENT_ID": "hopae-client", "HOPAE_CLIENT_SECRET": "hopae-secret"}}
