"""The semester report on petitions as a one-sheet workbook: labels in column A, figures in B."""

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
from cic_desktop.reports.semester_model import INDENTED, ReportLine, SemesterReport, labels

_ITALIC = Font(italic=True, color="555555")


def write_semester_report_xlsx(report: SemesterReport, path: str | os.PathLike[str]) -> None:
    """Check every sum (ReportCheckError if one fails), then write the workbook atomically."""
    report.check()
    text = labels()
    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet.title = sheet_title(f"Raport S{report.semester} {report.year}")
    workbook.properties.title = f"{report.title} – S{report.semester} {report.year}"
    workbook.properties.creator = "CIC Desktop"
    sheet.column_dimensions["A"].width = 78
    sheet.column_dimensions["B"].width = 12

    def line(value: str, font: Font | None = None) -> None:
        sheet.append([value])
        cell = sheet.cell(sheet.max_row, 1)
        cell.alignment = WRAP
        if font is not None:
            cell.font = font

    line(report.institution, HEADER_FONT)
    line(report.title, TITLE_FONT)
    line(text["legal_basis"])
    line(report.period_text())
    line(report.as_of_text(), HEADER_FONT)
    line(report.generated_text())
    line(report.version_tag, _ITALIC)
    line(text["annulled_note"], _ITALIC)

    _table(sheet, text["general"]["title"], report.general, total=None)
    sheet.append([text["average_days"], report.average_days_to_answer])
    sheet.cell(sheet.max_row, 1).alignment = WRAP
    average = sheet.cell(sheet.max_row, 2)
    average.number_format = "0.0"
    average.border = BOX
    if report.average_days_to_answer is None:
        average.value = text["average_days_none"]
    for section in report.sections:
        total = section.total if section.expected_total is not None else None
        _table(sheet, section.title, section.lines, total=total)

    sheet.append([])
    sheet.append([text["conclusions"]])
    sheet.cell(sheet.max_row, 1).font = HEADER_FONT
    sheet.append([report.conclusions or text["conclusions_empty"]])
    sheet.cell(sheet.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=2)
    sheet.oddFooter.center.text = f"{report.version_tag} – pagina &P din &N"
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    with atomic_path(path) as temp:
        workbook.save(temp)


def _table(
    sheet: Worksheet, title: str, lines: tuple[ReportLine, ...], *, total: int | None
) -> None:
    sheet.append([])
    sheet.append([title, labels()["count_header"]])
    for cell in sheet[sheet.max_row]:
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, BOX
        cell.alignment = WRAP
    for item in lines:
        sheet.append([item.label, item.count])
        for cell in sheet[sheet.max_row]:
            cell.border = BOX
        indent = 2 if item.key in INDENTED else 0
        sheet.cell(sheet.max_row, 1).alignment = Alignment(wrap_text=True, indent=indent)
    if total is not None:
        sheet.append([labels()["total"], total])
        for cell in sheet[sheet.max_row]:
            cell.font, cell.border = HEADER_FONT, BOX
