"""The day's dispatch list (borderou): the letters marked as sent that day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cic_desktop.core import CicCore
from cic_desktop.services.dispatch import DispatchService
from tests.cic_desktop.render.conftest import PETITIONER, Cases
from tests.cic_desktop.render.pdftools import (
    assert_diacritics,
    assert_fonts_embedded,
    flat,
    pdf_text,
    requires_poppler,
)


def send_two(core: CicCore, cases: Cases) -> date:
    today = core.clock.today()
    core.petitions.mark_sent(
        cases.answered, sent_on=today, channel="registered_post", registered_mail_no="RR123456789RO"
    )
    core.petitions.mark_sent(cases.forwarded, sent_on=today, channel="email")
    return today


def test_lines_are_the_letters_sent_that_day(
    doc_core: CicCore, dispatch: DispatchService, cases: Cases
) -> None:
    today = send_two(doc_core, cases)
    answered = doc_core.petitions.details(cases.answered)
    lines = dispatch.lines(today)
    assert [(line.recipient, line.document) for line in lines] == [
        (PETITIONER, "răspuns"),
        ("Ștefania Îndrieș", "notificare de redirecționare"),
    ]
    assert lines[0].number_text == answered.answer_number
    assert (lines[0].channel, lines[0].registered_mail_no, lines[0].registered) == (
        "poștă recomandată",
        "RR123456789RO",
        True,
    )
    assert dispatch.lines(date(2026, 11, 26)) == []


@requires_poppler
def test_printed_dispatch_list(
    doc_core: CicCore, dispatch: DispatchService, cases: Cases, tmp_path: Path
) -> None:
    today = send_two(doc_core, cases)
    path = dispatch.print_list(today, tmp_path / "borderou.pdf")
    text = flat(pdf_text(path))
    for expected in (
        "BORDEROU DE EXPEDIERE A CORESPONDENȚEI",
        "din data de 27.11.2026",
        "Nr. crt.",
        "Mod de expediere",
        "Semnătura",
        "Ștefania Îndrieș",
        "RR123456789RO",
        "e-mail",
        "Total: 2 trimiteri, din care 1 recomandată.",
        "Predat,",
        "Maria Ionescu",
    ):
        assert expected in text, expected
    assert_diacritics(text, "șțăâȘȚĂÎÂ")  # every one the list's content has (no „î” in it)
    assert_fonts_embedded(path)


@requires_poppler
def test_an_empty_day_still_prints(dispatch: DispatchService, tmp_path: Path) -> None:
    text = flat(pdf_text(dispatch.print_list(date(2026, 11, 26), tmp_path / "gol.pdf")))
    assert "Nu s-a expediat corespondență în această zi." in text
