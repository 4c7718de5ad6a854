"""A letter on the town hall's letterhead: number line, addressee, body, signatures.

Answers to petitions carry two signature blocks (primar and head of the department) and the
mandatory „Temei legal” (OG 27/2002 art. 13).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.dto import InstitutionData
from cic_desktop.errors import ValidationError
from cic_desktop.render.pdf.common import (
    Signature,
    atomic_output,
    doc_info,
    esc,
    signature_table,
    styles,
)
from cic_desktop.render.pdf.letterhead import letterhead

if TYPE_CHECKING:
    from cic_desktop.core import CicCore
    from cic_desktop.dto_petitions import PetitionDetails

CIC_NAME = "Centrul de Informare pentru Cetățeni"
LEGAL_BASIS_LABEL = "Temei legal"
MARGINS = 20 * mm, 18 * mm, 15 * mm, 18 * mm  # left, right, top, bottom


@dataclass(frozen=True)
class LetterDocument:
    institution: InstitutionData
    number_line: str  # „Nr. 12/15.04.2026”
    addressee: Sequence[str]  # name first, then address lines
    reference: str  # „Răspuns la petiția nr. 12/20.03.2026”
    body: str
    signatures: Sequence[Signature]
    legal_basis: str | None = None  # printed as „Temei legal: …” when not None
    title: str = "Scrisoare"


def body_flowables(body: str, style: ParagraphStyle) -> list[Flowable]:
    """Paragraphs separated by blank lines; single line breaks kept."""
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", body.replace("\r\n", "\n"))]
    flowables: list[Flowable] = []
    for block in blocks:
        if not block.strip():
            continue
        text = esc(block)
        label = f"{LEGAL_BASIS_LABEL}:"
        if block.startswith(label):
            text = f"<b>{label}</b>{text[len(label) :]}"
        flowables.append(Paragraph(text, style))
    return flowables


def _ends_with_closing(body: str) -> bool:
    last = body.strip().rsplit("\n\n", 1)[-1].strip()
    return bool(last) and len(last) <= 40 and last.endswith(",")


def build_letter_pdf(letter: LetterDocument, path: str | Path) -> Path:
    st = styles()
    left, right, top, bottom = MARGINS
    width = A4[0] - left - right
    addressee_style = ParagraphStyle("addressee", parent=st.body, spaceAfter=0, leading=13.5)
    story: list[Flowable] = letterhead(letter.institution, width)
    addressee: list[Flowable] = [Paragraph("Către", st.label)]
    for i, line in enumerate(letter.addressee):
        addressee.append(Paragraph(esc(line), st.bold_text if i == 0 else addressee_style))
    head = Table(
        [[Paragraph(esc(letter.number_line), st.bold_text), addressee]],
        colWidths=[width * 0.45, width * 0.55],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
        hAlign="LEFT",
    )
    story += [head, Spacer(1, 9 * mm)]
    story.append(Paragraph(f"<b>Ref.:</b> {esc(letter.reference)}", st.body))
    story.append(Spacer(1, 3 * mm))
    paragraphs = body_flowables(letter.body, st.body_justified)
    if letter.legal_basis is not None:
        basis = letter.legal_basis.strip() or "……………"
        block = Paragraph(f"<b>{LEGAL_BASIS_LABEL}:</b> {esc(basis)}", st.body_justified)
        # Before the closing formula („Cu stimă,”) when the letter ends with one.
        at = len(paragraphs) - 1 if _ends_with_closing(letter.body) else len(paragraphs)
        paragraphs.insert(max(at, 0), block)
    story += paragraphs
    story.append(
        KeepTogether([Spacer(1, 10 * mm), signature_table(letter.signatures, width, gap=12)])
    )

    def footer(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(st.regular, 7)
        canv.setFillColor(st.tiny.textColor)
        canv.drawString(left, 10 * mm, f"{letter.institution.display_name} · {letter.number_line}")
        canv.drawRightString(A4[0] - right, 10 * mm, f"Pagina {doc.page}")
        canv.restoreState()

    with atomic_output(path) as partial:
        doc = SimpleDocTemplate(
            str(partial),
            pagesize=A4,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            **doc_info(f"{letter.title} – {letter.number_line}"),
        )
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return Path(path)


# -- petitions --------------------------------------------------------------------------------

# Letter kinds of a petition: the four of `LetterKind` plus the cover letter that goes with a
# forwarded petition to the competent institution (OG 27 art. 6^1).
FORWARD_COVER = "forward_cover"
LETTER_KINDS: dict[str, str] = {
    "answer": "Răspuns la petiție",
    "forward_notice": "Notificare de redirecționare (către petiționar)",
    FORWARD_COVER: "Adresă de înaintare către instituția competentă",
    "extension_notice": "Notificare de prelungire a termenului",
    "filing_notice": "Notificare de clasare",
}

_REFERENCES = {
    "answer": "Răspuns la petiția nr. {n}",
    "forward_notice": "Redirecționarea petiției nr. {n} către instituția competentă",
    "forward_cover": "Transmiterea petiției nr. {n} spre competentă soluționare",
    "extension_notice": "Prelungirea termenului de soluționare a petiției nr. {n}",
    "filing_notice": "Clasarea petiției nr. {n}",
}


def letter_date(d: PetitionDetails, kind: str, today: date) -> date:
    by_kind = {
        "answer": d.answered_on,
        "forward_notice": d.forwarded_on,
        FORWARD_COVER: d.forwarded_on,
        "extension_notice": d.extension_decided_on,
        "filing_notice": d.filed_on,
    }
    return by_kind.get(kind) or today


def outgoing_number(d: PetitionDetails, kind: str, today: date) -> str:
    """Partidă numbering: the petition's number with the letter's date (answers: as recorded)."""
    if kind == "answer" and d.answer_number:
        return d.answer_number
    base = d.number_text.rsplit("/", 1)[0]
    return f"{base}/{fmt(letter_date(d, kind, today))}"


def _addressee(d: PetitionDetails, kind: str) -> list[str]:
    if kind == "forward_cover":
        return [d.forwarded_to or "……………"]
    lines = [d.entry.correspondent_name or "……………"]
    if d.petitioner_address:
        lines += [part.strip() for part in d.petitioner_address.split("\n") if part.strip()]
    if d.petitioner_email and not d.petitioner_address:
        lines.append(f"e-mail: {d.petitioner_email}")
    return lines


def petition_letter(core: CicCore, entry_id: int, kind: str, body: str) -> LetterDocument:
    """Everything printed around the body of a petition letter, taken from the case."""
    if kind not in LETTER_KINDS:
        raise ValidationError("kind", "Tip de scrisoare necunoscut.")
    d = core.petitions.details(entry_id)
    today = core.clock.today()
    inst = core.settings.institution()
    mayor_data = core.settings.official_for("mayor", d.answered_on or today)
    mayor = d.signatory_mayor or (mayor_data.name if mayor_data else "")
    mayor_block = Signature("PRIMAR,", mayor, stamp=True)
    legal_basis = None
    if kind == "answer":
        if not d.legal_basis.strip():
            raise ValidationError(
                "legal_basis",
                "Răspunsul trebuie să menționeze temeiul legal (art. 13 din OG nr. 27/2002): "
                "consemnați soluționarea petiției, cu temeiul legal, înainte de tipărire.",
            )
        head = d.signatory_head or department_head(core, d)
        signatures = [
            mayor_block,
            Signature("ȘEF COMPARTIMENT,", head, detail=d.department_name),
        ]
        if LEGAL_BASIS_LABEL.lower() not in body.lower():
            legal_basis = d.legal_basis
    else:
        signatures = [mayor_block, Signature("Întocmit,", core.current_user_name, detail=CIC_NAME)]
    return LetterDocument(
        institution=inst,
        number_line=f"Nr. {outgoing_number(d, kind, today)}",
        addressee=_addressee(d, kind),
        reference=_REFERENCES[kind].format(n=d.number_text),
        body=body,
        signatures=signatures,
        legal_basis=legal_basis,
        title=LETTER_KINDS[kind],
    )


def department_head(core: CicCore, d: PetitionDetails) -> str:
    for department in core.settings.departments(include_inactive=True):
        if department.id == d.department_id:
            return department.head_name
    return ""


def render_letter_pdf(core: CicCore, entry_id: int, kind: str, body: str, path: str | Path) -> Path:
    """Print a petition letter (the clerk's edited `body`) on the town hall's letterhead."""
    return build_letter_pdf(petition_letter(core, entry_id, kind, body), path)
