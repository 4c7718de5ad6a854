"""„Agenda zilei” as one printable A4 page: the groups and their cases, most urgent first.

A busy day does not spill onto more pages: each group shows as many of its most urgent lines as
fit, then „… și încă N” (the full list is in the program and in `cic-desktop agenda`).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cic_desktop.agenda.model import GROUP_LABELS, Agenda, AgendaLine
from cic_desktop.domain.dates_ro import long_date_ro
from cic_desktop.render.pdf.common import atomic_output, doc_info, esc, styles

_MARGIN = 15 * mm
_WIDTHS = (0.17, 0.21, 0.38, 0.24)
_SHORTEN = {"who": 28, "what": 40, "detail": 32}
# More one-line rows than an A4 page holds: no need to try longer groups.
_MOST_LINES = 60


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _story(agenda: Agenda, institution: str, per_group: int | None) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph(esc(institution), st.small),
        Paragraph(esc(f"Agenda zilei – {long_date_ro(agenda.day)}"), st.title),
        Spacer(1, 3 * mm),
    ]
    if not agenda.groups:
        story.append(Paragraph("Nimic scadent, întârziat sau de expediat.", st.body))
    width = A4[0] - 2 * _MARGIN
    for group, lines in agenda.groups.items():
        story.append(Paragraph(esc(f"{GROUP_LABELS[group]} ({len(lines)})"), st.heading))
        header = ("Nr. și data", "Petent / solicitant", "Obiect", "Termen / observații")
        data = [[Paragraph(esc(x), st.cell) for x in header]]
        shown: tuple[AgendaLine, ...] = lines if per_group is None else lines[:per_group]
        for line in shown:
            data.append(
                [
                    Paragraph(esc(line.number_text), st.cell),
                    Paragraph(esc(_short(line.who, _SHORTEN["who"])), st.cell),
                    Paragraph(esc(_short(line.what, _SHORTEN["what"])), st.cell),
                    Paragraph(esc(_short(line.detail, _SHORTEN["detail"])), st.cell),
                ]
            )
        style = [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        hidden = len(lines) - len(shown)
        if hidden:
            more = f"… și încă {hidden} (lista completă: Acasă, în program)"
            data.append([Paragraph(esc(more), st.cell), "", "", ""])
            style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        table = Table(data, colWidths=[w * width for w in _WIDTHS], repeatRows=1)
        table.setStyle(TableStyle(style))
        story += [table, Spacer(1, 3 * mm)]
    return story


def _build(story: list[Flowable], target: str | os.PathLike[str] | io.BytesIO) -> int:
    doc = SimpleDocTemplate(
        target if isinstance(target, io.BytesIO) else str(target),
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN,
        **doc_info("Agenda zilei"),
    )
    doc.build(story)
    return doc.page


def fitting_lines_per_group(agenda: Agenda, institution: str) -> int | None:
    """None when everything fits on one page, else the most lines per group that still fit."""
    longest = max((len(lines) for lines in agenda.groups.values()), default=0)
    if longest <= _MOST_LINES and _build(_story(agenda, institution, None), io.BytesIO()) <= 1:
        return None
    low, high = 0, min(longest, _MOST_LINES)
    while low < high:  # the largest cap that keeps one page
        middle = (low + high + 1) // 2
        if _build(_story(agenda, institution, middle), io.BytesIO()) <= 1:
            low = middle
        else:
            high = middle - 1
    return low


def write_agenda_pdf(agenda: Agenda, institution: str, path: str | os.PathLike[str]) -> Path:
    per_group = fitting_lines_per_group(agenda, institution)
    with atomic_output(path) as partial:
        _build(_story(agenda, institution, per_group), partial)
    return Path(path)
