"""What `IdenfyClient` and `AsyncIdenfyClient` share: environments, settings, token bodies."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from idenfy_client import AuthenticatedClient
from idenfy_client.models import RequestInformationRequest, TokenRequest
from idenfy_client.types import UNSET, Unset

from .._core._auth import BasicAuth
from .._core._config import EMULATOR_URL, Settings, resolve_base_url, setting
from .._core._errors import ErrorEnvelope
from ._errors import parse_error

__all__ = ["ENVIRONMENTS", "READ_ONLY_PATHS", "token_request"]

# Sandbox and production share the host: the API key pair selects the environment.
ENVIRONMENTS = {
    "production": "https://ivs.idenfy.com",
    "sandbox": "https://ivs.idenfy.com",
    "emulator": f"{EMULATOR_URL}/idenfy",
}

# POSTs that change nothing (status, data) or are idempotent (delete: a second delete leaves
# the verification DELETED as the first did). The retry transport may repeat them; it never
# repeats `/api/v2/token` once it may have reached iDenfy (a second verification session).
READ_ONLY_PATHS = ("/api/v2/status", "/api/v2/data", "/api/v2/delete")

_TOKEN_FIELDS = frozenset(a.name for a in attrs.fields(TokenRequest)) - {"client_id", "additional_properties"}
_REQUEST_INFORMATION_FIELDS = frozenset(a.name for a in attrs.fields(RequestInformationRequest)) - {
    "additional_properties"
}
_UPPER = re.compile(r"_([a-z0-9])")


def token_request(client_id: str, /, **fields: Any) -> TokenRequest:
    """A `TokenRequest` carrying `clientId` and exactly the fields given, nothing else.

    The generated `TokenRequest(...)` constructor fills in every documented default
    (`successUrl`, `errorUrl`, `unverifiedUrl`, `locale`, `expiryTime`, `sessionLength`,
    `tokenType`, …) and sends them all. The real API refuses some of those when you did not
    mean them: redirect URLs are not allowed with the iframe integration, and the default
    `expiryTime` can exceed the digit string's maximum with `generateDigitString`. It also
    overrides the environment's own defaults from the dashboard. So this builds the body
    through `TokenRequest.from_dict` from only the given fields: what you omit stays omitted
    and iDenfy applies its own defaults.

    Args:
        client_id: Your unique identifier of the client (`clientId`).
        **fields: Any other `TokenRequest` attribute by its generated name (`locale`,
            `expiry_time`, `callback_url`, `documents`, `dummy_status`, …), as JSON values or
            the generated enums and dates. `None` sends `null` (for the nullable fields).

    Raises:
        TypeError: a name that is not a `TokenRequest` attribute.
    """
    unknown = sorted(set(fields) - _TOKEN_FIELDS)
    if unknown:
        raise TypeError(f"TokenRequest has no field(s) {', '.join(unknown)}")
    data = {_json_name(name): value for name, value in fields.items() if not isinstance(value, Unset)}
    return TokenRequest.from_dict({"clientId": client_id, **data})


def _request_information_body(fields: Mapping[str, Any]) -> RequestInformationRequest | Unset:
    """The body with exactly the given fields (none: no body), like `token_request`: the
    generated constructor would send its `lifetime` default every time."""
    unknown = sorted(set(fields) - _REQUEST_INFORMATION_FIELDS)
    if unknown:
        raise TypeError(f"RequestInformationRequest has no field(s) {', '.join(unknown)}")
    data = {_json_name(name): value for name, value in fields.items() if not isinstance(value, Unset)}
    return RequestInformationRequest.from_dict(data) if data else UNSET


def _json_name(name: str) -> str:
    return _UPPER.sub(lambda m: m.group(1).upper(), name)


def _body(client_id: str | TokenRequest, fields: Mapping[str, Any]) -> TokenRequest:
    if isinstance(client_id, TokenRequest):
        if fields:
            raise TypeError("pass either a TokenRequest or a client id with fields, not both")
        return client_id
    return token_request(client_id, **fields)


class _Idenfy:
    provider = "idenfy"
    generated_client = AuthenticatedClient

    @staticmethod
    def settings(
        api_key: str | None,
        api_secret: str | None,
        environment: str | None,
        base_url: str | None,
        signing_key: str | None,
    ) -> Settings:
        user = setting("idenfy", "api_key", api_key)
        password = setting("idenfy", "api_secret", api_secret)
        assert user is not None and password is not None
        return Settings(
            base_url=resolve_base_url("idenfy", base_url, environment, ENVIRONMENTS),
            auth=BasicAuth(user, password),
            webhook_secret=setting("idenfy", "signing_key", signing_key, required=False),
        )

    @property
    def signing_key(self) -> str | None:
        """The webhook signing key `parse_webhook` uses (iDenfy's name for `webhook_secret`)."""
        secret: str | None = getattr(self, "webhook_secret", None)
        return secret

    @staticmethod
    def _read_only(request: httpx.Request) -> bool:
        return request.method == "POST" and request.url.path.endswith(READ_ONLY_PATHS)

    @staticmethod
    def parse_error(response: httpx.Response) -> ErrorEnvelope:
        return parse_error(response)

    def __repr__(self) -> str:
        # The API key is a credential too (the Basic user name): neither half is shown.
        base_url: str = getattr(self, "base_url", "?")
        return f"{type(self).__name__}(base_url={base_url!r}, api_key='<redacted>', api_secret='<redacted>')"
