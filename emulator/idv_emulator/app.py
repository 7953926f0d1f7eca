"""The emulator as one ASGI application: every registered provider under its prefix, plus `/_emulator`.

Request path: provider prefix → hosted page or spec operation (404 / 405 + Allow) → injected
fault → credentials → parameters and body against the spec → the provider's handler. Any
failure on the way is rendered in that provider's own error envelope; an unexpected
exception becomes the provider's 500 envelope and is logged here, never sent.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any
from urllib.parse import unquote

from .config import EmulatorConfig
from .control import Control
from .core.clock import Clock
from .core.errors import ApiError, Failure, Kind
from .core.faults import Fault, FaultInjector
from .core.http import Deferred, Request, Response
from .core.ids import Ids
from .core.net import origin_url
from .core.provider import Provider
from .core.spec import load_spec
from .core.validation import check_body, check_parameters
from .core.webhooks import WebhookDispatcher
from .registry import discover
from .state import EmulatorState

log = logging.getLogger("idv_emulator")

MAX_BODY = 1024 * 1024  # 1 MiB; larger bodies get 413 in the provider's envelope

Scope = dict[str, Any]


class EmulatorApp:
    """ASGI app with the emulator's whole state; `create_app()` builds one."""

    def __init__(self, config: EmulatorConfig | None = None) -> None:
        self.config = config or EmulatorConfig()
        clock = Clock()
        ids = Ids()
        webhooks = WebhookDispatcher(
            clock,
            scale=self.config.webhook_backoff_scale,
            loopback_only=self.config.webhook_hosts != "any",
            concurrency=self.config.webhook_concurrency,
        )
        providers: dict[str, Provider] = {
            name: cls(
                spec=load_spec(name),
                settings=self.config.settings_for(name, cls.settings_type),
                config=self.config,
                clock=clock,
                ids=ids,
                webhooks=webhooks,
            )
            for name, cls in discover().items()
        }
        self.state = EmulatorState(providers=providers, clock=clock, ids=ids, faults=FaultInjector(), webhooks=webhooks)
        self.control = Control(self.state, self.config)

    # -- the state, for tests and the server ----------------------------------------------

    @property
    def providers(self) -> dict[str, Provider]:
        return self.state.providers

    @property
    def clock(self) -> Clock:
        return self.state.clock

    @property
    def ids(self) -> Ids:
        return self.state.ids

    @property
    def faults(self) -> FaultInjector:
        return self.state.faults

    @property
    def webhooks(self) -> WebhookDispatcher:
        return self.state.webhooks

    def reset(self) -> None:
        self.state.reset()

    def tick(self) -> None:
        self.state.tick()

    # -- ASGI ---------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        body, too_large = await _read_body(receive)
        raw_path = scope.get("raw_path") or scope["path"].encode()
        path = raw_path.decode("latin-1").split("?", 1)[0]
        prefix, _, rest = path.lstrip("/").partition("/")
        rest = "/" + rest
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        request = Request(
            method=scope["method"],
            path=rest,
            query_string=scope.get("query_string", b""),
            headers=headers,
            body=body,
            base_url=self.config.public_url or _bound_url(scope),
            prefix=f"/{prefix}",
        )
        if prefix == "_emulator":
            response = await self.control.handle(request)
            await _send(send, response)
            return
        provider = self.providers.get(prefix)
        if provider is None:
            await _send(send, Response.json({"error": f"unknown provider prefix /{prefix}"}, 404))
            return
        fault = self._fault_for(provider, request)
        if fault is not None and fault.latency_ms:
            await asyncio.sleep(fault.latency_ms / 1000)
        if fault is not None and fault.drop:
            await _drop(send)
            return
        if fault is not None and fault.status:
            error = provider.fault_error(fault.status, f"injected fault {fault.id}", request)
            if fault.retry_after is not None:
                error.headers["retry-after"] = fault.retry_after
            await _send(send, provider.render_error(error))
            return
        if too_large:
            error = provider.error_for(Failure(Kind.BODY_TOO_LARGE, f"request body exceeds {MAX_BODY} bytes"), request)
            await _send(send, provider.render_error(error))
            return
        answer = self.handle(provider, request)
        if isinstance(answer, Deferred):
            answer = await self._finish(provider, request, answer)
        await _send(send, answer)

    def _fault_for(self, provider: Provider, request: Request) -> Fault | None:
        if not self.faults.armed:  # the common case: no route match just for the faults
            return None
        matched = provider.spec.match(request.path)
        operation = matched[0].get(request.method) if matched else None
        return self.faults.take(
            provider.name, request.method, request.path, operation.operation_id if operation else None
        )

    def handle(self, provider: Provider, request: Request) -> Response | Deferred:
        """Answer one request to `provider` (a `Deferred` when it must wait for I/O); never raises."""
        try:
            with self.state.lock:
                return self._dispatch(provider, request)
        except Exception as exc:
            return self._error_response(provider, request, exc)

    async def _finish(self, provider: Provider, request: Request, deferred: Deferred) -> Response:
        """Await a handler's I/O on the loop, then let it answer under the state lock."""
        try:
            result = await deferred.wait
            with self.state.lock:
                return deferred.then(result)
        except Exception as exc:
            return self._error_response(provider, request, exc)

    def _error_response(self, provider: Provider, request: Request, exc: Exception) -> Response:
        if isinstance(exc, ApiError):
            return provider.render_error(exc)
        log.error("unhandled error in %s %s%s", request.method, request.prefix, request.path, exc_info=exc)
        return provider.render_error(provider.error_for(Failure(Kind.INTERNAL, "There was an error."), request))

    def _dispatch(self, provider: Provider, request: Request) -> Response | Deferred:
        for method, regex, page in provider.pages:
            m = regex.match(request.path)
            if m and method == request.method:
                request.path_params = {k: unquote(v) for k, v in m.groupdict().items()}
                return page(request)
        matched = provider.spec.match(request.path)
        if matched is None:
            no_route = Failure(Kind.NOT_FOUND_ROUTE, f"No route matches {request.method} {request.path}")
            raise provider.error_for(no_route, request)
        methods, params = matched
        operation = methods.get(request.method)
        if operation is None:
            no_method = Failure(Kind.METHOD_NOT_ALLOWED, f"Method {request.method} is not allowed here")
            error = provider.error_for(no_method, request)
            error.headers["allow"] = ", ".join(sorted(methods))
            raise error
        request.operation_id = operation.operation_id
        request.path_params = {k: unquote(v) for k, v in params.items()}
        if operation.security:
            provider.authenticate(request, operation.security)
        failure = check_parameters(operation, request) or check_body(
            operation, request, drop_nulls=provider.drop_null_fields
        )
        if failure is not None:
            raise provider.error_for(failure, request)
        return provider.handlers[operation.operation_id](request)

    async def _lifespan(self, receive: Any, send: Any) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                self.webhooks.close()
                await send({"type": "lifespan.shutdown.complete"})
                return


def create_app(config: EmulatorConfig | None = None) -> EmulatorApp:
    """Build the emulator: every registered provider's spec loaded and validators compiled."""
    return EmulatorApp(config)


async def _read_body(receive: Any) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    too_large = False
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            too_large = True
        elif chunk:
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks), too_large


def _bound_url(scope: Scope) -> str:
    """The address the server answered on (never the client's `Host` header, which anyone can
    set: hosted-page links must point at this emulator)."""
    host, port = scope.get("server") or ("127.0.0.1", None)
    return origin_url(scope.get("scheme", "http"), host, port)


async def _send(send: Any, response: Response) -> None:
    await send({"type": "http.response.start", "status": response.status, "headers": response.raw_headers()})
    await send({"type": "http.response.body", "body": response.body})


async def _drop(send: Any) -> None:
    """Start a response and stop mid-body: the server closes the connection unfinished."""
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"64")],
        }
    )
    await send({"type": "http.response.body", "body": b'{"partial":', "more_body": True})
