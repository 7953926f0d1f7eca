"""The machinery every provider client shares: settings, error mapping, result checking.

Each provider's `Async<P>Client` subclasses `AsyncAPIClient` (`_async_base.py`), names its
generated `AuthenticatedClient`, and says how to read its error envelope; `<P>Client` and
`SyncAPIClient` are generated from the async code by `scripts/unasync.py`. Calls go through
the generated `*_detailed` functions; this module never restates a field list.
"""

from __future__ import annotations

import ssl
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Self, TypeAlias, TypedDict, TypeVar

import httpx
from httpx._utils import get_environment_proxies  # the same reading of *_PROXY/NO_PROXY as httpx.Client

from ._config import Settings
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    ErrorEnvelope,
    status_error,
)
from ._logs import setup_logging
from ._retry import RetryPolicy, safe_url

__all__ = ["DEFAULT_TIMEOUT", "AsyncOperation", "ClientOptions", "Network", "SyncOperation"]


DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
T = TypeVar("T")
G = TypeVar("G")  # the provider's generated AuthenticatedClient
# A generated `*.sync_detailed` / `*.asyncio_detailed` function.
SyncOperation: TypeAlias = Callable[..., Any]
AsyncOperation: TypeAlias = Callable[..., Awaitable[Any]]


class ClientOptions(TypedDict, total=False):
    """Options every provider client takes besides its credentials and URLs.

    Attributes:
        timeout: Seconds or an `httpx.Timeout` (default 60 s, connect 5 s).
        max_retries: Retries of failed requests that are safe to repeat (default 2).
        retry_creates: Also retry creations after they may have reached the provider.
        headers: Extra headers sent with every request.
        proxy: A proxy URL (or `httpx.Proxy`) for every request. Without it, the
            `HTTPS_PROXY`/`HTTP_PROXY`/`ALL_PROXY`/`NO_PROXY` environment variables apply,
            as in httpx, unless `trust_env=False` or a `transport` is given.
        verify: TLS verification: `True` (default), `False`, a CA bundle path or an
            `ssl.SSLContext` (a corporate CA).
        trust_env: Read proxies and `SSL_CERT_FILE`/`SSL_CERT_DIR` from the environment
            (default True, as httpx).
        http_client: The application's own `httpx.Client` (sync clients) or
            `httpx.AsyncClient` (async clients) to send through: its proxies, TLS settings,
            certificates and event hooks apply; auth, retries and errors stay the overlay's.
            It stays open when the overlay client closes. Excludes `transport`, `proxy`
            and `verify`.
    """

    timeout: float | httpx.Timeout | None
    max_retries: int
    retry_creates: bool
    headers: dict[str, str] | None
    proxy: str | httpx.Proxy | None
    verify: ssl.SSLContext | str | bool
    trust_env: bool
    http_client: httpx.Client | httpx.AsyncClient | None


@dataclass(frozen=True)
class Network:
    """How requests reach the provider: proxies, TLS, or the application's own httpx client."""

    proxy: str | httpx.Proxy | None = None
    verify: ssl.SSLContext | str | bool = True
    trust_env: bool = True
    http_client: httpx.Client | httpx.AsyncClient | None = None

    def check(self, transport: object, expected: type[Any]) -> None:
        """Refuse combinations httpx would silently resolve one way or the other."""
        if self.http_client is None:
            return
        if not isinstance(self.http_client, expected):
            kind = "an" if expected is httpx.AsyncClient else "a"
            raise ConfigurationError(f"http_client must be {kind} {expected.__module__}.{expected.__name__}")
        if transport is not None or self.proxy is not None or self.verify is not True:
            raise ConfigurationError(
                "http_client= carries its own transport, proxy and TLS settings; do not also pass transport=, "
                "proxy= or verify="
            )

    def proxies(self, has_transport: bool) -> Mapping[str, httpx.Proxy | None]:
        """URL pattern -> proxy (None: go direct), exactly as `httpx.Client` would mount them."""
        if self.proxy is not None:
            return {"all://": self.proxy if isinstance(self.proxy, httpx.Proxy) else httpx.Proxy(self.proxy)}
        if not self.trust_env or has_transport:
            return {}
        return {
            pattern: None if url is None else httpx.Proxy(url) for pattern, url in get_environment_proxies().items()
        }


