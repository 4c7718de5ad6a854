"""Steps every register import takes the same way (petitions, 544 requests, audiences).

Each import keeps its own rows, plan and report; what is shared here is the part the law and the
numbering rules make identical: refusing the whole file on any error, cancelling between steps,
the historic registry entry (its own number, `imported=True`, no sequence) and moving the year's
sequence past the highest imported number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Protocol

from sqlalchemy.orm import Session

from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.domain.text import search_key
from cic_desktop.importing.issues import ImportRejectedError, RowError, RowWarning
from cic_desktop.jobs import CancelToken
from db.enums import EntryStatus, RegisterCode
from db.models import RegistryEntry
from db.queries.numbering import raise_for_imported


class NumberedRow(Protocol):
    """An imported row as the numbering sees it."""

    @property
    def year(self) -> int: ...
    @property
    def number(self) -> int: ...
    @property
    def registered_on(self) -> date: ...


class EntryDeadlines(Protocol):
    @property
    def rule(self) -> str: ...
    @property
    def legal(self) -> date: ...
    @property
    def internal(self) -> date | None: ...


def check_cancel(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.raise_if_cancelled()


def reject_if_errors(
    file_name: str,
    errors: Sequence[RowError],
    warnings: Iterable[RowWarning],
) -> None:
    """All or nothing: any error refuses the file, listed in row then column order."""
    if errors:
        ordered = sorted(errors, key=lambda e: (e.row_number or 0, e.column))
        raise ImportRejectedError(file_name, ordered, tuple(warnings))


def people_linked(person_ids: Iterable[int | None]) -> int:
    """How many distinct people on file the rows were matched to."""
    return len({person_id for person_id in person_ids if person_id is not None})


def imported_entry(
    register: RegisterCode,
    row: NumberedRow,
    *,
    prefix: str,
    received_on: date,
    subject: str,
    name: str,
    address: str,
    deadlines: EntryDeadlines | None,
    annul_reason: str | None,
    annulled: bool,
    now: datetime,
    user: int | None,
) -> RegistryEntry:
    """The historic entry: its number from the file, no sequence, marked imported."""
    number_text = format_registry_number(row.number, row.registered_on, prefix)
    return RegistryEntry(
        register_code=register.value,
        sequence_code=None,
        year=row.year,
        number=row.number,
        number_prefix=prefix,
        registered_on=row.registered_on,
        received_on=received_on,
        subject=subject,
        correspondent_name=name,
        correspondent_address=address,
        search_key=search_key(f"{number_text} {name} {subject}"),
        deadline_rule=deadlines.rule if deadlines else None,
        legal_deadline=deadlines.legal if deadlines else None,
        internal_target=deadlines.internal if deadlines else None,
        status=EntryStatus.ANNULLED.value if annulled else EntryStatus.ACTIVE.value,
        annul_reason=annul_reason,
        annulled_on=None,
        imported=True,
        created_at=now,
        created_by_id=user,
    )


def raise_counters(session: Session, register: RegisterCode, rows: Iterable[NumberedRow]) -> None:
    """The year's sequence continues after the highest imported number."""
    raise_for_imported(
        session, register, ((row.year, row.number, row.registered_on) for row in rows)
    )
