"""Small register files written the way a clerk would: CSV from Excel, or a hand-made workbook."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import openpyxl

from cic_desktop.registers.petitions_register import (
    COL_ADDRESS,
    COL_CHANNEL,
    COL_DEPARTMENT,
    COL_DOMAIN,
    COL_KIND,
    COL_NUMBER,
    COL_PETITIONER,
    COL_PETITIONER_KIND,
    COL_SUBJECT,
    COLUMNS,
)

Row = dict[str, object]
# Legacy Windows code pages only have the cedilla letters: what an old Excel CSV holds.
_TO_CEDILLA = str.maketrans({"ș": "ş", "Ș": "Ş", "ț": "ţ", "Ț": "Ţ"})


def line(number: str, **cells: object) -> Row:
    """A complete, valid register line; `cells` override columns by label."""
    base: Row = {
        COL_NUMBER: number,
        COL_PETITIONER: "Ion Pop",
        COL_PETITIONER_KIND: "persoană fizică",
        COL_ADDRESS: "Sat Izvoare nr. 1",
        COL_KIND: "cerere",
        COL_CHANNEL: "depusă la registratură",
        COL_SUBJECT: "Solicit repararea podețului",
        COL_DOMAIN: "drumuri",
        COL_DEPARTMENT: "Urbanism și amenajarea teritoriului",
    }
    base.update(cells)
    return base


def write_csv(
    path: Path,
    rows: Sequence[Row],
    *,
    columns: Sequence[str] = COLUMNS,
    headers: Sequence[str] | None = None,
    delimiter: str = ";",
    bom: bool = True,
    encoding: str = "utf-8",
) -> Path:
    legacy = encoding != "utf-8"

    def cell(value: object) -> object:
        return value.translate(_TO_CEDILLA) if legacy and isinstance(value, str) else value

    with path.open("w", encoding="utf-8-sig" if bom else encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([cell(h) for h in headers or columns])
        for row in rows:
            writer.writerow(["" if row.get(c) is None else cell(row.get(c)) for c in columns])
    return path


def write_xlsx(
    path: Path,
    rows: Sequence[Row],
    *,
    columns: Sequence[str] = COLUMNS,
    headers: Sequence[str] | None = None,
    title: str | None = None,
) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    if title:
        sheet.append([title])
        sheet.append([])
    sheet.append(list(headers or columns))
    for row in rows:
        sheet.append([row.get(c) for c in columns])
    workbook.save(path)
    return path
