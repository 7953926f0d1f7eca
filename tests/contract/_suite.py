"""The contract suite: schemathesis property-tests a provider's spec against the emulator.

Used in two ways, with the same checks and auth:
- in `make test`, in-process: `schemathesis.openapi.from_path` + the emulator's ASGI app, no
  sockets (tests/contract/test_<p>.py);
- by `make contract PROVIDER=<p> BASE_URL=<url>` against any live base URL (the emulator on
  loopback, or a provider's sandbox), via scripts/contract.py.

Every check is on (`[checks] enabled = true` in contract/<p>.toml). A check switched off, or
an expected status added, for an operation is in contract/<p>.toml with its reason; the list
stays short.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261122
MAX_EXAMPLES = int(os.environ.get("IDV_CONTRACT_EXAMPLES", "50"))


def config_path(provider: str) -> Path:
    return ROOT / "contract" / f"{provider}.toml"


@dataclass(frozen=True)
class Credentials:
    """What the suite authenticates with; defaults are the emulator's sandbox credentials."""

    proofme_api_key: str = os.environ.get("PROOFME_API_KEY", "proofme_test_key")
    solaris_client_id: str = os.environ.get("SOLARIS_CLIENT_ID", "solaris-client")
    solaris_client_secret: str = os.environ.get("SOLARIS_CLIENT_SECRET", "solaris-secret")
    hopae_client_id: str = os.environ.get("HOPAE_CLIENT_ID", "hopae-client")
    hopae_client_secret: str = os.environ.get("HOPAE_CLIENT_SECRET", "hopae-secret")
    idenfy_api_key: str = os.environ.get("IDENFY_API_KEY", "idenfy-key")
    idenfy_api_secret: str = os.environ.get("IDENFY_API_SECRET", "idenfy-secret")


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def register_auth(provider: str, schema: Any, credentials: Credentials) -> None:
    """Authenticate every generated request the way the provider wants it."""

    if provider == "solaris":

        @schema.auth(refresh_interval=600)
        class SolarisAuth:
            def get(self, case: Any, ctx: Any) -> str:
                token_op = schema.find_operation_by_id("create_token")
                token_case = token_op.Case(
                    body={"grant_type": "client_credentials", "scope": "partners"},
                    media_type="application/x-www-form-urlencoded",
                    headers={"Authorization": _basic(credentials.solaris_client_id, credentials.solaris_client_secret)},
                )
                reply = token_case.call()
                return str(reply.json()["access_token"])

            def set(self, case: Any, data: str, ctx: Any) -> None:
                case.headers = case.headers or {}
                if case.operation.path == "/oauth2/token":
                    case.headers["Authorization"] = _basic(
                        credentials.solaris_client_id, credentials.solaris_client_secret
                    )
                else:
                    case.headers["Authorization"] = f"Bearer {data}"

        return

    header = {
        "proofme": credentials.proofme_api_key,
        "hopae": _basic(credentials.hopae_client_id, credentials.hopae_client_secret),
        "idenfy": _basic(credentials.idenfy_api_key, credentials.idenfy_api_secret),
    }[provider]

    @schema.auth()
    class StaticAuth:
        def get(self, case: Any, ctx: Any) -> str:
            return header

        def set(self, case: Any, data: str, ctx: Any) -> None:
            case.headers = case.headers or {}
            case.headers["Authorization"] = data


def load(provider: str, *, base_url: str, app: Any = None, credentials: Credentials | None = None) -> Any:
    config = SchemathesisConfig.from_path(config_path(provider))
    schema = schemathesis.openapi.from_path(ROOT / "specs" / f"{provider}.openapi.yaml", config=config)
    if app is not None:
        schema.app = app
    schema.config.update(base_url=base_url)
    register_auth(provider, schema, credentials or Credentials())
    return schema


HYPOTHESIS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,  # a fixed seed: CI runs are reproducible
    suppress_health_check=list(HealthCheck),
    database=None,
    print_blob=True,
)