class _Common(Generic[G]):
    """Settings and error mapping shared by the sync and async clients."""

    provider: ClassVar[str]
    generated_client: ClassVar[type[Any]]

    def __init__(
        self,
        settings: Settings,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        retry_creates: bool = False,
        headers: dict[str, str] | None = None,
        proxy: str | httpx.Proxy | None = None,
        verify: ssl.SSLContext | str | bool = True,
        trust_env: bool = True,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
    ) -> None:
        setup_logging()
        self._settings = settings
        self.base_url = settings.base_url
        self._auth = settings.auth
        self.webhook_secret = settings.webhook_secret
        self.timeout = (
            timeout
            if isinstance(timeout, httpx.Timeout)
            else (DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout))
        )
        self.retry_policy = RetryPolicy(max_retries=max_retries, retry_creates=retry_creates, read_only=self._read_only)
        self._headers = dict(headers or {})
        self._network = Network(proxy=proxy, verify=verify, trust_env=trust_env, http_client=http_client)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={safe_url(self.base_url)!r}, auth={self._auth!r})"

    # -- provider hooks -------------------------------------------------------------------

    @staticmethod
    def _read_only(request: httpx.Request) -> bool:
        """Non-idempotent-by-method requests that are safe to retry (override per provider)."""
        return False

    @staticmethod
    def parse_error(response: httpx.Response) -> ErrorEnvelope:
        """The provider's error body as an `ErrorEnvelope` (override per provider)."""
        return ErrorEnvelope(raw=_json_or_none(response))

    @staticmethod
    def request_id(response: httpx.Response) -> str | None:
        value: str | None = response.headers.get("x-request-id")
        return value

    # -- shared -----------------------------------------------------------------------------

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_creates: bool | None = None,
    ) -> Self:
        """A copy with other timeout/retry settings, sharing credentials and token cache."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._reinit(
            settings=self._settings,
            timeout=self.timeout if timeout is None else timeout,
            max_retries=self.retry_policy.max_retries if max_retries is None else max_retries,
            retry_creates=self.retry_policy.retry_creates if retry_creates is None else retry_creates,
            headers=self._headers,
            proxy=self._network.proxy,
            verify=self._network.verify,
            trust_env=self._network.trust_env,
            http_client=self._network.http_client,
        )
        return clone

    def _reinit(self, **settings: Any) -> None:
        """Run the sync or async base initialiser again (for `with_options`)."""
        raise NotImplementedError

    def _generated_kwargs(self, transport: Any, mounts: Mapping[str, Any] | None = None) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "token": "",
            "prefix": "",
            "timeout": self.timeout,
            "headers": self._headers,
            "raise_on_unexpected_status": False,
            # Our transport is always given, so httpx reads no proxy from the environment
            # itself: `Network.proxies` does, and each proxy gets its own retrying mount.
            "httpx_args": {"auth": self._auth, "transport": transport, "mounts": dict(mounts or {})},
        }

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        return status_error(
            provider=self.provider,
            response=response,
            envelope=self.parse_error(response),
            request_id=self.request_id(response),
        )

    def _result(self, raw: httpx.Response | None, parsed: Any, cast_to: type[T]) -> T:
        """`parsed` if it is a `cast_to` (anything, for `object`); else the typed error."""
        if raw is not None and raw.status_code >= 400:
            raise self._status_error(raw)
        if cast_to is not object and not isinstance(parsed, cast_to):
            assert raw is not None
            raise APIResponseValidationError(
                f"{self.provider} answered {raw.status_code} with a body that is not {cast_to.__name__}",
                provider=self.provider,
                response=raw,
            )
        result: T = parsed
        return result

    def _failure(self, error: Exception, raw: httpx.Response | None) -> Exception:
        """Translate an exception raised inside a generated call."""
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(
                f"{self.provider}: request timed out", provider=self.provider, request=_request_of(error)
            )
        if isinstance(error, httpx.TransportError):
            return APIConnectionError(
                f"{self.provider}: connection failed ({type(error).__name__})",
                provider=self.provider,
                request=_request_of(error),
            )
        if raw is not None and raw.status_code >= 400:
            return self._status_error(raw)
        if raw is not None:
            return APIResponseValidationError(
                f"{self.provider} answered {raw.status_code} with a body the client cannot parse: {type(error).__name__}",
                provider=self.provider,
                response=raw,
            )
        return error


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _request_of(error: httpx.TransportError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:
        return None
