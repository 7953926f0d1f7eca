"""Which response statuses the emulator really produced during the contract run.

`RecordingApp` wraps the emulator's ASGI app and notes (operationId, status) for every answer
to a spec operation. test_zz_status_coverage.py then compares with what each spec documents:
a documented status the emulator never produced must be listed, with its reason, in
contract/<p>.unproduced.yaml — otherwise the spec promises something nobody has seen.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from idv_emulator import EmulatorApp

PRODUCED: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))


class RecordingApp:
    def __init__(self, app: EmulatorApp) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        provider, _, rest = scope["path"].lstrip("/").partition("/")
        served = self.app.providers.get(provider)
        matched = served.spec.match("/" + rest) if served else None
        operation = matched[0].get(scope["method"]) if matched else None

        async def recording_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start" and operation is not None:
                PRODUCED[provider][operation.operation_id].add(str(message["status"]))
            await send(message)

        await self.app(scope, receive, recording_send)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.app, name)
