"""A day off added or removed moves the deadlines of open cases: which ones, and by how much.

Deadlines are stored with each case (they were explained to the citizen at registration); when the
calendar changes, the open cases are recomputed — never answered cases, nor locked years.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.deadlines import compute_deadline, compute_og27_extension
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.dto_petitions import OPEN_STATES
from cic_desktop.dto_public_info import INFO_OPEN_STATES
from db.enums import EntryStatus, PetitionChannel
from db.models import AdminComplaint, InfoRequest, Petition, RegistryEntry, YearLock


@dataclass(frozen=True)
class MovedDeadline:
    entry_id: int
    register: str
    number_text: str
    old_legal: date | None
    new_legal: date
    old_internal: date | None
    new_internal: date | None
    name: str = ""  # who wrote in, as registered (the confirmation shows it)


def _open_cases(session: Session) -> Iterator[tuple[RegistryEntry, date, int | None]]:
    """(entry, start of its term, OG 27 extension days) for every open, unlocked case."""
    locked = set(session.scalars(select(YearLock.year)))
    for entry, petition in session.execute(
        select(RegistryEntry, Petition)
        .join(Petition, Petition.entry_id == RegistryEntry.id)
        .where(RegistryEntry.status == EntryStatus.ACTIVE, Petition.state.in_(OPEN_STATES))
    ):
        if entry.year not in locked:
            start = (
                entry.received_on
                if petition.channel == PetitionChannel.AUDIENCE
                else entry.registered_on
            )
            yield entry, start, petition.extension_days
    for entry, _request in session.execute(
        select(RegistryEntry, InfoRequest)
        .join(InfoRequest, InfoRequest.entry_id == RegistryEntry.id)
        .where(RegistryEntry.status == EntryStatus.ACTIVE, InfoRequest.state.in_(INFO_OPEN_STATES))
    ):
        if entry.year not in locked:
            yield entry, entry.registered_on, None
    for entry, _complaint in session.execute(
        select(RegistryEntry, AdminComplaint)
        .join(AdminComplaint, AdminComplaint.entry_id == RegistryEntry.id)
        .where(RegistryEntry.status == EntryStatus.ACTIVE, AdminComplaint.outcome == "pending")
    ):
        if entry.year not in locked:
            yield entry, entry.registered_on, None


def moved_deadlines(
    session: Session, calendar: WorkingCalendar
) -> list[tuple[RegistryEntry, MovedDeadline]]:
    """Open cases whose stored deadlines differ from those computed on `calendar`."""
    moved = []
    for entry, start, extension in _open_cases(session):
        if entry.deadline_rule is None:
            continue
        if extension:
            result = compute_og27_extension(start, extension, calendar)
        else:
            result = compute_deadline(entry.deadline_rule, start, calendar)
        if (result.legal_deadline, result.internal_target) != (
            entry.legal_deadline,
            entry.internal_target,
        ):
            moved.append(
                (
                    entry,
                    MovedDeadline(
                        entry.id,
                        entry.register_code,
                        format_registry_number(
                            entry.number, entry.registered_on, entry.number_prefix
                        ),
                        entry.legal_deadline,
                        result.legal_deadline,
                        entry.internal_target,
                        result.internal_target,
                        entry.correspondent_name,
                    ),
                )
            )
    return moved
