"""`cic-desktop search TEXT`: groups by register, numbers as printed, exit 1 when nothing found."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cic_desktop.cli import run_headless
from cic_desktop.core import CicCore
from tests.cic_desktop.petitions.conftest import petition
from tests.cic_desktop.public_info.test_public_info_service import request
from tests.conftest import configure


@pytest.fixture
def filled(core: CicCore, db_path: Path) -> Path:
    configure(core)
    core.petitions.register(petition())
    core.petitions.register(petition(name="Ana Stan", subject="Iluminat public"))
    core.public_info.register(request(name="Ștefan Ionescu"))
    core.close()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run_headless(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_search_prints_groups_in_register_order(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "search", "stefan", "--db", str(filled))
    assert code == 0
    lines = out.splitlines()
    assert lines == [
        "Registrul de evidență a petițiilor (1)",
        "  1/27.11.2026  Ștefan Popescu – Solicit repararea drumului comunal DC 12 din satul "
        "Valea Mare [înregistrată]",
        "",
        "Registrul de evidență a solicitărilor de informații de interes public (1)",
        "  3/27.11.2026  Ștefan Ionescu – Copia contractului de salubrizare și a anexelor "
        "[înregistrată]",
    ]


def test_search_by_number_and_limit(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "2/2026", "--db", str(filled))
    assert code == 0 and "2/27.11.2026  Ana Stan – Iluminat public" in out
    assert "Popescu" not in out
    code, out, _ = run(capsys, "--db", str(filled), "search", "27.11.2026", "--limit", "1")
    assert code == 0
    assert "Registrul de evidență a petițiilor (primele 1 din 2)" in out


def test_nothing_found_exits_1_and_says_so(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "search", "xyzw", "--db", str(filled))
    assert code == 1 and out.strip() == "Nu s-a găsit nimic pentru „xyzw”."


def test_a_bad_limit_is_a_usage_error(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "search", "stefan", "--limit", "0", "--db", str(filled))
    assert code == 2 and "între 1 și 1000" in err


def test_search_runs_without_importing_qt(filled: Path) -> None:
    code = (
        "import sys\n"
        "from ui.__main__ import main\n"
        f"rc = main(['search', 'stefan', '--db', {str(filled)!r}])\n"
        "assert rc == 0, rc\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "Ștefan Popescu" in result.stdout
