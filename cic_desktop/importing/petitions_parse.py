"""Reading a petitions register file (the export's layout) into validated rows, without the database.

Every row is checked and every problem is listed with its row number; nothing stops at the first
error, so the clerk can correct the whole file at once.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from cic_desktop.domain.dates_ro import count_ro
from cic_desktop.importing.header import find_header
from cic_desktop.importing.issues import RowError, RowWarning, rows_text
from cic_desktop.importing.matching import cell_text, key
from cic_desktop.importing.petitions_row import ParsedRow, RowReader
from cic_desktop.importing.sources import read_sheets
from cic_desktop.registers.petitions_register import (
    COL_CHANNEL,
    COL_INDEX,
    COL_KIND,
    COL_NUMBER,
    COL_PETITIONER,
    COL_PETITIONER_KIND,
    COL_SUBJECT,
    COLUMNS,
)

REQUIRED = (COL_NUMBER, COL_PETITIONER, COL_PETITIONER_KIND, COL_KIND, COL_CHANNEL, COL_SUBJECT)
MIN_HEADER_MATCHES = 3
_HEADER_KEYS = {key(label): label for label in COLUMNS}


@dataclass(frozen=True)
class ParsedRegister:
    file_name: str
    sheet: str
    header_row: int
    columns: tuple[str, ...]
    rows: tuple[ParsedRow, ...]
    errors: tuple[RowError, ...] = ()
    warnings: tuple[RowWarning, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors


def read_petitions_file(
    path: str | os.PathLike[str], *, today: date | None = None
) -> ParsedRegister:
    """Parse and check a register file (`.xlsx` or `.csv`). Row problems are returned in `errors`;
    an unreadable file (format, encoding, no header row) raises ImportRejectedError."""
    name = Path(path).name
    sheet, header_row, positions = find_header(
        name, read_sheets(path), _HEADER_KEYS, COLUMNS, lambda p: len(p) >= MIN_HEADER_MATCHES
    )
    errors: list[RowError] = []
    warnings: list[RowWarning] = []
    columns = tuple(label for label in COLUMNS if label in positions)
    for label in REQUIRED:
        if label not in positions:
            errors.append(RowError(header_row, label, "Lipsește această coloană obligatorie."))
    optional = [label for label in COLUMNS if label not in REQUIRED and label != COL_INDEX]
    missing = [label for label in optional if label not in positions]
    if missing:
        listed = ", ".join(f"„{label}”" for label in missing)
        warnings.append(
            RowWarning(header_row, "", f"Lipsesc coloanele {listed}; se consideră necompletate.")
        )
    rows: list[ParsedRow] = []
    if not errors:
        for number, values in sheet.rows:
            if number <= header_row or _blank(values, positions):
                continue
            reader = RowReader(number, values, positions, today)
            row = reader.parse()
            errors += reader.errors
            warnings += reader.warnings
            if row is not None:
                rows.append(row)
        errors += _duplicates(rows)
        warnings += _incomplete_summary(rows)
    return ParsedRegister(
        name, sheet.name, header_row, columns, tuple(rows), tuple(errors), tuple(warnings)
    )


def _blank(values: tuple[object, ...], positions: dict[str, int]) -> bool:
    """A pre-numbered empty line of a paper-like register: only `Nr. crt.` is filled in."""
    index_column = positions.get(COL_INDEX)
    return all(cell_text(v).strip() == "" for i, v in enumerate(values) if i != index_column)


def _duplicates(rows: Sequence[ParsedRow]) -> list[RowError]:
    seen: dict[tuple[int, int], int] = {}
    errors = []
    for row in rows:
        first = seen.setdefault((row.year, row.number), row.row_number)
        if first != row.row_number:
            errors.append(
                RowError(
                    row.row_number,
                    COL_NUMBER,
                    f"Numărul {row.number} din anul {row.year} apare de două ori în fișier "
                    f"(și pe rândul {first}).",
                )
            )
    return errors


def _incomplete_summary(rows: Sequence[ParsedRow]) -> list[RowWarning]:
    flagged = [row.row_number for row in rows if row.flagged_incomplete]
    if not flagged:
        return []
    one = len(flagged) == 1
    subject = "O petiție nu are" if one else f"{count_ro(len(flagged), 'petiție', 'petiții')} nu au"
    verb = (
        "se importă așa cum este și se marchează"
        if one
        else "se importă așa cum sunt și se marchează"
    )
    return [
        RowWarning(
            None,
            "",
            f"{subject} toate datele cerute azi (domeniu, compartiment, adresă sau tipul "
            f"petiționarului) – {rows_text(flagged)}; {verb} pentru completare.",
        )
    ]
