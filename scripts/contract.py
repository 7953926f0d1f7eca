"""Run the contract suite against a live base URL: the emulator, or a provider's sandbox.

Usage: python scripts/contract.py PROVIDER BASE_URL [--read-only] [--max-examples N]
       (or: make contract PROVIDER=hopae BASE_URL=https://sandbox.api.hopae.com)

Same spec, same checks (all of them: `[checks] enabled = true`) and per-operation settings
(contract/<p>.toml) as the in-process suite in `make test`. Credentials come from the environment variables the overlays read
(PROOFME_API_KEY, SOLARIS_CLIENT_ID/_SECRET (+ SOLARIS_TOKEN_URL), HOPAE_CLIENT_ID/_SECRET,
IDENFY_API_KEY/_SECRET); without them, the emulator's sandbox credentials are used.

`--read-only` limits the run to operations that change nothing (GETs, and iDenfy's status and
data POSTs) and skips the stateful phase: use it against a real sandbox where creating
verifications costs money or leaves data behind.

Writes reports/contract-<p>.xml (JUnit) and reports/contract-<p>.txt (the readable summary);
the exit status is schemathesis' (non-zero on any failure).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
READ_ONLY_POSTS = {"idenfy": ["get_status", "get_data"]}


def env(name: str, default: str) -> str:
    return os.environ.get(name) or default


def auth(provider: str, base_url: str) -> tuple[str, dict[str, str], list[str]]:
    """The auth section for the run's config, the environment it reads, and extra CLI args.

    Credentials go through the config's `${VAR}` substitution, never into a file or argv.
    """
    if provider == "proofme":
        return (
            '[auth.openapi.apiKey]\napi_key = "${PROOFME_API_KEY}"\n',
            {"PROOFME_API_KEY": env("PROOFME_API_KEY", "proofme_test_key")},
            [],
        )
    if provider in ("hopae", "idenfy"):
        user, password = (
            ("HOPAE_CLIENT_ID", "HOPAE_CLIENT_SECRET")
            if provider == "hopae"
            else ("IDENFY_API_KEY", "IDENFY_API_SECRET")
        )
        defaults = {"hopae": ("hopae-client", "hopae-secret"), "idenfy": ("idenfy-key", "idenfy-secret")}[provider]
        return (
            f'[auth.openapi.basicAuth]\nusername = "${{{user}}}"\npassword = "${{{password}}}"\n',
            {user: env(user, defaults[0]), password: env(password, defaults[1])},
            [],
        )
    token_url = env("SOLARIS_TOKEN_URL", f"{base_url.rstrip('/')}/oauth2/token")
    reply = httpx.post(
        token_url,
        data={"grant_type": "client_credentials", "scope": "partners"},
        auth=(env("SOLARIS_CLIENT_ID", "solaris-client"), env("SOLARIS_CLIENT_SECRET", "solaris-secret")),
        timeout=30,
    )
    reply.raise_for_status()
    # The token operation authenticates with Basic and lives on the auth host: it is excluded
    # here and exercised by the in-process suite.
    return (
        '[auth.openapi.oauth2]\nbearer = "${SOLARIS_BEARER_TOKEN}"\n',
        {"SOLARIS_BEARER_TOKEN": str(reply.json()["access_token"])},
        ["--exclude-operation-id", "create_token"],
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("provider", choices=["proofme", "solaris", "hopae", "idenfy"])
    parser.add_argument("base_url")
    parser.add_argument("--read-only", action="store_true")
    parser.add_argument("--max-examples", type=int, default=None)
    args = parser.parse_args()
    reports = ROOT / "reports"
    reports.mkdir(exist_ok=True)
    section, secrets, extra = auth(args.provider, args.base_url)
    config = reports / f"contract-{args.provider}.toml"
    config.write_text((ROOT / "contract" / f"{args.provider}.toml").read_text() + "\n" + section)
    command = [
        str(Path(sys.executable).parent / "schemathesis"),
        "--config-file",
        str(config),
        "run",
        str(ROOT / "specs" / f"{args.provider}.openapi.yaml"),
        "--url",
        args.base_url,
        "--report",
        "junit",
        "--report-junit-path",
        str(reports / f"contract-{args.provider}.xml"),
        "--no-color",
        *extra,
    ]
    if args.max_examples:
        command += ["--max-examples", str(args.max_examples)]
    if args.read_only:
        command += ["--phases", "examples,coverage,fuzzing", "--include-method", "GET"]
        for operation_id in READ_ONLY_POSTS.get(args.provider, []):
            command += ["--include-operation-id", operation_id]
    summary = reports / f"contract-{args.provider}.txt"
    with summary.open("w") as out:
        proc = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env={**os.environ, **secrets}
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            sys.stdout.write(line)
            out.write(line)
        status = proc.wait()
    print(f"\nJUnit report: {reports / f'contract-{args.provider}.xml'}\nsummary: {summary}")
    return status


if __name__ == "__main__":
    sys.exit(main())
