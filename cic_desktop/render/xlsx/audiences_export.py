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
    DATE_FORMAT,
    append_register_row,
    atomic_path,
    register_header,
    set_column_widths,
    sheet_title,
)

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

HEADER_ROW = 2
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
_DAY_ONLY = dict.fromkeys((*DATE_COLUMNS, *DATETIME_COLUMNS), DATE_FORMAT)
_WITH_TIME = {**_DAY_ONLY, **dict.fromkeys(DATETIME_COLUMNS, DATETIME_FORMAT)}


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
    register_header(sheet, title, COLUMNS)
    set_column_widths(sheet, COLUMNS, WIDTHS, DEFAULT_WIDTH)
    written = 0
    for line in lines:
        formats = _WITH_TIME if line.row.slot_time else _DAY_ONLY
        append_register_row(
            sheet, COLUMNS, line.cells(), wrapped=WRAPPED, formats=formats, struck=line.annulled
        )
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
