"""One error tree for all four providers.

    IdvError
    ├── ConfigurationError            missing credentials or an unknown environment
    ├── WebhookVerificationError      a webhook whose signature or timestamp does not verify
    ├── WaitTimeoutError              wait_for_completion ran out of time (also a TimeoutError)
    └── APIError
        ├── APIResponseValidationError  a 2xx the generated model could not parse
        ├── APIConnectionError          the request did not get an HTTP answer
        │   └── APITimeoutError
        └── APIStatusError              an HTTP error answer, with the provider's envelope
            ├── BadRequestError            400 (and other 4xx without a class of their own)
            ├── AuthenticationError        401
            ├── PermissionDeniedError      403
            ├── NotFoundError              404
            ├── ConflictError              409
            ├── UnprocessableEntityError   422
            ├── RateLimitError             429
            └── InternalServerError        5xx

`APIStatusError` carries what a caller needs to decide and to report: the status, the
provider, the provider's own error fields (`code`/`identifier`, title, detail, field) parsed
into `ErrorEnvelope`, the request id where the provider sends one, and the raw response.
Messages never contain credentials.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ErrorEnvelope",
    "IdvError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "WebhookVerificationError",
    "status_error",
]


@dataclass(frozen=True)
class ErrorEnvelope:
    """A provider's error body, normalised: each provider module fills it from its own shape.

    Attributes:
        code: Solaris/Hopae `code`, iDenfy `identifier`, Proofme `title` (Proofme has no code).
        title: Human-readable title where the provider has one.
        detail: The explanation (`detail`, `details` or `message`).
        field: The offending field where the provider names one.
        raw: The parsed JSON body as sent (or None if it was not JSON).
    """

    code: str | None = None
    title: str | None = None
    detail: str | None = None
    field: str | None = None
    raw: Any = None


class IdvError(Exception):
    """Base of every error this package raises."""


class ConfigurationError(IdvError):
    """The client cannot be built: a credential or base URL is missing, or unknown."""


class WebhookVerificationError(IdvError):
    """A webhook failed verification: bad or missing signature, stale timestamp, bad body."""


class WaitTimeoutError(IdvError, TimeoutError):
    """`wait_for_completion` gave up: the verification was still not finished."""

    def __init__(self, message: str, *, last_status: str | None) -> None:
        super().__init__(message)
        self.last_status = last_status


class APIError(IdvError):
    def __init__(self, message: str, *, provider: str, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.provider = provider
        self.request = request


class APIResponseValidationError(APIError):
    """The provider answered successfully but the body does not fit the generated model."""

    def __init__(self, message: str, *, provider: str, response: httpx.Response) -> None:
        super().__init__(message, provider=provider, request=response.request)
        self.response = response
        self.status_code = response.status_code


class APIConnectionError(APIError):
    """No HTTP answer: connection refused or reset, DNS failure, TLS error, or a timeout."""


class APITimeoutError(APIConnectionError):
    """The request timed out (after retries, where retries applied)."""


class APIStatusError(APIError):
    """The provider answered with an error status (4xx or 5xx)."""

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        response: httpx.Response,
        envelope: ErrorEnvelope,
        request_id: str | None,
    ) -> None:
        super().__init__(message, provider=provider, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.envelope = envelope
        self.request_id = request_id

    @property
    def code(self) -> str | None:
        return self.envelope.code

    @property
    def detail(self) -> str | None:
        return self.envelope.detail

    @property
    def field(self) -> str | None:
        return self.envelope.field


class BadRequestError(APIStatusError):
    """400, and any other 4xx without a class of its own (405, 410, 412, 413, 415 …)."""


class AuthenticationError(APIStatusError):
    """401: missing, wrong or expired credentials."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class UnprocessableEntityError(APIStatusError):
    """422."""


class RateLimitError(APIStatusError):
    """429 (after retries honouring `Retry-After`)."""


class InternalServerError(APIStatusError):
    """5xx (after retries, where the request was safe to retry)."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(
    *, provider: str, response: httpx.Response, envelope: ErrorEnvelope, request_id: str | None
) -> APIStatusError:
    """The `APIStatusError` subclass for this response, with a message built from the envelope."""
    status = response.status_code
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else BadRequestError)
    what = " ".join(part for part in (envelope.code, envelope.detail or envelope.title) if part)
    message = f"{provider} answered {status} to {response.request.method} {response.request.url.path}"
    if what:
        message = f"{message}: {what}"
    return cls(message, provider=provider, response=response, envelope=envelope, request_id=request_id)
