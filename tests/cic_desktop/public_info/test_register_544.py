"""The 544 register (SPEC §1.9): rows, the `.xlsx` export with its verbal sheet, the registry book."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.registers.public_info_register import (
    COLUMNS,
    VERBAL_COLUMNS,
    count_rows,
    load_rows,
)
from cic_desktop.render.xlsx.public_info_export import export_public_info_xlsx
from tests.cic_desktop.public_info.test_public_info_service import request
from tests.cic_desktop.public_info.test_report_544 import build_year
from tests.cic_desktop.render.pdftools import (
    assert_diacritics,
    assert_fonts_embedded,
    flat,
    pdf_text,
    requires_poppler,
)

SPEC_COLUMNS = (
    "Nr. crt.",
    "Nr. și data înregistrării",
    "Data primirii",
    "Solicitant (nume și prenume / denumire)",
    "Tip solicitant",
    "Adresa / e-mail pentru răspuns",
    "Modalitatea de adresare",
    "Informația solicitată (pe scurt)",
    "Domeniul de interes",
    "Compartimentul / persoana care soluționează",
    "Termen de răspuns",
    "Notificare prelungire (nr./data)",
    "Nr. și data răspunsului",
    "Modul de soluționare",
    "Modul de comunicare a răspunsului",
    "Cost copiere (pagini / lei)",
    "Reclamație administrativă / plângere în instanță",
    "Observații",
)


def test_rows(configured_core: CicCore, clock: FixedClock) -> None:
    build_year(configured_core, clock)
    assert COLUMNS == SPEC_COLUMNS
    rows = load_rows(configured_core, 2025)
    assert count_rows(configured_core, 2025) == len(rows) == 12  # R10 moved to petitions
    assert [r.number for r in rows] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13]
    assert [r.index for r in rows] == list(range(1, 13))
    by = {r.number: r for r in rows}
    r1 = by[1]
    assert r1.cells()[1] == "1/10.03.2025" and r1.received_on is None
    assert r1.requester_kind == "persoană fizică" and r1.channel == "pe suport de hârtie"
    assert r1.copies == "25 / 15,00" and r1.outcome == "favorabil"
    assert r1.delivery == "format hârtie" and r1.answer_number == "1/14.03.2025"
    assert r1.legal_deadline == date(2025, 3, 21)
    assert by[2].notice == "2/18.03.2025" and by[2].legal_deadline == date(2025, 4, 10)
    assert by[3].requester_kind == "persoană juridică (instituție publică)"
    assert by[5].notice == "5/24.03.2025 (după termen)"
    assert by[6].outcome == "redirecționat" and "Direcția Silvică Argeș" in by[6].notes
    assert by[6].domain == "Altele: starea pădurilor"
    assert by[7].outcome == "respins – informații exceptate"
    assert "lit. d)" in by[7].notes and "date cu caracter personal" in by[7].notes
    assert by[7].remedies == (
        "reclamație nr. 14/05.05.2025: respinsă; "
        "plângere Tribunalul Argeș, dosar nr. 123/109/2025: în curs"
    )
    assert by[8].outcome == "respins – informații inexistente"
    assert by[8].remedies == "plângere Tribunalul Argeș: soluționată favorabil"
    assert by[9].outcome == "respins – alte motive"
    assert by[9].remedies == "reclamație nr. 15/05.05.2025: în curs"
    assert by[11].outcome == "" and by[11].answer_number == ""
    assert by[12].outcome == "favorabil (parțial)" and "CNP-urile" in by[12].notes
    assert by[13].annulled and by[13].notes.startswith("ANULAT – Înregistrare dublă")


def test_export_workbook(configured_core: CicCore, clock: FixedClock, tmp_path: Path) -> None:
    build_year(configured_core, clock)
    path = tmp_path / "registru_544.xlsx"
    assert export_public_info_xlsx(configured_core, 2025, path) == 12
    book = load_workbook(path)
    sheet, verbal = book.worksheets
    assert "Registrul de evidență a solicitărilor de informații de interes public" in str(
        sheet["A1"].value
    )
    assert tuple(c.value for c in sheet[2]) == SPEC_COLUMNS
    first = [c.value for c in sheet[3]]
    assert first[1] == "1/10.03.2025" and first[15] == "25 / 15,00"
    assert first[10].date() == date(2025, 3, 21)  # a real date
    last = sheet[sheet.max_row]
    assert last[17].value.startswith("ANULAT") and last[1].font.strike
    assert verbal.title == "Solicitări verbale"
    assert tuple(c.value for c in verbal[2]) == VERBAL_COLUMNS
    lines = [[c.value for c in row] for row in verbal.iter_rows(min_row=3)]
    assert len(lines) == 4
    assert lines[0][2] == "persoană fizică" and lines[0][4] == "răspuns pe loc"
    assert "înregistrată cu nr. 11/10.03.2025" in lines[3][4]


@requires_poppler
def test_registry_book(configured_core: CicCore, clock: FixedClock, tmp_path: Path) -> None:
    build_year(configured_core, clock)
    clock.advance_to(date(2026, 1, 5))
    path = tmp_path / "registru_544.pdf"
    rendered = configured_core.books.print_public_info_book(2025, path)
    assert rendered.rows == 12 and rendered.first_page == 1
    assert_fonts_embedded(path)
    text = flat(pdf_text(path))
    assert_diacritics(text, "șțăîâ")
    assert "Registrul de evidență a solicitărilor de informații de interes public" in text
    assert "Prezentul registru s-a încheiat" in text
    assert "Sigiliul jurnalului de audit" in text
    assert "ANULAT – Înregistrare dublă" in text
    assert configured_core.books.prints(2025, "public_info")[-1].last_index == 12


def test_book_prints_continue_as_the_register_fills(
    configured_core: CicCore, clock: FixedClock, tmp_path: Path
) -> None:
    core = configured_core
    clock.advance_to(date(2025, 3, 10))
    core.public_info.register(request())
    first = core.books.print_public_info_book(2025, tmp_path / "a.pdf")
    core.public_info.register(request(information="Bugetul local"))
    second = core.books.print_public_info_book(2025, tmp_path / "b.pdf")
    assert (second.first_index, second.first_page) == (2, first.last_page + 1)
    assert core.books.next_print(2025, "public_info").pending_rows == 0
