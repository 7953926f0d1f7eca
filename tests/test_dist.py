"""`make dist` builds one wheel and sdist per package, and each installs on its own.

`scripts/dist.py` builds into a temporary folder. Then two clean virtualenvs (no system site
packages, not this project's venv), their dependencies from the package index as `make install`
takes them, held to requirements.lock's versions by a constraints file:

- an app's: the Hopae client and `idv` (which pulls the other clients from the built wheels) —
  it must get httpx and attrs, and none of the emulator's server dependencies;
- the emulator's wheel alone: `idv-emulator serve` answers on a free port and the installed
  package carries every provider's spec.

Nothing is skipped: without the package index these tests fail, as CI would.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]

sys.path.insert(0, str(ROOT / "scripts"))
try:
    release: Any = importlib.import_module("release")
    registry: Any = importlib.import_module("_registry")
finally:
    sys.path.remove(str(ROOT / "scripts"))

PACKAGES = {p.dist: p for p in release.packages()}
CLIENTS = [p for p in PACKAGES.values() if p.kind == "client"]
# The emulator's server dependencies, none of which an app using the clients may get.
SERVER_ONLY = {"uvicorn", "jsonschema", "pyyaml", "jsonschema-rs", "rfc3339-validator"}


def wheel(dist_dir: Path, dist: str) -> Path:
    pkg = PACKAGES[dist]
    return dist_dir / f"{dist.replace('-', '_')}-{pkg.version}-py3-none-any.whl"


@pytest.fixture(scope="module")
def dist_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("dist")
    out, build = tmp / "dist", tmp / "build"
    proc = subprocess.run(
        [sys.executable, "scripts/dist.py", "--out", str(out), "--build-dir", str(build)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


@pytest.fixture(scope="module")
def constraints(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """requirements.lock's versions without hashes (pip takes no hashes in a constraints file)."""
    pins = re.findall(
        r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s\\]+)", (ROOT / "requirements.lock").read_text(), re.M
    )
    assert pins
    path = tmp_path_factory.mktemp("constraints") / "constraints.txt"
    path.write_text("".join(f"{name}=={version}\n" for name, version in pins))
    return path


def venv(where: Path) -> Path:
    """A clean virtualenv (its own pip, no system or project site-packages); its python."""
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True, capture_output=True, timeout=120)
    return where / "bin" / "python"


def clean_env() -> dict[str, str]:
    """This environment without what would leak the project's packages or specs into a child."""
    leaks = {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}
    return {k: v for k, v in os.environ.items() if k not in leaks and not k.startswith("IDV_")}


def pip_install(python: Path, constraints: Path, *args: str) -> None:
    proc = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-c", str(constraints), *args],
        capture_output=True,
        text=True,
        timeout=600,
        env=clean_env(),
        check=False,
    )
    assert proc.returncode == 0, f"pip install failed (is the package index reachable?):\n{proc.stdout}\n{proc.stderr}"


def installed(python: Path) -> dict[str, str]:
    out = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=json", "--disable-pip-version-check"],
        capture_output=True,
        text=True,
        check=True,
        env=clean_env(),
    ).stdout
    return {item["name"].lower().replace("_", "-"): item["version"] for item in json.loads(out)}


