"""Locking a year once its statutory reports are issued: its entries become read-only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.domain.dates_ro import count_ro
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.domain.text import clean_text
from cic_desktop.errors import ValidationError
from cic_desktop.services import audit
from db.enums import AuditAction, EntryStatus
from db.models import Petition, RegistryEntry, YearLock
from db.queries.petitions import OPEN

if TYPE_CHECKING:
    from cic_desktop.core import CicCore


class YearLockedError(ValidationError):
    pass


def ensure_unlocked(session: Session, year: int) -> None:
    """Called by every change to an entry: a locked year is read-only."""
    if session.get(YearLock, year) is not None:
        raise YearLockedError(
            "year",
            f"Anul {year} este închis (rapoartele au fost emise): înregistrările lui nu se mai pot "
            "modifica. Dacă trebuie totuși corectat ceva, redeschideți anul din „Siguranța datelor”, cu motiv.",
        )


def open_cases(session: Session, year: int) -> list[str]:
    rows = session.execute(
        select(RegistryEntry.number, RegistryEntry.registered_on, RegistryEntry.number_prefix)
        .join(Petition, Petition.entry_id == RegistryEntry.id)
        .where(
            RegistryEntry.year == year,
            RegistryEntry.status == EntryStatus.ACTIVE,
            Petition.state.in_(OPEN),
        )
        .order_by(RegistryEntry.number)
    ).all()
    return [format_registry_number(n, d, p) for n, d, p in rows]


class YearsService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    def locked_years(self) -> list[int]:
        with self._core.read() as session:
            return list(session.scalars(select(YearLock.year).order_by(YearLock.year)))

    def is_locked(self, year: int) -> bool:
        with self._core.read() as session:
            return session.get(YearLock, year) is not None

    def open_cases(self, year: int) -> list[str]:
        with self._core.read() as session:
            return open_cases(session, year)

    def lock(self, year: int, note: str = "") -> None:
        note = clean_text(note, field="note", label="Mențiune", max_length=500)
        if year >= self._core.clock.today().year:
            raise ValidationError("year", "Se poate închide doar un an încheiat.")
        with self._core.write() as session:
            if session.get(YearLock, year) is not None:
                raise ValidationError("year", f"Anul {year} este deja închis.")
            still_open = open_cases(session, year)
            if still_open:
                listed = ", ".join(still_open[:20]) + (" …" if len(still_open) > 20 else "")
                count = count_ro(len(still_open), "caz", "cazuri")
                verb = "este încă deschis" if len(still_open) == 1 else "sunt încă deschise"
                raise ValidationError(
                    "year",
                    f"Anul {year} nu se poate închide: {count} {verb} ({listed}). "
                    "Soluționați-le, redirecționați-le sau clasați-le întâi.",
                )
            session.add(
                YearLock(
                    year=year,
                    locked_at=self._core.clock.now(),
                    locked_by_id=self._core.current_user_id,
                    note=note,
                )
            )
            audit.record(
                session,
                self._core,
                action=AuditAction.LOCK,
                entity="year_lock",
                entity_id=year,
                summary=f"Anul {year} a fost închis. {note}".strip(),
            )

    def unlock(self, year: int, reason: str) -> None:
        reason = clean_text(
            reason,
            field="reason",
            label="Motivul redeschiderii",
            max_length=1000,
            required=True,
            multiline=True,
        )
        with self._core.write() as session:
            lock = session.get(YearLock, year)
            if lock is None:
                raise ValidationError("year", f"Anul {year} nu este închis.")
            session.delete(lock)
            audit.record(
                session,
                self._core,
                action=AuditAction.UNLOCK,
                entity="year_lock",
                entity_id=year,
                summary=f"Anul {year} a fost redeschis. Motiv: {reason}",
            )
