"""Audience statistics as an A4 landscape PDF: one table per breakdown, totals in bold."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.render.pdf.common import esc, styles, write_story
from cic_desktop.reports.audience_stats import COUNT_LABELS, AudienceStats, Breakdown

PAGE = landscape(A4)
MARGIN = 12 * mm
TOTAL_LABEL = "Total"
FILL = colors.Color(0.87, 0.89, 0.93)


def _table(breakdown: Breakdown, width: float) -> list[Flowable]:
    st = styles()
    head = ParagraphStyle("ast_head", parent=st.cell_bold, fontSize=7, leading=8.5, alignment=1)
    cell = ParagraphStyle("ast_cell", parent=st.cell, fontSize=8.5, leading=10.2)
    bold = ParagraphStyle("ast_bold", parent=cell, fontName=st.bold)
    first = 48 * mm
    other = (width - first) / len(COUNT_LABELS)
    rows: list[list[object]] = [
        [
            Paragraph(esc(breakdown.first_column), head),
            *(Paragraph(esc(c), head) for c in COUNT_LABELS),
        ]
    ]
    for name, counts in breakdown.groups:
        rows.append([Paragraph(esc(name), cell), *(str(v) for v in counts.values())])
    rows.append([Paragraph(TOTAL_LABEL, bold), *(str(v) for v in breakdown.total.values())])
    table = Table(
        rows,
        colWidths=[first] + [other] * len(COUNT_LABELS),
        repeatRows=1,
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 9),
                ("FONT", (1, 1), (-1, -1), st.regular, 8.5),
                ("FONT", (1, -1), (-1, -1), st.bold, 8.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), FILL),
                ("BACKGROUND", (0, -1), (-1, -1), colors.Color(0.95, 0.95, 0.95)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        ),
    )
    return [
        Paragraph(esc(breakdown.title), st.heading),
        Spacer(1, 2 * mm),
        table,
        Spacer(1, 6 * mm),
    ]


def write_audience_stats_pdf(
    stats: AudienceStats,
    path: str | os.PathLike[str],
    *,
    printed_on=None,  # type: ignore[no-untyped-def]
) -> Path:
    st = styles()
    width = PAGE[0] - 2 * MARGIN
    story: list[Flowable] = [
        Paragraph(esc(stats.institution), st.centered_bold),
        Paragraph(esc(stats.title), st.title),
        Paragraph(
            esc(
                "Audiențele acordate de primar, viceprimar și secretarul general al comunei, "
                "numărate după data audienței; înscrierile anulate nu sunt incluse"
                + (f" ({stats.annulled})." if stats.annulled else ".")
            ),
            st.centered,
        ),
        Spacer(1, 5 * mm),
    ]
    for breakdown in stats.breakdowns:
        story += _table(breakdown, width)
    cell = ParagraphStyle("ast_o", parent=st.cell, fontSize=9, leading=11)
    outcome_rows: list[list[object]] = [
        [Paragraph("<b>Rezultatul audienței</b>", cell), Paragraph("<b>Număr</b>", cell)]
    ]
    outcome_rows += [[Paragraph(esc(label), cell), str(value)] for label, value in stats.by_outcome]
    outcome_rows.append(
        [Paragraph(f"<b>{TOTAL_LABEL}</b>", cell), str(sum(v for _, v in stats.by_outcome))]
    )
    outcomes = Table(
        outcome_rows,
        colWidths=[90 * mm, 25 * mm],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 9),
                ("FONT", (1, 1), (-1, -1), st.regular, 9),
                ("FONT", (1, -1), (-1, -1), st.bold, 9),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), FILL),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ]
        ),
    )
    story.append(
        KeepTogether(
            [Paragraph("Pe rezultatul audienței", st.heading), Spacer(1, 2 * mm), outcomes]
        )
    )
    if printed_on is not None:
        story += [Spacer(1, 6 * mm), Paragraph(esc(f"Întocmit la {fmt(printed_on)}."), st.small)]
    return write_story(path, story, stats.title, (MARGIN,) * 4, pagesize=PAGE)
