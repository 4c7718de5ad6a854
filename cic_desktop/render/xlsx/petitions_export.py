"""The petitions register of one year as an `.xlsx` workbook (SPEC §2.2 columns).

Row 1 is the title, row 2 the header with exactly the register's column labels, then one row per
petition. The cells are `PetitionRegisterRow.cells()` as they are: dates stay real Excel dates shown
dd.mm.yyyy, numbers stay the printed text (`123/15.01.2026`), so the import reads back what the
export wrote. Written in write-only mode: one pre-styled cell per styled column is reused for every
row, so styling costs almost nothing over bare openpyxl.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from cic_desktop.jobs import CancelToken, Progress, no_progress
from cic_desktop.registers.petitions_register import (
    COL_ADDRESS,
    COL_DEADLINE,
    COL_DEPARTMENT,
    COL_EXTENSION,
    COL_INDEX,
    COL_LINK,
    COL_NOTES,
    COL_PETITIONER,
    COL_SENT,
    COL_SUBJECT,
    COLUMNS,
    TITLE,
    PetitionRegisterRow,
    count_rows,
    iter_rows,
)
from cic_desktop.render.xlsx.workbook import (
    DATE_FORMAT,
    TITLE_FONT,
    TOP,
    WRAP,
    atomic_path,
    print_landscape_a4,
    set_column_widths,
    sheet_title,
    style_header,
)

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

HEADER_ROW = 2
STEP = 500  # rows between progress reports and cancel checks

# Column widths in characters; long free text wraps instead of widening the sheet.
WIDTHS: dict[str, float] = {
    COL_INDEX: 7,
    COL_PETITIONER: 32,
    COL_ADDRESS: 36,
    COL_SUBJECT: 50,
    COL_DEPARTMENT: 34,
    COL_EXTENSION: 22,
    COL_LINK: 34,
    COL_NOTES: 36,
}
DEFAULT_WIDTH = 16.0
# Only the long free-text columns wrap: every wrapped cell carries a style, and styles cost time.
WRAPPED = frozenset({COL_SUBJECT, COL_LINK, COL_NOTES})
DATES = frozenset({COL_DEADLINE, COL_SENT})


@dataclass(frozen=True)
class SheetInfo:
    """What the title row and the file properties say."""

    year: int
    institution: str = ""

    @property
    def title(self) -> str:
        text = f"{TITLE} – anul {self.year}"
        return f"{self.institution} – {text}" if self.institution else text

    @property
    def sheet_name(self) -> str:
        return sheet_title(f"Registrul petițiilor {self.year}")


def export_petitions_xlsx(
    core: CicCore,
    year: int,
    path: str | os.PathLike[str],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Write the petitions register of `year` to `path`; returns the number of petitions written."""
    info = SheetInfo(year, core.settings.institution().display_name)
    total = count_rows(core, year)
    rows = iter_rows(core, year)
    try:
        return write_petitions_workbook(
            rows, path, info, total=total, progress=progress, cancel=cancel
        )
    finally:
        rows.close()  # ends the read session at once, on cancel too


def write_petitions_workbook(
    rows: Iterable[PetitionRegisterRow],
    path: str | os.PathLike[str],
    info: SheetInfo,
    *,
    total: int = 0,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """The writer on its own (the benchmark feeds it rows directly). Atomic: all or no file."""
    workbook = Workbook(write_only=True)
    workbook.properties.title = info.title
    workbook.properties.creator = "CIC Desktop"
    sheet: WriteOnlyWorksheet = workbook.create_sheet(info.sheet_name)
    _prepare(sheet)
    title = WriteOnlyCell(sheet, info.title)
    title.font = TITLE_FONT
    sheet.append([title])
    sheet.append([_header_cell(sheet, label) for label in COLUMNS])

    plain, struck = _row_templates(sheet, strike=False), _row_templates(sheet, strike=True)
    styled = [index for index, template in enumerate(plain) if template is not None]
    every = range(len(COLUMNS))
    written = 0
    progress(0.0, "Se scrie registrul petițiilor…")
    try:
        for row in rows:
            templates = struck if row.annulled else plain
            values: list[object] = [None if v == "" else v for v in row.cells()]
            for index in styled if not row.annulled else every:
                value = values[index]
                if value is not None:
                    template = templates[index]
                    template.value = value  # type: ignore[union-attr]
                    values[index] = template
            sheet.append(values)
            written += 1
            if written % STEP == 0:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                if total:
                    progress(min(written / total, 0.99), f"Petiții scrise: {written} din {total}")
    except BaseException:
        _discard(sheet)
        raise
    last_row = HEADER_ROW + max(written, 1)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(len(COLUMNS))}{last_row}"
    with atomic_path(path) as temp:
        workbook.save(temp)
    progress(1.0, f"Registrul a fost salvat: {written} petiții.")
    return written


def _discard(sheet: WriteOnlyWorksheet) -> None:
    """Close the half-written sheet and remove openpyxl's temporary file (cancel or error)."""
    try:
        sheet.close()
        sheet._writer.cleanup()  # no public API for this; otherwise removed only at exit
    except Exception:  # best effort: the original error is what matters
        pass


def _prepare(sheet: WriteOnlyWorksheet) -> None:
    """Widths, frozen header, print setup: all must be set before the first row is written."""
    set_column_widths(sheet, COLUMNS, WIDTHS, DEFAULT_WIDTH)
    print_landscape_a4(sheet, HEADER_ROW)


def _header_cell(sheet: WriteOnlyWorksheet, label: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, label)
    style_header([cell])
    return cell


class _ReusedCell(Cell):
    """A styled cell appended again and again with a new value (write-only mode writes it at once).

    Its style never changes after `freeze()`, so the style index is looked up once instead of for
    every row, and `repr` (which openpyxl builds while telling a cell from a value) stays cheap.
    """

    __slots__ = ("_frozen_style_id",)

    def freeze(self) -> _ReusedCell:
        self._frozen_style_id = super().style_id
        return self

    @property
    def style_id(self) -> int:
        return self._frozen_style_id

    @property
    def has_style(self) -> bool:
        return True

    def __repr__(self) -> str:
        return "<reused cell>"


def _row_templates(sheet: WriteOnlyWorksheet, *, strike: bool) -> list[_ReusedCell | None]:
    """One reusable styled cell per column that needs a style (None: plain value)."""
    templates: list[_ReusedCell | None] = []
    for label in COLUMNS:
        if not strike and label not in WRAPPED and label not in DATES:
            templates.append(None)
            continue
        cell = _ReusedCell(sheet, column=1, row=1)
        cell.alignment = WRAP if label in WRAPPED else TOP
        if label in DATES:
            cell.number_format = DATE_FORMAT
            cell.value = date(2000, 1, 1)  # keeps the format: a date format is never replaced
        if strike:
            cell.font = Font(strike=True)
        templates.append(cell.freeze())
    return templates
