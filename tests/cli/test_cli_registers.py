"""`cic-desktop import|export|report` for petitions and Legea 544, end to end on a small year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from cic_desktop.cli import run_headless
from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from tests.cic_desktop.petitions.conftest import petition
from tests.cic_desktop.public_info.test_public_info_service import request
from tests.conftest import configure


@pytest.fixture
def filled(core: CicCore, db_path: Path, clock: FixedClock) -> Path:
    configure(core)
    clock.advance_to(date(2026, 3, 2))
    core.petitions.register(petition())
    core.petitions.register(petition(subject="Iluminat public nefuncțional"))
    info = core.public_info.register(request())
    core.public_info.answer(info.id, answered_on=date(2026, 3, 2), delivery_mode="electronic")
    core.public_info.log_verbal(
        requester_kind="natural", domain="duties", outcome="answered_on_spot"
    )
    core.close()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run_headless(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_export_import_report_petitions(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlsx = tmp_path / "petitii.xlsx"
    assert (
        run(
            capsys,
            "export",
            "petitii",
            "--year",
            "2026",
            "--format",
            "xlsx",
            "--out",
            str(xlsx),
            "--db",
            str(filled),
        )[0]
        == 0
    )
    sheet = openpyxl.load_workbook(xlsx).active
    assert any(c.value == "1/02.03.2026" for row in sheet.iter_rows() for c in row)
    assert (
        run(
            capsys,
            "export",
            "petitii",
            "--year",
            "2026",
            "--format",
            "pdf",
            "--out",
            str(tmp_path / "carte.pdf"),
            "--db",
            str(filled),
        )[0]
        == 0
    )
    code, out, _ = run(
        capsys,
        "report",
        "petitii",
        "--year",
        "2026",
        "--semester",
        "1",
        "--format",
        "xlsx",
        "--out",
        str(tmp_path / "s1.xlsx"),
        "--db",
        str(filled),
    )
    assert code == 0 and (tmp_path / "s1.xlsx").exists()
    code, _, err = run(
        capsys,
        "report",
        "petitii",
        "--year",
        "2026",
        "--format",
        "pdf",
        "--out",
        str(tmp_path / "s.pdf"),
        "--db",
        str(filled),
    )
    assert code == 2 and "semestrul" in err
    other = tmp_path / "alta.sqlite"
    with CicCore.open(DbTarget(url=None, path=other)) as fresh:
        configure(fresh)
    code, out, _ = run(capsys, "import", "petitii", str(xlsx), "--db", str(other))
    assert code == 0 and "S-au importat 2 petiții" in out
    code, _, err = run(capsys, "import", "petitii", str(xlsx), "--db", str(other))
    assert code == 1 and "nu a fost importat" in err


def test_export_and_report_544(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlsx = tmp_path / "informatii.xlsx"
    assert (
        run(
            capsys,
            "export",
            "informatii",
            "--year",
            "2026",
            "--format",
            "xlsx",
            "--out",
            str(xlsx),
            "--db",
            str(filled),
        )[0]
        == 0
    )
    workbook = openpyxl.load_workbook(xlsx)
    assert len(workbook.sheetnames) == 2
    assert (
        run(
            capsys,
            "export",
            "informatii",
            "--year",
            "2026",
            "--format",
            "pdf",
            "--out",
            str(tmp_path / "registru544.pdf"),
            "--db",
            str(filled),
        )[0]
        == 0
    )
    code, out, _ = run(
        capsys,
        "report",
        "544",
        "--year",
        "2026",
        "--format",
        "xlsx",
        "--out",
        str(tmp_path / "r544.xlsx"),
        "--db",
        str(filled),
    )
    assert code == 0 and "Legii nr. 544/2001" in out
    values = [
        c.value
        for row in openpyxl.load_workbook(tmp_path / "r544.xlsx").active.iter_rows()
        for c in row
        if c.value is not None
    ]
    assert 2 in values  # one written + one verbal request in the total


def test_agenda_command(filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "agenda", "--date", "2026-03-03", "--db", str(filled))
    assert code == 0 and "Agenda zilei – marți, 3 martie 2026" in out
    assert "Soluționate, încă neexpediate (1)" in out
    pdf = tmp_path / "agenda.pdf"
    assert run(capsys, "agenda", "--format", "pdf", "--out", str(pdf), "--db", str(filled))[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "agenda", "--format", "pdf", "--db", str(filled))
    assert code == 2 and "--out" in err
