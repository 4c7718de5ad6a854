"""A person's data as held by the town hall, for an access request (GDPR art. 15), as A4 PDF."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
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
from cic_desktop.labels import REGISTER
from cic_desktop.person_file.export_text import (
    CASE_HEADERS,
    INTRO,
    TITLE,
    case_row,
    merge_lines,
    person_lines,
)
from cic_desktop.person_file.model import PersonExport
from cic_desktop.render.pdf.common import esc, styles, write_story
from cic_desktop.render.pdf.letterhead import letterhead

_GRID = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
)
_HEADER = TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE"))])


def _pairs_table(pairs: list[tuple[str, str]], width: float) -> Table:
    st = styles()
    data = [[Paragraph(esc(k), st.cell_bold), Paragraph(esc(v), st.cell)] for k, v in pairs]
    table = Table(data, colWidths=[0.3 * width, 0.7 * width], hAlign="LEFT")
    table.setStyle(_GRID)
    return table


def _cases(export: PersonExport, width: float) -> list[Flowable]:
    st = styles()
    cases = export.file.cases
    story: list[Flowable] = [Paragraph(f"2. Cazuri înregistrate ({len(cases)})", st.heading)]
    if not cases:
        return [*story, Paragraph("Nu există cazuri înregistrate de la această persoană.", st.body)]
    data = [[Paragraph(esc(h), st.cell_bold) for h in CASE_HEADERS]]
    data += [[Paragraph(esc(v), st.cell) for v in case_row(case)] for case in cases]
    # „Nr. și data” (e.g. 1445/27.11.2026) and dates must fit on one line.
    shares = (0.13, 0.19, 0.25, 0.16, 0.12, 0.15)
    table = Table(data, colWidths=[s * width for s in shares], repeatRows=1)
    table.setStyle(_GRID)
    table.setStyle(_HEADER)
    story += [table, Spacer(1, 4 * mm), Paragraph("3. Detaliile fiecărui caz", st.heading)]
    for case in cases:
        title = f"{REGISTER.get(case.register, case.register)} – nr. {case.number_text}"  # type: ignore[call-overload]
        pairs = [("Obiectul", case.subject), *case.details]
        story.append(
            KeepTogether(
                [Paragraph(esc(title), st.cell_bold), _pairs_table(pairs, width), Spacer(1, 3 * mm)]
            )
        )
    return story


def write_person_data_pdf(export: PersonExport, path: str | os.PathLike[str]) -> Path:
    st = styles()
    width = A4[0] - 30 * mm
    file = export.file
    story: list[Flowable] = [
        *letterhead(export.institution, width),
        Paragraph(esc(TITLE), st.title),
        Paragraph(esc(INTRO.format(institution=export.institution.display_name)), st.body),
        Paragraph(
            esc(
                f"Data exportului: {fmt(export.exported_at.date())}, ora "
                f"{export.exported_at:%H:%M}"
                + (f"; întocmit de {export.exported_by}" if export.exported_by else "")
                + "."
            ),
            st.body,
        ),
        Paragraph("1. Datele persoanei", st.heading),
        _pairs_table(person_lines(file), width),
        Spacer(1, 4 * mm),
        *_cases(export, width),
        Paragraph("4. Înregistrări unite cu aceasta", st.heading),
    ]
    if file.merges:
        for number, lines in enumerate(merge_lines(file), start=1):
            story += [
                Paragraph(esc(f"Unificarea {number}"), st.cell_bold),
                _pairs_table(lines, width),
                Spacer(1, 3 * mm),
            ]
    else:
        story.append(Paragraph("Nicio altă înregistrare nu a fost unită cu aceasta.", st.body))
    return write_story(path, story, TITLE, (15 * mm,) * 4)
