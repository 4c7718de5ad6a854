"""The registration receipt (SPEC §6): two half-page copies, every mandatory element."""

from __future__ import annotations

from pathlib import Path

from cic_desktop.core import CicCore
from cic_desktop.render.pdf.receipt import ReceiptData, build_receipt_pdf, receipt_text
from cic_desktop.services.letters import LettersService
from tests.cic_desktop.render.conftest import ADDRESS, DPO, PETITIONER, Cases
from tests.cic_desktop.render.pdftools import (
    assert_diacritics,
    assert_fonts_embedded,
    flat,
    pdf_pages,
    pdf_text,
    requires_poppler,
)

pytestmark = requires_poppler


def test_receipt_has_both_copies_and_every_element(
    doc_core: CicCore, letters: LettersService, cases: Cases, tmp_path: Path
) -> None:
    details = doc_core.petitions.details(cases.answered)
    path = letters.print_receipt(cases.answered, tmp_path / "confirmare.pdf")
    text = pdf_text(path)
    assert pdf_pages(path) == 1
    assert text.count("CONFIRMARE DE ÎNREGISTRARE") == 2
    assert "Exemplar pentru petent" in text and "Exemplar pentru dosar" in text
    assert "Decupați aici" in text
    for expected in (
        "Primăria comunei Sânmartin, județul Bihor",
        "CIF 4251234",
        "Str. Principală nr. 1",
        f"{details.number_text}, ora 09:00",
        "petiție (OG nr. 27/2002)",
        PETITIONER,
        "3 file, 1 anexă",
        "30 de zile (art. 8 din OG nr. 27/2002)",
        "28.12.2026 (luni)",  # the computed legal deadline of a petition of 27.11.2026
        "prin poștă, la adresa:",
        "0259 123 456",
        "cic@sanmartin.ro",
        "Maria Ionescu",
        "Semnătura",
        "L.S.",
        "Regulamentul (UE) 2016/679",
    ):
        assert flat(text).count(expected) >= 2, expected  # in both copies
    assert flat(text).count(ADDRESS) == 2
    assert flat(text).count(DPO) == 2
    assert_diacritics(text)
    assert_fonts_embedded(path)


def test_receipt_text_for_an_email_reply(letters: LettersService, cases: Cases) -> None:
    text = letters.receipt_text(cases.by_email)
    assert text.startswith("Primăria comunei Sânmartin, județul Bihor")
    assert "CONFIRMARE DE ÎNREGISTRARE" in text
    assert "Răspunsul va fi transmis: prin e-mail, la adresa ioana.taranescu@example.ro" in text
    assert "Termenul legal de răspuns: 30 de zile (art. 8 din OG nr. 27/2002)" in text
    assert "Vă rugăm să indicați numărul de înregistrare" in text
    assert "Maria Ionescu" in text and "dpo@sanmartin.ro" in text


def test_receipt_is_general_over_registers(doc_core: CicCore, tmp_path: Path) -> None:
    """Another register passes its own document type and term; an anonymous sender is fine."""
    data = ReceiptData(
        institution=doc_core.settings.institution(),
        number_text="77/27.11.2026",
        registered_at=doc_core.clock.today(),
        document_type="cerere de informații de interes public (Legea nr. 544/2001)",
        subject="Copie după contractul de deszăpezire " + "ș" * 600,
        petitioner="",
        clerk="",
        term_text="10 zile (art. 7 din Legea nr. 544/2001)",
    )
    text = pdf_text(build_receipt_pdf(data, tmp_path / "r.pdf"))
    assert "cerere de informații de interes public (Legea nr. 544/2001)" in text
    assert "10 zile (art. 7 din Legea nr. 544/2001)" in text
    assert "77/27.11.2026" in text and "ora" not in text.split("77/27.11.2026")[1][:8]
    assert "…" in receipt_text(data)  # a very long subject is shortened
