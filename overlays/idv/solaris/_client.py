"""What `SolarisClient` and `AsyncSolarisClient` share: environments, settings, bodies, paging."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from typing import Any, NamedTuple, Protocol, Self, TypeVar

import attrs
import httpx

from solaris_client import AuthenticatedClient
from solaris_client.models import (
    CreateIdentificationMethod,
    CreateIdentificationRequest,
    PersonIdentification,
    RequestIdentificationRequest,
)

from .._core._auth import BasicAuth, ClientCredentialsAuth
from .._core._config import EMULATOR_URL, Settings, resolve_base_url, setting
from .._core._errors import APIStatusError, AuthenticationError, ConfigurationError, ErrorEnvelope, status_error
from .._core._outcome import Outcome
from ._errors import parse_error, request_id
from ._outcome import TERMINAL_STATUSES, outcome

__all__ = ["ENVIRONMENTS", "SCOPE", "TOKEN_URLS", "StartedIdentification"]

ENVIRONMENTS = {
    "production": "https://api.solarisbank.de",
    "sandbox": "https://api.solaris-sandbox.de",
    "emulator": f"{EMULATOR_URL}/solaris",
}
TOKEN_PATH = "/oauth2/token"  # noqa: S105 - a path, not a password
# The token endpoint lives on the authorization server, a different host from the API.
TOKEN_URLS = {
    "production": "https://auth.solarisbank.de/oauth2/token",
    "sandbox": "https://auth.solaris-sandbox.de/oauth2/token",
    "emulator": f"{EMULATOR_URL}/solaris{TOKEN_PATH}",
}
SCOPE = "partners"
# RFC 6749 allows `invalid_client` with 400 as well as 401: either way, the credentials are wrong.
_CLIENT_AUTH_ERRORS = frozenset({"invalid_client"})
# The fields `start_identification(**fields)` accepts: the generated model's, not a copy.
_CREATE_FIELDS = frozenset(a.name for a in attrs.fields(CreateIdentificationRequest)) - {"additional_properties"}


class StartedIdentification(NamedTuple):
    """What `start_identification` returns: unpack it or read its fields.

    Attributes:
        identification: The requested identification (`status` is now `pending`).
        url: Where to send the customer: the identification's own `url` (IDnow), else the
            identification session's hosted page; None if Solaris gave neither.
    """

    identification: PersonIdentification
    url: str | None


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_FromDict)


def _plain(value: Any) -> Any:
    """JSON-shaped data from what a caller may pass (enums, dates, nested generated models)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.date):  # also datetime.datetime
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def _model(cls: type[M], value: M | Mapping[str, Any]) -> M:
    """`value` as the generated request model (a mapping is loaded with `from_dict`)."""
    if not isinstance(value, Mapping):
        return value
    try:
        return cls.from_dict(_plain(value))
    except (KeyError, ValueError, TypeError) as exc:
        raise TypeError(f"not a valid {cls.__name__}: {type(exc).__name__} {exc}") from exc


def _has_next(response: httpx.Response | None, page: int, page_size: int, count: int) -> bool:
    """Whether another page follows: the `Link` header, else `total`, else a full page."""
    if count == 0:
        return False
    if response is not None:
        if response.headers.get("link"):
            return "next" in response.links
        total = response.headers.get("total", "")
        if total.strip().isdigit():
            return page * page_size < int(total)
    return count >= page_size


def _is_final(identification: PersonIdentification, stop_on_review: bool) -> bool:
    status = identification.status
    return status in TERMINAL_STATUSES or (stop_on_review and outcome(status) is Outcome.REVIEW)


class _Solaris:
    provider = "solaris"
    generated_client = AuthenticatedClient
    _settings: Settings  # set by the base client
    timeout: httpx.Timeout

    @staticmethod
    def settings(
        client_id: str | None,
        client_secret: str | None,
        environment: str | None,
        base_url: str | None,
        token_url: str | None,
        webhook_secret: str | None,
    ) -> Settings:
        user = setting("solaris", "client_id", client_id)
        password = setting("solaris", "client_secret", client_secret)
        assert user is not None and password is not None
        resolved = resolve_base_url("solaris", base_url, environment, ENVIRONMENTS)
        token = setting("solaris", "token_url", token_url, required=False)
        if not token:
            if setting("solaris", "base_url", base_url, required=False):
                token = f"{resolved}{TOKEN_PATH}"  # an explicit base URL serves its own token endpoint
            else:
                token = TOKEN_URLS[setting("solaris", "environment", environment, required=False) or "production"]
        return Settings(
            base_url=resolved,
            auth=ClientCredentialsAuth(token_url=token, client_id=user, client_secret=password, scope=SCOPE),
            webhook_secret=setting("solaris", "webhook_secret", webhook_secret, required=False),
        )

    @property
    def _credentials(self) -> ClientCredentialsAuth:
        auth = self._settings.auth
        assert isinstance(auth, ClientCredentialsAuth)
        return auth

    @property
    def token_url(self) -> str:
        """The OAuth2 token endpoint the client's access token comes from."""
        return self._credentials.token_url

    @property
    def _basic(self) -> BasicAuth:
        """The client credentials as HTTP Basic, for `create_token`."""
        return self._credentials._basic

    @staticmethod
    def _read_only(request: httpx.Request) -> bool:
        # Fetching an access token changes nothing: safe to retry like a GET.
        return request.method == "POST" and request.url.path.endswith(TOKEN_PATH)

    @staticmethod
    def parse_error(response: httpx.Response) -> ErrorEnvelope:
        return parse_error(response)

    @staticmethod
    def request_id(response: httpx.Response) -> str | None:
        return request_id(response)

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        envelope = parse_error(response)
        error = status_error(provider="solaris", response=response, envelope=envelope, request_id=request_id(response))
        if response.status_code == 400 and envelope.code in _CLIENT_AUTH_ERRORS:
            return AuthenticationError(
                error.message, provider="solaris", response=response, envelope=envelope, request_id=error.request_id
            )
        return error

    def _token_client(self, transport: Any) -> AuthenticatedClient:
        """A generated client on the authorization server, authenticated with the client credentials."""
        if not self.token_url.endswith(TOKEN_PATH):
            raise ConfigurationError(
                f"solaris: create_token needs a token URL ending in {TOKEN_PATH}, not {self.token_url!r}"
            )
        return AuthenticatedClient(
            base_url=self.token_url[: -len(TOKEN_PATH)],
            token="",
            prefix="",
            timeout=self.timeout,
            raise_on_unexpected_status=False,
            httpx_args={"auth": self._basic, "transport": transport},
        )

    @staticmethod
    def identification_body(
        method: CreateIdentificationMethod | str | None, fields: Mapping[str, Any]
    ) -> CreateIdentificationRequest:
        unknown = sorted(set(fields) - _CREATE_FIELDS)
        if unknown:
            raise TypeError(f"start_identification() got unexpected field(s): {', '.join(unknown)}")
        data = dict(fields)
        if method is not None:
            data["method"] = method
        return _model(CreateIdentificationRequest, data)

    @staticmethod
    def request_body(secret: str | None, fields: Mapping[str, Any]) -> RequestIdentificationRequest | None:
        data = {"secret": secret, "device_data": fields.get("device_data")}
        data = {k: v for k, v in data.items() if v is not None}
        return RequestIdentificationRequest.from_dict(data) if data else None
