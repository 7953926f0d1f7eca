"""The tolerant reader: every answer a provider could send parses, at every layer.

For every JSON response of every operation and every webhook payload of every spec
(`_cases.py`), the answers of `_answers.py` — required fields only, every field, nullable
fields `null`, each enum field with a value the spec does not list, an unknown property on
each object — are served by a mock transport and must go through (`_checks.py`):

- the generated operation (`<p>_client.api.<tag>.<operation_id>.sync_detailed`): a parsed
  model of the status' documented type, whose `to_dict()` works;
- the overlay's typed method for the operation (the adapter's `OPERATIONS`) and, where the
  answer carries a status, `outcome()`: a success status returns, an error status raises the
  overlay's `APIStatusError` for that status — anything else (a `KeyError` out of a model, an
  `APIResponseValidationError` for a body the spec allows) fails;
- webhooks: `idv.<p>.parse_webhook` on the correctly signed body, then `outcome()`.

A failure names provider, operation, status and variant (`<p>-<operation>-<status>
[<variant>]`). The run's count is printed at the end (`conftest.py`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

import pytest

from scripts._registry import PROVIDERS, ROOT, spec_path
from tests.overlays.adapters import adapter
from tests.robustness._answers import Answer
from tests.robustness._cases import ResponseCase, WebhookCase, operations, response_cases, spec, webhook_cases
from tests.robustness._checks import generated_problem, overlay_problem, webhook_problem
from tests.robustness._tally import TALLY

RESPONSES = [case for provider in PROVIDERS for case in response_cases(provider)]
WEBHOOKS = [case for provider in PROVIDERS for case in webhook_cases(provider)]
STALE = (
    "\n(note: generated/{p}_client was not compiled from the current specs/{p}.openapi.yaml — "
    "generated/manifest.json records another hash; run `make generate` before judging these)"
)


def generated_is_current(provider: str) -> bool:
    manifest = json.loads((ROOT / "generated" / "manifest.json").read_text())
    recorded = manifest.get("providers", {}).get(provider, {}).get("spec_sha256")
    return bool(recorded == hashlib.sha256(spec_path(provider).read_bytes()).hexdigest())


def checked_answers(case: ResponseCase | WebhookCase, provider: str) -> list[Answer]:
    """The case's answers, counted. One the spec rejects (bar the unknown-enum ones) is
    reported as such rather than blamed on the client."""
    answers = case.answers()
    document = spec(provider)
    wrong = [
        f"  {a.variant}: {errors[:3]}\n    body: {json.dumps(a.body)[:400]}"
        for a in answers
        if a.valid and (errors := document.errors(case.schema, a.body))
    ]
    assert not wrong, (
        f"{case.id}: the spec rejects answers that should be valid — a bug of the answer builder "
        "(tests/robustness/_answers.py), or a spec stricter than a tolerant reader allows (an "
        "`additionalProperties: false` rejects the extra-field answers):\n" + "\n".join(wrong)
    )
    TALLY.providers.add(provider)
    TALLY.answers.update((case.id, a.variant) for a in answers)
    return answers


def run_all(
    case_id: str, provider: str, layer: str, answers: list[Answer], check: Callable[[Answer], str | None]
) -> None:
    """Every answer through `check`; one failure listing every variant that failed."""
    lines = []
    for answer in answers:
        problem = check(answer)
        if problem is not None:
            TALLY.failed_answers.add((case_id, layer, answer.variant))
            lines.append(f"{case_id} [{answer.variant}] {problem}\n    body: {json.dumps(answer.body)[:400]}")
    if lines:
        stale = "" if generated_is_current(provider) else STALE.format(p=provider)
        pytest.fail(
            f"{len(lines)} of {len(answers)} answers fail ({layer}):{stale}\n" + "\n".join(lines), pytrace=False
        )


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_operation_has_an_overlay_mapping(provider: str) -> None:
    kit = adapter(provider)
    mapped, unmapped = dict(kit.OPERATIONS), dict(kit.NO_OVERLAY_METHOD)
    in_spec = [op.operation_id for op in operations(provider)]
    missing = [op for op in in_spec if op not in mapped and op not in unmapped]
    assert not missing, (
        f"{provider}: operations of specs/{provider}.openapi.yaml without an entry in "
        f"tests/overlays/adapters/{provider}.py. Add to OPERATIONS the call of its typed method:\n"
        + "\n".join(f'    "{op}": lambda c: c.{op}(...),' for op in missing)
        + "\nor to NO_OVERLAY_METHOD why it has none (it then runs through client.call):\n"
        + "\n".join(f'    "{op}": "<why there is no typed method>",' for op in missing)
    )
    assert not set(mapped) & set(unmapped), f"{provider}: in both OPERATIONS and NO_OVERLAY_METHOD"
    stale = sorted((set(mapped) | set(unmapped)) - set(in_spec))
    assert not stale, f"{provider}: tests/overlays/adapters/{provider}.py maps operations the spec lacks: {stale}"
    assert all(reason.strip() for reason in unmapped.values()), "a NO_OVERLAY_METHOD entry needs its reason"


@pytest.mark.parametrize("case", RESPONSES, ids=[c.id for c in RESPONSES])
def test_generated_operation_parses_every_tolerant_answer(case: ResponseCase) -> None:
    provider = case.operation.provider
    TALLY.response_paths.add(case.id)
    answers = checked_answers(case, provider)
    run_all(case.id, provider, "generated client", answers, lambda answer: generated_problem(case, answer))


@pytest.mark.parametrize("case", RESPONSES, ids=[c.id for c in RESPONSES])
def test_overlay_method_accepts_every_tolerant_answer(case: ResponseCase) -> None:
    provider = case.operation.provider
    kit = adapter(provider)
    if case.operation.operation_id not in (*kit.OPERATIONS, *kit.NO_OVERLAY_METHOD):
        pytest.fail(
            f"{case.id}: no entry in tests/overlays/adapters/{provider}.py "
            "(see test_every_operation_has_an_overlay_mapping)",
            pytrace=False,
        )
    TALLY.response_paths.add(case.id)
    answers = checked_answers(case, provider)
    run_all(case.id, provider, "overlay", answers, lambda answer: overlay_problem(kit, case, answer))


@pytest.mark.parametrize("case", WEBHOOKS, ids=[c.id for c in WEBHOOKS])
def test_parse_webhook_accepts_every_tolerant_payload(case: WebhookCase) -> None:
    kit = adapter(case.provider)
    TALLY.webhook_payloads.add(case.id)
    answers = checked_answers(case, case.provider)
    run_all(case.id, case.provider, "parse_webhook", answers, lambda answer: webhook_problem(kit, case, answer))


def test_every_provider_has_cases() -> None:
    """The walk finds every provider's responses and webhooks (a spec layout it cannot read
    would otherwise pass as zero cases)."""
    assert {c.operation.provider for c in RESPONSES} == set(PROVIDERS)
    assert {c.provider for c in WEBHOOKS} == set(PROVIDERS)
    for case in RESPONSES:
        assert case.operation.operation_id and case.code >= 100
