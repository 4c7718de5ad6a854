"""Building the dashboard of a year: one read, sums checked by the model's properties."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import extract, func, select

from cic_desktop.dashboard.model import (
    UNASSIGNED,
    Dashboard,
    DepartmentLoad,
    MonthlyRegistrations,
    TermShare,
    Timing,
)
from cic_desktop.dashboard.sources import SOURCES, Source
from db.enums import EntryStatus, RegisterCode
from db.models import RegistryEntry

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cic_desktop.core import CicCore


def _register_order(code: str) -> tuple[int, str]:
    known = [r.value for r in RegisterCode]
    return (known.index(code), "") if code in known else (len(known), code)


def monthly_registrations(session: Session, year: int) -> MonthlyRegistrations:
    """Every register with entries in `year`, from the registry itself (no source needed)."""
    month = extract("month", RegistryEntry.registered_on)
    rows = session.execute(
        select(RegistryEntry.register_code, month, RegistryEntry.status, func.count())
        .where(RegistryEntry.year == year)
        .group_by(RegistryEntry.register_code, month, RegistryEntry.status)
    ).all()
    counts: dict[str, list[int]] = {}
    annulled: Counter[str] = Counter()
    for code, number, status, count in rows:
        months = counts.setdefault(code, [0] * 12)
        if status == EntryStatus.ANNULLED:
            annulled[code] += count
        else:
            months[int(number) - 1] += count
    registers = tuple(sorted(counts, key=_register_order))
    return MonthlyRegistrations(
        registers,
        {code: tuple(counts[code]) for code in registers},
        {code: annulled[code] for code in registers},
    )


def build_dashboard(
    core: CicCore, year: int | None = None, sources: Iterable[Source] = SOURCES
) -> Dashboard:
    """The figures of `year` (default: the current one), each case as it stands today."""
    today = core.clock.today()
    year = year or today.year
    in_term: Counter[str] = Counter()
    late: Counter[str] = Counter()
    by_department: dict[str, Counter[str]] = {}
    followed: list[str] = []
    with core.read() as session:
        monthly = monthly_registrations(session, year)
        calendar = core.calendar.working_calendar(session)
        for source in sources:
            for fact in source(session, year, today, calendar):
                if fact.register not in followed:
                    followed.append(fact.register)
                if fact.timing is Timing.IN_TERM:
                    in_term[fact.register] += 1
                elif fact.timing is Timing.LATE:
                    late[fact.register] += 1
                if fact.open:
                    department = fact.department.strip() or UNASSIGNED
                    by_department.setdefault(department, Counter())[fact.register] += 1
    registers = tuple(sorted(followed, key=_register_order))
    terms = tuple(TermShare(r, in_term[r], late[r]) for r in registers)
    departments = tuple(
        sorted(
            (DepartmentLoad(name, dict(counts)) for name, counts in by_department.items()),
            key=lambda d: (d.department == UNASSIGNED, -d.total, d.department),
        )
    )
    return Dashboard(year, today, monthly, terms, departments, registers)


def registered_years(core: CicCore) -> list[int]:
    """The years with entries, and the current one, newest first (the dashboard's year list)."""
    with core.read() as session:
        years = set(session.scalars(select(RegistryEntry.year).distinct()))
    years.add(core.clock.today().year)
    return sorted(years, reverse=True)
