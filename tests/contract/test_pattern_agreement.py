"""The emulator reads every `pattern` and asserted `format` of the specs the way the contract
suite's judge does.

schemathesis draws values with Python's `re` and keeps, and judges, what jsonschema-rs says
(`$` = end of input; ECMA-262 or, with lookaround, Unicode classes; RFC 5321 `email`). The
emulator words its failures with the `jsonschema` library, whose own `pattern` is Python's
`re.search` and whose own `email` only asks for an `@` (core/ecma.py replaces both; since
core/fastcheck.py jsonschema-rs also answers its "valid" first). Where two readings differ, a
request is "schema-violating" for schemathesis
and stored by the emulator (negative_data_rejection), or the other way round. The first such
failure was a Solaris person `email` of `0@0.com*` (seed 9, 100 examples): schemathesis broke
the value for the whitespace `pattern` by appending `*`, which the pattern allows in all three
engines, and kept it as a violation because jsonschema-rs rejects it as an `email`.

So here, for EVERY pattern of every spec and a set of edge strings (empty, surrounding
whitespace of each kind, a final newline, a non-breaking space, non-ASCII digits and letters,
a long value, and the spec's own example with each of those around it):

- the emulator's validator and jsonschema-rs (built as schemathesis builds it) give the same
  verdict;
- the plain `jsonschema` library agrees with them too, except where Python's `$` matches
  before a final newline — the one difference the specs' patterns are exposed to, and the
  reason the emulator does not use plain `re` (core/ecma.py).

The last tests show the comparison fails on the readings the emulator used before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import jsonschema
import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.core.jsonschema import make_validator_for
from schemathesis.generation import GenerationMode

from idv_emulator.core.spec import _validator as emulator_validator
from scripts._registry import PROVIDERS, spec_path

pytestmark = pytest.mark.contract

Check = Callable[[str], bool]

WHITESPACE = [" ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\ufeff", "\x85", "\u2028", "\u3000", "\x1c"]
EDGES = [
    "",
    "a",
    "a*",
    "*",
    "ab",
    "a b",
    "\u0663",  # ARABIC-INDIC DIGIT THREE: `\d` in Python, not in ECMA-262
    "\u00e9",  # é: `\w` in Python, not in ECMA-262
    "x" * 300,
    "x" * 300 + "*",
    "a\n*",
    *(f"a{space}" for space in WHITESPACE),
    *(f"{space}a" for space in WHITESPACE),
    *WHITESPACE,
]


def _walk(node: Any, example: Any = None) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            yield node["pattern"], node.get("example", example)
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from _walk(value, node.get("example"))
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value, example)


def patterns() -> dict[str, list[str]]:
    """pattern -> the example values written next to it, over every spec."""
    found: dict[str, list[str]] = {}
    for provider in PROVIDERS:
        for pattern, example in _walk(yaml.safe_load(spec_path(provider).read_text())):
            found.setdefault(pattern, [])
            if isinstance(example, str) and example not in found[pattern]:
                found[pattern].append(example)
    return found


PATTERNS = patterns()


def candidates(examples: list[str]) -> list[str]:
    around = [*EDGES]
    for example in examples:
        around += [example, f"{example}*", f"*{example}"]
        around += [f"{example}{space}" for space in WHITESPACE] + [f"{space}{example}" for space in WHITESPACE]
    return list(dict.fromkeys(around))


def judge(schema: dict[str, Any]) -> Check:
    """jsonschema-rs as schemathesis builds it (fancy-regex, formats asserted)."""
    return make_validator_for(schema).is_valid


def emulator(schema: dict[str, Any]) -> Callable[[str], bool | None]:
    """The emulator's verdict (core/fastcheck.py), or None where its authority (`jsonschema`
    with core/ecma.py's readings) would say otherwise: both halves have to agree with the judge."""
    check = emulator_validator(schema)

    def verdict(value: str) -> bool | None:
        valid = check.is_valid(value)
        return valid if valid == check.python.is_valid(value) else None

    return verdict


def plain(schema: dict[str, Any]) -> Check:
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).is_valid


def disagreements(
    check: Callable[[str], bool | None], reference: Check, values: list[str]
) -> list[tuple[str, bool | None, bool]]:
    return [(value, check(value), reference(value)) for value in values if check(value) != reference(value)]


