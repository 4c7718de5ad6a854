"""The register of audiences of one year as an `.xlsx` workbook (SPEC §3.3, 17 columns).

Row 1 the title, row 2 exactly the register's column labels, then one row per sign-up
(`RegisterLine.cells()`: dates stay Excel dates shown dd.mm.yyyy, the audience a date-time).
Annulled rows are struck through. Same look as the petitions and 544 exports.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cic_desktop.jobs import CancelToken, Progress, no_progress
from cic_desktop.registers.audiences_register import (
    COL_ADDRESS,
    COL_INDEX,
    COL_NAME,
    COL_NOTES,
    COL_OFFICIAL,
    COL_RESOLUTION,
    COL_SUBJECT,
    COL_WHEN,
    COLUMNS,
    DATE_COLUMNS,
    DATETIME_COLUMNS,
    TITLE,
    RegisterLine,
    iter_rows,
)
from cic_desktop.render.xlsx.workbook import (
    BOX,
    DATE_FORMAT,
    HEADER_ALIGNMENT,
    HEADER_FILL,
    HEADER_FONT,
    TITLE_FONT,
    TOP,
    WRAP,
    atomic_path,
    sheet_title,
)

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

HEADER_ROW = 2
FIRST_DATA_ROW = HEADER_ROW + 1
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
WIDTHS: dict[str, float] = {
    COL_INDEX: 7,
    COL_WHEN: 17,
    COL_OFFICIAL: 26,
    COL_NAME: 28,
    COL_ADDRESS: 28,
    COL_SUBJECT: 44,
    COL_RESOLUTION: 36,
    COL_NOTES: 40,
}
DEFAULT_WIDTH = 16.0
WRAPPED = frozenset({COL_OFFICIAL, COL_NAME, COL_ADDRESS, COL_SUBJECT, COL_RESOLUTION, COL_NOTES})
_STRUCK = Font(strike=True)


def sheet_name(year: int) -> str:
    return sheet_title(f"Audiențe {year}")


def write_register_xlsx(
    lines: Iterable[RegisterLine],
    year: int,
    path: str | os.PathLike[str],
    *,
    institution: str = "",
    cancel: CancelToken | None = None,
) -> int:
    """Write the lines to `path` (atomically); returns how many were written."""
    title = f"{TITLE} – anul {year}"
    if institution:
        title = f"{institution} – {title}"
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet.title = sheet_name(year)
    workbook.properties.title = title
    workbook.properties.creator = "CIC Desktop"
    sheet.append([title])
    sheet.cell(1, 1).font = TITLE_FONT
    sheet.append(list(COLUMNS))
    for cell in sheet[HEADER_ROW]:
        cell.font, cell.fill, cell.alignment, cell.border = (
            HEADER_FONT,
            HEADER_FILL,
            HEADER_ALIGNMENT,
            BOX,
        )
    sheet.freeze_panes = f"A{FIRST_DATA_ROW}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    for position, label in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = WIDTHS.get(
            label, DEFAULT_WIDTH
        )
    written = 0
    for line in lines:
        sheet.append([None if v == "" else v for v in line.cells()])
        for label, cell in zip(COLUMNS, sheet[sheet.max_row], strict=True):
            cell.alignment = WRAP if label in WRAPPED else TOP
            if label in DATE_COLUMNS:
                cell.number_format = DATE_FORMAT
            elif label in DATETIME_COLUMNS:
                cell.number_format = DATETIME_FORMAT if line.row.slot_time else DATE_FORMAT
            if line.annulled:
                cell.font = _STRUCK
        written += 1
        if cancel is not None and written % 200 == 0:
            cancel.raise_if_cancelled()
    last = HEADER_ROW + max(written, 1)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{last}"
    with atomic_path(path) as temp:
        workbook.save(temp)
    return written


def export_audiences_xlsx(
    core: CicCore,
    year: int,
    path: str | os.PathLike[str],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Write the year's register of audiences to `path`; returns the written rows."""
    progress(0.0, "Se scrie registrul de audiențe…")
    written = write_register_xlsx(
        iter_rows(core, year),
        year,
        path,
        institution=core.settings.institution().display_name,
        cancel=cancel,
    )
    progress(1.0, f"Registrul a fost salvat: {written} înscrieri.")
    return written
