"""„Lista audiențelor din ziua de …”: the official's working sheet („foaia de audiențe”).

One section per official (each on its own page): the sign-ups in order of the hour, with the
„Prezent” and „Rezoluția” columns left blank for handwriting, and a signature line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cic_desktop.domain.dates_ro import fmt, long_date_ro
from cic_desktop.dto import InstitutionData
from cic_desktop.render.pdf.common import (
    Signature,
    esc,
    signature_table,
    styles,
    write_story,
)
from cic_desktop.render.pdf.letterhead import letterhead

PAGE = landscape(A4)
MARGIN = 12 * mm
HEADERS = (
    "Nr. crt.",
    "Ora",
    "Nr. înscriere",
    "Numele și prenumele",
    "Localitatea / adresa",
    "Problema prezentată",
    "Nr. cerere anterioară",
    "Prezent",
    "Rezoluția",
)
# Millimetres; scaled to the printable width.
WIDTHS = (12, 12, 30, 38, 36, 60, 30, 19, 62)


@dataclass(frozen=True)
class DayListLine:
    time: str  # „09:20”, or „—” for a walk-in without an hour
    number_text: str
    name: str
    address: str
    subject: str
    previous_number: str
    note: str = ""  # „fără programare”, „amânat de la 14.01.2026”


@dataclass(frozen=True)
class DayListSection:
    official: str  # „Ion Țurcanu, primar”
    role_title: str  # „Primar,” above the signature
    place: str
    lines: Sequence[DayListLine]


def title_text(day: date) -> str:
    return f"Lista audiențelor din ziua de {fmt(day)}"


def _section(
    inst: InstitutionData, day: date, section: DayListSection, width: float
) -> list[Flowable]:
    st = styles()
    cell = ParagraphStyle("dl_cell", parent=st.cell, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("dl_head", parent=st.cell_bold, fontSize=8, leading=9.6, alignment=1)
    scale = width / sum(WIDTHS)
    widths = [w * scale for w in WIDTHS]
    data: list[list[object]] = [[Paragraph(esc(h), head) for h in HEADERS]]
    for i, line in enumerate(section.lines, start=1):
        subject = line.subject + (f"\n({line.note})" if line.note else "")
        data.append(
            [
                str(i),
                line.time or "—",
                Paragraph(esc(line.number_text), cell),
                Paragraph(esc(line.name), cell),
                Paragraph(esc(line.address), cell),
                Paragraph(esc(subject), cell),
                Paragraph(esc(line.previous_number), cell),
                "",
                "",
            ]
        )
    if not section.lines:
        data.append(["", "", "", Paragraph("Nu sunt persoane înscrise.", cell), "", "", "", "", ""])
    table = Table(
        data,
        colWidths=widths,
        repeatRows=1,
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 9),
                ("FONT", (0, 1), (-1, -1), st.regular, 8.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 1), (1, -1), "CENTRE"),
                # Room to write the resolution by hand.
                ("TOPPADDING", (0, 1), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 9),
            ]
        ),
    )
    subtitle = f"Audiențe acordate de {section.official}"
    if section.place:
        subtitle += f" – {section.place}"
    heading = ParagraphStyle("dl_sub", parent=st.centered, fontSize=10.5, leading=13)
    return [
        *letterhead(inst, width),
        Paragraph(esc(title_text(day).upper()), st.title),
        Paragraph(esc(f"({long_date_ro(day)})"), st.centered),
        Spacer(1, 1.5 * mm),
        Paragraph(esc(subtitle), heading),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 8 * mm),
        KeepTogether(
            signature_table(
                [
                    Signature(section.role_title, section.official.split(",")[0]),
                    Signature("Întocmit,", "Centrul de Informare pentru Cetățeni"),
                ],
                width,
            )
        ),
    ]


def build_day_list_pdf(
    inst: InstitutionData, day: date, sections: Sequence[DayListSection], path: str | Path
) -> Path:
    width = PAGE[0] - 2 * MARGIN
    story: list[Flowable] = []
    for index, section in enumerate(sections):
        if index:
            story.append(PageBreak())
        story += _section(inst, day, section, width)
    if not sections:
        story += [
            *letterhead(inst, width),
            Paragraph(esc(title_text(day).upper()), styles().title),
            Spacer(1, 6 * mm),
            Paragraph("Nu sunt audiențe programate în această zi.", styles().centered),
        ]
    return write_story(path, story, title_text(day), (MARGIN,) * 4, pagesize=PAGE)