def test_the_specs_have_patterns() -> None:
    assert len(PATTERNS) >= 3  # the walk finds them: a test over nothing proves nothing


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_emulator_reads_each_pattern_as_jsonschema_rs(pattern: str) -> None:
    schema = {"type": "string", "pattern": pattern}
    values = candidates(PATTERNS[pattern])
    assert disagreements(emulator(schema), judge(schema), values) == []


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_plain_jsonschema_differs_only_by_a_final_newline(pattern: str) -> None:
    schema = {"type": "string", "pattern": pattern}
    values = candidates(PATTERNS[pattern])
    differ = disagreements(plain(schema), judge(schema), values)
    # Python's `$` also matches before a final "\n": plain `re` accepts what ECMA-262 refuses.
    assert [d for d in differ if not (d[0].endswith("\n") and d[1:] == (True, False))] == []


# Around the spec's examples and on their own: whitespace of every kind, ASCII, and the rest of
# Unicode (no lone surrogates: a UTF-8 body cannot carry them, and jsonschema-rs cannot take them).
_CHARACTERS = st.one_of(
    st.sampled_from(WHITESPACE), st.characters(max_codepoint=127), st.characters(exclude_categories=["Cs"])
)


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
@settings(max_examples=200, derandomize=True, database=None, deadline=None)
@given(data=st.data())
def test_emulator_and_jsonschema_rs_agree_on_drawn_values(pattern: str, data: st.DataObject) -> None:
    schema = {"type": "string", "pattern": pattern}
    examples = PATTERNS[pattern] or ["a"]
    value = data.draw(
        st.one_of(
            st.text(_CHARACTERS, max_size=12),
            st.tuples(
                st.text(_CHARACTERS, max_size=2), st.sampled_from(examples), st.text(_CHARACTERS, max_size=2)
            ).map("".join),
        )
    )
    assert emulator(schema)(value) == judge(schema)(value)


