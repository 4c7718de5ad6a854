"""Printing the registry books as the registers fill: each print continues the leaves of the last.

SPEC §6: the paper register is kept alongside the database, bound, with numbered leaves and
opening and closing statements. A print starts after the last printed entry (the `BookPrint`
log) and continues the leaf numbering; a full-year print starts again from leaf 1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from cic_desktop.errors import ValidationError
from cic_desktop.jobs import CancelToken, Progress, no_progress
from cic_desktop.registers import petitions_register
from cic_desktop.render.pdf.registry_book import (
    BookColumn,
    BookRow,
    BookSpec,
    Closing,
    Signature,
    build_registry_book,
)
from cic_desktop.services import audit
from db.enums import AuditAction, RegisterCode
from db.models import AuditHead, BookPrint, NumberGap, Staff

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

PETITIONS_LEGAL_NOTE = (
    "(OG nr. 27/2002 privind reglementarea activității de soluționare a petițiilor)"
)
# Column widths in millimetres on A4 landscape (scaled to the printable width): wide enough
# for the longest header word and for every fixed value (dates, „registratură”, „nefavorabil”).
PETITION_COLUMN_WIDTHS: tuple[float, ...] = (
    8.5, 14.8, 22, 12.8, 22, 13.6, 14.9, 34, 13.2, 19.9, 14.4, 14.4, 14.6, 14.3, 14.4, 17, 17,
)  # fmt: skip
_CENTRED = frozenset({petitions_register.COL_INDEX})


@dataclass(frozen=True)
class BookPrintData:
    """One line of the print log, as the GUI lists it."""

    id: int
    year: int
    full_year: bool
    first_index: int
    last_index: int
    first_page: int
    last_page: int
    printed_at: datetime
    printed_by: str


@dataclass(frozen=True)
class NextPrint:
    """What the next partial print would contain (shown before printing)."""

    year: int
    first_index: int
    first_page: int
    pending_rows: int
    first_print: bool


@dataclass(frozen=True)
class BookPrintResult:
    path: Path
    year: int
    full_year: bool
    first_index: int
    last_index: int
    first_page: int
    last_page: int
    rows: int
    struck_entries: frozenset[int]
    opening: bool
    closing: bool
    print_id: int

    @property
    def pages(self) -> int:
        return self.last_page - self.first_page + 1


def petition_columns() -> list[BookColumn]:
    return [
        BookColumn(label, width, "CENTRE" if label in _CENTRED else "LEFT")
        for label, width in zip(petitions_register.COLUMNS, PETITION_COLUMN_WIDTHS, strict=True)
    ]


@dataclass(frozen=True)
class BookLayout:
    """What differs between the registers' books: title, columns and where the rows come from."""

    register_code: str
    title: str
    legal_note: str
    columns: Callable[[], list[BookColumn]]
    iter_rows: Callable[..., Iterator[Any]]
    count_rows: Callable[[CicCore, int], int]


def _public_info_columns() -> list[BookColumn]:
    from cic_desktop.registers import public_info_register as r

    return [
        BookColumn(label, width, "CENTRE" if label == r.COL_INDEX else "LEFT")
        for label, width in zip(r.COLUMNS, r.BOOK_COLUMN_WIDTHS, strict=True)
    ]


def _audience_columns() -> list[BookColumn]:
    from cic_desktop.registers import audiences_register as r

    return [
        BookColumn(label, width, "CENTRE" if label == r.COL_INDEX else "LEFT")
        for label, width in zip(r.COLUMNS, r.BOOK_COLUMN_WIDTHS, strict=True)
    ]


def _layouts() -> dict[str, BookLayout]:
    from cic_desktop.registers import audiences_register, public_info_register

    return {
        RegisterCode.PETITIONS: BookLayout(
            RegisterCode.PETITIONS,
            petitions_register.TITLE,
            PETITIONS_LEGAL_NOTE,
            petition_columns,
            petitions_register.iter_rows,
            petitions_register.count_rows,
        ),
        RegisterCode.PUBLIC_INFO: BookLayout(
            RegisterCode.PUBLIC_INFO,
            public_info_register.TITLE,
            public_info_register.LEGAL_NOTE,
            _public_info_columns,
            public_info_register.iter_rows,
            public_info_register.count_rows,
        ),
        RegisterCode.AUDIENCES: BookLayout(
            RegisterCode.AUDIENCES,
            audiences_register.TITLE,
            audiences_register.LEGAL_NOTE,
            _audience_columns,
            audiences_register.iter_rows,
            audiences_register.count_rows,
        ),
    }


