"""Benchmark: request validation per operation, the fast path vs `jsonschema` alone.

Usage: python scripts/bench/bench_validation.py [--bodies 40] [--rounds 5]

For every operation with a request body (specs/*.openapi.yaml), schemathesis generates
`bodies` valid bodies (derandomized); each is validated the way the emulator did before
(`jsonschema` `iter_errors` + `best_match`) and the way it does now (`SchemaCheck.first_error`:
jsonschema-rs first). Prints µs per body, best of `rounds`, and the ratio. Target: ≤ 10 µs per
valid body for every operation.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from jsonschema.exceptions import best_match
from schemathesis.core import NotSet

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _registry import PROVIDERS, spec_path

from idv_emulator.core.spec import Spec, load_spec


def valid_bodies(provider: str, spec: Spec, count: int) -> dict[tuple[str, str], list[Any]]:
    """(operationId, media type) -> valid bodies that the emulator also accepts."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        schema = schemathesis.openapi.from_path(str(spec_path(provider)))
    found: dict[tuple[str, str], list[Any]] = {}
    for result in schema.get_all_operations():
        api_operation: Any = result.ok()  # type: ignore[union-attr]  # the project's specs all load
        operation = spec.operations[api_operation.definition.raw["operationId"]]
        if operation.bodies:
            _collect(api_operation, operation, count, found)
    return found


def _collect(api_operation: Any, operation: Any, count: int, found: dict[tuple[str, str], list[Any]]) -> None:
    @settings(
        max_examples=count, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(api_operation.as_strategy())
    def collect(case: Any) -> None:
        media_type = case.media_type or "application/json"
        check = operation.bodies.get(media_type)
        if check is not None and not isinstance(case.body, (bytes, NotSet)) and check.python.is_valid(case.body):
            found.setdefault((operation.operation_id, media_type), []).append(case.body)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        collect()


def per_body(fn: Callable[[Any], object], bodies: list[Any], rounds: int) -> float:
    best = float("inf")
    repeat = max(1, 2000 // len(bodies))
    for _ in range(rounds):
        started = time.perf_counter()
        for _ in range(repeat):
            for body in bodies:
                fn(body)
        best = min(best, (time.perf_counter() - started) / (repeat * len(bodies)))
    return best * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bodies", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(f"request-body validation, µs per valid body (best of {args.rounds}); target ≤ 10 µs")
    print(f"  {'operation':<44} {'bodies':>6} {'jsonschema':>10} {'fast path':>9} {'speed-up':>8}")
    worst = 0.0
    for provider in PROVIDERS:
        spec = load_spec(provider)
        for (operation_id, media_type), bodies in valid_bodies(provider, spec, args.bodies).items():
            check = spec.operations[operation_id].bodies[media_type]
            python = check.python

            def jsonschema_alone(body: Any, python: Any = python) -> object:
                return best_match(python.iter_errors(body))

            before = per_body(jsonschema_alone, bodies, args.rounds)
            after = per_body(check.first_error, bodies, args.rounds)
            worst = max(worst, after)
            label = f"{provider}.{operation_id}" + (" (form)" if "form" in media_type else "")
            print(f"  {label:<44} {len(bodies):>6} {before:>10.1f} {after:>9.2f} {before / after:>7.0f}×")
    print(f"  slowest fast path: {worst:.2f} µs   (target ≤ 10 µs)")


if __name__ == "__main__":
    main()
