"""Small openpyxl helpers shared by the workbooks: styles, atomic saving, safe sheet names."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

DATE_FORMAT = "DD.MM.YYYY"
HEADER_FONT = Font(bold=True)
TITLE_FONT = Font(bold=True, size=13)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
STRUCK = Font(strike=True)
_THIN = Side(style="thin", color="8A94A6")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_title(text: str) -> str:
    """Excel refuses some characters and more than 31 characters in a sheet name."""
    return _SHEET_FORBIDDEN.sub("-", text)[:31]


def style_header(cells: Iterable[Any]) -> None:
    """Bold, shaded, boxed, centred: the look of every column-label row."""
    for cell in cells:
        cell.font, cell.fill, cell.alignment, cell.border = (
            HEADER_FONT,
            HEADER_FILL,
            HEADER_ALIGNMENT,
            BOX,
        )


def set_column_widths(
    sheet: Any, columns: Sequence[str], widths: Mapping[str, float], default: float
) -> None:
    """Each labelled column its width in characters (`default` for the unlisted ones)."""
    for position, label in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = widths.get(label, default)


def print_landscape_a4(sheet: Any, header_row: int) -> None:
    """Freeze the rows down to the column labels, repeat them on every printed page, and print
    landscape A4 one page wide (works on write-only sheets too, before the first row)."""
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def append_register_row(
    sheet: Worksheet,
    columns: Sequence[str],
    values: Sequence[object],
    *,
    wrapped: frozenset[str],
    formats: Mapping[str, str],
    struck: bool,
) -> None:
    """One register row: empty text as empty cells, long text wrapped, dates formatted by column
    label, an annulled entry struck through."""
    sheet.append([None if v == "" else v for v in values])
    for label, cell in zip(columns, sheet[sheet.max_row], strict=True):
        cell.alignment = WRAP if label in wrapped else TOP
        number_format = formats.get(label)
        if number_format:
            cell.number_format = number_format
        if struck:
            cell.font = STRUCK


def register_header(sheet: Worksheet, title: str, columns: Sequence[str]) -> None:
    """Row 1 the title, row 2 the register's column labels; printable landscape."""
    sheet.append([title])
    sheet.cell(1, 1).font = TITLE_FONT
    sheet.append(list(columns))
    style_header(sheet[2])
    print_landscape_a4(sheet, header_row=2)


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary file next to `path`; it replaces `path` only if the block succeeds.

    A cancelled or failed export never leaves a half-written workbook under the clerk's name.
    """
    target = Path(path)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.stem}-", suffix=target.suffix or ".tmp", dir=target.parent or "."
    )
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
