"""Anexa 4, 5 and 6 (SPEC §1.8): blank and pre-filled, labels in order, fonts embedded."""

from __future__ import annotations

from pathlib import Path

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.render.pdf.forms_544 import (
    anexa4_from_request,
    build_anexa4_pdf,
    build_anexa5_pdf,
    build_anexa6_pdf,
    complaint_form_from_request,
)
from tests.cic_desktop.public_info.test_report_544 import build_year
from tests.cic_desktop.render.pdftools import (
    assert_diacritics,
    assert_fonts_embedded,
    flat,
    pdf_text,
    requires_poppler,
)

ANEXA4_ORDER = (
    "Denumirea autorității sau instituției publice",
    "Sediul/Adresa",
    "Data",
    "Stimate domnule/Stimată doamnă",
    "Prin prezenta formulez o cerere conform Legii nr. 544/2001",
    "Doresc ca informațiile solicitate să îmi fie furnizate:",
    "Pe e-mail, la adresa",
    "Pe e-mail în format editabil:",
    "Pe format de hârtie, la adresa",
    "Sunt dispus să plătesc costurile aferente serviciilor de copiere",
    "Vă mulțumesc pentru solicitudine,",
    "(semnătura petentului)",
    "Numele și prenumele petentului",
    "Adresa",
    "E-mail",
    "Profesia (opțional)",
    "Telefon (opțional)",
    "Fax (opțional)",
)


@requires_poppler
def test_blank_forms(tmp_path: Path) -> None:
    text = flat(pdf_text(build_anexa4_pdf(tmp_path / "a4.pdf")))
    position = 0
    for label in ANEXA4_ORDER:
        found = text.find(label, position)
        assert found >= 0, label
        position = found
    assert_diacritics(text, "șțăîâ")
    assert_fonts_embedded(tmp_path / "a4.pdf")
    five = flat(pdf_text(build_anexa5_pdf(tmp_path / "a5.pdf")))
    six = flat(pdf_text(build_anexa6_pdf(tmp_path / "a6.pdf")))
    assert "RECLAMAȚIE ADMINISTRATIVĂ (1)" in five and "răspuns negativ" in five
    assert "RECLAMAȚIE ADMINISTRATIVĂ (2)" in six and "termenul legal" in six
    for form in (five, six):
        assert "Numele și adresa petentului" in form and "Fax" in form
    assert_fonts_embedded(tmp_path / "a6.pdf")


@requires_poppler
def test_prefilled_forms(configured_core: CicCore, clock: FixedClock, tmp_path: Path) -> None:
    year = build_year(configured_core, clock)
    data = anexa4_from_request(configured_core, year.ids["R1"])
    assert data.delivery == "paper" and data.name == "Ion Popescu"
    text = flat(pdf_text(build_anexa4_pdf(tmp_path / "a4.pdf", data)))
    assert "Primăria comunei Sânmartin, județul Bihor" in text
    assert "☒ Pe format de hârtie, la adresa Str. Morii nr. 3, Sânmartin" in text
    complaint = complaint_form_from_request(configured_core, year.ids["R7"])
    assert (complaint.request_number, complaint.request_date) == ("7", "10.03.2025")
    assert complaint.answer_date == "12.03.2025"
    five = flat(pdf_text(build_anexa5_pdf(tmp_path / "a5.pdf", complaint)))
    assert "cererea nr. 7 din data de 10.03.2025" in five
    assert "Fișele medicale ale angajaților" in five
