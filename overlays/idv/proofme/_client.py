"""What `ProofmeClient` and `AsyncProofmeClient` share: environments, settings, helpers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

import httpx

from proofme_client import AuthenticatedClient
from proofme_client.models import (
    Identification,
    IdentificationSortColumn,
    IdentificationStatusUpdate,
    SortDirection,
)
from proofme_client.types import UNSET

from .._core._auth import RawKeyAuth
from .._core._config import EMULATOR_URL, Settings, resolve_base_url, setting
from .._core._errors import ErrorEnvelope
from .._core._webhooks import WebhookEvent
from ._errors import parse_error
from ._outcome import STATUS_OUTCOMES, TERMINAL_STATUSES
from ._webhooks import parse_webhook

__all__ = ["ENVIRONMENTS"]

# Proofme has no separate sandbox host: test identifications live on production, told apart
# by a test API key and `testmode=True`.
ENVIRONMENTS = {
    "production": "https://api.proofme.id",
    "emulator": f"{EMULATOR_URL}/proofme",
}

IdentificationId = UUID | str
Event = WebhookEvent[IdentificationStatusUpdate] | IdentificationStatusUpdate | bytes


class _Proofme:
    provider = "proofme"
    generated_client = AuthenticatedClient

    @staticmethod
    def settings(api_key: str | None, environment: str | None, base_url: str | None) -> Settings:
        key = setting("proofme", "api_key", api_key)
        assert key is not None
        # No webhook secret: Proofme does not sign its webhooks.
        return Settings(base_url=resolve_base_url("proofme", base_url, environment, ENVIRONMENTS), auth=RawKeyAuth(key))

    @staticmethod
    def parse_error(response: httpx.Response) -> ErrorEnvelope:
        return parse_error(response)

    @staticmethod
    def parse_webhook(
        body: bytes, headers: Mapping[str, str], secret: str | None = None
    ) -> WebhookEvent[IdentificationStatusUpdate]:
        """Parse an `identificationStatusUpdate` webhook (unsigned `{"id"}`; see `idv.proofme.parse_webhook`)."""
        return parse_webhook(body, headers, secret)

    @staticmethod
    def list_kwargs(
        sort_column: IdentificationSortColumn | str | None,
        sort_direction: SortDirection | str | None,
        offset: int | None,
        limit: int | None,
        search: str | None,
    ) -> dict[str, Any]:
        return {
            "sort_column": UNSET if sort_column is None else IdentificationSortColumn(sort_column),
            "sort_direction": UNSET if sort_direction is None else SortDirection(sort_direction),
            "offset": UNSET if offset is None else offset,
            "limit": UNSET if limit is None else limit,
            "search": UNSET if search is None else search,
        }


def _uuid(identification_id: IdentificationId) -> UUID:
    if isinstance(identification_id, UUID):
        return identification_id
    try:
        return UUID(identification_id)
    except ValueError:
        raise ValueError(f"Proofme identification ids are UUIDs, got {identification_id!r}") from None


def _event_id(event: Event) -> UUID:
    if isinstance(event, bytes):
        return parse_webhook(event, {}).payload.id
    return (event.payload if isinstance(event, WebhookEvent) else event).id


def _done(identification: Identification) -> bool:
    # PENDING is Proofme's only documented open state, so a status it adds later has settled
    # too: return it rather than poll until the timeout.
    status = identification.status
    return status in TERMINAL_STATUSES or status not in STATUS_OUTCOMES


def _describe(identification: Identification) -> str:
    return str(identification.status)