def run_python(python: Path, code: str, cwd: Path) -> str:
    proc = subprocess.run(
        [str(python), "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120, env=clean_env(), check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def test_one_wheel_and_sdist_per_package_with_only_its_own_code(dist_dir: Path) -> None:
    for dist, pkg in PACKAGES.items():
        path = wheel(dist_dir, dist)
        assert path.is_file(), sorted(p.name for p in dist_dir.iterdir())
        assert (dist_dir / f"{dist.replace('-', '_')}-{pkg.version}.tar.gz").is_file()
        names = zipfile.ZipFile(path).namelist()
        assert {n.split("/")[0] for n in names if ".dist-info/" not in n} == {pkg.package}
        assert f"{pkg.package}/py.typed" in names
        metadata = zipfile.ZipFile(path).read(f"{dist.replace('-', '_')}-{pkg.version}.dist-info/METADATA").decode()
        requires = sorted(re.findall(r"^Requires-Dist: ([A-Za-z0-9._-]+)", metadata, re.M))
        if pkg.kind == "client":
            assert requires == ["attrs", "httpx"]
        elif pkg.kind == "overlay":
            assert requires == sorted(["attrs", "httpx", *(c.dist for c in CLIENTS)])
        else:
            assert set(requires) == {"httpx", *SERVER_ONLY}
    emulator = zipfile.ZipFile(wheel(dist_dir, "idv-emulator"))
    for provider in registry.PROVIDERS:
        spec = emulator.read(f"idv_emulator/specs/{provider}.openapi.yaml")
        assert spec == (ROOT / "specs" / f"{provider}.openapi.yaml").read_bytes()
    entry_points = emulator.read(f"idv_emulator-{PACKAGES['idv-emulator'].version}.dist-info/entry_points.txt").decode()
    assert "idv-emulator = idv_emulator.cli:main" in entry_points


@pytest.mark.timeout(900)
def test_an_app_with_the_hopae_client_and_idv_gets_no_server_dependencies(
    dist_dir: Path, constraints: Path, tmp_path: Path
) -> None:
    python = venv(tmp_path / "app")
    # By file, so that no same-named project on the index can stand in for ours; idv's other
    # clients come from the built wheels through --find-links.
    pip_install(
        python,
        constraints,
        "--find-links",
        str(dist_dir),
        str(wheel(dist_dir, "idv-hopae-client")),
        str(wheel(dist_dir, "idv")),
    )
    have = installed(python)
    assert not SERVER_ONLY & set(have), (
        f"server dependencies in an app's environment: {sorted(SERVER_ONLY & set(have))}"
    )
    assert "idv-emulator" not in have
    for pkg in [PACKAGES["idv"], *CLIENTS]:
        assert have.get(pkg.dist) == str(pkg.version)
    assert {"httpx", "attrs"} <= set(have)
    out = run_python(
        python,
        "import idv, idv.hopae, hopae_client, importlib.util\n"
        "from idv.hopae import HopaeClient\n"
        "client = HopaeClient(client_id='id', client_secret='secret', environment='sandbox')\n"
        "client.close()\n"
        "print(idv.__file__)\n"
        "print(importlib.util.find_spec('idv_emulator'), importlib.util.find_spec('yaml'))\n",
        cwd=tmp_path,
    )
    where, missing = out.splitlines()
    assert where.startswith(str(tmp_path / "app")), where  # the installed wheel, not the repository
    assert missing == "None None"
    for provider in registry.PROVIDERS:
        run_python(python, f"import idv.{provider}", cwd=tmp_path)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.mark.timeout(900)
def test_the_emulator_wheel_alone_serves_and_carries_its_specs(
    dist_dir: Path, constraints: Path, tmp_path: Path
) -> None:
    python = venv(tmp_path / "emulator")
    pip_install(python, constraints, str(wheel(dist_dir, "idv-emulator")))
    have = installed(python)
    assert not {"idv", *(c.dist for c in CLIENTS)} & set(have)
    assert {"uvicorn", "jsonschema", "pyyaml"} <= set(have)
    specs = run_python(
        python,
        "import importlib.resources as r\n"
        "print(sorted(p.name for p in r.files('idv_emulator').joinpath('specs').iterdir()))",
        cwd=tmp_path,
    )
    assert specs.strip() == str(sorted(f"{p}.openapi.yaml" for p in registry.PROVIDERS))
    port = free_port()
    server = subprocess.Popen(
        [str(python.parent / "idv-emulator"), "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=tmp_path,
        env=clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_emulator/health", timeout=2) as answer:
                    assert answer.status == 200
                    health = json.loads(answer.read())
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    server.kill()
                    output = server.communicate()[0]
                    pytest.fail(f"idv-emulator serve did not answer on port {port}:\n{output}")
                time.sleep(0.2)
        # Every provider is served, from the specs inside the installed package.
        assert health == {"status": "ok", "providers": list(registry.PROVIDERS)}
    finally:
        server.terminate()
        server.wait(timeout=30)
