"""HMAC helpers for webhook verification: computed over the raw bytes, compared in constant time.

Providers sign the exact bytes they sent. Re-serialising parsed JSON changes them (key order,
spacing, unicode escapes), so every verifier here takes `bytes` and never touches JSON
before the signature checks out.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

from ._errors import WebhookVerificationError

__all__ = ["header", "hmac_sha256_hex", "signatures_match"]


def hmac_sha256_hex(secret: str | bytes, message: bytes) -> str:
    key = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def signatures_match(expected: str, received: str) -> bool:
    return hmac.compare_digest(expected.encode(), received.strip().lower().encode())


def header(headers: Mapping[str, str], name: str) -> str:
    """A header value, case-insensitively; `WebhookVerificationError` if missing."""
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    raise WebhookVerificationError(f"missing {name} header")
