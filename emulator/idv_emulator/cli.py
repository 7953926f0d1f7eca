"""`idv-emulator serve`: run the emulator on loopback (default 127.0.0.1:8040).

Every registered provider's settings become flags `--<p>-<field>` (overriding
`IDV_EMULATOR_<P>_<FIELD>`); secrets show as `SECRET` in `--help`. A non-loopback `--host`
needs a control token (`--control-token` or, better, `IDV_EMULATOR_CONTROL_TOKEN`: a flag
shows in `ps`).
"""

from __future__ import annotations

import argparse
import os

import uvicorn

from .app import create_app
from .config import SHUTDOWN_GRACE, ConfigError, EmulatorConfig
from .core.settings import SettingField, load_settings, setting_fields
from .registry import discover


def _provider_fields() -> dict[str, tuple[type, list[SettingField]]]:
    return {name: (cls.settings_type, setting_fields(name, cls.settings_type)) for name, cls in discover().items()}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="idv-emulator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve every provider on one port")
    serve.add_argument("--host", default=os.environ.get("IDV_EMULATOR_HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("IDV_EMULATOR_PORT", "8040")))
    serve.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    serve.add_argument("--webhook-hosts", default=None, help="overrides IDV_EMULATOR_WEBHOOK_HOSTS (loopback or any)")
    serve.add_argument(
        "--webhook-backoff-scale", type=float, default=None, help="overrides IDV_EMULATOR_WEBHOOK_BACKOFF_SCALE"
    )
    serve.add_argument(
        "--webhook-concurrency", type=int, default=None, help="overrides IDV_EMULATOR_WEBHOOK_CONCURRENCY (32)"
    )
    serve.add_argument("--max-resources", type=int, default=None, help="overrides IDV_EMULATOR_MAX_RESOURCES (10000)")
    serve.add_argument(
        "--public-url", default=None, help="overrides IDV_EMULATOR_PUBLIC_URL (default: the bound address)"
    )
    serve.add_argument("--control-token", default=None, metavar="SECRET", help="overrides IDV_EMULATOR_CONTROL_TOKEN")
    for _settings_type, fields in _provider_fields().values():
        for f in fields:
            serve.add_argument(
                f.flag,
                dest=f.dest,
                type=f.parse,
                default=None,
                metavar="SECRET" if f.secret else None,
                help=f"overrides {f.env}",
            )
    return parser


def config_from_args(args: argparse.Namespace) -> EmulatorConfig:
    providers = {
        name: load_settings(name, settings_type, {f.name: getattr(args, f.dest) for f in fields})
        for name, (settings_type, fields) in _provider_fields().items()
    }
    emulator = {
        name: getattr(args, name)
        for name in (
            "webhook_hosts",
            "webhook_backoff_scale",
            "webhook_concurrency",
            "max_resources",
            "public_url",
            "control_token",
        )
        if getattr(args, name, None) is not None
    }
    return EmulatorConfig(providers=providers, **emulator)


def main(argv: list[str] | None = None) -> None:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = config_from_args(args)
        config.check_bind(args.host)
    except ConfigError as exc:
        parser.error(str(exc))
    app = create_app(config)
    served = ", ".join(app.providers)
    print(f"idv-emulator listening on http://{args.host}:{args.port} ({served})", flush=True)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=False,
        timeout_graceful_shutdown=SHUTDOWN_GRACE,
    )


if __name__ == "__main__":
    main()
