"""Reading a spreadsheet file into rows of cell values: `.xlsx`, or `.csv` (`;` or `,`, UTF-8).

Row numbers are the ones the clerk sees when she opens the file in Excel (1 = first row).
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from cic_desktop.importing.issues import ImportRejectedError, RowError

Row = tuple[int, tuple[object, ...]]
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CSV_SUFFIXES = frozenset({".csv", ".txt"})
SAVE_AS_HINT = (
    "salvați-l din Excel ca «CSV UTF-8 (delimitat prin virgulă)» sau ca "
    "«Registru de lucru Excel (.xlsx)»"
)
_SNIFF_LINES = 30


@dataclass(frozen=True)
class Sheet:
    """One table of the file: a worksheet of a workbook, or the whole CSV file."""

    name: str
    rows: tuple[Row, ...]


def read_sheets(path: str | os.PathLike[str]) -> list[Sheet]:
    """All tables of the file; file-level problems raise ImportRejectedError (Romanian)."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        _reject(name, f"Fișierul „{path}” nu există.")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        _reject(name, f"Formatul vechi .xls nu poate fi citit; {SAVE_AS_HINT}.")
    if suffix in {".ods", ".numbers"}:
        _reject(name, f"Formatul {suffix} nu poate fi citit; {SAVE_AS_HINT}.")
    if suffix in EXCEL_SUFFIXES or (suffix not in CSV_SUFFIXES and zipfile.is_zipfile(path)):
        return _xlsx_sheets(path)
    return [Sheet(name, tuple(_csv_rows(path)))]


def _reject(file_name: str, message: str) -> NoReturn:
    raise ImportRejectedError(file_name, [RowError(None, "", message)])


def _xlsx_sheets(path: Path) -> list[Sheet]:
    from openpyxl import load_workbook

    broken = (
        "Fișierul nu poate fi citit ca registru Excel (.xlsx): este deteriorat sau are alt format"
    )
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a malformed file
        _reject(path.name, f"{broken} ({error.__class__.__name__}).")
    try:
        sheets = []
        for worksheet in workbook.worksheets:
            rows = tuple(
                (number, tuple(values))
                for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1)
                if any(v is not None and v != "" for v in values)
            )
            sheets.append(Sheet(worksheet.title, rows))
        return sheets
    except ImportRejectedError:
        raise
    except Exception as error:  # a sheet whose XML is damaged
        _reject(path.name, f"{broken} ({error.__class__.__name__}).")
    finally:
        workbook.close()


def _decode(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        _reject(path.name, f"Fișierul este salvat în codificarea UTF-16 (Unicode); {SAVE_AS_HINT}.")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        byte = data[error.start : error.start + 1].hex().upper()
        _reject(
            path.name,
            f"Fișierul „{path.name}” nu este în codificarea UTF-8 (octetul 0x{byte} de pe linia "
            f"{line} nu este valid; probabil a fost salvat ca CSV în codificarea Windows); "
            f"{SAVE_AS_HINT}.",
        )


def _csv_rows(path: Path) -> Iterator[Row]:
    text = _decode(path)
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, values in enumerate(reader, start=1):
            if any(v.strip() for v in values):
                yield number, tuple(values)
    except csv.Error as error:
        _reject(path.name, f"Fișierul CSV nu poate fi citit: {error}.")


def _sniff_delimiter(text: str) -> str:
    """`;` (Romanian Excel) or `,`: whichever splits the widest row of the first lines more."""
    head = "\n".join(text.splitlines()[:_SNIFF_LINES])

    def widest(delimiter: str) -> int:
        try:
            rows = csv.reader(io.StringIO(head, newline=""), delimiter=delimiter)
            return max((len(r) for r in rows), default=0)
        except csv.Error:
            return 0

    return "," if widest(",") > widest(";") else ";"
