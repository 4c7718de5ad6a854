"""`cic-desktop import|export|report audiente`, end to end on a small month of audiences."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from cic_desktop.cli import run_headless
from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from tests.cic_desktop.audiences.outputs_scenario import build
from tests.conftest import configure


@pytest.fixture
def filled(core: CicCore, db_path: Path, clock: FixedClock) -> Path:
    configure(core)
    build(core, clock)
    core.close()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run_headless(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_export_import_and_report_audiences(
    filled: Path, template_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlsx, pdf = tmp_path / "audiente.xlsx", tmp_path / "audiente.pdf"
    code, out, _ = run(capsys, "export", "audiente", "--year", "2026", "--format", "xlsx",
                       "--out", str(xlsx), "--db", str(filled))  # fmt: skip
    assert code == 0 and "Registrul de audiențe pe 2026 a fost exportat" in out
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    assert sheet.cell(2, 4).value == "Persoana care acordă audiența" and sheet.max_row == 9
    code, out, _ = run(capsys, "export", "audiente", "--year", "2026", "--format", "pdf",
                       "--out", str(pdf), "--db", str(filled))  # fmt: skip
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF") and "tipărit" in out

    other = tmp_path / "alta.sqlite"
    shutil.copyfile(template_db, other)
    with CicCore.open(DbTarget(url=None, path=other), clock=FixedClock(date(2026, 11, 27))) as core:
        configure(core)
    code, out, _ = run(capsys, "import", "audiente", str(xlsx), "--db", str(other))
    assert code == 0 and "S-au importat 7 înscrieri" in out
    code, _, err = run(capsys, "import", "audiente", str(xlsx), "--db", str(other))
    assert code != 0 and "există deja în registrul de audiențe" in err

    for fmt in ("xlsx", "pdf"):
        report = tmp_path / f"statistica.{fmt}"
        code, out, _ = run(capsys, "report", "audiente", "--year", "2026", "--month", "11",
                           "--format", fmt, "--out", str(report), "--db", str(filled))  # fmt: skip
        assert code == 0 and "luna noiembrie 2026 (6 înscrieri)" in out and report.exists()
    book = openpyxl.load_workbook(tmp_path / "statistica.xlsx")
    assert book["Pe persoane"].cell(5, 2).value == 6
