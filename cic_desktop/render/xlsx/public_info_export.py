"""The register of requests for public information of one year as an `.xlsx` workbook.

Sheet 1: row 1 the title, row 2 exactly the register's column labels (SPEC §1.9), then one row per
request (`PublicInfoRegisterRow.cells()`: dates stay Excel dates shown dd.mm.yyyy, numbers stay the
printed text). Annulled rows are struck through. Sheet 2 „Solicitări verbale”: the verbal log
(date, requester type, domain, how it was solved, optional name). Same look as the petitions
export; the yearly volume of a commune is small, so an ordinary (not write-only) workbook is used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cic_desktop.jobs import CancelToken, Progress, no_progress
from cic_desktop.registers.public_info_register import (
    COL_ADDRESS,
    COL_DEPARTMENT,
    COL_INDEX,
    COL_INFORMATION,
    COL_NOTES,
    COL_REMEDIES,
    COL_REQUESTER,
    COLUMNS,
    DATE_COLUMNS,
    TITLE,
    VERBAL_COLUMNS,
    VERBAL_TITLE,
    iter_rows,
    verbal_rows,
)
from cic_desktop.render.xlsx.workbook import (
    DATE_FORMAT,
    WRAP,
    append_register_row,
    atomic_path,
    register_header,
    set_column_widths,
    sheet_title,
)

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

HEADER_ROW = 2
WIDTHS: dict[str, float] = {
    COL_INDEX: 7,
    COL_REQUESTER: 30,
    COL_ADDRESS: 30,
    COL_INFORMATION: 46,
    COL_DEPARTMENT: 26,
    COL_REMEDIES: 34,
    COL_NOTES: 36,
}
DEFAULT_WIDTH = 16.0
WRAPPED = frozenset({COL_INFORMATION, COL_REMEDIES, COL_NOTES, COL_ADDRESS, COL_REQUESTER})
VERBAL_WIDTHS = (7, 12, 22, 46, 34, 26, 36)
_FORMATS = dict.fromkeys(DATE_COLUMNS, DATE_FORMAT)


@dataclass(frozen=True)
class SheetInfo:
    year: int
    institution: str = ""

    @property
    def title(self) -> str:
        text = f"{TITLE} – anul {self.year}"
        return f"{self.institution} – {text}" if self.institution else text


def export_public_info_xlsx(
    core: CicCore,
    year: int,
    path: str | os.PathLike[str],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Write the year's register (and its verbal log) to `path`; returns the written requests."""
    info = SheetInfo(year, core.settings.institution().display_name)
    progress(0.0, "Se scrie registrul solicitărilor de informații de interes public…")
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet.title = sheet_title(f"Registrul 544 {year}")
    workbook.properties.title = info.title
    workbook.properties.creator = "CIC Desktop"
    register_header(sheet, info.title, COLUMNS)
    set_column_widths(sheet, COLUMNS, WIDTHS, DEFAULT_WIDTH)
    written = 0
    for row in iter_rows(core, year):
        append_register_row(
            sheet, COLUMNS, row.cells(), wrapped=WRAPPED, formats=_FORMATS, struck=row.annulled
        )
        written += 1
        if cancel is not None and written % 200 == 0:
            cancel.raise_if_cancelled()
    last = HEADER_ROW + max(written, 1)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{last}"

    verbal = workbook.create_sheet(sheet_title(VERBAL_TITLE))
    register_header(verbal, f"{VERBAL_TITLE} – anul {year}", VERBAL_COLUMNS)
    for position, width in enumerate(VERBAL_WIDTHS, start=1):
        verbal.column_dimensions[get_column_letter(position)].width = width
    for item in verbal_rows(core, year):
        verbal.append([None if v == "" else v for v in item.cells()])
        for cell in verbal[verbal.max_row]:
            cell.alignment = WRAP
        verbal.cell(verbal.max_row, 2).number_format = DATE_FORMAT
    with atomic_path(path) as temp:
        workbook.save(temp)
    progress(1.0, f"Registrul a fost salvat: {written} solicitări.")
    return written
