"""Session-level helpers for audiences: which programme meets when, which slots are booked.

Shared by the programmes (audience_schedules), the sign-up (audience_intake) and the calendar.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.domain.audience_calendar import Programme, describe_ro, session_days, slot_times
from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.dto_audiences import ScheduleData, ScheduleInput, Slot
from cic_desktop.labels import OFFICIAL_ROLE_IN_TEXT
from db.enums import EntryStatus, OfficialRole
from db.models import Audience, AudienceCancellation, AudienceSchedule, Official, RegistryEntry


def slot_key(official_id: int, day: date, time: str) -> str:
    """Unique while a sign-up holds the slot: the database refuses a second booking."""
    return f"{official_id}|{day.isoformat()}|{time}"


def role_in_text(official: Official) -> str:
    if official.role == OfficialRole.OTHER and official.title.strip():
        return official.title.strip()
    return OFFICIAL_ROLE_IN_TEXT.get(OfficialRole(official.role), official.role)  # type: ignore[call-overload]


def programme(row: AudienceSchedule | ScheduleInput, valid_from: date | None = None) -> Programme:
    return Programme(
        weekday=row.weekday,
        recurrence=row.recurrence,
        start_time=row.start_time,
        end_time=row.end_time,
        slot_minutes=row.slot_minutes,
        valid_from=valid_from or row.valid_from,  # type: ignore[arg-type]
        valid_until=row.valid_until,
        month_week=row.month_week,
    )


def schedule_data(row: AudienceSchedule, official: Official, today: date) -> ScheduleData:
    return ScheduleData(
        id=row.id,
        official_id=row.official_id,
        official_name=official.name,
        official_role=official.role,
        official_role_label=role_in_text(official),
        weekday=row.weekday,
        recurrence=row.recurrence,
        month_week=row.month_week,
        start_time=row.start_time,
        end_time=row.end_time,
        slot_minutes=row.slot_minutes,
        place=row.place,
        signup_channels=row.signup_channels,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        active=row.active and (row.valid_until is None or row.valid_until >= today),
        description_ro=describe_ro(programme(row), row.place),
    )


@dataclass(frozen=True)
class Holder:
    entry_id: int
    number_text: str
    name: str


def schedules_of(session: Session, official_id: int | None = None) -> list[AudienceSchedule]:
    stmt = select(AudienceSchedule).where(AudienceSchedule.active).order_by(AudienceSchedule.id)
    if official_id is not None:
        stmt = stmt.where(AudienceSchedule.official_id == official_id)
    return list(session.execute(stmt).scalars())


def cancelled_days(session: Session, schedule_ids: list[int]) -> dict[int, set[date]]:
    result: dict[int, set[date]] = defaultdict(set)
    if schedule_ids:
        rows = session.execute(
            select(AudienceCancellation.schedule_id, AudienceCancellation.day).where(
                AudienceCancellation.schedule_id.in_(schedule_ids)
            )
        )
        for schedule_id, day in rows:
            result[schedule_id].add(day)
    return result


def sessions_between(
    session: Session,
    calendar: WorkingCalendar,
    start: date,
    end: date,
    official_id: int | None = None,
) -> list[tuple[AudienceSchedule, date]]:
    """Every (schedule, day) on which a programme takes place in [start, end], by day."""
    rows = schedules_of(session, official_id)
    cancelled = cancelled_days(session, [r.id for r in rows])
    found = [
        (row, day)
        for row in rows
        for day in session_days(programme(row), start, end, calendar, cancelled[row.id])
    ]
    return sorted(found, key=lambda item: (item[1], item[0].start_time, item[0].official_id))


def holders(
    session: Session, start: date, end: date, official_id: int | None = None
) -> dict[str, Holder]:
    """Booked slots in [start, end] by slot key (annulled sign-ups hold none)."""
    stmt = (
        select(Audience.slot_key, RegistryEntry)
        .join(RegistryEntry, RegistryEntry.id == Audience.entry_id)
        .where(
            Audience.slot_key.is_not(None),
            Audience.audience_day >= start,
            Audience.audience_day <= end,
        )
    )
    if official_id is not None:
        stmt = stmt.where(Audience.official_id == official_id)
    return {
        key: Holder(
            entry.id,
            format_registry_number(entry.number, entry.registered_on, entry.number_prefix),
            entry.correspondent_name,
        )
        for key, entry in session.execute(stmt)
    }


def slots_of_session(row: AudienceSchedule, day: date, booked: dict[str, Holder]) -> list[Slot]:
    result = []
    for start, end in slot_times(row.start_time, row.end_time, row.slot_minutes):
        holder = booked.get(slot_key(row.official_id, day, start))
        result.append(
            Slot(
                schedule_id=row.id,
                official_id=row.official_id,
                day=day,
                time=start,
                end_time=end,
                place=row.place,
                entry_id=holder.entry_id if holder else None,
                number_text=holder.number_text if holder else "",
                name=holder.name if holder else "",
            )
        )
    return result


def find_slot(
    session: Session, calendar: WorkingCalendar, official_id: int, day: date, time: str
) -> Slot | None:
    """The slot of `official_id` at `day` `time` if a programme really offers it."""
    for row, _ in sessions_between(session, calendar, day, day, official_id):
        for slot in slots_of_session(row, day, {}):
            if slot.time == time:
                return slot
    return None


def booked_after(
    session: Session, today: date, schedule_id: int
) -> list[tuple[Audience, RegistryEntry]]:
    """Sign-ups from today on that hold a slot of the schedule."""
    return list(
        session.execute(
            select(Audience, RegistryEntry)
            .join(RegistryEntry, RegistryEntry.id == Audience.entry_id)
            .where(
                Audience.schedule_id == schedule_id,
                Audience.slot_key.is_not(None),
                Audience.audience_day >= today,
                RegistryEntry.status == EntryStatus.ACTIVE,
            )
            .order_by(Audience.audience_day, Audience.slot_time)
        ).tuples()
    )


def numbers(entries: list[RegistryEntry]) -> str:
    return ", ".join(
        format_registry_number(e.number, e.registered_on, e.number_prefix) for e in entries
    )
