"""Letters about 544 requests: drafts filled from the request, printed on letterhead."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.errors import ValidationError
from cic_desktop.services.letters import default_template, unknown_placeholders
from cic_desktop.services.letters_544 import KINDS, PLACEHOLDERS_544, Letters544, template_code
from tests.cic_desktop.public_info.test_report_544 import build_year
from tests.cic_desktop.render.pdftools import (
    assert_diacritics,
    assert_fonts_embedded,
    flat,
    pdf_text,
    requires_poppler,
)


def test_templates_use_known_placeholders_only() -> None:
    for kind in KINDS:
        text = default_template(template_code(kind))
        names = re.findall(r"\{\{\s*([^{}\s]+)\s*\}\}", text)
        assert names and all(n in PLACEHOLDERS_544 for n in names), (kind, names)
        assert "ş" not in text and "ţ" not in text
    assert unknown_placeholders("{{comuna}}") == []
    with pytest.raises(ValidationError):
        template_code("nope")


def test_drafts(configured_core: CicCore, clock: FixedClock) -> None:
    year = build_year(configured_core, clock)
    letters = Letters544(configured_core)
    refusal = letters.draft(year.ids["R7"], "refusal")
    assert "art. 12 alin. (1) lit. d) din Legea nr. 544/2001" in refusal
    assert "date cu caracter personal" in refusal
    assert "reclamație administrativă" in refusal and "30 de zile" in refusal
    assert "art. 21" in refusal and "art. 22" in refusal and "Tribunalul Bihor" in refusal
    assert "contencios administrativ" in refusal
    nonexistent = letters.draft(year.ids["R8"], "refusal")
    assert "nu există în evidențele instituției" in nonexistent
    other = letters.draft(year.ids["R9"], "refusal")
    assert "nu privește informații deținute" in other
    answer = letters.draft(year.ids["R1"], "answer")
    assert "1/10.03.2025" in answer and "25 pagini, 15,00 lei" in answer
    assert "format hârtie" in answer
    notice = letters.draft(year.ids["R2"], "extension_notice")
    assert "10.04.2025" in notice
    redirect = letters.draft(year.ids["R6"], "redirect_notice")
    assert "Direcția Silvică Argeș" in redirect and "14.03.2025" in redirect
    complaint = letters.draft(year.complaints[0], "complaint_answer")
    assert "14/05.05.2025" in complaint and "respinsă" in complaint and "7/10.03.2025" in complaint
    partial = letters.draft(year.ids["R12"], "answer")
    assert "CNP-urile beneficiarilor" in partial


@requires_poppler
def test_printed_refusal(configured_core: CicCore, clock: FixedClock, tmp_path: Path) -> None:
    year = build_year(configured_core, clock)
    path = Letters544(configured_core).print_letter(
        year.ids["R7"], "refusal", tmp_path / "refuz.pdf"
    )
    assert_fonts_embedded(path)
    text = flat(pdf_text(path))
    assert_diacritics(text, "șțăîâ")
    assert "Nr. 7/12.03.2025" in text
    assert "Solicitarea de informații de interes public nr. 7/10.03.2025" in text
    assert "art. 12 alin. (1) lit. d)" in text and "Ion Țurcanu" in text
