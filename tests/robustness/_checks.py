"""One answer through one layer: the generated operation, the overlay method, `parse_webhook`.

Each check returns None when the layer accepted the answer, else what went wrong, in one
line that names the exception, its causes and where the innermost one was raised.
"""

from __future__ import annotations

import importlib
import inspect
import json
import traceback
import typing
from collections.abc import Callable
from enum import Enum
from types import ModuleType, NoneType, UnionType
from typing import Any

import httpx

import idv
from scripts._registry import generated_package, overlay_module
from tests.robustness._answers import Answer
from tests.robustness._cases import (
    ResponseCase,
    WebhookCase,
    generated_arguments,
    generated_operation,
    model_class,
    spec,
)

__all__ = [
    "SECRET",
    "describe",
    "generated_problem",
    "outcomes_of",
    "overlay_call",
    "overlay_problem",
    "webhook_problem",
]

SECRET = "whsec_robustness_0123456789"


def describe(error: BaseException) -> str:
    """The error, its causes, and where the innermost one was raised."""
    parts = []
    current: BaseException | None = error
    innermost = error
    while current is not None:
        parts.append(f"{type(current).__name__}: {current}")
        innermost = current
        current = current.__cause__
    frames = traceback.extract_tb(innermost.__traceback__)
    where = ""
    if frames:
        last = frames[-1]
        where = f" (in {'/'.join(last.filename.split('/')[-2:])}:{last.lineno} {last.name})"
    return " <- ".join(parts) + where


# -- the generated client ------------------------------------------------------------------


def expected_type(case: ResponseCase) -> Callable[[Any], bool] | None:
    """What the parsed answer of the status must be (None: an inline schema, no named model)."""
    provider = case.operation.provider
    cls = model_class(provider, case.schema)
    if cls is not None:
        return lambda parsed: isinstance(parsed, cls)
    schema = spec(provider).resolve(case.schema)
    if isinstance(schema, dict) and schema.get("type") == "array":
        item = model_class(provider, schema.get("items", {}))
        if item is not None:
            return lambda parsed: isinstance(parsed, list) and all(isinstance(i, item) for i in parsed)
        return lambda parsed: isinstance(parsed, list)
    return None


