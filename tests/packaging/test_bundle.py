"""The frozen bundle (build_installer.spec) builds and works: selftest, deadlines, shipped files.

Builds once per module into a temporary folder (about a minute on 2 cores) and runs the console
executable `cic-debug` from an unrelated folder with a throw-away home, off-screen.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
BUILD_TIMEOUT_S = 600
RUN_TIMEOUT_S = 180


@dataclass(frozen=True)
class Bundle:
    folder: Path
    internal: Path
    scratch: Path
    build_seconds: float

    @property
    def debug_exe(self) -> Path:
        return self.folder / f"cic-debug{EXE_SUFFIX}"

    @property
    def gui_exe(self) -> Path:
        return self.folder / f"cic{EXE_SUFFIX}"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        home = self.scratch / "home"
        home.mkdir(exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_CACHE_HOME=str(home / ".cache"),
            QT_QPA_PLATFORM="offscreen",
            QT_LOGGING_RULES="default.warning=false",
        )
        env.pop("CIC_DB", None)
        return subprocess.run(
            [str(self.debug_exe), *args],
            cwd=self.scratch,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=RUN_TIMEOUT_S,
        )


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip('PyInstaller is not installed: pip install -e ".[build]"')
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        pytest.skip("PyInstaller needs objdump on Linux: apt-get install binutils")
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--workpath",
            str(out / "build"),
            "--distpath",
            str(out / "dist"),
            str(ROOT / "build_installer.spec"),
        ],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-10000:]
    folder = out / "dist" / "cic"
    scratch = out / "run"
    scratch.mkdir()
    print(f"\nbundle built in {elapsed:.0f} s: {folder}")
    yield Bundle(folder, folder / "_internal", scratch, elapsed)
    shutil.rmtree(out, ignore_errors=True)  # over 200 MB: pytest keeps its last 3 temp trees


def test_bundle_has_both_executables_and_ships_its_files(bundle: Bundle) -> None:
    assert bundle.debug_exe.is_file()
    assert bundle.gui_exe.is_file()
    internal = bundle.internal
    for shipped in (
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/DejaVuSans-Bold.ttf",
        "resources/fonts/LICENSE-DejaVu.txt",
        "resources/rules/deadline_rules.toml",
        "db/migrations/env.py",
        "db/migrations/script.py.mako",
        "holidays/locale/ro/LC_MESSAGES/RO.mo",
    ):
        assert (internal / shipped).is_file(), shipped
    versions = sorted(p.name for p in (internal / "db" / "migrations" / "versions").glob("*.py"))
    expected = sorted(p.name for p in (ROOT / "db" / "migrations" / "versions").glob("*.py"))
    assert versions == expected
    assert not list(internal.rglob("__pycache__"))


def test_bundle_leaves_out_unused_qt_and_tkinter(bundle: Bundle) -> None:
    names = [p.name for p in bundle.internal.rglob("*")]
    for unwanted in ("QtWebEngine", "Qt6WebEngine", "Qt3D", "Qt6Quick", "Qt6Qml", "Multimedia"):
        assert not [n for n in names if unwanted in n], unwanted
    assert not [n for n in names if n.startswith(("_tkinter", "libtk", "libtcl"))]
    assert not (bundle.internal / "tcl").exists() and not (bundle.internal / "tk").exists()
    size_mb = sum(p.stat().st_size for p in bundle.folder.rglob("*") if p.is_file()) / 2**20
    print(f"\nbundle size: {size_mb:.0f} MB, built in {bundle.build_seconds:.0f} s")
    assert size_mb < 400


def test_frozen_deadline_json(bundle: Bundle) -> None:
    result = bundle.run("deadline", "OG27_ANSWER_30", "2024-12-20", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(result.stdout)
    assert data["rule"] == "OG27_ANSWER_30"
    assert data["legal_deadline"] == "2025-01-20"


def test_frozen_deadline_names_romanian_holidays(bundle: Bundle) -> None:
    """The holidays package's data travelled with it: names in Romanian, not a crash."""
    result = bundle.run("deadline", "OG27_ANSWER_30", "2024-11-24", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(result.stdout)
    assert data["legal_deadline"] == "2024-12-27"
    assert "Crăciunul" in data["explanation"]


def test_frozen_usage_error_exits_2(bundle: Bundle) -> None:
    result = bundle.run("deadline", "OG27_ANSWER_30", "31.12.2024")
    assert result.returncode == 2, result.stdout + result.stderr


def test_frozen_selftest(bundle: Bundle) -> None:
    result = bundle.run("selftest")
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-5000:]
