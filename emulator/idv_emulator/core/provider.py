"""What every provider module of the emulator provides, and the plumbing they share.

A provider subclasses `Provider`, names its spec, renders its error envelope, checks its
credentials, and registers one handler per spec operationId with `@operation(...)`. Its
state lives in its own `models.py`; `Provider` only wires the pieces to the shared clock,
id factory and webhook dispatcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from .errors import ApiError
from .http import Request, Response

if TYPE_CHECKING:
    from ..config import EmulatorConfig
    from .clock import Clock
    from .ids import Ids
    from .spec import Spec
    from .webhooks import WebhookDispatcher

Handler = Callable[[Any, Request], Response]


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    """Bind a handler method to the spec operation with this operationId."""

    def mark(fn: Handler) -> Handler:
        fn._operation_id = operation_id  # type: ignore[attr-defined]
        return fn

    return mark


def page(method: str, pattern: str) -> Callable[[Handler], Handler]:
    """Bind a handler to an emulator-only route (hosted pages), outside the spec."""

    def mark(fn: Handler) -> Handler:
        fn._page = (method, pattern)  # type: ignore[attr-defined]
        return fn

    return mark


class Provider:
    name: ClassVar[str]
    # Providers that document "null values are ignored" (Solaris) drop null members of a JSON
    # body before it is validated and handled.
    drop_null_fields: ClassVar[bool] = False

    def __init__(
        self, *, spec: Spec, config: EmulatorConfig, clock: Clock, ids: Ids, webhooks: WebhookDispatcher
    ) -> None:
        self.spec = spec
        self.config = config
        self.clock = clock
        self.ids = ids
        self.webhooks = webhooks
        self.handlers: dict[str, Callable[[Request], Response]] = {}
        self.pages: list[tuple[str, re.Pattern[str], Callable[[Request], Response]]] = []
        for attr in dir(type(self)):
            fn = getattr(type(self), attr)
            op_id = getattr(fn, "_operation_id", None)
            if op_id is not None:
                self.handlers[op_id] = getattr(self, attr)
            route = getattr(fn, "_page", None)
            if route is not None:
                self.pages.append((route[0], re.compile(f"^{route[1]}$"), getattr(self, attr)))
        self.reset()

    # -- to implement per provider -------------------------------------------------------

    def render_error(self, error: ApiError) -> Response:
        raise NotImplementedError

    def error_for(self, kind: str, detail: str, field: str | None = None) -> ApiError:
        """Map a failure the core detected to this provider's code, title and status."""
        raise NotImplementedError

    def authenticate(self, request: Request, schemes: tuple[str, ...]) -> None:
        """Verify the request's credentials for one of `schemes`; raise ApiError (401/403)."""
        raise NotImplementedError

    def reset(self) -> None:
        """Forget all state (control API `/reset`)."""

    def dump(self) -> dict[str, Any]:
        """JSON-able state for `/_emulator/state`."""
        return {}

    def tick(self) -> None:
        """Apply time-driven transitions (expiry) after the clock moved."""

    def configure(self, settings: dict[str, Any]) -> dict[str, Any]:
        """Change provider settings at run time (control API `/config`)."""
        raise ApiError(404, "not_supported", "Not supported", f"{self.name} has no settings to change")

    def set_outcome(self, resource_id: str, outcome: str, params: dict[str, Any]) -> dict[str, Any]:
        """Finish a verification as the hosted page would (control API `/outcome`)."""
        raise ApiError(404, "not_supported", "Not supported", f"{self.name} has no outcomes")