def _to_plain(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [_to_plain(item) for item in parsed]
    return parsed.to_dict() if hasattr(parsed, "to_dict") else parsed


def generated_problem(case: ResponseCase, answer: Answer) -> str | None:
    """`sync_detailed` of the operation must parse the answer into the status' model, and
    the model must serialise again (`to_dict()`)."""
    provider = case.operation.provider
    module = generated_operation(case.operation)
    arguments = generated_arguments(provider, module)
    transport = httpx.MockTransport(lambda request: case.response(answer.body))
    client = importlib.import_module(generated_package(provider)).Client(
        base_url=f"https://{provider}.test", httpx_args={"transport": transport}
    )
    try:
        parsed = module.sync_detailed(client=client, **arguments).parsed
    except Exception as error:
        return f"sync_detailed raised {describe(error)}"
    expected = expected_type(case)
    if parsed is None:
        return "sync_detailed parsed nothing (None)"
    if expected is not None and not expected(parsed):
        return f"sync_detailed parsed a {type(parsed).__name__}, not the model of status {case.status}"
    try:
        _to_plain(parsed)
    except Exception as error:
        return f"parsed, but to_dict() raised {describe(error)}"
    return None


# -- the overlay ---------------------------------------------------------------------------


def _flatten(annotation: Any) -> list[Any]:
    if typing.get_origin(annotation) in (typing.Union, UnionType):
        return [t for arg in typing.get_args(annotation) for t in _flatten(arg)]
    origin = typing.get_origin(annotation)
    return [origin if origin is not None else annotation]


def outcome_types(module: ModuleType) -> tuple[type, ...]:
    """The models `module.outcome` takes: its parameter's annotation, bar strings, enums, None."""
    outcome = module.outcome
    first = next(iter(inspect.signature(outcome).parameters))
    hints = typing.get_type_hints(outcome, vars(inspect.getmodule(outcome)))
    return tuple(
        t for t in _flatten(hints[first]) if isinstance(t, type) and t is not NoneType and not issubclass(t, str | Enum)
    )


def outcomes_of(module: ModuleType, result: Any) -> list[idv.Outcome]:
    """`outcome()` of the result, or of each item of a list result, where it takes one."""
    accepted = outcome_types(module)
    values = result if isinstance(result, list) else [result]
    found = [module.outcome(value) for value in values if isinstance(value, accepted)]
    for value in found:
        if not isinstance(value, idv.Outcome):
            raise TypeError(f"outcome() returned {value!r}, not an idv.Outcome")
    return found


def overlay_call(kit: ModuleType, case: ResponseCase) -> Callable[[Any], object]:
    """The adapter's call of the operation's typed method; `client.call(...)` of the
    generated operation for one in `NO_OVERLAY_METHOD`."""
    operation_id = case.operation.operation_id
    if operation_id in kit.OPERATIONS:
        call: Callable[[Any], object] = kit.OPERATIONS[operation_id]
        return call
    if operation_id not in kit.NO_OVERLAY_METHOD:
        raise LookupError(
            f"{operation_id} is in neither OPERATIONS nor NO_OVERLAY_METHOD of "
            f"tests/overlays/adapters/{case.operation.provider}.py"
        )
    module = generated_operation(case.operation)
    arguments = generated_arguments(case.operation.provider, module)
    return lambda client: client.call(module.sync_detailed, **arguments)


def overlay_problem(kit: ModuleType, case: ResponseCase, answer: Answer) -> str | None:
    """The overlay's method returns for a success status (and `outcome()` takes what it
    returned, where it takes that type), and raises the `APIStatusError` of the status for an
    error status. Requests that are not the operation get the adapter's `preflight` answer."""
    overlay = importlib.import_module(overlay_module(case.operation.provider))
    call = overlay_call(kit, case)
    unexpected: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if case.operation.matches(request):
            return case.response(answer.body)
        early: httpx.Response | None = kit.preflight(request)
        if early is not None:
            return early
        unexpected.append(f"{request.method} {request.url.path}")
        return httpx.Response(418, json={})

    with kit.client(httpx.MockTransport(handler), max_retries=0) as client:
        try:
            result = call(client)
        except idv.APIStatusError as error:
            if unexpected:
                return f"sent requests that are not {case.operation.operation_id}: {unexpected}"
            if case.code < 400:
                return f"raised {describe(error)} for a {case.code} answer"
            if error.status_code != case.code:
                return f"raised {type(error).__name__} with status {error.status_code} for a {case.code} answer"
            return None
        except Exception as error:
            return f"raised {describe(error)}"
    if unexpected:
        return f"sent requests that are not {case.operation.operation_id}: {unexpected}"
    if case.code >= 400:
        return f"returned {result!r} for a {case.code} answer instead of raising APIStatusError"
    try:
        outcomes_of(overlay, result)
    except Exception as error:
        return f"returned, but outcome() raised {describe(error)}"
    return None


# -- webhooks ------------------------------------------------------------------------------


def webhook_problem(kit: ModuleType, case: WebhookCase, answer: Answer) -> str | None:
    """`parse_webhook` on the correctly signed body (with the headers the spec requires)
    returns the provider's `WebhookEvent` with the payload's model; `outcome()` takes the
    event and the payload where it takes those types."""
    overlay = importlib.import_module(overlay_module(case.provider))
    body = json.dumps(answer.body).encode()
    signature = kit.sign(body, SECRET)
    headers = {**case.spec_headers(skip={name.lower() for name in signature}), **signature}
    secret = SECRET if kit.WEBHOOK_SECRET_ENV else None
    try:
        event = overlay.parse_webhook(body, headers, secret)
    except Exception as error:
        return f"parse_webhook raised {describe(error)}"
    payload_class = model_class(case.provider, case.schema)
    if not isinstance(event, idv.WebhookEvent) or event.provider != case.provider:
        return f"parse_webhook returned {event!r}"
    if payload_class is not None and not isinstance(event.payload, payload_class):
        return f"the payload is a {type(event.payload).__name__}, not a {payload_class.__name__}"
    try:
        outcomes_of(overlay, event)
        outcomes_of(overlay, event.payload)
        event.payload.to_dict()
    except Exception as error:
        return f"parsed, but outcome()/to_dict() raised {describe(error)}"
    return None
