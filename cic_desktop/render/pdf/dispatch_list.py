"""„Borderou de expediere”: the letters handed to the post office or courier on one day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cic_desktop.domain.dates_ro import count_ro, fmt
from cic_desktop.dto import InstitutionData
from cic_desktop.render.pdf.common import (
    Signature,
    atomic_output,
    doc_info,
    esc,
    signature_table,
    styles,
)
from cic_desktop.render.pdf.letterhead import letterhead

TITLE = "Borderou de expediere a corespondenței"
COLUMNS = (
    "Nr. crt.",
    "Nr. și data",
    "Destinatar",
    "Adresa",
    "Mod de expediere",
    "Nr. recomandată",
    "Semnătura",
)
WIDTHS_MM = (10, 25, 33, 45, 22, 29, 22)
MARGINS = 15 * mm, 12 * mm, 12 * mm, 15 * mm  # left, right, top, bottom


@dataclass(frozen=True)
class DispatchLine:
    number_text: str  # the outgoing letter's number and date
    document: str  # „răspuns”, „notificare de redirecționare” …
    recipient: str
    address: str
    channel: str  # Romanian label
    registered_mail_no: str = ""
    registered: bool = False


def build_dispatch_list(
    path: str | Path,
    institution: InstitutionData,
    day: date,
    lines: Sequence[DispatchLine],
    *,
    handed_by: str = "",
) -> Path:
    st = styles()
    left, right, top, bottom = MARGINS
    width = A4[0] - left - right
    scale = width / (sum(WIDTHS_MM) * mm)
    col_widths = [w * mm * scale for w in WIDTHS_MM]
    head_style = ParagraphStyle(
        "dl_head", parent=st.cell_bold, fontSize=8, leading=9.5, alignment=TA_CENTER
    )
    cell = ParagraphStyle("dl_cell", parent=st.cell, fontSize=8.5, leading=10.2)
    small = ParagraphStyle(
        "dl_small", parent=st.cell, fontSize=7, leading=8.5, textColor=st.tiny.textColor
    )
    data: list[list[Any]] = [[Paragraph(esc(c), head_style) for c in COLUMNS]]
    for i, line in enumerate(lines, start=1):
        data.append(
            [
                str(i),
                [Paragraph(esc(line.number_text), cell), Paragraph(esc(line.document), small)],
                Paragraph(esc(line.recipient), cell),
                Paragraph(esc(line.address), cell),
                Paragraph(esc(line.channel), cell),
                Paragraph(esc(line.registered_mail_no), cell),
                "",
            ]
        )
    table = Table(
        data,
        colWidths=col_widths,
        repeatRows=1,
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 8.5, 10.2),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("ALIGN", (0, 1), (0, -1), "CENTRE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 1), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
            ]
        ),
    )
    registered = sum(1 for line in lines if line.registered)
    total = count_ro(len(lines), "trimitere", "trimiteri")
    summary = f"Total: {total}"
    if registered:
        summary += f", din care {count_ro(registered, 'recomandată', 'recomandate')}"
    story: list[Flowable] = letterhead(institution, width)
    story += [
        Paragraph(esc(TITLE.upper()), st.title),
        Paragraph(esc(f"din data de {fmt(day)}"), st.centered),
        Spacer(1, 6 * mm),
    ]
    if lines:
        story.append(table)
    else:
        story.append(Paragraph("Nu s-a expediat corespondență în această zi.", st.body))
    story += [
        Spacer(1, 4 * mm),
        Paragraph(esc(summary + "."), st.body),
        Spacer(1, 8 * mm),
        signature_table(
            [
                Signature("Predat,", handed_by, detail="Centrul de Informare pentru Cetățeni"),
                Signature("Primit,", "", detail="oficiul poștal / curierul (nume, ștampilă)"),
            ],
            width,
            gap=10,
        ),
    ]

    def footer(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(st.regular, 7)
        canv.setFillColor(st.tiny.textColor)
        canv.drawString(left, 8 * mm, f"{institution.display_name} · {TITLE} din {fmt(day)}")
        canv.drawRightString(A4[0] - right, 8 * mm, f"Pagina {doc.page}")
        canv.restoreState()

    with atomic_output(path) as partial:
        doc = SimpleDocTemplate(
            str(partial),
            pagesize=A4,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            **doc_info(f"{TITLE} din {fmt(day)}"),
        )
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return Path(path)
