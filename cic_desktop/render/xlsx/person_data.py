"""A person's data for an access request (GDPR art. 15) as an `.xlsx` workbook.

Sheets: „Persoana” (who holds the data, when exported, the person's details), „Cazuri” (one row
per case), „Detalii cazuri” (every detail of every case, one per row), „Unificări”.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.person_file.export_text import (
    CASE_HEADERS,
    INTRO,
    TITLE,
    case_row,
    merge_lines,
    person_lines,
)
from cic_desktop.person_file.model import PersonExport
from cic_desktop.render.xlsx.workbook import (
    BOX,
    HEADER_ALIGNMENT,
    HEADER_FILL,
    HEADER_FONT,
    TITLE_FONT,
    WRAP,
    atomic_path,
)


def _table(
    sheet: Worksheet,
    first_row: int,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
) -> None:
    for col, header in enumerate(headers, start=1):
        cell = sheet.cell(first_row, col, header)
        cell.font, cell.fill, cell.alignment, cell.border = (
            HEADER_FONT,
            HEADER_FILL,
            HEADER_ALIGNMENT,
            BOX,
        )
    for r, values in enumerate(rows, start=first_row + 1):
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(r, col, value)
            cell.alignment, cell.border = WRAP, BOX
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width
    sheet.freeze_panes = sheet.cell(first_row + 1, 1)


def write_person_data_xlsx(export: PersonExport, path: str | os.PathLike[str]) -> Path:
    file = export.file
    book = Workbook()
    person = book.active
    person.title = "Persoana"
    person["A1"] = TITLE
    person["A1"].font = TITLE_FONT
    institution = export.institution.display_name
    person["A2"] = INTRO.format(institution=institution)
    person["A2"].alignment = WRAP
    person.merge_cells("A2:B2")
    person.row_dimensions[2].height = 60
    head = [
        ("Instituția", institution),
        ("Data exportului", f"{fmt(export.exported_at.date())}, ora {export.exported_at:%H:%M}"),
        ("Întocmit de", export.exported_by),
        *person_lines(file),
    ]
    _table(person, 4, ("Câmpul", "Valoarea"), head, (32, 70))
    person.freeze_panes = None

    cases = book.create_sheet("Cazuri")
    _table(
        cases,
        1,
        CASE_HEADERS,
        [case_row(c) for c in file.cases],
        (24, 16, 50, 28, 14, 30),
    )
    details = book.create_sheet("Detalii cazuri")
    _table(
        details,
        1,
        ("Registrul", "Nr. și data", "Câmpul", "Valoarea"),
        [
            (c.register_label, c.number_text, label, value)
            for c in file.cases
            for label, value in (("Obiectul", c.subject), *c.details)
        ],
        (24, 16, 34, 60),
    )
    merges = book.create_sheet("Unificări")
    merge_rows = merge_lines(file)
    headers = [label for label, _v in merge_rows[0]] if merge_rows else ["Unificări"]
    rows = [[v for _l, v in lines] for lines in merge_rows] or [
        ["Nicio altă înregistrare nu a fost unită cu aceasta."]
    ]
    _table(merges, 1, headers, rows, [18] * len(headers))
    with atomic_path(path) as temp:
        book.save(temp)
    return Path(path)
