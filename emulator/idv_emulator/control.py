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

Any web page the developer has open can send requests to a loopback port, and with DNS
rebinding read the answers. So a request is refused unless its `Host` is a loopback name or
the emulator's own (the public URL, or the address it is bound to), it carries no foreign
`Origin` (nor `Sec-Fetch-Site: cross-site`), and any body is JSON (`text/plain` and form
bodies are what a page can send without a CORS preflight). With a control token configured,
every request must carry it (`Authorization: Bearer <token>` or `X-Emulator-Token`).
"""

from __future__ import annotations

import hmac
import logging
import math
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .core.clock import MAX_OFFSET, iso
from .core.errors import ApiError
from .core.http import Request, Response, is_json_media_type, parse_json
from .core.net import is_loopback_host, origin_url

if TYPE_CHECKING:
    from .config import EmulatorConfig
    from .core.provider import Provider
    from .state import EmulatorState


log = logging.getLogger("idv_emulator")

MAX_SEED = 2**64


class ControlError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class Control:
    """The control API over the emulator's state (not the app: it needs nothing else)."""

    def __init__(self, state: EmulatorState, config: EmulatorConfig) -> None:
        self.state = state
        self.config = config

    async def handle(self, request: Request) -> Response:
        try:
            self._admit(request)
            return await self._route(request)
        except ControlError as exc:
            return Response.json({"error": exc.message}, exc.status)
        except ApiError as exc:
            return Response.json({"error": exc.detail, "code": exc.code}, exc.status)
        except Exception:
            log.exception("unhandled error in %s /_emulator%s", request.method, request.path)
            return Response.json({"error": "internal error in the control API (logged by the emulator)"}, 500)

    def _admit(self, request: Request) -> None:
        """Refuse what a web page (or a stranger, when bound beyond loopback) could send."""
        headers = request.headers
        token = self.config.control_token
        if token is not None:
            given = headers.get("x-emulator-token")
            scheme, _, credentials = headers.get("authorization", "").partition(" ")
            if given is None and scheme.lower() == "bearer":
                given = credentials.strip()
            if given is None or not hmac.compare_digest(given.encode(), token.encode()):
                raise ControlError(401, "the control API needs the control token (Authorization: Bearer <token>)")
        own = _host_of(request.base_url)
        host = headers.get("host")
        if host is not None and not _allowed_host(_host_of(f"//{host}"), own):
            raise ControlError(403, "the Host header names neither a loopback host nor this emulator's public URL")
        origin = headers.get("origin")
        if origin is not None and not _same_origin(origin, host, request.base_url):
            raise ControlError(403, f"cross-origin requests to the control API are refused (Origin {origin[:100]})")
        if headers.get("sec-fetch-site") == "cross-site":
            raise ControlError(403, "cross-site requests to the control API are refused")
        content_type = headers.get("content-type")
        media_type = (content_type or "").split(";", 1)[0].strip().lower()
        if (request.body or content_type is not None) and not is_json_media_type(media_type):
            raise ControlError(415, "control API bodies must be JSON (content-type: application/json)")

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
                if seed is not None and (
                    not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < MAX_SEED
                ):
                    raise ControlError(400, "seed must be an integer in [0, 2**64) or null")
                state.seed(seed)
                return Response.json({"status": "seeded", "seed": seed})
            case ["state"], "GET":
                with state.lock:
                    dumped = {name: p.dump() for name, p in state.providers.items()}
                return Response.json({"clock": self._clock(), "providers": dumped})
            case ["clock"], "GET":
                return Response.json(self._clock())
            case ["clock", "advance"], "POST":
                seconds = _number(_body(request).get("seconds"), "seconds", 0, MAX_OFFSET)
                try:
                    state.clock.advance(seconds)
                except ValueError as exc:
                    raise ControlError(400, str(exc)) from None
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
                timeout = _number(_body(request).get("timeout", 10), "timeout", 0, 120)
                idle = await state.webhooks.wait_idle_async(timeout)
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


def _host_of(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower() if host else None


def _allowed_host(host: str | None, own: str | None) -> bool:
    return host is not None and (is_loopback_host(host) or host == own)


def _origin(url: str) -> str:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return ""
    return origin_url(parts.scheme, parts.hostname or "", port)


def _same_origin(origin: str, host: str | None, base_url: str) -> bool:
    """`Origin` names this emulator: the host the request was sent to, or the public URL."""
    mine = {_origin(base_url)}
    if host is not None:
        mine.add(_origin(f"{urlsplit(base_url).scheme}://{host}"))
    return origin != "null" and _origin(origin.lower()) in mine


def _number(value: Any, name: str, low: float, high: float) -> float:
    """A finite JSON number in [low, high], as a float; ControlError 400 otherwise."""
    number = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if not number or not low <= value <= high:
        raise ControlError(400, f"{name} must be a number in [{low:g}, {high:g}]")
    return float(value)


def _body(request: Request) -> dict[str, Any]:
    if not request.body:
        return {}
    try:
        data = parse_json(request.body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ControlError(400, f"body must be JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ControlError(400, "body must be a JSON object")
    return data
