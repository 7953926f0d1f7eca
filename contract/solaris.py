"""Solaris in the contract suite (tests/contract, `make contract`): what the spec cannot say.

The bearer token comes from the spec's own token operation (`create_token`, Basic with the
client id and secret); a live run asks `SOLARIS_TOKEN_URL` (default: `<BASE_URL>/oauth2/token`)
and leaves the token operation, which lives on the auth host, to the in-process suite.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from idv_emulator import EmulatorApp

_CLIENT = {"SOLARIS_CLIENT_ID": "solaris-client", "SOLARIS_CLIENT_SECRET": "solaris-secret"}
# Per security scheme: the variables the overlay reads, and the emulator's sandbox values.
CREDENTIALS = {"oauth2": _CLIENT, "basicAuth": _CLIENT}
TOKEN_URL_VARIABLE = "SOLARIS_TOKEN_URL"


def setup(app: EmulatorApp) -> None:
    """The suite subscribes webhooks to generated URLs (https://<random host>/…): the emulator
    must not probe or deliver to them. Loopback URLs are still probed, as always."""
    app.providers["solaris"].configure({"webhooks_loopback_only": True})
