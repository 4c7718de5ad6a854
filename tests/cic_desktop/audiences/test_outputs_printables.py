"""The printables of audiences, read back with pdftotext: slip, day list, note, public notice."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.errors import ValidationError
from tests.cic_desktop.audiences.outputs_scenario import build
from tests.cic_desktop.render.pdftools import (
    assert_fonts_embedded,
    flat,
    pdf_pages,
    pdf_text,
    requires_poppler,
)

pytestmark = requires_poppler


def test_signup_slip_has_both_copies_and_the_appointment(
    configured_core: CicCore, clock: FixedClock, tmp_path: Path
) -> None:
    sc = build(configured_core, clock)
    path = configured_core.audience_outputs.print_signup_slip(sc.department, tmp_path / "s.pdf")
    text = flat(pdf_text(path))
    assert pdf_pages(path) == 1
    assert text.count("FORMULAR DE ÎNSCRIERE ÎN AUDIENȚĂ") == 2
    assert "Exemplar pentru solicitant" in text and "Exemplar pentru dosar" in text
    number = configured_core.audiences.details(sc.department).entry.number_text
    assert number == "2/02.11.2026" and number in text
    assert "Ion Țurcanu, primar" in text
    assert "miercuri, 4 noiembrie 2026, ora 09:20" in text
    assert "Biroul primarului" in text and "Sat Fântânele nr. 8" in text
    assert "45/03.11.2026" in text and "actul de identitate" in text
    assert "Regulamentul (UE) 2016/679" in text and "Maria Ionescu" in text
    assert_fonts_embedded(path)


def test_day_list_has_a_section_per_official_with_blank_columns(
    configured_core: CicCore, clock: FixedClock, tmp_path: Path
) -> None:
    sc = build(configured_core, clock)
    out = configured_core.audience_outputs
    path = out.print_day_list(sc.day, tmp_path / "zi.pdf")
    text = flat(pdf_text(path))
    assert "LISTA AUDIENȚELOR DIN ZIUA DE 04.11.2026" in text
    assert "Audiențe acordate de Ion Țurcanu, primar – Biroul primarului" in text
    for header in ("Nr. crt.", "Ora", "Prezent", "Rezoluția", "Nr. cerere anterioară"):
        assert header in text
    # Present, absent, converted and walk-in are listed; annulled and moved away are not.
    for name in ("Ștefan Popescu", "Gheorghe Ionescu", "Mihai Șerban", "Constantin Dumitru"):
        assert name in text
    assert "Elena Bălan" not in text and "Ioana Răducanu" not in text
    assert "fără programare" in text and "Primar," in text
    sections = out.day_sections(sc.day)
    assert [len(s.lines) for s in sections] == [5]
    assert [line.time for line in sections[0].lines] == [
        "09:00",
        "09:20",
        "09:40",
        "10:20",
        "11:40",
    ]
    by_name = {line.name: line for line in sections[0].lines}
    assert by_name["Ana-Maria Țîrlea"].address == "Sat Fântânele nr. 8"
    assert "Sat Fântânele nr. 8" in text
    moved = out.day_sections(date(2026, 11, 11))[0].lines
    assert moved[0].note == "amânată de la 04.11.2026 10:00"
    empty = out.print_day_list(date(2026, 11, 5), tmp_path / "gol.pdf")
    assert "Nu sunt audiențe programate" in flat(pdf_text(empty))


def test_audience_note_carries_the_instruction_to_the_department(
    configured_core: CicCore, clock: FixedClock, tmp_path: Path
) -> None:
    sc = build(configured_core, clock)
    out = configured_core.audience_outputs
    path = out.print_audience_note(sc.department, tmp_path / "n.pdf")
    text = flat(pdf_text(path))
    assert "NOTĂ DE AUDIENȚĂ" in text
    assert "Către: Urbanism și amenajarea teritoriului" in text
    assert "Verificare pe teren și notificarea vecinului." in text
    assert "Radu Georgescu, urbanism" in text and "20.11.2026 (vineri)" in text
    assert "Primar," in text and "Întocmit," in text and "Primit," in text
    with pytest.raises(ValidationError, match="rezoluția"):
        out.print_audience_note(sc.absent, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_public_notice_lists_the_programme_and_how_to_sign_up(
    configured_core: CicCore, clock: FixedClock, tmp_path: Path
) -> None:
    build(configured_core, clock)
    path = configured_core.audience_outputs.print_public_notice(tmp_path / "p.pdf")
    text = flat(pdf_text(path))
    assert "PROGRAMUL DE AUDIENȚE" in text
    assert "Ion Țurcanu" in text and "Elena Dumitrescu" in text
    assert "09:00–12:00" in text and "10:00–12:00" in text
    assert "Biroul primarului" in text and "Sala de ședințe" in text
    assert "Modul de înscriere" in text
    assert "La CIC, telefonic sau pe e-mail, cu cel puțin o zi înainte" in text
    assert "Date de contact pentru înscriere" in text
    assert "art. 5 alin. (1) lit. b) din Legea nr. 544/2001" in text
    for schedule in configured_core.audiences.schedules():
        day = schedule.description_ro.partition(f", {schedule.start_time}")[0]
        assert day and day in text