class BooksService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    def prints(self, year: int, register_code: str = RegisterCode.PETITIONS) -> list[BookPrintData]:
        with self._core.read() as session:
            rows = session.execute(
                select(BookPrint, Staff.name)
                .outerjoin(Staff, Staff.id == BookPrint.printed_by_id)
                .where(BookPrint.register_code == register_code, BookPrint.year == year)
                .order_by(BookPrint.id)
            ).all()
            return [
                BookPrintData(
                    p.id,
                    p.year,
                    p.full_year,
                    p.first_index,
                    p.last_index,
                    p.first_page,
                    p.last_page,
                    p.printed_at,
                    name or "",
                )
                for p, name in rows
            ]

    def next_print(self, year: int, register_code: str = RegisterCode.PETITIONS) -> NextPrint:
        """Where the next partial print of a register's book starts."""
        layout = _layouts()[register_code]
        prints = self.prints(year, register_code)
        last = prints[-1] if prints else None
        first_index = last.last_index + 1 if last else 1
        first_page = last.last_page + 1 if last else 1
        total = layout.count_rows(self._core, year)
        return NextPrint(year, first_index, first_page, max(total - first_index + 1, 0), not prints)

    def print_petitions_book(self, year: int, path: str | Path, **options: Any) -> BookPrintResult:
        return self.print_book(RegisterCode.PETITIONS, year, path, **options)

    def print_public_info_book(
        self, year: int, path: str | Path, **options: Any
    ) -> BookPrintResult:
        return self.print_book(RegisterCode.PUBLIC_INFO, year, path, **options)

    def print_book(
        self,
        register_code: str,
        year: int,
        path: str | Path,
        *,
        full_year: bool = False,
        closing: bool | None = None,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> BookPrintResult:
        """Print the new entries of the year's book of a register (or the whole year) to `path`.

        `closing=None` adds the year-end closing statement when the year is over and the print
        reaches its last entry; True adds it on demand, False never.
        """
        today = self._core.clock.today()
        progress(0.0, "Se citesc înregistrările…")
        layout = _layouts()[register_code]
        plan = self.next_print(year, register_code)
        first_index, first_page = (1, 1) if full_year else (plan.first_index, plan.first_page)
        register_rows = list(layout.iter_rows(self._core, year, from_index=first_index))
        rows = [BookRow(r.print_cells(), r.index, r.annulled) for r in register_rows]
        total = first_index - 1 + len(rows)
        if closing is None:
            closing = year < today.year and total > 0
        if not rows and not closing:
            raise ValidationError(
                "year",
                f"Nu există înregistrări noi de tipărit în {layout.title.lower()} pe anul {year}"
                + (
                    f" (ultima filă tipărită: {plan.first_page - 1})."
                    if not plan.first_print
                    else "."
                ),
            )
        last_number = register_rows[-1].number_text if register_rows else ""
        spec = self._spec(
            layout,
            year,
            first_page,
            today,
            total,
            last_number,
            full_year or plan.first_print,
            closing,
        )
        rendered = build_registry_book(path, spec, rows, progress=progress, cancel=cancel)
        last_index = rows[-1].index if rows else first_index - 1
        print_id = self._log(
            layout,
            year,
            full_year,
            first_index,
            last_index,
            rendered.first_page,
            rendered.last_page,
        )
        return BookPrintResult(
            path=Path(path),
            year=year,
            full_year=full_year,
            first_index=first_index,
            last_index=last_index,
            first_page=rendered.first_page,
            last_page=rendered.last_page,
            rows=len(rows),
            struck_entries=rendered.struck_entries,
            opening=spec.opening,
            closing=closing,
            print_id=print_id,
        )

    def _spec(
        self,
        layout: BookLayout,
        year: int,
        first_page: int,
        today: date,
        total: int,
        last_number: str,
        opening: bool,
        closing: bool,
    ) -> BookSpec:
        institution = self._core.settings.institution()
        mayor = self._core.settings.official_for("mayor", today)
        authority = ["ROMÂNIA"]
        if institution.county:
            authority.append(f"JUDEȚUL {institution.county.upper()}")
        authority.append(
            f"PRIMĂRIA COMUNEI {institution.commune.upper()}" if institution.commune else "PRIMĂRIA"
        )
        closing_data = None
        if closing:
            closed_on = date(year, 12, 31) if year < today.year else today
            head, gaps = self._closing_remarks(year)
            closing_data = Closing(
                total,
                closed_on,
                last_number or self._last_number_text(layout, year, total),
                audit_head=head,
                gap_notes=gaps,
            )
        return BookSpec(
            title=layout.title,
            year=year,
            institution=institution.display_name,
            columns=layout.columns(),
            printed_on=today,
            authority_lines=tuple(authority),
            legal_note=layout.legal_note,
            first_page=first_page,
            opening=opening,
            continues=not closing,
            closing=closing_data,
            signatures=(
                Signature("Primar,", mayor.name if mayor else "", stamp=True),
                Signature("Întocmit,", self._core.current_user_name),
            ),
        )

    def _closing_remarks(self, year: int) -> tuple[tuple[int, str] | None, tuple[str, ...]]:
        with self._core.read() as session:
            head = session.get(AuditHead, 1)
            gaps = session.scalars(
                select(NumberGap.reason).where(NumberGap.year == year).order_by(NumberGap.id)
            ).all()
        return ((head.last_event_id, head.last_hash) if head else None), tuple(gaps)

    def _last_number_text(self, layout: BookLayout, year: int, total: int) -> str:
        if total <= 0:
            return ""
        last = next(iter(layout.iter_rows(self._core, year, from_index=total)), None)
        return last.number_text if last else ""

    def _log(
        self,
        layout: BookLayout,
        year: int,
        full_year: bool,
        first_index: int,
        last_index: int,
        first_page: int,
        last_page: int,
    ) -> int:
        with self._core.write() as session:
            row = BookPrint(
                register_code=layout.register_code,
                year=year,
                full_year=full_year,
                first_index=first_index,
                last_index=last_index,
                first_page=first_page,
                last_page=last_page,
                printed_at=self._core.clock.now(),
                printed_by_id=self._core.current_user_id,
            )
            session.add(row)
            session.flush()
            scope = "integral" if full_year else f"nr. crt. {first_index}–{last_index}"
            audit.record(
                session,
                self._core,
                action=AuditAction.CREATE,
                entity="book_print",
                entity_id=row.id,
                summary=(
                    f"Tipărit {layout.title.lower()} pe anul {year} ({scope}), "
                    f"filele {first_page}–{last_page}"
                ),
            )
            return row.id
