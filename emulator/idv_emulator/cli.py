"""`idv-emulator serve`: run the emulator on loopback (default 127.0.0.1:8040)."""

from __future__ import annotations

import argparse
import dataclasses
import os

import uvicorn

from .app import create_app
from .config import EmulatorConfig

_SECRET_FLAGS = {
    "proofme_api_key",
    "solaris_client_secret",
    "hopae_client_secret",
    "hopae_webhook_secret",
    "idenfy_api_secret",
    "idenfy_signing_key",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="idv-emulator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve all four providers on one port")
    serve.add_argument("--host", default=os.environ.get("IDV_EMULATOR_HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("IDV_EMULATOR_PORT", "8040")))
    serve.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    for f in dataclasses.fields(EmulatorConfig):
        kind = float if f.type in ("float", float) else int if f.type in ("int", int) else str
        serve.add_argument(
            f"--{f.name.replace('_', '-')}",
            dest=f.name,
            type=kind,
            default=None,
            metavar="SECRET" if f.name in _SECRET_FLAGS else None,
            help=f"overrides IDV_EMULATOR_{f.name.upper()}",
        )
    return parser


def main(argv: list[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    overrides = {name: getattr(args, name) for name in EmulatorConfig.names() if getattr(args, name) is not None}
    config = EmulatorConfig(**overrides)
    app = create_app(config)
    print(f"idv-emulator listening on http://{args.host}:{args.port} (proofme, solaris, hopae, idenfy)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False)


if __name__ == "__main__":
    main()
