"""Logging through the standard `logging` module, with secrets redacted everywhere.

The package logs to the `idv` logger (requests at DEBUG, retries at INFO). `IDV_LOG=debug`
or `IDV_LOG=info` attaches a stderr handler for quick debugging. `SensitiveFilter` is
installed on the logger itself, so whatever handler an application adds, `Authorization`
values, bearer tokens, Basic credentials and known secret fields never reach it.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["SENSITIVE_HEADERS", "SensitiveFilter", "redact", "redact_headers", "setup_logging"]

REDACTED = "<redacted>"
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key"})
_PATTERNS = (
    re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+"),
    re.compile(r'(?i)("?(?:access_token|client_secret|secret|api_key|apikey|password|token)"?\s*[:=]\s*"?)[^"&,\s}]+'),
)


def redact(text: str) -> str:
    """Mask credentials in free text (log messages, exception text)."""
    text = _PATTERNS[0].sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    return _PATTERNS[1].sub(lambda m: f"{m.group(1)}{REDACTED}", text)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    return {k: (REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class SensitiveFilter(logging.Filter):
    """Redacts credentials in a record's message and arguments before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, Mapping):  # logging's single-mapping form: log("%s", headers)
            record.args = _clean(record.args)
        elif isinstance(record.args, tuple):
            record.args = tuple(_clean(a) for a in record.args)
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def _clean(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: (REDACTED if str(k).lower() in SENSITIVE_HEADERS else _clean(v)) for k, v in value.items()}
    if isinstance(value, str):
        return redact(value)
    return value


logger = logging.getLogger("idv")
logger.addFilter(SensitiveFilter())


def setup_logging() -> None:
    """Honour `IDV_LOG=debug|info` by attaching a stderr handler (once)."""
    level = os.environ.get("IDV_LOG", "").lower()
    if level not in ("debug", "info") or getattr(logger, "_idv_handler", False):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    logger._idv_handler = True  # type: ignore[attr-defined]
