"""Solaris' authorization server: issued access tokens and the token endpoint's RFC 6749 errors.

The token endpoint (`POST /oauth2/token`) answers `{"error", "error_description"}` instead of
the `/v1` envelope: 400 `invalid_request` (missing field, not a form body),
`unsupported_grant_type`, `invalid_scope`; 401 `invalid_client` (with `WWW-Authenticate:
Basic`); injected faults there use `temporarily_unavailable` (429, 503) or `server_error`
(other 5xx).
"""

from __future__ import annotations

import threading
import uuid

from ..core.clock import Clock
from ..core.errors import ApiError, Failure, Kind

TOKEN_PATH = "/oauth2/token"  # noqa: S105 - a path, not a password
INVALID_CLIENT = (
    "Client authentication failed (e.g., unknown client, no client authentication included, "
    "or unsupported authentication method)."
)
_OAUTH_ERRORS = {
    Kind.NOT_FOUND_ROUTE: (404, "invalid_request"),
    Kind.METHOD_NOT_ALLOWED: (405, "invalid_request"),
    Kind.UNSUPPORTED_MEDIA_TYPE: (400, "invalid_request"),
    Kind.MALFORMED_BODY: (400, "invalid_request"),
    Kind.BODY_TOO_LARGE: (413, "invalid_request"),
    Kind.VALIDATION: (400, "invalid_request"),
    Kind.MISSING: (400, "invalid_request"),
    Kind.UNAUTHENTICATED: (401, "invalid_client"),
    Kind.INTERNAL: (500, "server_error"),
}


class OAuthError(ApiError):
    """An error of the authorization server (token endpoint), rendered per RFC 6749 §5.2."""


def oauth_error_for(failure: Failure) -> OAuthError:
    status, code = _OAUTH_ERRORS[failure.kind]
    detail = failure.detail
    if failure.kind == Kind.VALIDATION and failure.field == "grant_type":
        code = "unsupported_grant_type"
    if failure.kind == Kind.UNSUPPORTED_MEDIA_TYPE:
        detail = "The token request must be application/x-www-form-urlencoded."
    headers = {"www-authenticate": 'Basic realm="Solaris"'} if failure.kind == Kind.UNAUTHENTICATED else {}
    return OAuthError(status, code, code, detail, field=failure.field, headers=headers)


def oauth_fault(status: int, detail: str) -> OAuthError:
    code = "server_error" if status >= 500 else "invalid_request"
    if status in (429, 503):
        code = "temporarily_unavailable"
    return OAuthError(status, code, code, detail)


def invalid_client() -> OAuthError:
    return OAuthError(
        401, "invalid_client", "invalid_client", INVALID_CLIENT, headers={"www-authenticate": 'Basic realm="Solaris"'}
    )


class TokenStore:
    """Access tokens of the emulated authorization server, with their expiry (clock seconds).

    Kept across `/_emulator/reset` (a reset wipes data, not the authorization server's issued
    tokens), so a client that cached its token keeps working; they still expire on the clock.
    """

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self._tokens: dict[str, float] = {}
        self._lock = threading.Lock()

    def issue(self, ttl: int) -> str:
        token = str(uuid.uuid4())
        with self._lock:
            self._tokens[token] = self.clock.time() + ttl
        return token

    def valid(self, token: str) -> bool:
        with self._lock:
            expires = self._tokens.get(token)
            if expires is None:
                return False
            if self.clock.time() >= expires:
                del self._tokens[token]
                return False
            return True

    def prune(self) -> None:
        now = self.clock.time()
        with self._lock:
            for token in [t for t, expires in self._tokens.items() if now >= expires]:
                del self._tokens[token]

    def __len__(self) -> int:
        return len(self._tokens)
