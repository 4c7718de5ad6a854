"""The layers hold: ui → cic_desktop → db, no Qt below ui, ui never reaches into db."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_are_kept() -> None:
    lint_imports = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run(
        [lint_imports],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_the_core_and_db_never_mention_qt() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for package in ("cic_desktop", "db")
        for path in (ROOT / package).rglob("*.py")
        if "PySide6" in path.read_text(encoding="utf-8")
        or "shiboken" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_ruff_finds_nothing() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "cic_desktop", "db", "ui", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
