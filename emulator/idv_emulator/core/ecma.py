r"""`pattern` and the asserted formats, read as schemathesis' judge (jsonschema-rs) reads them.

JSON Schema patterns are ECMA-262 regular expressions, and the contract suite judges every
request with jsonschema-rs. The `jsonschema` library hands `pattern` to Python's `re`, which
reads the same text differently:

- `$` also matches before a final newline (`^[A-Z]{2}$` accepts `"DE\n"`); for jsonschema-rs,
  as in ECMA-262 without the `m` flag, it is the end of the value, Python's `\Z`;
- the shorthand classes: jsonschema-rs compiles a pattern with Rust's `regex` and ECMA-262's
  classes (`\d`, `\w` ASCII; `\s` ECMA's whitespace, with `\ufeff`, without `\x85`), but one
  that needs lookaround or a backreference with `fancy-regex` and Unicode classes (`\d` any
  script's digits, `\s` Unicode White_Space, with `\x85`, without `\ufeff`). Python's `\s`
  is neither (it has `\x1c`-`\x1f`).

`ecma_regex` translates `$` and the shorthand classes for whichever engine jsonschema-rs picks,
so the emulator accepts exactly what it accepts (tests/contract/test_pattern_agreement.py
checks every pattern of every spec, and those constructs). Inside a bracket class, `\D` and
`\W` stay Python's and `\S` keeps `\ufeff` (Python cannot take a character out of a class
there): spell such a class out.

The `email` format differs the same way: `jsonschema` only asks for an `@`, while jsonschema-rs
checks RFC 5321's mailbox (dot-atom or quoted local part, host name or address literal) — so
`0@0.com*` is a 400 for one and stored by the other. `is_email` is the RFC 5321 reading.
Likewise `uri` admits only RFC 3986's characters (`uri_characters`), and `date-time` no final
newline (`rfc3339-validator`'s regex ends in `$`).
"""

from __future__ import annotations

import functools
import ipaddress
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from jsonschema.exceptions import ValidationError
from rfc3339_validator import validate_rfc3339  # type: ignore[import-untyped]

# ECMA-262 WhiteSpace and LineTerminator: `\s` for jsonschema-rs' `regex` engine.
_ECMA_SPACE = "\\t\\n\\v\\f\\r \\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"
# Unicode White_Space: `\s` for its `fancy-regex` engine.
_UNICODE_SPACE = "\\t\\n\\v\\f\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"
# What `regex` cannot compile, so that jsonschema-rs hands the pattern to `fancy-regex`.
_FANCY = re.compile(r"\(\?<?[=!]|\\[1-9]|\\k<")


def _classes(space: str, python_only: str, *, ascii_words: bool) -> tuple[dict[str, str], dict[str, str]]:
    """The shorthand classes' spelling (inside a bracket class, and outside one). `python_only`:
    what Python's `\\s` has and the engine's has not, given back to `\\S` inside a class."""
    inside = {"s": space, "S": "\\S" + python_only}
    outside = {"s": f"[{space}]", "S": f"[^{space}]"}
    if ascii_words:
        inside |= {"d": "0-9", "w": "A-Za-z0-9_"}
        outside |= {"d": "[0-9]", "D": "[^0-9]", "w": "[A-Za-z0-9_]", "W": "[^A-Za-z0-9_]"}
    return inside, outside


_REGEX_CLASSES = _classes(_ECMA_SPACE, "\\x1c-\\x1f\\x85", ascii_words=True)
_FANCY_CLASSES = _classes(_UNICODE_SPACE, "\\x1c-\\x1f", ascii_words=False)


def _translate(pattern: str) -> str:
    inside, outside = _FANCY_CLASSES if _FANCY.search(pattern) else _REGEX_CLASSES
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            escaped = pattern[i + 1]
            out.append((inside if in_class else outside).get(escaped, char + escaped))
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = r"\Z"
        out.append(char)
        i += 1
    return "".join(out)


@functools.lru_cache(maxsize=512)
def ecma_regex(pattern: str) -> re.Pattern[str]:
    """The `pattern` as a Python regex with jsonschema-rs' matches (`search`, as JSON Schema
    says: a pattern is not implicitly anchored)."""
    return re.compile(_translate(pattern))


def pattern_keyword(validator: Any, pattern: str, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
    """jsonschema's `pattern`, read as jsonschema-rs reads it (same message)."""
    if validator.is_type(instance, "string") and not ecma_regex(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]"
_DOT_ATOM = re.compile(rf"{_ATEXT}+(?:\.{_ATEXT}+)*")
_QUOTED = re.compile(r'"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"')
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def _host_label(label: str) -> bool:
    if not _LABEL.fullmatch(label):
        return False
    if label[2:4] != "--":
        return True
    # `??--` is reserved for IDNA: only a lowercase `xn--` A-label that decodes to letters.
    if not label.startswith("xn--"):
        return False
    try:
        decoded = label[4:].encode("ascii").decode("punycode")
        decoded.encode("idna")
    except UnicodeError:
        return False
    categories = [unicodedata.category(c)[0] for c in decoded]
    return (
        not decoded.isascii()
        and categories[0] != "M"
        and all(c == "-" or kind in "LMN" for c, kind in zip(decoded, categories, strict=True))
    )


def is_email(value: object) -> bool:
    """RFC 5321 mailbox, as jsonschema-rs checks the `email` format: a dot-atom or quoted local
    part of at most 64 characters, `@`, and a host name (LDH labels, no trailing dot) or an
    address literal (`[192.0.2.1]`, `[IPv6:2001:db8::1]`). Non-ASCII is `idn-email`'s, not this."""
    if not isinstance(value, str):
        return True
    local, at, domain = value.rpartition("@")
    if not at or not local or not domain or len(local) > 64:
        return False
    if not (_DOT_ATOM.fullmatch(local) or _QUOTED.fullmatch(local)):
        return False
    if domain.startswith("[") and domain.endswith("]"):
        literal = domain[1:-1]
        try:
            if literal.startswith("IPv6:"):
                if "%" in literal:  # a zone id names an interface, not a mail host
                    return False
                ipaddress.IPv6Address(literal[5:])
            else:
                ipaddress.IPv4Address(literal)
        except ValueError:
            return False
        return True
    return len(domain) <= 253 and all(_host_label(label) for label in domain.split("."))


_URI_CHARACTERS = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*")


def uri_characters(value: str) -> bool:
    """Only RFC 3986's characters, and `%` only as a percent-encoding (`é`, `%zz` are not)."""
    return _URI_CHARACTERS.fullmatch(value) is not None


def is_date_time(value: object) -> bool:
    """RFC 3339 date-time (`rfc3339-validator`, as `jsonschema` checks it), without the final
    newline its `$` lets through."""
    if not isinstance(value, str):
        return True
    return not value.endswith("\n") and bool(validate_rfc3339(value.upper()))
