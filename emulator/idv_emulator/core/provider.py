"""What every provider package of the emulator provides, and the plumbing they share.

A provider package `idv_emulator.<p>` (discovered from `specs/<p>.openapi.yaml`, see
`idv_emulator.registry`) exports `PROVIDER`, a `Provider` subclass, which:

- names itself (`name`, the spec's stem) and its settings dataclass (`settings_type`, see
  `core.settings`), read as `self.settings`;
- renders its error envelope (`render_error`), maps the core's `Failure`s (`error_for`) and
  injected fault statuses (`fault_error`) to its own codes, and checks credentials
  (`authenticate`);
- registers one handler per spec operationId with `@operation(...)`;
- declares its `outcomes` (what a person or the control API can decide) and applies them
  (`set_outcome`); its hosted pages (`page_routes`, `page_subject`, `page_finished`) are
  rendered by the core with exactly those outcomes;
- keeps its state in its own models, whose lifecycles emit `Change`s into `self.emit`, and
  turns each change into webhooks (`webhooks_for`), which the core delivers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, ClassVar

from . import pages
from .errors import ApiError, Failure
from .http import Deferred, Request, Response
from .lifecycle import Change
from .store import Finished, OnEvict, Store, V, always_finished
from .webhooks import Webhook

if TYPE_CHECKING:
    from ..config import EmulatorConfig
    from .clock import Clock
    from .ids import Ids
    from .spec import Spec
    from .webhooks import WebhookDispatcher

Handler = Callable[[Any, Request], Response | Deferred]


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    """Bind a handler method to the spec operation with this operationId."""

    def mark(fn: Handler) -> Handler:
        fn._operation_id = operation_id  # type: ignore[attr-defined]
        return fn

    return mark


def page(method: str, pattern: str) -> Callable[[Handler], Handler]:
    """Bind a handler to an emulator-only route outside the spec (e.g. a file download)."""

    def mark(fn: Handler) -> Handler:
        fn._page = (method, pattern)  # type: ignore[attr-defined]
        return fn

    return mark


@dataclass(frozen=True)
class OutcomeParam:
    """An optional parameter of an outcome; `choices` None means free text."""

    name: str
    label: str
    choices: tuple[str | int, ...] | None = None

    def parse(self, raw: Any) -> Any:
        """A submitted value (form text or JSON) as the provider expects it; ValueError if not offered."""
        if self.choices is None:
            if not isinstance(raw, str):
                raise ValueError(f"{self.name} must be a string")
            return raw
        for choice in self.choices:
            if raw == choice or (isinstance(raw, str) and raw == str(choice)):
                return choice
        raise ValueError(f"{self.name} must be one of {', '.join(map(str, self.choices))}")


@dataclass(frozen=True)
class Outcome:
    """One way a verification can end (or move on), as the provider documents it.

    `value` is what the hosted page's button and the control API's `outcome` send; `aliases`
    are accepted too (case-insensitively, like `value`).
    """

    value: str
    label: str
    aliases: tuple[str, ...] = ()
    params: tuple[OutcomeParam, ...] = ()

    def names(self) -> tuple[str, ...]:
        return (self.value.lower(), *(a.lower() for a in self.aliases))


@dataclass
class PageSubject:
    """What a hosted page shows: the id `set_outcome` takes, and what the person sees."""

    resource_id: str
    title: str
    facts: dict[str, str]
    done: bool
    context: Any = None  # the provider's own object, for `page_finished`
    extra: dict[str, str] = field(default_factory=dict)


class Provider:
    name: ClassVar[str]
    settings_type: ClassVar[type[Any]]
    outcomes: ClassVar[tuple[Outcome, ...]] = ()
    # Hosted decision pages: regexes of paths below the provider prefix (named groups become
    # `request.path_params`); GET shows `page_subject`, POST applies the chosen outcome.
    page_routes: ClassVar[tuple[str, ...]] = ()
    # Providers that document "null values are ignored" (Solaris) drop null members of a JSON
    # body before it is validated and handled.
    drop_null_fields: ClassVar[bool] = False

    def __init__(
        self,
        *,
        spec: Spec,
        settings: Any,
        config: EmulatorConfig,
        clock: Clock,
        ids: Ids,
        webhooks: WebhookDispatcher,
    ) -> None:
        self.spec = spec
        self.settings = settings
        self.config = config
        self.clock = clock
        self.ids = ids
        self.webhooks = webhooks
        self.handlers: dict[str, Callable[[Request], Response | Deferred]] = {}
        self.pages: list[tuple[str, re.Pattern[str], Callable[[Request], Response]]] = []
        for attr in dir(type(self)):
            fn = getattr(type(self), attr)
            op_id = getattr(fn, "_operation_id", None)
            if op_id is not None:
                self.handlers[op_id] = getattr(self, attr)
            route = getattr(fn, "_page", None)
            if route is not None:
                self.pages.append((route[0], re.compile(f"^{route[1]}$"), getattr(self, attr)))
        for pattern in self.page_routes:
            regex = re.compile(f"^{pattern}$")
            self.pages.append(("GET", regex, lambda request: pages.show(self, request)))
            self.pages.append(("POST", regex, lambda request: pages.submit(self, request)))
        self.reset()

    # -- to implement per provider -------------------------------------------------------

    def render_error(self, error: ApiError) -> Response:
        raise NotImplementedError

    def error_for(self, failure: Failure, request: Request) -> ApiError:
        """Map a failure the core detected in `request` to this provider's code, title and status."""
        raise NotImplementedError

    def fault_error(self, status: int, detail: str, request: Request) -> ApiError:
        """The error an injected fault answers with `status`, in this provider's own codes;
        `detail` names the fault. The default names the status (`too_many_requests`, …)."""
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "Error"
        code = phrase.lower().replace(" ", "_").replace("-", "_")
        return ApiError(status, code, phrase, detail)

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
        """Apply one of `outcomes` (by its `value`) to a verification; return its new view."""
        raise ApiError(404, "not_supported", "Not supported", f"{self.name} has no outcomes")

    def page_subject(self, request: Request, *, opening: bool) -> PageSubject | None:
        """The verification a hosted page is about (None: unknown). `opening` is True when the
        person opens the page (GET), which some providers record (Hopae `authenticating`)."""
        return None

    def page_finished(self, subject: PageSubject, request: Request) -> Response:
        """Where the browser goes after the decision: a redirect, or `pages.result_page`."""
        raise NotImplementedError

    def webhooks_for(self, change: Change) -> Iterable[Webhook]:
        """The webhooks one status change causes (none by default)."""
        return ()

    def store(self, finished: Finished[V] = always_finished, on_evict: OnEvict[V] | None = None) -> Store[V]:
        """A resource dict capped at the `max_resources` setting (see `core.store`): a provider
        stores its verifications in one so that a long-running emulator's memory stays flat."""
        return Store(self.config.max_resources, finished, on_evict)

    # -- core ---------------------------------------------------------------------------

    def emit(self, change: Change) -> None:
        """The one path from a lifecycle change to webhook deliveries."""
        for webhook in self.webhooks_for(change):
            self.webhooks.submit(
                provider=self.name,
                event=webhook.event,
                url=webhook.url,
                body=webhook.body,
                headers_for=webhook.headers_for,
                policy=webhook.policy,
                on_final=webhook.on_final,
                order_key=webhook.order_key,
            )

    def resolve_outcome(self, outcome: str, params: dict[str, Any]) -> tuple[Outcome, dict[str, Any]]:
        """The declared outcome `outcome` names, with its parameters parsed; ApiError 400 if not."""
        wanted = outcome.lower()
        for declared in self.outcomes:
            if wanted in declared.names():
                parsed = dict(params)
                for param in declared.params:
                    if params.get(param.name) is not None:
                        try:
                            parsed[param.name] = param.parse(params[param.name])
                        except ValueError as exc:
                            raise ApiError(400, "invalid_outcome", "Invalid outcome", str(exc)) from None
                return declared, parsed
        offered = ", ".join(o.value for o in self.outcomes) or "none"
        raise ApiError(400, "invalid_outcome", "Invalid outcome", f"outcome must be one of: {offered}")

    def decide(self, resource_id: str, outcome: str, params: dict[str, Any]) -> dict[str, Any]:
        """The control API's and the hosted page's one entry: a declared outcome, applied."""
        declared, parsed = self.resolve_outcome(outcome, params)
        return self.set_outcome(resource_id, declared.value, parsed)
