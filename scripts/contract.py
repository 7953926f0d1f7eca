"""Run the contract suite against a live base URL: the emulator, or a provider's sandbox.

Usage: python scripts/contract.py PROVIDER BASE_URL [--read-only] [--seed N ...] [--examples N]
       (or: make contract PROVIDER=hopae BASE_URL=https://sandbox.api.hopae.com)

Same spec, same checks (all of them: `[checks] enabled = true`) and per-operation settings
(contract/<p>.toml) as the in-process suite in `make test`. Auth follows the spec's security
schemes; the credentials come from the environment variables contract/<p>.py names (the ones
the overlays read, e.g. HOPAE_CLIENT_ID/_SECRET); without them, the emulator's sandbox
credentials are used. An OAuth2 client-credentials token is fetched once, from the provider's
`TOKEN_URL_VARIABLE` or `<BASE_URL>/<the token endpoint's path>`, and the token operation (on
the auth host) is left to the in-process suite.

`--read-only` limits the run to operations that change nothing (GETs, and the provider's
`READ_ONLY_OPERATIONS`, e.g. iDenfy's status and data POSTs) and skips the stateful phase: use
it against a real sandbox where creating verifications costs money or leaves data behind.

`--seed` (repeatable: one run per seed) and `--examples` (per operation; `--max-examples` is
the same option) replace contract/<p>.toml's fixed seed and 50 examples for a wider run; the
per-operation settings stay. Without them the run is CI's.

Writes reports/contract-<p>.xml (JUnit) and reports/contract-<p>.txt (the readable summary),
or, with several seeds, reports/contract-<p>-seed<N>.{xml,txt} per seed; the exit status is
schemathesis' (non-zero on any failure in any run).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import yaml
from _registry import PROVIDERS, ROOT, contract_hooks, credentials, spec_path


def auth(provider: str, base_url: str) -> tuple[str, dict[str, str], list[str]]:
    """The auth sections for the run's config, the environment they read, and extra CLI args.

    Credentials go through the config's `${VAR}` substitution, never into a file or argv.
    """
    spec: dict[str, Any] = yaml.safe_load(spec_path(provider).read_text())
    schemes: dict[str, dict[str, Any]] = spec["components"]["securitySchemes"]
    hooks = contract_hooks(provider)
    sections: list[str] = []
    secrets: dict[str, str] = {}
    extra: list[str] = []
    for name, pairs in credentials(provider).items():
        scheme = schemes[name]
        variables = [f"${{{var}}}" for var, _ in pairs]
        secrets.update(pairs)
        if scheme["type"] == "apiKey":
            sections.append(f'[auth.openapi.{name}]\napi_key = "{variables[0]}"\n')
        elif scheme["type"] == "http" and scheme["scheme"].lower() == "basic":
            sections.append(f'[auth.openapi.{name}]\nusername = "{variables[0]}"\npassword = "{variables[1]}"\n')
        elif scheme["type"] == "http":
            sections.append(f'[auth.openapi.{name}]\nbearer = "{variables[0]}"\n')
        elif scheme["type"] == "oauth2":
            flow = scheme["flows"]["clientCredentials"]
            path = urlsplit(flow["tokenUrl"]).path
            token_url = os.environ.get(getattr(hooks, "TOKEN_URL_VARIABLE", ""), "") or f"{base_url.rstrip('/')}{path}"
            scopes = " ".join(flow.get("scopes", {}))
            reply = httpx.post(
                token_url,
                data={"grant_type": "client_credentials", **({"scope": scopes} if scopes else {})},
                auth=(pairs[0][1], pairs[1][1]),
                timeout=30,
            )
            reply.raise_for_status()
            token_variable = f"{provider.upper()}_BEARER_TOKEN"
            secrets[token_variable] = str(reply.json()["access_token"])
            sections.append(f'[auth.openapi.{name}]\nbearer = "${{{token_variable}}}"\n')
            # The token operation authenticates otherwise and lives on the auth host: it is
            # excluded here and exercised by the in-process suite.
            for operation in (spec["paths"].get(path) or {}).values():
                if isinstance(operation, dict) and "operationId" in operation:
                    extra += ["--exclude-operation-id", operation["operationId"]]
    return "".join(sections), secrets, extra


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("provider", choices=PROVIDERS)
    parser.add_argument("base_url")
    parser.add_argument("--read-only", action="store_true")
    parser.add_argument("--seed", type=int, action="append", default=None, help="repeat for one run per seed")
    parser.add_argument("--examples", "--max-examples", dest="examples", type=int, default=None)
    args = parser.parse_args()
    reports = ROOT / "reports"
    reports.mkdir(exist_ok=True)
    section, secrets, extra = auth(args.provider, args.base_url)
    config = reports / f"contract-{args.provider}.toml"
    config.write_text((ROOT / "contract" / f"{args.provider}.toml").read_text() + "\n" + section)
    status = 0
    seeds: list[int | None] = list(dict.fromkeys(args.seed)) if args.seed else [None]
    for seed in seeds:
        name = f"contract-{args.provider}" + (f"-seed{seed}" if len(seeds) > 1 else "")
        status |= run(args, config, extra, secrets, reports / name, seed)
    return status


def run(
    args: argparse.Namespace, config: Path, extra: list[str], secrets: dict[str, str], report: Path, seed: int | None
) -> int:
    """One schemathesis run; writes `<report>.xml` and `<report>.txt`."""
    command = [
        str(Path(sys.executable).parent / "schemathesis"),
        "--config-file",
        str(config),
        "run",
        str(spec_path(args.provider)),
        "--url",
        args.base_url,
        "--report",
        "junit",
        "--report-junit-path",
        str(report.with_suffix(".xml")),
        "--no-color",
        *extra,
    ]
    if seed is not None:
        command += ["--seed", str(seed)]
    if args.examples:
        command += ["--max-examples", str(args.examples)]
    if args.read_only:
        command += ["--phases", "examples,coverage,fuzzing", "--include-method", "GET"]
        for operation_id in getattr(contract_hooks(args.provider), "READ_ONLY_OPERATIONS", ()):
            command += ["--include-operation-id", operation_id]
    summary = report.with_suffix(".txt")
    with summary.open("w") as out:
        proc = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, **secrets}
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            sys.stdout.write(line)
            out.write(line)
        status = proc.wait()
    print(f"\nJUnit report: {report.with_suffix('.xml')}\nsummary: {summary}")
    return status


if __name__ == "__main__":
    sys.exit(main())
