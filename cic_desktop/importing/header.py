"""Finding the header row of an imported register: the clerk's file may have a title, notes or a
logo above it, and columns in any order; every register import looks for it the same way."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from cic_desktop.importing.issues import ImportRejectedError, RowError
from cic_desktop.importing.matching import cell_text, key
from cic_desktop.importing.sources import Sheet

HEADER_SCAN_ROWS = 30

Header = tuple[Sheet, int, dict[str, int]]  # the sheet, the header's row number, label → column


def scan_for_header(
    name: str,
    sheets: Sequence[Sheet],
    keys: Mapping[str, str],
    accept: Callable[[dict[str, int]], bool],
) -> Header | None:
    """The first row (of the first sheet that has one) whose recognised labels `accept` takes;
    a column named twice in that row rejects the file."""
    for sheet in sheets:
        for number, values in sheet.rows[:HEADER_SCAN_ROWS]:
            positions: dict[str, int] = {}
            duplicates: list[str] = []
            for index, value in enumerate(values):
                label = keys.get(key(cell_text(value)))
                if label is None:
                    continue
                if label in positions:
                    duplicates.append(label)
                positions.setdefault(label, index)
            if accept(positions):
                if duplicates:
                    raise ImportRejectedError(
                        name,
                        [
                            RowError(number, label, "Coloana apare de două ori în antet.")
                            for label in duplicates
                        ],
                    )
                return sheet, number, positions
    return None


def find_header(
    name: str,
    sheets: Sequence[Sheet],
    keys: Mapping[str, str],
    columns: Sequence[str],
    accept: Callable[[dict[str, int]], bool],
    *,
    register: str = "registrului",
) -> Header:
    """As `scan_for_header`, rejecting the file (listing the expected columns) when none is found;
    `register` names it in the message („registrului de audiențe”)."""
    found = scan_for_header(name, sheets, keys, accept)
    if found is not None:
        return found
    expected = ", ".join(f"„{label}”" for label in columns)
    raise ImportRejectedError(
        name,
        [
            RowError(
                None,
                "",
                f"Nu am găsit rândul de antet al {register} în primele {HEADER_SCAN_ROWS} de "
                f"rânduri. Coloanele așteptate: {expected}.",
            )
        ],
    )
