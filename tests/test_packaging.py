"""`pip install .` gives an app every package: the wheel carries each provider's generated
client, the overlay and the emulator, all typed, and the specs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from scripts._registry import PROVIDERS, generated_package

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = (*(generated_package(p) for p in PROVIDERS), "idv", "idv_emulator")


def test_wheel_contents(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        env={"PYTHONWARNINGS": "ignore", "PATH": str(Path(sys.executable).parent)},
    )
    (wheel,) = tmp_path.glob("idv_clients-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in PACKAGES:
        assert f"{package}/__init__.py" in names
        assert f"{package}/py.typed" in names
    for provider in PROVIDERS:
        assert f"idv_emulator/specs/{provider}.openapi.yaml" in names
        assert f"idv/{provider}/__init__.py" in names
        assert f"idv_emulator/{provider}/__init__.py" in names
    # Nothing but the registry's packages at the top level (no stray or removed provider).
    assert {n.split("/")[0] for n in names if not n.startswith("idv_clients-")} == set(PACKAGES)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "idv-emulator = idv_emulator.cli:main" in text
    assert "idv_emulator = idv_emulator.pytest_plugin" in text
