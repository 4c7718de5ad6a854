"""Taking a sign-up in: what the clerk typed, and whether the slot asked for really exists."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cic_desktop.domain.audience_calendar import is_time
from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.domain.text import clean_text
from cic_desktop.dto_audiences import AudienceInput, Slot
from cic_desktop.dto_petitions import PersonData
from cic_desktop.errors import ValidationError
from cic_desktop.services.audience_slots import (
    find_slot,
    schedules_of,
    sessions_between,
    slot_key,
    slots_of_session,
)
from cic_desktop.services.people import clean_person
from db.models import (
    Audience,
    AudienceCancellation,
    AudienceSchedule,
    Official,
    PetitionDomain,
    RegistryEntry,
)

if TYPE_CHECKING:
    from cic_desktop.core import CicCore
    from cic_desktop.domain.calendar import WorkingCalendar


@dataclass(frozen=True)
class CleanSignUp:
    data: AudienceInput
    person: PersonData
    subject: str
    previous_number: str
    notes: str


def clean_signup(core: CicCore, data: AudienceInput) -> CleanSignUp:
    """Everything that needs no database: texts, times, the walk-in day."""
    today = core.clock.today()
    person = clean_person(
        PersonData(
            data.person_kind, data.name, data.address, data.email, data.phone, data.person_id
        )
    )
    subject = clean_text(
        data.subject,
        field="subject",
        label="Problema prezentată",
        max_length=2000,
        required=True,
        multiline=True,
    )
    previous = clean_text(
        data.previous_number,
        field="previous_number",
        label="Nr. înregistrare cerere anterioară",
        max_length=100,
    )
    notes = clean_text(
        data.notes, field="notes", label="Observații", max_length=2000, multiline=True
    )
    if data.slot_time is not None and not is_time(data.slot_time):
        raise ValidationError("slot_time", "Ora se scrie „HH:MM” (de exemplu 09:15).")
    if data.walk_in:
        if data.audience_day != today:
            raise ValidationError(
                "audience_day",
                f"O persoană venită fără programare se înscrie în ziua în care a venit ({fmt(today)}).",
            )
    else:
        if data.audience_day < today:
            raise ValidationError("audience_day", "Data audienței nu poate fi în trecut.")
        if not data.slot_time:
            raise ValidationError("slot_time", "Alegeți un interval liber.")
    return CleanSignUp(
        replace(data, slot_time=data.slot_time or None), person, subject, previous, notes
    )


def active_official(session: Session, official_id: int) -> Official:
    official = session.get(Official, official_id)
    if official is None or not official.active:
        raise ValidationError("official_id", "Alegeți persoana care acordă audiența.")
    return official


def domain_of(session: Session, domain_id: int | None) -> PetitionDomain | None:
    if domain_id is None:
        return None
    domain = session.get(PetitionDomain, domain_id)
    if domain is None:
        raise ValidationError("domain_id", "Domeniul ales nu mai există.")
    return domain


def require_slot(
    session: Session,
    calendar: WorkingCalendar,
    official_id: int,
    day: date,
    time: str | None,
    now: datetime | None = None,
) -> Slot:
    """The slot asked for (or, without a time, the first free one that day), or why there is none.

    With `now`, a slot of today that has already ended is not offered: nobody can be received in
    the past."""
    if time is not None:
        slot = find_slot(session, calendar, official_id, day, time)
        if slot is not None:
            if slot_ended(slot, now):
                raise ValidationError(
                    "slot_time",
                    f"Intervalul {fmt(day)}, ora {time}–{slot.end_time}, a trecut. "
                    "Alegeți un interval care urmează.",
                )
            return slot
    else:
        taken = set(
            session.scalars(
                select(Audience.slot_time).where(
                    Audience.official_id == official_id,
                    Audience.audience_day == day,
                    Audience.slot_key.is_not(None),
                )
            )
        )
        for start in sorted(_times_of_day(session, calendar, official_id, day)):
            if start not in taken:
                slot = find_slot(session, calendar, official_id, day, start)
                assert slot is not None
                if not slot_ended(slot, now):
                    return slot
    reason = calendar.non_working_reason(day)
    if reason is not None:
        raise ValidationError("audience_day", f"Pe {fmt(day)} nu se țin audiențe ({reason}).")
    cancelled = session.execute(
        select(AudienceCancellation.reason)
        .join(AudienceSchedule, AudienceSchedule.id == AudienceCancellation.schedule_id)
        .where(AudienceSchedule.official_id == official_id, AudienceCancellation.day == day)
    ).scalar()
    if cancelled is not None:
        raise ValidationError(
            "audience_day", f"Audiențele din {fmt(day)} nu au loc: {cancelled}".rstrip(": ")
        )
    if time is None:
        raise ValidationError(
            "audience_day", f"Pe {fmt(day)} nu mai este niciun interval liber la persoana aleasă."
        )
    raise ValidationError(
        "slot_time",
        f"Pe {fmt(day)}, ora {time}, persoana aleasă nu are un interval de audiență. "
        "Alegeți unul dintre intervalele libere oferite.",
    )


def slot_ended(slot: Slot, now: datetime | None) -> bool:
    """True for a slot of today whose end is already past (`HH:MM` strings compare in order)."""
    return now is not None and slot.day == now.date() and slot.end_time <= f"{now:%H:%M}"


def _times_of_day(
    session: Session, calendar: WorkingCalendar, official_id: int, day: date
) -> set[str]:
    return {
        slot.time
        for row, d in sessions_between(session, calendar, day, day, official_id)
        for slot in slots_of_session(row, d, {})
    }


def hold_slot(session: Session, audience: Audience, official_id: int, day: date, time: str) -> None:
    """Give the slot to the sign-up; the UNIQUE slot key refuses a second booking, even one made
    at the same moment by another computer on the same database."""
    key = slot_key(official_id, day, time)
    try:
        with session.begin_nested():
            audience.slot_key = key
            session.add(audience)
            session.flush()
    except IntegrityError as err:
        holder = session.execute(
            select(RegistryEntry)
            .join(Audience, Audience.entry_id == RegistryEntry.id)
            .where(Audience.slot_key == key)
        ).scalar()
        by = (
            f" de înscrierea nr. "
            f"{format_registry_number(holder.number, holder.registered_on, holder.number_prefix)}"
            if holder is not None
            else ""
        )
        raise ValidationError(
            "slot_time",
            f"Intervalul {fmt(day)}, ora {time}, a fost deja ocupat{by}. Alegeți alt interval.",
        ) from err


def place_of_day(session: Session, official_id: int, day: date) -> str:
    """Where a walk-in is received: the place of the official's programme, if there is one."""
    for row in schedules_of(session, official_id):
        if row.weekday == day.weekday() and row.place:
            return row.place
    return ""
