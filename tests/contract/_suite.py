"""The contract suite: schemathesis property-tests a provider's spec against the emulator.

Used in two ways, with the same checks and auth:
- in `make test`, in-process: `schemathesis.openapi.from_path` + the emulator's ASGI app, no
  sockets (tests/contract/test_contract.py, one set of tests per provider of the registry);
- by `make contract PROVIDER=<p> BASE_URL=<url>` against any live base URL (the emulator on
  loopback, or a provider's sandbox), via scripts/contract.py.

Every check is on (`[checks] enabled = true` in contract/<p>.toml). A check switched off, or
an expected status added, for an operation is in contract/<p>.toml with its reason; the list
stays short. What the spec cannot say (credentials, emulator set-up) is in contract/<p>.py.

Auth follows the spec: each operation's security requirement names the schemes, and each
scheme's type says how the credentials go on the request (an API key header, Basic, Bearer, or
an OAuth2 client-credentials token fetched from the spec's own token operation).
"""

from __future__ import annotations

import base64
import functools
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from idv_emulator import EmulatorApp, create_app
from scripts._registry import ROOT, contract_hooks, credentials, spec_path
from tests.contract._coverage import RecordingApp

SEED = 20261122  # CI's seed; contract/<p>.toml says the same for `make contract`
MAX_EXAMPLES = 50  # per operation, in CI


@dataclass(frozen=True)
class RunOptions:
    """What a contract run draws: the seeds (one set of tests per seed) and the examples per
    operation. CI runs the defaults; a wider run (`make contract-wide`) passes
    `--contract-seeds 1,2,3 --contract-examples 100` to pytest, or sets IDV_CONTRACT_SEEDS /
    IDV_CONTRACT_EXAMPLES. The per-operation settings of contract/<p>.toml apply to every seed."""

    seeds: tuple[int, ...] = (SEED,)
    examples: int = MAX_EXAMPLES

    @classmethod
    def parse(cls, seeds: str | None = None, examples: str | int | None = None) -> RunOptions:
        seeds = seeds or os.environ.get("IDV_CONTRACT_SEEDS") or str(SEED)
        examples = examples or os.environ.get("IDV_CONTRACT_EXAMPLES") or MAX_EXAMPLES
        parsed = tuple(dict.fromkeys(int(seed) for seed in seeds.replace(",", " ").split()))
        if not parsed or int(examples) < 1:
            raise ValueError(
                f"contract run: seeds {seeds!r} and examples {examples!r} (at least one seed, one example)"
            )
        return cls(parsed, int(examples))


# Set once, before the contract modules are collected, by tests/contract/conftest.py.
RUN = RunOptions.parse()


def config_path(provider: str) -> Path:
    return ROOT / "contract" / f"{provider}.toml"


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def token_operation_path(scheme: dict[str, Any]) -> str:
    """The spec path of an OAuth2 scheme's token endpoint (its tokenUrl's path)."""
    return urlsplit(scheme["flows"]["clientCredentials"]["tokenUrl"]).path


def register_auth(provider: str, schema: Any) -> None:
    """Authenticate every generated request the way the spec says the provider wants it."""
    spec: dict[str, Any] = schema.raw_schema
    schemes: dict[str, dict[str, Any]] = spec["components"]["securitySchemes"]
    creds = {scheme: tuple(value for _, value in pairs) for scheme, pairs in credentials(provider).items()}
    oauth2 = next((name for name, scheme in schemes.items() if scheme["type"] == "oauth2"), None)

    def requirement(operation: Any) -> list[str]:
        required = operation.definition.raw.get("security", spec.get("security", []))
        return list(required[0]) if required else []

    def authorize(case: Any, token: str) -> None:
        case.headers = case.headers or {}
        for name in requirement(case.operation):
            scheme = schemes[name]
            if scheme["type"] == "apiKey":
                case.headers[scheme["name"]] = creds[name][0]
            elif scheme["type"] == "http" and scheme["scheme"].lower() == "basic":
                case.headers["Authorization"] = _basic(*creds[name])
            elif scheme["type"] == "http":
                case.headers["Authorization"] = f"Bearer {creds[name][0]}"
            elif scheme["type"] == "oauth2":
                case.headers["Authorization"] = f"Bearer {token}"

    def fetch_token() -> str:
        assert oauth2 is not None
        scheme = schemes[oauth2]
        (token_operation_id,) = (
            op["operationId"]
            for method, op in spec["paths"][token_operation_path(scheme)].items()
            if method.lower() == "post"
        )
        operation = schema.find_operation_by_id(token_operation_id)
        scopes = " ".join(scheme["flows"]["clientCredentials"].get("scopes", {}))
        case = operation.Case(
            body={"grant_type": "client_credentials", **({"scope": scopes} if scopes else {})},
            media_type="application/x-www-form-urlencoded",
        )
        authorize(case, "")
        reply = case.call()
        return str(reply.json()["access_token"])

    @schema.auth(refresh_interval=600)
    class SpecAuth:
        def get(self, case: Any, ctx: Any) -> str:
            return fetch_token() if oauth2 else ""

        def set(self, case: Any, data: str, ctx: Any) -> None:
            authorize(case, data)


def load(provider: str, *, base_url: str, app: Any = None, seed: int | None = None, examples: int | None = None) -> Any:
    """The provider's spec with contract/<p>.toml's settings; `seed` and `examples` replace the
    file's `seed` and `[generation] max-examples` (the per-operation settings stay)."""
    config = SchemathesisConfig.from_path(config_path(provider))
    if seed is not None:
        config.projects.default.seed = seed
    if examples is not None:
        config.projects.default.generation.update(max_examples=examples)
    schema = schemathesis.openapi.from_path(spec_path(provider), config=config)
    if app is not None:
        schema.app = app
    schema.config.update(base_url=base_url)
    register_auth(provider, schema)
    return schema


@dataclass(frozen=True)
class Emulated:
    """A provider's spec loaded against its own in-process emulator, set up by its hooks."""

    provider: str
    app: EmulatorApp
    schema: Any
    hooks: ModuleType
    seed: int = SEED

    def fresh(self) -> None:
        """Start over: no state, reproducible ids, then the provider's own set-up."""
        self.app.reset()
        self.app.ids.seed(self.seed)
        self.setup()

    def setup(self) -> None:
        setup = getattr(self.hooks, "setup", None)
        if setup is not None:
            setup(self.app)


@functools.cache
def emulated(provider: str, seed: int = SEED, examples: int = MAX_EXAMPLES) -> Emulated:
    """One per provider, seed and session, shared by the generated tests and any provider-specific
    ones, so the status-coverage test sees everything they produced."""
    app = create_app()
    hooks = contract_hooks(provider)
    # CI's run is contract/<p>.toml as written; a wider run replaces its seed and examples.
    schema = load(
        provider,
        base_url=f"http://127.0.0.1:8040/{provider}",
        app=RecordingApp(app),
        seed=None if seed == SEED else seed,
        examples=None if examples == MAX_EXAMPLES else examples,
    )
    suite = Emulated(provider, app, schema, hooks, seed)
    suite.fresh()
    return suite


def hypothesis_settings(examples: int = MAX_EXAMPLES) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,  # a fixed seed: CI runs are reproducible (a run's seed overrides it)
        suppress_health_check=list(HealthCheck),
        database=None,
        print_blob=True,
    )


HYPOTHESIS = hypothesis_settings()
