"""The annual Legea 544 report as a one-sheet workbook, laid out like the official template.

Column A holds the labels; an indicator's value sits next to it in column B; a small table keeps its
column labels in B, C, … with the values in the row below. Failing consistency checks are printed.
"""

from __future__ import annotations

import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from cic_desktop.render.xlsx.workbook import (
    BOX,
    HEADER_FILL,
    HEADER_FONT,
    TITLE_FONT,
    WRAP,
    atomic_path,
    sheet_title,
)
from cic_desktop.reports.report_544 import Report544, blocks

_ITALIC = Font(italic=True, color="555555")
_WARNING = Font(bold=True, color="B00020")
_CENTRE_WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")


def write_report_544_xlsx(report: Report544, path: str | os.PathLike[str]) -> None:
    """Write the report (checks shown, never refused) to `path` atomically."""
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet.title = sheet_title(f"Raport 544 {report.year}")
    workbook.properties.title = report.title
    workbook.properties.creator = "CIC Desktop"
    sheet.column_dimensions["A"].width = 70
    for column in "BCDE":
        sheet.column_dimensions[column].width = 20

    def put(row: list[object], font: Font | None = None, indent: int = 0) -> None:
        sheet.append(row)
        cell = sheet.cell(sheet.max_row, 1)
        cell.alignment = Alignment(wrap_text=True, vertical="top", indent=indent)
        if font is not None:
            cell.font = font

    for block in blocks(report):
        label = f"{block.number} {block.text}".strip()
        if block.kind == "title":
            put([block.text], TITLE_FONT)
        elif block.kind == "note":
            put([block.text], _ITALIC)
        elif block.kind == "warning":
            put([block.text], _WARNING)
        elif block.kind == "text":
            put([block.text], indent=1)
        elif block.kind == "heading":
            put([label], HEADER_FONT if block.level < 3 else None)
        elif block.kind in ("value", "check"):
            put([label, block.value], HEADER_FONT if block.level < 3 else None)
            value = sheet.cell(sheet.max_row, 2)
            value.border, value.alignment = BOX, WRAP
            if block.kind == "check" and not block.ok:
                value.font = _WARNING
        elif block.kind == "table":
            put([label], HEADER_FONT if block.number else None)
            sheet.append(["", *block.columns])
            for cell in sheet[sheet.max_row][1 : 1 + len(block.columns)]:
                cell.font, cell.fill, cell.border, cell.alignment = (
                    HEADER_FONT,
                    HEADER_FILL,
                    BOX,
                    _CENTRE_WRAP,
                )
            for values in block.rows:
                sheet.append(["", *values])
                for cell in sheet[sheet.max_row][1 : 1 + len(values)]:
                    cell.border, cell.alignment = BOX, WRAP
    sheet.oddFooter.center.text = f"{report.version_tag} – pagina &P din &N"
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = "9"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    with atomic_path(path) as temp:
        workbook.save(temp)
