"""The `.xlsx` export of a year: layout, cell types and the SPEC's Romanian texts, read back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.jobs import Cancelled, CancelToken
from cic_desktop.registers.petitions_register import COLUMNS
from cic_desktop.render.xlsx.petitions_export import export_petitions_xlsx
from tests.cic_desktop.excel.scenario import build_year_2025


@pytest.fixture
def year_2025(petitions_core: CicCore, clock: FixedClock) -> CicCore:
    build_year_2025(petitions_core, clock)
    return petitions_core


def test_layout_and_cells(year_2025: CicCore, tmp_path: Path) -> None:
    path = tmp_path / "petitii-2025.xlsx"
    reports: list[float] = []
    assert (
        export_petitions_xlsx(year_2025, 2025, path, progress=lambda f, m="": reports.append(f))
        == 15
    )
    assert reports[-1] == 1.0
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert sheet.title == "Registrul petițiilor 2025"
    assert sheet["A1"].value == (
        "Primăria comunei Sânmartin, județul Bihor – Registrul de evidență a petițiilor – anul 2025"
    )
    assert tuple(c.value for c in sheet[2]) == COLUMNS
    assert sheet.freeze_panes == "A3"
    assert sheet.auto_filter.ref == "A2:Q17"
    assert sheet.column_dimensions["H"].width == 50  # the subject wraps in a wide column
    assert sheet["H3"].alignment.wrap_text and sheet["B2"].font.bold

    rows = {r[1]: r for r in sheet.iter_rows(min_row=3, values_only=True)}
    first = rows["1/13.01.2025"]
    assert first[0] == 1 and isinstance(first[0], int)
    assert first[3:7] == (
        "persoană fizică",
        "Sat Valea Mare nr. 5",
        "cerere",
        "depusă la registratură",
    )
    assert first[10] == datetime(2025, 2, 13) and sheet["K3"].number_format == "DD.MM.YYYY"
    assert first[11:15] == ("nu", "1/05.02.2025", "favorabil", datetime(2025, 2, 6))
    assert sheet["O3"].number_format == "DD.MM.YYYY"
    partial = rows["2/15.01.2025"]
    assert partial[4] == "Str. Morii nr. 3, Sânmartin; ioana.raducanu@example.ro"
    assert partial[11:14] == ("da, până la 03.03.2025", "2/20.02.2025", "parțial")
    assert rows["3/20.01.2025"][15] == "clasat: anonimă (art. 7)"
    assert rows["4/22.01.2025"][15] == "redirecționat către Instituția Prefectului Bihor"
    assert rows["5/27.01.2025"][15] == "conexat la 1/13.01.2025"
    assert rows["6/03.02.2025"][16] == "ANULAT – Înregistrată de două ori din greșeală"
    assert rows["10/17.02.2025"][15] == "clasat: Petentul și-a retras cererea în scris"
    assert rows["14/CIC/06.03.2025"][15] == "conexat la 11/CIC/03.03.2025"
    assert rows["15/CIC/06.03.2025"][16] == (
        "ANULAT – Petentul a depus-o la altă primărie. Depusă personal"
    )
    assert rows["13/CIC/05.03.2025"][12:15] == (
        "13/CIC/10.04.2025",
        "favorabil",
        datetime(2025, 4, 11),
    )
    annulled_row = next(r for r in sheet.iter_rows(min_row=3) if r[1].value == "6/03.02.2025")
    assert annulled_row[2].font.strike  # struck through, as in the printed book
    assert [r[0] for r in rows.values()] == list(range(1, 16))


def test_an_empty_year_still_has_its_header(petitions_core: CicCore, tmp_path: Path) -> None:
    path = tmp_path / "gol.xlsx"
    assert export_petitions_xlsx(petitions_core, 2024, path) == 0
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None and tuple(c.value for c in sheet[2]) == COLUMNS


def test_cancel_leaves_no_file(
    year_2025: CicCore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cic_desktop.render.xlsx import petitions_export

    monkeypatch.setattr(petitions_export, "STEP", 5)
    token = CancelToken()
    token.cancel()
    folder = tmp_path / "export"
    folder.mkdir()
    with pytest.raises(Cancelled):
        export_petitions_xlsx(year_2025, 2025, folder / "anulat.xlsx", cancel=token)
    assert list(folder.iterdir()) == []
