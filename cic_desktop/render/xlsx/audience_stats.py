"""Audience statistics as an `.xlsx` workbook: one sheet per breakdown (official, domain, month)
and one for the outcomes, each with a totals row written as numbers (not formulas) that add up."""

from __future__ import annotations

import os

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cic_desktop.render.xlsx.workbook import (
    BOX,
    HEADER_ALIGNMENT,
    HEADER_FILL,
    HEADER_FONT,
    TITLE_FONT,
    WRAP,
    atomic_path,
    sheet_title,
)
from cic_desktop.reports.audience_stats import COUNT_LABELS, AudienceStats, Breakdown

TOTAL_LABEL = "Total"
HEADER_ROW = 3
SHEET_NAMES = ("Pe persoane", "Pe domenii", "Pe luni")
OUTCOME_SHEET = "Pe rezultate"
_BOLD = Font(bold=True)


def _head(sheet: Worksheet, title: str, subtitle: str, columns: list[str]) -> None:
    sheet.append([title])
    sheet.cell(1, 1).font = TITLE_FONT
    sheet.append([subtitle])
    sheet.append(columns)
    for cell in sheet[HEADER_ROW]:
        cell.font, cell.fill, cell.alignment, cell.border = (
            HEADER_FONT,
            HEADER_FILL,
            HEADER_ALIGNMENT,
            BOX,
        )
    sheet.freeze_panes = f"B{HEADER_ROW + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _breakdown(sheet: Worksheet, stats: AudienceStats, breakdown: Breakdown) -> None:
    _head(sheet, stats.title, breakdown.title, [breakdown.first_column, *COUNT_LABELS])
    sheet.column_dimensions["A"].width = 36
    for position in range(2, len(COUNT_LABELS) + 2):
        sheet.column_dimensions[get_column_letter(position)].width = 14
    for name, counts in breakdown.groups:
        sheet.append([name, *counts.values()])
        sheet.cell(sheet.max_row, 1).alignment = WRAP
    sheet.append([TOTAL_LABEL, *breakdown.total.values()])
    for cell in sheet[sheet.max_row]:
        cell.font = _BOLD


def write_audience_stats_xlsx(stats: AudienceStats, path: str | os.PathLike[str]) -> None:
    workbook = Workbook()
    first = workbook.active
    assert isinstance(first, Worksheet)
    workbook.remove(first)
    workbook.properties.title = stats.title
    workbook.properties.creator = "CIC Desktop"
    for name, breakdown in zip(SHEET_NAMES, stats.breakdowns, strict=True):
        _breakdown(workbook.create_sheet(sheet_title(name)), stats, breakdown)
    sheet = workbook.create_sheet(sheet_title(OUTCOME_SHEET))
    _head(
        sheet, stats.title, f"{stats.institution} – pe rezultatul audienței", ["Rezultat", "Număr"]
    )
    sheet.column_dimensions["A"].width = 46
    sheet.column_dimensions["B"].width = 12
    for label, value in stats.by_outcome:
        sheet.append([label, value])
    sheet.append([TOTAL_LABEL, sum(v for _, v in stats.by_outcome)])
    for cell in sheet[sheet.max_row]:
        cell.font = _BOLD
    if stats.annulled:
        sheet.append([])
        sheet.append([f"Înscrieri anulate (neincluse): {stats.annulled}"])
    with atomic_path(path) as temp:
        workbook.save(temp)
