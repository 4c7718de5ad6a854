"""Letter templates (default, edited, reset), drafts from the case, and the printed letters."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cic_desktop import paths
from cic_desktop.core import CicCore
from cic_desktop.errors import ValidationError
from cic_desktop.services.letters import (
    EMPTY_VALUE,
    LETTER_KINDS,
    PLACEHOLDERS,
    LettersService,
    default_template,
    template_code,
    unknown_placeholders,
)
from tests.cic_desktop.render.conftest import ADDRESS, PETITIONER, Cases
from tests.cic_desktop.render.pdftools import (
    assert_diacritics,
    assert_fonts_embedded,
    flat,
    pdf_text,
    requires_poppler,
)

ANSWER = "petition_answer"


def test_template_default_edited_and_reset(letters: LettersService) -> None:
    shipped = paths.resource("templates", "letters", f"{ANSWER}.txt").read_text(encoding="utf-8")
    assert letters.template(ANSWER) == shipped == default_template(ANSWER)
    edited = "Stimate domn,\n\nVă răspundem la petiția nr. {{numar_inregistrare}}.\n\nCu stimă,"
    letters.save_template(ANSWER, edited)
    assert letters.template(ANSWER) == edited
    assert {t.code: t.customized for t in letters.templates()}[ANSWER] is True
    assert letters.reset_template(ANSWER) == shipped
    assert letters.template(ANSWER) == shipped
    assert not any(t.customized for t in letters.templates())
    with pytest.raises(ValidationError):
        letters.save_template("petition_nu_exista", "text")
    with pytest.raises(ValidationError):
        letters.save_template(ANSWER, "   ")


def test_draft_is_filled_from_the_case(
    doc_core: CicCore, letters: LettersService, cases: Cases
) -> None:
    details = doc_core.petitions.details(cases.answered)
    draft = letters.draft(cases.answered, "answer")
    assert "{{" not in draft
    assert f"nr. {details.number_text}" in draft
    assert "„Solicit repararea drumului comunal DC 12" in draft
    assert "Drumul comunal DC 12 va fi reparat în primăvara anului 2027." in draft
    assert "soluționată favorabil" in draft
    assert "Temei legal: art. 8 și art. 13 din OG nr. 27/2002; HCL nr. 12/2026" in draft
    extension = letters.draft(cases.extended, "extension_notice")
    assert (
        "prelungit cu 15 zile, până la data de" in extension and "verificare pe teren" in extension
    )
    forward = letters.draft(cases.forwarded, "forward_notice")
    assert "Consiliul Județean Bihor" in forward and "art. 6¹" in forward
    cover = letters.draft(cases.forwarded, "forward_cover")
    assert "petiția formulată de Ștefania Îndrieș" in cover and "(3 file, 1 anexă)" in cover
    filing = letters.draft(cases.filed, "filing_notice")
    assert "petiția a fost retrasă de petiționară" in filing


def test_a_value_not_yet_known_leaves_a_place_to_fill(
    letters: LettersService, cases: Cases
) -> None:
    draft = letters.draft(cases.extended, "answer")  # no answer recorded yet
    assert EMPTY_VALUE in draft


def test_draft_returns_the_letter_saved_with_the_case(
    doc_core: CicCore, letters: LettersService, cases: Cases
) -> None:
    letters.save(cases.extended, "extension_notice", "Textul modificat de funcționar, cu ș și ț.")
    assert letters.draft(cases.extended, "extension_notice") == (
        "Textul modificat de funcționar, cu ș și ț."
    )
    assert letters.draft(cases.extended, "answer") != letters.draft(
        cases.extended, "extension_notice"
    )


@requires_poppler
def test_unknown_placeholder_stays_visible(
    letters: LettersService, cases: Cases, tmp_path: Path
) -> None:
    letters.save_template(
        template_code("forward_notice"),
        "Petiția nr. {{numar_inregistrare}} a fost transmisă către {{institutia_competenta}}.",
    )
    draft = letters.draft(cases.forwarded, "forward_notice")
    assert "{{institutia_competenta}}" in draft and "{{numar_inregistrare}}" not in draft
    assert unknown_placeholders(draft) == ["institutia_competenta"]
    path = letters.print_letter(cases.forwarded, "forward_notice", tmp_path / "n.pdf")
    assert "{{institutia_competenta}}" in pdf_text(path)


def test_default_templates_use_only_known_placeholders_all_documented() -> None:
    readme = paths.resource("templates", "letters", "README.md").read_text(encoding="utf-8")
    for kind in LETTER_KINDS:
        text = default_template(template_code(kind))
        assert unknown_placeholders(text) == [], kind
        assert "ş" not in text and "ţ" not in text
    documented = set(re.findall(r"^\| `\{\{(\w+)\}\}` \|", readme, re.MULTILINE))
    from cic_desktop.services.letters_544 import PLACEHOLDERS_544

    assert set(PLACEHOLDERS) <= documented <= set(PLACEHOLDERS) | set(PLACEHOLDERS_544)
    missing = [name for name in PLACEHOLDERS_544 if "{{" + name + "}}" not in readme]
    assert missing == []


@requires_poppler
def test_answer_letter_has_letterhead_two_signatures_and_legal_basis(
    doc_core: CicCore, letters: LettersService, cases: Cases, tmp_path: Path
) -> None:
    details = doc_core.petitions.details(cases.answered)
    path = letters.print_letter(cases.answered, "answer", tmp_path / "raspuns.pdf")
    text = flat(pdf_text(path))
    for expected in (
        "ROMÂNIA",
        "JUDEȚUL BIHOR",
        "PRIMĂRIA COMUNEI SÂNMARTIN",
        "CIF 4251234",
        f"Nr. {details.answer_number}",
        PETITIONER,
        ADDRESS.split(",")[0],
        f"Răspuns la petiția nr. {details.number_text}",
        "Temei legal: art. 8 și art. 13 din OG nr. 27/2002; HCL nr. 12/2026",
        "PRIMAR,",
        "Ion Țurcanu",
        "ȘEF COMPARTIMENT,",
        "Urbanism și amenajarea teritoriului",
        "Radu Georgescu",
        "L.S.",
    ):
        assert expected in text, expected
    assert text.count("Temei legal") == 1
    assert_diacritics(text)
    assert_fonts_embedded(path)


@requires_poppler
def test_legal_basis_is_added_when_the_clerk_removed_it(
    letters: LettersService, cases: Cases, tmp_path: Path
) -> None:
    body = "Stimate domn,\n\nVă comunicăm că drumul va fi reparat.\n\nCu stimă,"
    path = letters.print_letter(cases.answered, "answer", tmp_path / "r.pdf", body=body)
    text = flat(pdf_text(path))
    assert "Temei legal: art. 8 și art. 13 din OG nr. 27/2002" in text
    assert text.index("Temei legal") < text.index("Cu stimă,")


def test_answer_cannot_be_printed_without_its_legal_basis(
    letters: LettersService, cases: Cases, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="temeiul legal"):
        letters.print_letter(cases.extended, "answer", tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


@requires_poppler
@pytest.mark.parametrize(
    ("kind", "case", "expected"),
    [
        ("forward_notice", "forwarded", "Consiliul Județean Bihor"),
        ("forward_cover", "forwarded", "spre competentă soluționare"),
        ("extension_notice", "extended", "prelungit cu 15 zile"),
        ("filing_notice", "filed", "a fost clasată"),
    ],
)
def test_notices_print_with_the_outgoing_number_and_the_clerk(
    doc_core: CicCore,
    letters: LettersService,
    cases: Cases,
    tmp_path: Path,
    kind: str,
    case: str,
    expected: str,
) -> None:
    entry_id = getattr(cases, case)
    details = doc_core.petitions.details(entry_id)
    path = letters.print_letter(entry_id, kind, tmp_path / f"{kind}.pdf")
    text = flat(pdf_text(path))
    assert expected in text
    assert f"Nr. {details.number_text}" in text  # partidă: same number, the notice's date
    assert "PRIMAR," in text and "Întocmit," in text and "Maria Ionescu" in text
    assert_diacritics(text, "șțăîâȘȚĂÎÂ")
    assert_fonts_embedded(path)


def test_cover_letter_is_kept_with_the_case_once_the_kind_is_known(
    letters: LettersService, cases: Cases
) -> None:
    """`forward_cover` needs LetterKind.FORWARD_COVER (db/enums.py) to be saved with the case."""
    from db.enums import LetterKind

    if "forward_cover" not in {k.value for k in LetterKind}:
        with pytest.raises(ValidationError):
            letters.save(cases.forwarded, "forward_cover", "Adresa de înaintare.")
        pytest.skip("LetterKind.FORWARD_COVER is not in db/enums.py yet")
    letters.save(cases.forwarded, "forward_cover", "Adresa de înaintare.")
    assert letters.draft(cases.forwarded, "forward_cover") == "Adresa de înaintare."


@requires_poppler
@pytest.mark.parametrize("readable", [True, False])
def test_letterhead_prints_the_logo_and_survives_a_damaged_one(
    doc_core: CicCore, letters: LettersService, cases: Cases, tmp_path: Path, readable: bool
) -> None:
    import io
    import subprocess
    from dataclasses import replace

    from PIL import Image

    logo = io.BytesIO()
    Image.new("RGB", (60, 80), (200, 30, 30)).save(logo, format="PNG")
    data = logo.getvalue() if readable else b"\x89PNG not really"
    doc_core.settings.save_institution(replace(doc_core.settings.institution(), logo=data))
    path = letters.print_letter(cases.forwarded, "forward_notice", tmp_path / "n.pdf")
    images = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(images) == (1 if readable else 0)
    assert "PRIMĂRIA COMUNEI SÂNMARTIN" in pdf_text(path)
