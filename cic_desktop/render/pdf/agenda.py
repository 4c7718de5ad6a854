"""„Agenda zilei” as a printable A4 page: the groups and their cases, most urgent first."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cic_desktop.agenda.model import GROUP_LABELS, Agenda
from cic_desktop.domain.dates_ro import fmt, long_date_ro
from cic_desktop.render.pdf.common import atomic_output, doc_info, esc, styles


def write_agenda_pdf(agenda: Agenda, institution: str, path: str | os.PathLike[str]) -> Path:
    st = styles()
    story = [
        Paragraph(esc(institution), st.small),
        Paragraph(esc(f"Agenda zilei – {long_date_ro(agenda.day)}"), st.title),
        Spacer(1, 3 * mm),
    ]
    if not agenda.groups:
        story.append(Paragraph("Nimic scadent, întârziat sau de expediat.", st.body))
    width = A4[0] - 30 * mm
    for group, lines in agenda.groups.items():
        story.append(Paragraph(esc(f"{GROUP_LABELS[group]} ({len(lines)})"), st.heading))
        data = [
            [
                Paragraph(esc(x), st.cell)
                for x in ("Nr. și data", "Petent / solicitant", "Obiect", "Termen")
            ]
        ]
        for line in lines:
            data.append(
                [
                    Paragraph(esc(line.number_text), st.cell),
                    Paragraph(esc(line.who), st.cell),
                    Paragraph(esc(line.what), st.cell),
                    Paragraph(esc(fmt(line.due) if line.due else ""), st.cell),
                ]
            )
        table = Table(
            data, colWidths=[0.16 * width, 0.24 * width, 0.46 * width, 0.14 * width], repeatRows=1
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story += [table, Spacer(1, 3 * mm)]
    with atomic_output(path) as partial:
        SimpleDocTemplate(
            str(partial),
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=15 * mm,
            bottomMargin=15 * mm,
            **doc_info("Agenda zilei"),
        ).build(story)
    return Path(path)
