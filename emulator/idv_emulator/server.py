"""Run the emulator on a loopback port in a background thread (tests, the demo, the fixture).

`EmulatorServer` is to the emulator what moto's `ThreadedMotoServer` is to moto: start it,
point clients at `server.url("hopae")`, steer it through `server.control(...)`, stop it.
"""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

import httpx
import uvicorn

from .app import EmulatorApp, create_app
from .config import SHUTDOWN_GRACE, EmulatorConfig


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


class EmulatorServer:
    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, config: EmulatorConfig | None = None) -> None:
        config = config or EmulatorConfig()
        config.check_bind(host)
        self.host = host
        self.port = port or free_port(host)
        self.app: EmulatorApp = create_app(config)
        self._server = uvicorn.Server(
            uvicorn.Config(
                self.app,
                host=self.host,
                port=self.port,
                log_level="warning",
                access_log=False,
                timeout_graceful_shutdown=SHUTDOWN_GRACE,
            )
        )
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, provider: str) -> str:
        """Base URL for one provider's generated client, e.g. http://127.0.0.1:8040/hopae."""
        if provider not in self.app.providers:
            raise ValueError(f"unknown provider {provider!r}")
        return f"{self.base_url}/{provider}"

    def start(self, timeout: float = 10.0) -> EmulatorServer:
        self._thread = threading.Thread(target=self._server.run, name="idv-emulator", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError(f"emulator did not start on {self.base_url}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.app.webhooks.close()

    def control(self, method: str, path: str, json: Any = None, **params: Any) -> Any:
        """Call the control API (`path` below /_emulator) and return its JSON."""
        token = self.app.config.control_token
        headers = {"authorization": f"Bearer {token}"} if token else {}
        reply = httpx.request(
            method, f"{self.base_url}/_emulator/{path.lstrip('/')}", json=json, params=params, headers=headers
        )
        reply.raise_for_status()
        return reply.json()

    def reset(self) -> None:
        self.app.reset()

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
