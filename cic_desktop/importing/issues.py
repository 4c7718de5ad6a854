"""What an import found wrong, row by row, in the clerk's words (row numbers as the file shows them)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cic_desktop.errors import CicError

MAX_LISTED = 50


@dataclass(frozen=True)
class RowIssue:
    """`row_number` is the spreadsheet row (None: the whole file); `column` a register label or ""."""

    row_number: int | None
    column: str
    message_ro: str

    def text(self) -> str:
        if self.row_number is None and not self.column:
            return self.message_ro
        where = "Fișierul" if self.row_number is None else f"Rândul {self.row_number}"
        if self.column:
            where += f", coloana „{self.column}”"
        return f"{where}: {self.message_ro}"


@dataclass(frozen=True)
class RowError(RowIssue):
    """Blocks the import: nothing is saved while any row has one."""


@dataclass(frozen=True)
class RowWarning(RowIssue):
    """Worth a look, but the import goes ahead (e.g. a deadline recomputed differently)."""


class ImportRejectedError(CicError):
    """The file was refused as a whole; nothing was saved. `errors` lists every problem found."""

    def __init__(
        self,
        file_name: str,
        errors: Sequence[RowError],
        warnings: Sequence[RowWarning] = (),
    ) -> None:
        self.file_name = file_name
        self.errors = tuple(errors)
        self.warnings = tuple(warnings)
        super().__init__(rejection_text(file_name, self.errors))


def rejection_text(file_name: str, errors: Sequence[RowError]) -> str:
    count = len(errors)
    noun = "o problemă" if count == 1 else f"{count} probleme"
    lines = [f"Fișierul „{file_name}” nu a fost importat (nu s-a salvat nimic); are {noun}:"]
    lines += [f"– {error.text()}" for error in errors[:MAX_LISTED]]
    if count > MAX_LISTED:
        lines.append(f"… și încă {count - MAX_LISTED}.")
    lines.append("Corectați fișierul și importați-l din nou.")
    return "\n".join(lines)


def number_ranges(numbers: Iterable[int]) -> str:
    """`5, 7, 8, 10–12`: three or more consecutive numbers shown as a range (with an en dash)."""
    ordered = sorted(set(numbers))
    parts: list[str] = []
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{ordered[i]}–{ordered[j]}")
        else:
            parts.extend(str(n) for n in ordered[i : j + 1])
        i = j + 1
    return ", ".join(parts)


def rows_text(rows: Iterable[int]) -> str:
    """`rândul 4` or `rândurile 4, 7–9`."""
    ordered = sorted(set(rows))
    return f"rândul {ordered[0]}" if len(ordered) == 1 else f"rândurile {number_ranges(ordered)}"
