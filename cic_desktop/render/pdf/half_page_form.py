"""Half-A4 forms printed twice on one sheet (citizen's copy above, file copy below, cut line
between): the registration receipt and the audience sign-up slip share this layout so that a
citizen gets the same kind of paper from every register."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from cic_desktop.dto import InstitutionData
from cic_desktop.render.pdf.common import PRODUCER, atomic_output, esc, styles
from cic_desktop.render.pdf.letterhead import compact_letterhead

LABEL_WIDTH = 44 * mm
SIGNATURE_LINE = "Semnătura .............................."

CopyFlowables = Callable[[str, float], list[Flowable]]


def copy_head(institution: InstitutionData, copy_label: str, width: float) -> Table:
    """The compact letterhead with „Exemplar pentru …” on the right, ruled below."""
    st = styles()
    copy_style = ParagraphStyle("hp_copy", parent=st.right, fontName=st.bold, fontSize=8.5)
    return Table(
        [[compact_letterhead(institution), Paragraph(esc(copy_label), copy_style)]],
        colWidths=[width * 0.72, width * 0.28],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
            ]
        ),
    )


def fields_table(
    fields: Sequence[tuple[str, str]], width: float, emphasised: Collection[int]
) -> Table:
    """(label, value) rows, grey labels on the left; the rows in `emphasised` in bold."""
    st = styles()
    label_style = ParagraphStyle(
        "hp_label", parent=st.small, textColor=colors.Color(0.25, 0.25, 0.25)
    )
    value_style = ParagraphStyle("hp_value", parent=st.cell, fontSize=9, leading=11.2)
    strong = ParagraphStyle("hp_strong", parent=value_style, fontName=st.bold, fontSize=10)
    rows = [
        [
            Paragraph(esc(label), label_style),
            Paragraph(esc(value), strong if i in emphasised else value_style),
        ]
        for i, (label, value) in enumerate(fields)
    ]
    return Table(
        rows,
        colWidths=[LABEL_WIDTH, width - LABEL_WIDTH],
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.Color(0.75, 0.75, 0.75)),
            ]
        ),
    )


def signer_block(caption: str, name: str, gap: float) -> list[Flowable]:
    """„Am înscris,” / the name in bold / room for the signature."""
    st = styles()
    return [
        Paragraph(caption, st.small),
        Paragraph(esc(name), st.cell_bold),
        Spacer(1, gap),
        Paragraph(SIGNATURE_LINE, st.small),
    ]


def form_copy(
    head: Flowable, title: str, body: Flowable, sign: Flowable, notes: Sequence[str]
) -> list[Flowable]:
    """One copy top to bottom: head, title, fields, signatures, small print (GDPR, model)."""
    st = styles()
    title_style = ParagraphStyle(
        "hp_title", parent=st.title, fontSize=12.5, leading=15, spaceAfter=0
    )
    tiny = ParagraphStyle("hp_tiny", parent=st.tiny, fontSize=6.5, leading=7.8)
    return [
        head,
        Spacer(1, 3 * mm),
        Paragraph(esc(title.upper()), title_style),
        Spacer(1, 2.5 * mm),
        body,
        Spacer(1, 3 * mm),
        sign,
        Spacer(1, 2 * mm),
        *(Paragraph(esc(note), tiny) for note in notes),
    ]


def cut_line(canv: Canvas, y: float, width: float) -> None:
    st = styles()
    canv.saveState()
    canv.setDash(3, 3)
    canv.setLineWidth(0.5)
    canv.line(8 * mm, y, width - 8 * mm, y)
    canv.setDash()
    canv.setFont(st.regular, 7)
    label = "✂ Decupați aici"
    text_w = canv.stringWidth(label, st.regular, 7) + 4
    canv.setFillColor(colors.white)
    canv.rect(width / 2 - text_w / 2, y - 4, text_w, 8, stroke=0, fill=1)
    canv.setFillColor(colors.black)
    canv.drawCentredString(width / 2, y - 2.4, label)
    canv.restoreState()


def build_two_copies_pdf(
    path: str | Path, doc_title: str, copies: Sequence[str], copy_flowables: CopyFlowables
) -> Path:
    """One A4 page: the first copy on the top half, the second below, a cut line between;
    each copy shrinks to fit its half."""
    styles()  # registers the fonts before the canvas picks its default font
    page_w, page_h = A4
    margin_x, margin_y = 15 * mm, 9 * mm
    half = page_h / 2
    width = page_w - 2 * margin_x
    with atomic_output(path) as partial:
        canv = Canvas(str(partial), pagesize=A4, pageCompression=1)
        canv.setTitle(doc_title)
        canv.setAuthor(PRODUCER)
        canv.setCreator(PRODUCER)
        for index, copy_label in enumerate(copies):
            bottom = half if index == 0 else 0
            frame = Frame(
                margin_x,
                bottom + margin_y,
                width,
                half - 2 * margin_y,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            content = KeepInFrame(
                width, half - 2 * margin_y, copy_flowables(copy_label, width), mode="shrink"
            )
            frame.addFromList([content], canv)
        cut_line(canv, half, page_w)
        canv.showPage()
        canv.save()
    return Path(path)
