"""Fault injection: make matching requests fail the way real networks and providers fail.

A fault matches on provider, method, path (regex on the documented path) and/or operationId,
and does one of: answer a status in the provider's own error envelope (503, or 429 with
`Retry-After`), add latency before the normal answer, or drop the connection mid-response.
It applies to the next `count` matching requests, or to each with probability `rate`.
This is how the overlays' retries and timeouts are tested.
"""

from __future__ import annotations

import math
import random
import re
import threading
from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Fault:
    id: str
    provider: str | None = None
    method: str | None = None
    path: str | None = None
    operation_id: str | None = None
    status: int | None = None
    retry_after: str | None = None
    latency_ms: float = 0.0
    drop: bool = False
    count: int | None = None  # remaining matches; None = unlimited
    rate: float | None = None  # probability per matching request
    hits: int = 0

    def matches(self, provider: str, method: str, path: str, operation_id: str | None) -> bool:
        return (
            (self.provider is None or self.provider == provider)
            and (self.method is None or self.method.upper() == method)
            and (self.path is None or re.search(self.path, path) is not None)
            and (self.operation_id is None or self.operation_id == operation_id)
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_FIELDS: dict[str, type | tuple[type, ...]] = {
    "provider": str,
    "method": str,
    "path": str,
    "operation_id": str,
    "status": int,
    "retry_after": str,
    "latency_ms": (int, float),
    "drop": bool,
    "count": int,
    "rate": (int, float),
}


MAX_LATENCY_MS = 60_000.0  # a minute: enough for any client timeout test, short enough to shut down
MAX_COUNT = 1_000_000
MAX_TEXT = 1_000  # characters of a string field (path regex, Retry-After, …)


class FaultInjector:
    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._rng = random.Random()  # noqa: S311 - fault sampling, not security
        self._counter = 0

    def add(self, spec: dict[str, Any]) -> Fault:
        """Validate a fault description (from the control API) and register it."""
        unknown = set(spec) - set(_FIELDS)
        if unknown:
            raise ValueError(f"unknown fault fields: {', '.join(sorted(unknown))}")
        for name, value in spec.items():
            expected = _FIELDS[name]
            if value is not None and (not isinstance(value, expected) or isinstance(value, bool) != (expected is bool)):
                raise ValueError(f"fault field {name!r} has the wrong type")
        for name, value in spec.items():
            if isinstance(value, str) and len(value) > MAX_TEXT:
                raise ValueError(f"fault field {name!r} is longer than {MAX_TEXT} characters")
        latency = spec.get("latency_ms")
        if latency is not None and not (math.isfinite(latency) and 0 <= latency <= MAX_LATENCY_MS):
            raise ValueError(f"latency_ms must be in [0, {MAX_LATENCY_MS:g}]")
        if not (spec.get("status") or spec.get("latency_ms") or spec.get("drop")):
            raise ValueError("a fault needs one of: status, latency_ms, drop")
        status = spec.get("status")
        if status is not None and not 400 <= status <= 599:
            raise ValueError("status must be between 400 and 599")
        rate = spec.get("rate")
        if rate is not None and not 0 < rate <= 1:
            raise ValueError("rate must be in (0, 1]")
        count = spec.get("count")
        if count is not None and not 1 <= count <= MAX_COUNT:
            raise ValueError(f"count must be in [1, {MAX_COUNT}]")
        if spec.get("path") is not None:
            try:
                re.compile(spec["path"])
            except re.error as exc:
                raise ValueError(f"path is not a valid regex: {exc}") from None
        with self._lock:
            self._counter += 1
            fault = Fault(id=f"flt_{self._counter:04d}", **spec)
            self._faults.append(fault)
        return fault

    @property
    def armed(self) -> bool:
        """Whether any fault is set (read without the lock, as `take` does first)."""
        return bool(self._faults)

    def take(self, provider: str, method: str, path: str, operation_id: str | None) -> Fault | None:
        """The fault that applies to this request, consuming one of its `count`."""
        if not self._faults:
            return None
        with self._lock:
            for fault in self._faults:
                if not fault.matches(provider, method, path, operation_id):
                    continue
                if fault.rate is not None and self._rng.random() >= fault.rate:
                    continue
                fault.hits += 1
                if fault.count is not None:
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
                return fault
        return None

    def list(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def seed(self, value: int | None) -> None:
        self._rng.seed(value)
