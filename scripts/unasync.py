"""Derive the synchronous overlay code from the asynchronous code, as httpcore does.

Usage: python scripts/unasync.py [--check]        (or `make unasync`)

The async clients are the only hand-written ones: every `overlays/idv/**/_async_<name>.py`
becomes `_sync_<name>.py` next to it by token replacement (`async def` → `def`, `await x` →
`x`, `AsyncHopaeClient` → `HopaeClient`, `asyncio_detailed` → `sync_detailed`, …), then
ruff sorts the imports and formats the result. Lines whose comment contains `unasync:` are
dropped (notes about the async file itself). With `--check`, nothing is written and the
exit status is 1 if any sync file differs from what would be generated (`make test` runs
this through `tests/overlays/test_unasync.py`).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OVERLAYS = ROOT / "overlays" / "idv"

HEADER = "# Generated from {source} by scripts/unasync.py: do not edit. Edit {source}, then run `make unasync`.\n"

# (pattern, replacement), applied in order to every line.
SUBS: list[tuple[str, str]] = [
    (r"\ban async context manager\b", "a context manager"),
    (r"\basync context manager\b", "context manager"),
    (r"\b([Aa])n asynchronous\b", r"\1 synchronous"),
    (r"\basynchronous\b", "synchronous"),
    (r"\basynchronously\b", "synchronously"),
    (r"\basync def\b", "def"),
    (r"\basync with\b", "with"),
    (r"\basync for\b", "for"),
    (r"\bawait ", ""),
    (r"\bAsyncAPIClient\b", "SyncAPIClient"),
    (r"\bAsyncRetryTransport\b", "RetryTransport"),
    (r"\bAsyncClientTransport\b", "ClientTransport"),
    (r"\bAsyncOperation\b", "SyncOperation"),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\bAsyncGenerator\b", "Generator"),
    (r"\bhttpx\.AsyncHTTPTransport\b", "httpx.HTTPTransport"),
    (r"\bhttpx\.AsyncBaseTransport\b", "httpx.BaseTransport"),
    (r"\bhttpx\.AsyncClient\b", "httpx.Client"),
    (r"\bAsync([A-Z]\w*Client)\b", r"\1"),  # AsyncHopaeClient -> HopaeClient
    (r"\b_async_(\w+)\b", r"_sync_\1"),  # module names
    (r"\basyncio_detailed\b", "sync_detailed"),
    (r"\bapoll\b", "poll"),
    (r"\baclose\b", "close"),
    (r"\baread\b", "read"),
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\b__anext__\b", "__next__"),
]
_COMPILED = [(re.compile(pattern), replacement) for pattern, replacement in SUBS]
# An async generator cannot `yield from`; its sync twin should (ruff's UP028).
_YIELD_EACH = re.compile(
    r"^(?P<indent>[ \t]*)for (?P<name>\w+) in (?P<iterable>.+):\n(?P=indent)[ \t]+yield (?P=name)\n", re.M
)


def unasync_text(source: str, source_name: str) -> str:
    """The sync module text for the async module text `source` (before ruff)."""
    lines = []
    for line in source.splitlines(keepends=True):
        if "# unasync:" in line:
            continue
        converted = line
        for pattern, replacement in _COMPILED:
            converted = pattern.sub(replacement, converted)
        lines.append(converted)
    text = _YIELD_EACH.sub(r"\g<indent>yield from \g<iterable>\n", "".join(lines))
    return HEADER.format(source=source_name) + text


def _ruff(text: str, target: Path) -> str:
    """`text` with its imports sorted and formatted by the project's ruff settings."""
    for command in (
        ["check", "--fix", "--select", "I", "--quiet", "--exit-zero"],
        ["format", "--quiet"],
    ):
        text = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--stdin-filename", str(target), "-"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
    return text


def pairs(root: Path = OVERLAYS) -> list[tuple[Path, Path]]:
    """(async source, sync target) for every `_async_*.py` under `root`, sorted."""
    return [
        (source, source.with_name(source.name.replace("_async_", "_sync_", 1)))
        for source in sorted(root.rglob("_async_*.py"))
    ]


def generate(source: Path, target: Path) -> str:
    return _ruff(unasync_text(source.read_text(), source.name), target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if a sync file is out of date; write nothing")
    args = parser.parse_args(argv)
    stale = []
    for source, target in pairs():
        expected = generate(source, target)
        current = target.read_text() if target.exists() else None
        if current == expected:
            continue
        stale.append(target.relative_to(ROOT))
        if not args.check:
            target.write_text(expected)
    if args.check and stale:
        for path in stale:
            print(f"out of date: {path} (run `make unasync`)", file=sys.stderr)
        return 1
    for path in stale:
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
