"""Number allocation: the counter row is bumped in the caller's write transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import Register, SequenceCounter

# session.info key: {(sequence_code, year): highest number issued in this unit of work}
ISSUED_NUMBERS = "cic_issued_numbers"


class RegistrationBeforeLastError(Exception):
    """The requested registration date is earlier than the last number's date (chronology)."""

    def __init__(self, last_number: int, last_date: date) -> None:
        super().__init__(f"last number {last_number} was registered on {last_date}")
        self.last_number = last_number
        self.last_date = last_date


def sequence_of(session: Session, register_code: str) -> str:
    return session.execute(
        select(Register.sequence_code).where(Register.code == register_code)
    ).scalar_one()


def _locked_counter(session: Session, sequence_code: str, year: int) -> SequenceCounter:
    stmt = (
        select(SequenceCounter)
        .where(SequenceCounter.sequence_code == sequence_code, SequenceCounter.year == year)
        .with_for_update()
    )
    counter = session.execute(stmt).scalar_one_or_none()
    if counter is None:
        # First number of the year. Two PostgreSQL writers may race here; the loser's savepoint
        # fails on the primary key and it then locks the winner's row.
        try:
            with session.begin_nested():
                session.add(SequenceCounter(sequence_code=sequence_code, year=year, last_number=0))
        except IntegrityError:
            pass
        counter = session.execute(stmt).scalar_one()
    return counter


def allocate_number(session: Session, sequence_code: str, registered_on: date) -> int:
    """Next number of the sequence for registered_on's year; never reused, never before the last date."""
    counter = _locked_counter(session, sequence_code, registered_on.year)
    if counter.last_registered_on is not None and registered_on < counter.last_registered_on:
        raise RegistrationBeforeLastError(counter.last_number, counter.last_registered_on)
    counter.last_number += 1
    counter.last_registered_on = registered_on
    session.flush()
    issued = session.info.setdefault(ISSUED_NUMBERS, {})
    issued[(sequence_code, registered_on.year)] = counter.last_number
    return counter.last_number


def last_issued(session: Session, sequence_code: str, year: int) -> tuple[int, date | None]:
    row = session.execute(
        select(SequenceCounter.last_number, SequenceCounter.last_registered_on).where(
            SequenceCounter.sequence_code == sequence_code, SequenceCounter.year == year
        )
    ).one_or_none()
    return (row[0], row[1]) if row else (0, None)


def raise_for_imported(
    session: Session, register_code: str, numbers: Iterable[tuple[int, int, date]]
) -> None:
    """After importing a historic register: each year's sequence continues after its highest
    imported number. Those numbers were given to citizens on paper, so they also count as issued
    (the watermark kept outside the database follows them, as with `allocate_number`)."""
    sequence_code = sequence_of(session, register_code)
    highest: dict[int, tuple[int, date]] = {}
    for year, number, day in numbers:
        top, last_day = highest.get(year, (0, day))
        highest[year] = (max(top, number), max(last_day, day))
    issued = session.info.setdefault(ISSUED_NUMBERS, {})
    for year, (number, day) in highest.items():
        counter = _locked_counter(session, sequence_code, year)
        counter.last_number = max(counter.last_number or 0, number)
        last = counter.last_registered_on
        counter.last_registered_on = max(last, day) if last else day
        issued[(sequence_code, year)] = max(
            issued.get((sequence_code, year), 0), counter.last_number
        )
    session.flush()
