"""Request validation's fast path: a compiled validator says "valid", the `jsonschema` one words
failures.

`jsonschema`'s `iter_errors` + `best_match` cost 35–230 µs per request body, most of the
emulator's per-request time. jsonschema-rs (compiled Rust) answers "is this valid?" for the
same schema in about a microsecond. Almost every request an app sends is valid, so:

- jsonschema-rs says valid → valid (the common path, a few µs);
- otherwise the `jsonschema` validator decides and words the failure (same messages, same
  envelopes as before). Where jsonschema-rs refuses what `jsonschema` accepts, `jsonschema`
  wins: the request is accepted.

The two read schemas alike: jsonschema-rs is built as schemathesis builds it (fancy-regex
patterns, formats asserted), and the formats the emulator asserts are handed to it as the
emulator's own checkers, so `uri`, `uuid`, `date`, `date-time` and `email` mean one thing.
`pattern` is read as jsonschema-rs reads it on both sides (`ecma.py`).
tests/emulator/test_fastcheck.py asserts the two agree on schemathesis-generated bodies, valid
and invalid, for every operation of every spec.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jsonschema_rs
from jsonschema import FormatChecker
from jsonschema.exceptions import ValidationError, best_match
from jsonschema.protocols import Validator

__all__ = ["SchemaCheck"]

# As schemathesis builds its validators: the regex size limit it uses, so both compile alike.
_PATTERNS = jsonschema_rs.FancyRegexOptions(size_limit=150_000_000)


def _format(checker: FormatChecker, name: str) -> Callable[[str], bool]:
    """`checker`'s check for `name` as jsonschema-rs calls a custom format (value -> bool)."""
    func, raises = checker.checkers[name]

    def check(value: str) -> bool:
        try:
            return bool(func(value))
        except raises:
            return False

    return check


class SchemaCheck:
    """One schema, validated fast and explained by `jsonschema`.

    Attributes:
        python: The `jsonschema` validator: the authority, and the wording of every failure.
        schema: The schema both validators were built from.
    """

    def __init__(self, python: Validator, format_checker: FormatChecker | None) -> None:
        self.python = python
        self.schema = python.schema
        formats = (
            {name: _format(format_checker, name) for name in format_checker.checkers}
            if format_checker is not None
            else None
        )
        self._fast = jsonschema_rs.Draft202012Validator(
            self.schema if isinstance(self.schema, bool) else dict(self.schema),
            validate_formats=format_checker is not None,
            formats=formats,
            pattern_options=_PATTERNS,
            offline=True,
        )

    def first_error(self, instance: Any) -> ValidationError | None:
        """None if `instance` is valid; else the most relevant error (`best_match` descends into
        anyOf/oneOf, so a bad member of a nullable object is named, not the object)."""
        try:
            if self._fast.is_valid(instance):
                return None
        except (ValueError, OverflowError, TypeError):  # e.g. an integer beyond 64 bits: ask jsonschema
            pass
        error: ValidationError | None = best_match(self.python.iter_errors(instance))
        return error

    def is_valid(self, instance: Any) -> bool:
        """The emulator's verdict on `instance` (what `first_error` decides)."""
        return self.first_error(instance) is None

    def fast_is_valid(self, instance: Any) -> bool:
        """jsonschema-rs' verdict alone (for the agreement test and the benchmark)."""
        return bool(self._fast.is_valid(instance))
