"""Write a new provider's skeleton: `make scaffold PROVIDER=<name> [TITLE="Display name"]`.

Every layer finds a provider by name (`scripts/_registry.py`), so a provider is a set of new
files — the templates in `scripts/scaffold/templates/`, one per file below — plus one row in
README.md's provider table, which this script adds. The skeleton is a working provider: a spec
with one create and one get operation and a signed webhook, its generated client (written by
`make generate`), an overlay with sync and async clients, an emulator with a hosted decision
page, contract settings, a benchmark scenario, a demo lifecycle, its documentation page, its
package metadata (`packaging/idv-<p>-client/`, unreleased until `make release`) and tests;
`make test` passes with it in the tree. Then replace the skeleton, file by file, with
what the provider's documentation says (start with the spec).

After moto's `scripts/scaffold.py`, which writes a new AWS service's skeleton the same way.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path
from string import Template

from _codegen import tool
from _registry import PROVIDERS, ROOT

TEMPLATES = Path(__file__).resolve().parent / "scaffold" / "templates"
NAME = re.compile(r"^[a-z][a-z0-9]{1,30}$")

# template (under TEMPLATES) -> destination (under the repository root); `{p}` is the name.
FILES = {
    "misc/spec.openapi.yaml.tmpl": "specs/{p}.openapi.yaml",
    "misc/codegen.yaml.tmpl": "specs/{p}.codegen.yaml",
    "overlay/__init__.py.tmpl": "overlays/idv/{p}/__init__.py",
    "overlay/_client.py.tmpl": "overlays/idv/{p}/_client.py",
    "overlay/_async_client.py.tmpl": "overlays/idv/{p}/_async_client.py",
    "overlay/_errors.py.tmpl": "overlays/idv/{p}/_errors.py",
    "overlay/_outcome.py.tmpl": "overlays/idv/{p}/_outcome.py",
    "overlay/_webhooks.py.tmpl": "overlays/idv/{p}/_webhooks.py",
    "emulator/__init__.py.tmpl": "emulator/idv_emulator/{p}/__init__.py",
    "emulator/provider.py.tmpl": "emulator/idv_emulator/{p}/provider.py",
    "misc/contract.toml.tmpl": "contract/{p}.toml",
    "misc/unproduced.yaml.tmpl": "contract/{p}.unproduced.yaml",
    "misc/contract.py.tmpl": "contract/{p}.py",
    "misc/scenario.py.tmpl": "scripts/bench/scenarios/{p}.py",
    "misc/lifecycle.py.tmpl": "examples/{p}_lifecycle.py",
    "misc/doc.md.tmpl": "docs/providers/{p}.md",
    "packaging/pyproject.toml.tmpl": "packaging/idv-{p}-client/pyproject.toml",
    "tests/adapter.py.tmpl": "tests/overlays/adapters/{p}.py",
    "tests/test_emulator.py.tmpl": "tests/emulator/test_{p}.py",
    "tests/test_seed_examples.py.tmpl": "tests/generated/test_{p}_seed_examples.py",
}
README_TABLE = re.compile(r"(## Providers\n\n\| provider \| API \| details \|\n\|---\|---\|---\|\n(?:\|.*\|\n)*)")


def placeholders(name: str, title: str) -> dict[str, str]:
    """`${p}` acme, `${P}` Acme (class names, headers), `${PU}` ACME (variables), `${title}`."""
    return {"p": name, "P": name.capitalize(), "PU": name.upper(), "title": title}


def render(name: str, title: str, root: Path = ROOT) -> list[Path]:
    """Write every skeleton file under `root`; refuse to overwrite anything."""
    values = placeholders(name, title)
    targets = {TEMPLATES / src: root / dst.format(p=name) for src, dst in FILES.items()}
    existing = [str(path.relative_to(root)) for path in targets.values() if path.exists()]
    if existing:
        raise SystemExit(f"scaffold: {name} already has {', '.join(existing)}")
    # Render everything before writing anything: a broken template leaves no half skeleton.
    rendered = {target: Template(template.read_text()).substitute(values) for template, target in targets.items()}
    for target, text in rendered.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    return list(rendered)


def add_readme_row(name: str, title: str, root: Path = ROOT) -> None:
    readme = root / "README.md"
    text = readme.read_text()
    match = README_TABLE.search(text)
    if match is None:
        raise SystemExit("scaffold: README.md has no '## Providers' table to add a row to")
    row = f"| {title} | identity verifications (scaffolded) | [docs/providers/{name}.md](docs/providers/{name}.md) |\n"
    readme.write_text(text[: match.end()] + row + text[match.end() :])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="the provider's name: lowercase letters and digits (e.g. acme)")
    parser.add_argument("--title", help="its display name (default: the name, capitalised)")
    parser.add_argument("--no-generate", action="store_true", help="write the files only")
    args = parser.parse_args(argv)
    if not NAME.match(args.name):
        parser.error(f"{args.name!r}: use 2-31 lowercase letters and digits, starting with a letter")
    if args.name in PROVIDERS:
        parser.error(f"{args.name!r} is a provider already (specs/{args.name}.openapi.yaml)")
    title = args.title or args.name.capitalize()
    written = render(args.name, title)
    add_readme_row(args.name, title)
    scripts = Path(__file__).resolve().parent
    if not args.no_generate:
        # Generate first: ruff sorts `<p>_client` imports as first-party once its folder exists.
        subprocess.run([sys.executable, str(scripts / "generate.py"), args.name], cwd=ROOT, check=True)
    python = [str(path) for path in written if path.suffix == ".py"]
    subprocess.run([tool("ruff"), "check", "--fix", "--quiet", *python], cwd=ROOT, check=True)
    subprocess.run([tool("ruff"), "format", "--quiet", *python], cwd=ROOT, check=True)
    if not args.no_generate:
        subprocess.run([sys.executable, str(scripts / "unasync.py")], cwd=ROOT, check=True)
    print(f"scaffolded {args.name}: {len(written)} new files and a README row; next, specs/{args.name}.openapi.yaml")


if __name__ == "__main__":
    main()
