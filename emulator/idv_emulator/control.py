"""The control API under `/_emulator`: what tests and the demo use to steer the emulator.

| method | path | body / query | effect |
|---|---|---|---|
| GET | /_emulator/health | | `{"status": "ok"}` |
| POST | /_emulator/reset | | forget all state, deliveries, faults; clock back to now |
| POST | /_emulator/seed | `{"seed": 42}` | reset, then ids and fault sampling are reproducible |
| GET | /_emulator/state | | every provider's state |
| GET | /_emulator/clock | | `{"now": …, "offset_seconds": …}` |
| POST | /_emulator/clock/advance | `{"seconds": 3600}` | move time forward, apply expiry |
| POST | /_emulator/clock/freeze | `{"frozen": true}` | stop (or restart) the clock; only advance moves it |
| POST | /_emulator/{provider}/outcome | `{"id": …, "outcome": …}` | finish a verification as the hosted page would |
| POST | /_emulator/{provider}/config | provider-specific | e.g. Hopae `{"webhook_url", "webhook_secret"}` |
| GET | /_emulator/webhooks | `?provider=` | every delivery and its attempts |
| POST | /_emulator/webhooks/wait | `{"timeout": 10}` | wait until no delivery is in flight |
| GET / POST / DELETE | /_emulator/faults | fault fields (POST) | list / add / clear injected faults |
"""

from __future__ import annotations

import asyncio
import json
from typing import TYPE_CHECKING, Any

from .core.clock import iso
from .core.errors import ApiError
from .core.http import Request, Response

if TYPE_CHECKING:
    from .core.provider import Provider
    from .state import EmulatorState


class ControlError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class Control:
    """The control API over the emulator's state (not the app: it needs nothing else)."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state

    async def handle(self, request: Request) -> Response:
        try:
            return await self._route(request)
        except ControlError as exc:
            return Response.json({"error": exc.message}, exc.status)
        except ApiError as exc:
            return Response.json({"error": exc.detail, "code": exc.code}, exc.status)

    async def _route(self, request: Request) -> Response:
        parts = [p for p in request.path.split("/") if p]
        method = request.method
        state = self.state
        match parts, method:
            case ["health"], "GET":
                return Response.json({"status": "ok", "providers": sorted(state.providers)})
            case ["reset"], "POST":
                state.reset()
                return Response.json({"status": "reset"})
            case ["seed"], "POST":
                seed = _body(request).get("seed")
                if seed is not None and not isinstance(seed, int):
                    raise ControlError(400, "seed must be an integer or null")
                state.seed(seed)
                return Response.json({"status": "seeded", "seed": seed})
            case ["state"], "GET":
                with state.lock:
                    dumped = {name: p.dump() for name, p in state.providers.items()}
                return Response.json({"clock": self._clock(), "providers": dumped})
            case ["clock"], "GET":
                return Response.json(self._clock())
            case ["clock", "advance"], "POST":
                seconds = _body(request).get("seconds")
                if not isinstance(seconds, int | float) or isinstance(seconds, bool) or seconds < 0:
                    raise ControlError(400, "seconds must be a non-negative number")
                state.clock.advance(float(seconds))
                state.tick()
                return Response.json(self._clock())
            case ["clock", "freeze"], "POST":
                frozen = _body(request).get("frozen", True)
                if not isinstance(frozen, bool):
                    raise ControlError(400, "frozen must be a boolean")
                state.clock.freeze(frozen)
                return Response.json(self._clock())
            case [provider, "outcome"], "POST":
                body = _body(request)
                resource_id, outcome = body.get("id"), body.get("outcome")
                if not isinstance(resource_id, str) or not isinstance(outcome, str):
                    raise ControlError(400, "body needs string fields 'id' and 'outcome'")
                params = {k: v for k, v in body.items() if k not in ("id", "outcome")}
                with state.lock:
                    result = self._provider(provider).decide(resource_id, outcome, params)
                return Response.json(result)
            case [provider, "config"], "POST":
                with state.lock:
                    result = self._provider(provider).configure(_body(request))
                return Response.json(result)
            case ["webhooks"], "GET":
                wanted = dict(request.query_pairs()).get("provider")
                return Response.json([d.as_dict() for d in state.webhooks.deliveries(wanted)])
            case ["webhooks", "wait"], "POST":
                timeout = _body(request).get("timeout", 10)
                if not isinstance(timeout, int | float) or not 0 <= timeout <= 120:
                    raise ControlError(400, "timeout must be a number of seconds in [0, 120]")
                idle = await asyncio.to_thread(state.webhooks.wait_idle, float(timeout))
                return Response.json({"idle": idle})
            case ["faults"], _:
                return self._faults(request)
        raise ControlError(404, f"no control endpoint {method} /_emulator{request.path}")

    def _faults(self, request: Request) -> Response:
        faults = self.state.faults
        if request.method == "GET":
            return Response.json([f.as_dict() for f in faults.list()])
        if request.method == "DELETE":
            faults.clear()
            return Response.json({"status": "cleared"})
        if request.method == "POST":
            try:
                fault = faults.add(_body(request))
            except ValueError as exc:
                raise ControlError(400, str(exc)) from None
            return Response.json(fault.as_dict(), 201)
        raise ControlError(405, "use GET, POST or DELETE on /_emulator/faults")

    def _provider(self, name: str) -> Provider:
        provider = self.state.providers.get(name)
        if provider is None:
            raise ControlError(404, f"unknown provider {name!r}")
        return provider

    def _clock(self) -> dict[str, Any]:
        clock = self.state.clock
        return {"now": iso(clock.now(), millis=True), "offset_seconds": clock.offset, "frozen": clock.frozen}


def _body(request: Request) -> dict[str, Any]:
    if not request.body:
        return {}
    try:
        data = json.loads(request.body)
    except ValueError:
        raise ControlError(400, "body must be JSON") from None
    if not isinstance(data, dict):
        raise ControlError(400, "body must be a JSON object")
    return data
