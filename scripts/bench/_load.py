"""A small closed-loop HTTP/1.1 load generator (keep-alive, raw asyncio streams).

Each connection repeats a scenario (e.g. create then get) as fast as the server answers.
Worker processes keep the client's own CPU cost off the measured server's event loop; the
parent merges their latencies. Plain stdlib, so the benchmark needs nothing but Python.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Step = tuple[str, str, dict[str, str], Any]  # method, path, headers, json body (or None)
# A scenario builds the next step from the previous JSON answer (None at the start).
Scenario = Callable[[int, Any], Step | None]


@dataclass
class Result:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


async def _connection(host: str, port: int, scenario: Scenario, deadline: float, out: dict[str, Any]) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    step_no = 0
    previous: Any = None
    while time.perf_counter() < deadline:
        step = scenario(step_no, previous)
        if step is None:
            step_no, previous = 0, None
            continue
        method, path, headers, body = step
        payload = b"" if body is None else json.dumps(body).encode()
        head = f"{method} {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: keep-alive\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        if body is not None:
            head += "Content-Type: application/json\r\n"
        head += f"Content-Length: {len(payload)}\r\n\r\n"
        started = time.perf_counter()
        writer.write(head.encode() + payload)
        status_line = await reader.readline()
        length = 0
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            if name.lower() == "content-length":
                length = int(value.strip())
        data = await reader.readexactly(length) if length else b""
        out["latencies"].append((time.perf_counter() - started) * 1000)
        status = int(status_line.split()[1]) if status_line else 0
        out["requests"] += 1
        if status >= 400 or status == 0:
            out["errors"] += 1
            step_no, previous = 0, None
            continue
        try:
            previous = json.loads(data) if data else None
        except ValueError:
            previous = None
        step_no += 1
    writer.close()


def _worker(args: tuple[str, int, Scenario, int, float, float]) -> tuple[int, int, list[float]]:
    host, port, scenario, connections, start_at, seconds = args
    out: dict[str, Any] = {"requests": 0, "errors": 0, "latencies": []}

    async def run() -> None:
        await asyncio.sleep(max(0.0, start_at - time.time()))
        deadline = time.perf_counter() + seconds
        await asyncio.gather(*(_connection(host, port, scenario, deadline, out) for _ in range(connections)))

    asyncio.run(run())
    return out["requests"], out["errors"], out["latencies"]


def run_load(
    host: str, port: int, scenario: Scenario, *, connections: int = 32, seconds: float = 8.0, processes: int = 2
) -> Result:
    start_at = time.time() + 0.5
    per = [connections // processes + (1 if i < connections % processes else 0) for i in range(processes)]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        parts = pool.map(_worker, [(host, port, scenario, n, start_at, seconds) for n in per])
    return Result(
        requests=sum(p[0] for p in parts),
        errors=sum(p[1] for p in parts),
        seconds=seconds,
        latencies_ms=[x for p in parts for x in p[2]],
    )
