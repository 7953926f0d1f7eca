"""idv: production clients for Proofme, Solaris, Hopae Connect and iDenfy.

Each provider lives in its own module — `idv.proofme`, `idv.solaris`, `idv.hopae`,
`idv.idenfy` — with a sync and an async client over the generated typed package, auth,
retries, typed errors, webhook verification and convenience flows. This top level holds what
they share: the error tree, the outcome vocabulary and the webhook event every provider's
`parse_webhook(body, headers, secret=None)` returns.

    IdvError
    ├── ConfigurationError
    ├── WebhookVerificationError
    ├── WaitTimeoutError
    └── APIError
        ├── APIResponseValidationError
        ├── APIConnectionError
        │   └── APITimeoutError
        └── APIStatusError
            ├── BadRequestError            400
            ├── AuthenticationError        401
            ├── PermissionDeniedError      403
            ├── NotFoundError              404
            ├── ConflictError              409
            ├── UnprocessableEntityError   422
            ├── RateLimitError             429
            └── InternalServerError        5xx
"""

from ._core._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    ErrorEnvelope,
    IdvError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    WaitTimeoutError,
    WebhookVerificationError,
)
from ._core._logs import SensitiveFilter
from ._core._outcome import Outcome
from ._core._webhooks import WebhookEvent

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
    "Outcome",
    "PermissionDeniedError",
    "RateLimitError",
    "SensitiveFilter",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "WebhookEvent",
    "WebhookVerificationError",
]
