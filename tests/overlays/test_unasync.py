"""The sync clients are generated from the async ones (`scripts/unasync.py`): no drift."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scripts import unasync

ROOT = Path(__file__).resolve().parents[2]


def test_every_sync_file_matches_its_async_source() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "unasync.py"), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    pairs = unasync.pairs()
    assert {target.name for _, target in pairs} >= {"_sync_base.py", "_sync_client.py"}
    for _, target in pairs:
        assert target.read_text().startswith("# Generated from _async_")


def test_token_replacement(tmp_path: Path) -> None:
    source = tmp_path / "_async_thing.py"
    source.write_text(
        '"""An asynchronous thing."""\n\n# unasync: a note about the async file only\n\n'
        "from collections.abc import AsyncIterator\n\n\n"
        "class AsyncThingClient:\n"
        "    async def rows(self, items: list[int]) -> AsyncIterator[int]:\n"
        "        for item in items:\n"
        "            yield item\n\n"
        "    async def aclose(self) -> None:\n"
        "        await self.get.asyncio_detailed()\n"
    )
    text = unasync.unasync_text(source.read_text(), source.name)
    assert text.startswith("# Generated from _async_thing.py")
    assert "unasync:" not in text.splitlines()[1:] and "note about" not in text
    assert "class ThingClient:" in text and "def rows(self, items: list[int]) -> Iterator[int]:" in text
    assert "yield from items" in text and "async" not in text.split('"""', 2)[2]
    assert "def close(self) -> None:\n        self.get.sync_detailed()" in text
    assert '"""A synchronous thing."""' in text
