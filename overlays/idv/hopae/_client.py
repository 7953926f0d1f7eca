"""What `HopaeClient` and `AsyncHopaeClient` share: environments, settings, request bodies."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from hopae_client import AuthenticatedClient
from hopae_client.models import (
    ClaimName,
    FlowType,
    LoaStrategy,
    MatchData,
    UserData,
    VerificationCreate,
    VerificationCreateMetadata,
)
from hopae_client.types import UNSET

from .._core._auth import BasicAuth
from .._core._config import EMULATOR_URL, Settings, resolve_base_url, setting
from .._core._errors import ErrorEnvelope
from ._errors import parse_error

__all__ = ["ENVIRONMENTS"]

ENVIRONMENTS = {
    "production": "https://api.hopae.com",
    "sandbox": "https://sandbox.api.hopae.com",
    "emulator": f"{EMULATOR_URL}/hopae",
}


class _ClientAuth(BasicAuth):
    """HTTP Basic that also keeps the client credentials for `POST /connect/token`, whose
    body carries them (`security: []`). The secret stays out of `repr()` like the header."""

    def __init__(self, client_id: str, client_secret: str) -> None:
        super().__init__(client_id, client_secret)
        self._client_secret = client_secret

    def credentials(self) -> tuple[str, str]:
        return self.username, self._client_secret


class _Hopae:
    provider = "hopae"
    generated_client = AuthenticatedClient

    @staticmethod
    def settings(
        client_id: str | None,
        client_secret: str | None,
        environment: str | None,
        base_url: str | None,
        webhook_secret: str | None,
    ) -> Settings:
        user = setting("hopae", "client_id", client_id)
        password = setting("hopae", "client_secret", client_secret)
        assert user is not None and password is not None
        return Settings(
            base_url=resolve_base_url("hopae", base_url, environment, ENVIRONMENTS),
            auth=_ClientAuth(user, password),
            webhook_secret=setting("hopae", "webhook_secret", webhook_secret, required=False),
        )

    @staticmethod
    def parse_error(response: httpx.Response) -> ErrorEnvelope:
        return parse_error(response)

    @staticmethod
    def verification_body(
        provider_id: str,
        redirect_uri: str | None,
        user_data: Mapping[str, Any] | None,
        requested_loa: int | None,
        requested_claims: list[ClaimName] | list[str] | None,
        match_data: Mapping[str, Any] | None,
        *,
        webhook_url: str | None = None,
        reference_id: str | None = None,
        flow_type: FlowType | str | None = None,
        loa_strategy: LoaStrategy | str | None = None,
        purpose: str | None = None,
        metadata: Mapping[str, Any] | None = None,
    ) -> VerificationCreate:
        # Built field by field so that an omitted option stays omitted (the generated
        # constructor would send the documented defaults of redirectUri and privateMode).
        body = VerificationCreate(provider_id=provider_id, redirect_uri=redirect_uri or UNSET, private_mode=UNSET)
        if webhook_url is not None:
            body.webhook_url = webhook_url
        if reference_id is not None:
            body.reference_id = reference_id
        if flow_type is not None:
            body.flow_type = FlowType(flow_type)
        if loa_strategy is not None:
            body.loa_strategy = LoaStrategy(loa_strategy)
        if purpose is not None:
            body.purpose = purpose
        if metadata is not None:
            body.metadata = VerificationCreateMetadata.from_dict(dict(metadata))
        if user_data is not None:
            body.user_data = UserData.from_dict(dict(user_data))
        if requested_loa is not None:
            body.requested_loa = requested_loa
        if requested_claims is not None:
            body.requested_claims = [ClaimName(c) for c in requested_claims]
        if match_data is not None:
            body.match_data = MatchData.from_dict(dict(match_data))
        return body