def one_field_operation(pattern: str) -> Any:
    """An operation whose JSON body is `{"v": <a string with this pattern>}`, for schemathesis to draw."""
    body = {"type": "object", "properties": {"v": {"type": "string", "pattern": pattern}}, "required": ["v"]}
    post = {
        "operationId": "x",
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "responses": {"200": {"description": "ok"}},
    }
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/x": {"post": post}}}
    return schemathesis.openapi.from_dict(document)["/x"]["POST"]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_emulator_agrees_with_what_schemathesis_draws(pattern: str, mode: GenerationMode) -> None:
    """schemathesis' own draws (positive: drawn with Python's `re`, kept by jsonschema-rs;
    negative: mutated) get the emulator's verdict jsonschema-rs gives them."""
    schema = {"type": "string", "pattern": pattern}
    drawn: list[str] = []

    @settings(max_examples=50, database=None, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(case=one_field_operation(pattern).as_strategy(generation_mode=mode))
    def draw(case: Any) -> None:
        if isinstance(case.body, dict) and isinstance(case.body.get("v"), str):
            drawn.append(case.body["v"])

    draw()
    # Lone surrogates: no UTF-8 body carries them, and jsonschema-rs cannot take them.
    values = [value for value in drawn if not any("\ud800" <= c <= "\udfff" for c in value)]
    assert disagreements(emulator(schema), judge(schema), values) == []
    if mode is GenerationMode.POSITIVE:
        assert values and all(map(emulator(schema), values))


WHITESPACE_RULE = r"^(?![ \t\n\v\f\r])(?![\s\S]*[ \t\n\v\f\r]$)"


def test_the_whitespace_rule_reads_alike_in_all_three() -> None:
    """Solaris' no-leading/trailing-whitespace rule: the `$` follows a whitespace class, so the
    final-newline reading can only refuse a value that ends in whitespace anyway."""
    assert WHITESPACE_RULE in PATTERNS
    schema = {"type": "string", "pattern": WHITESPACE_RULE}
    values = candidates(PATTERNS[WHITESPACE_RULE])
    assert disagreements(plain(schema), judge(schema), values) == []
    assert disagreements(emulator(schema), judge(schema), values) == []
    verdicts = {value: judge(schema)(value) for value in ("", "a", "a*", "a\n", "\u00a0a", "a\u00a0", " a", "a\t")}
    assert verdicts == {
        "": True,
        "a": True,
        "a*": True,
        "a\n": False,
        "\u00a0a": True,  # ASCII whitespace only, as the Solaris conventions list it
        "a\u00a0": True,
        " a": False,
        "a\t": False,
    }


def formats() -> list[str]:
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("format"), str) and node.get("type") in ("string", ["string", "null"]):
                found.add(node["format"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for provider in PROVIDERS:
        walk(yaml.safe_load(spec_path(provider).read_text()))
    return sorted(found)


FORMAT_VALUES = {
    "email": [
        "erika@example.com",
        "0@0.com",
        "0@0.com*",  # the seed-9 failure: `*` is no host-name character
        "a@b",
        "a+b@c.d",
        "a*@b.c",
        '"a b"@c.d',
        "a@[127.0.0.1]",
        "a@[IPv6:::1]",
        "a@[IPv6:fe80::1%eth0]",
        "a b@c.d",
        "a..b@c.d",
        ".a@b.c",
        "a@-b.com",
        "a@b_c.com",
        "a@b.c.",
        "a@@b",
        "@b.c",
        "a@",
        "useratexample.com",
        "\u00e9@\u00e9.com",
        "a@xn--bcher-kva.ch",
        "a@XN--bcher-kva.ch",
        "a@ab--c.d",
        "a@xn--ls8h.com",
        "x" * 64 + "@b.c",
        "x" * 65 + "@b.c",
        "a@" + "b" * 64 + ".com",
        "a@b.c\n",
        " a@b.c",
    ],
    "date-time": [
        "2026-11-22T10:00:00Z",
        "2026-11-22t10:00:00z",
        "2026-11-22T10:00:00+01:00",
        "2026-11-22T10:00:00.123456Z",
        "2026-11-22T10:00:00",
        "2026-11-22 10:00:00Z",
        "2026-11-22T10:00:00Z\n",
        "2026-02-30T10:00:00Z",
        "2024-01-01T12:99:00Z",
    ],
    "date": ["2026-11-22", "2026-1-22", "2026-02-30", "2026-11-22\n", "2024-13-01", "0001-01-01", "20261122"],
    "uuid": [
        "123e4567-e89b-12d3-a456-426614174000",
        "123E4567-E89B-12D3-A456-426614174000",
        "123e4567e89b12d3a456426614174000",
        "123e4567-e89b-12d3-a456-42661417400g",
        "123e4567-e89b-12d3-a456-426614174000\n",
        "g8fadcc5-ce2b-2f6f-a0cd-faaa313ba470",
    ],
    # The emulator is stricter in one documented way: an http(s) URL needs a host.
    "uri": [
        "https://example.com/cb",
        "https://example.com/a?b=c#d",
        "urn:isbn:0451450523",
        "mailto:a@b.c",
        "https://example.com/%zz",
        "https://example.com/\u00e9",
        "https://example.com/a b",
        "https://example.com/{id}",
        "https://example.com/cb\n",
        "/relative",
        "example.com",
    ],
}


@pytest.mark.parametrize("name", formats())
def test_emulator_checks_each_format_as_jsonschema_rs(name: str) -> None:
    assert name in FORMAT_VALUES, f"format {name!r} is in a spec: add edge values for it here"
    schema = {"type": "string", "format": name}
    assert disagreements(emulator(schema), judge(schema), FORMAT_VALUES[name]) == []


# Constructs no spec uses yet, so a new pattern meets a tested reading: ECMA-262's `$`, ASCII
# `\d` / `\w` / `\b`, ECMA's `\s` in and out of classes, and `.` (all but "\n", in both).
CONSTRUCTS = [r"^\d+$", r"^\D$", r"^\w+$", r"^\W$", r"\bx\b", r"^\s$", r"^\S$", r"^[\s]$", r"^[^\s]$", r"^[\d-]+$"]
CONSTRUCTS += [r"^a.b$", r"^x$|^y$", r"^[$]$", r"^\$$", r"(?!a)\S+$", r"^[\s\S]*$"]


@pytest.mark.parametrize("pattern", CONSTRUCTS)
def test_emulator_reads_regex_constructs_as_jsonschema_rs(pattern: str) -> None:
    schema = {"type": "string", "pattern": pattern}
    values = [*candidates(["x", "12", "a.b", "$", "a\rb", "a\u2028b", "a\nb", "x y", "-1-"]), "\u0663\u0664", "x\u00e9"]
    assert disagreements(emulator(schema), judge(schema), values) == []


def test_the_comparison_catches_the_old_readings() -> None:
    """What the emulator did before (plain `jsonschema`): a final newline passes `^[A-Z]{2}$`,
    and `0@0.com*` passes `email` — both refused by jsonschema-rs, both caught here."""
    country = {"type": "string", "pattern": "^[A-Z]{2}$"}
    assert disagreements(plain(country), judge(country), candidates(["DE"])) == [("DE\n", True, False)]
    email = {"type": "string", "format": "email"}
    assert ("0@0.com*", True, False) in disagreements(plain(email), judge(email), FORMAT_VALUES["email"])
    digits = {"type": "string", "pattern": r"^\d+$"}
    assert ("\u0663", True, False) in disagreements(plain(digits), judge(digits), EDGES)
