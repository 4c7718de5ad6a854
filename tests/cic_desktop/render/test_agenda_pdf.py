"""„Agenda zilei” stays one page however busy the day, and says how many lines it left out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cic_desktop.agenda.model import Agenda, AgendaGroup, AgendaLine
from cic_desktop.render.pdf.agenda import write_agenda_pdf
from tests.cic_desktop.render.pdftools import flat, pdf_pages, pdf_text, requires_poppler

DAY = date(2026, 11, 27)


def _lines(count: int, start: int) -> tuple[AgendaLine, ...]:
    return tuple(
        AgendaLine(
            start + i,
            "petitions",
            f"{start + i}/02.11.2026",
            "Ștefan Popescu",
            "Solicită repararea drumului comunal DC 12 din satul Fântânele, după ploi",
            DAY,
            "termen legal 27.11.2026",
        )
        for i in range(count)
    )


@requires_poppler
def test_a_normal_day_prints_every_line(tmp_path: Path) -> None:
    agenda = Agenda(DAY, {AgendaGroup.OVERDUE: _lines(3, 1), AgendaGroup.TO_SEND: _lines(2, 10)})
    path = write_agenda_pdf(agenda, "Primăria comunei Valea Mare", tmp_path / "a.pdf")
    text = flat(pdf_text(path))
    assert "Agenda zilei" in text and "Termen depășit (3)" in text
    assert all(f"{n}/02.11.2026" in text for n in (1, 2, 3, 10, 11))
    assert "și încă" not in text
    assert pdf_pages(path) == 1


@requires_poppler
def test_a_huge_day_stays_on_one_page_and_counts_what_it_left_out(tmp_path: Path) -> None:
    agenda = Agenda(
        DAY,
        {AgendaGroup.OVERDUE: _lines(5000, 1), AgendaGroup.LAST_LEGAL_DAY: _lines(40, 9000)},
    )
    path = write_agenda_pdf(agenda, "Primăria comunei Valea Mare", tmp_path / "a.pdf")
    text = flat(pdf_text(path))
    assert pdf_pages(path) == 1
    assert "Termen depășit (5000)" in text and "Ultima zi legală (40)" in text
    assert "1/02.11.2026" in text and "9000/02.11.2026" in text
    assert "și încă" in text
