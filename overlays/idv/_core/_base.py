"""The machinery every provider client shares: settings, error mapping, result checking.

Each provider's `Async<P>Client` subclasses `AsyncAPIClient` (`_async_base.py`), names its
generated `AuthenticatedClient`, and says how to read its error envelope; `<P>Client` and
`SyncAPIClient` are generated from the async code by `scripts/unasync.py`. Calls go through
the generated `*_detailed` functions; this module never restates a field list.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, ClassVar, Generic, Self, TypeAlias, TypedDict, TypeVar

import httpx

from ._config import Settings
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ErrorEnvelope,
    status_error,
)
from ._logs import setup_logging
from ._retry import RetryPolicy

__all__ = ["DEFAULT_TIMEOUT", "AsyncOperation", "ClientOptions", "SyncOperation"]


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
    """

    timeout: float | httpx.Timeout | None
    max_retries: int
    retry_creates: bool
    headers: dict[str, str] | None


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

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self._auth!r})"

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
        )
        return clone

    def _reinit(self, **settings: Any) -> None:
        """Run the sync or async base initialiser again (for `with_options`)."""
        raise NotImplementedError

    def _generated_kwargs(self, transport: Any) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "token": "",
            "prefix": "",
            "timeout": self.timeout,
            "headers": self._headers,
            "raise_on_unexpected_status": False,
            "httpx_args": {"auth": self._auth, "transport": transport},
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
