"""Audience programmes of the officials, their cancelled days, and the slots they offer.

Schedules are never deleted (the register refers to them); a programme that ends gets its last
day. `core.audiences` (AudiencesService) inherits these methods.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.domain.audience_calendar import (
    MAX_SLOT,
    MIN_SLOT,
    MONTH_WEEKS,
    Programme,
    describe_ro,
    is_time,
    minutes,
    occurrences,
    session_days,
    slot_times,
)
from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.text import clean_text
from cic_desktop.dto_audiences import (
    CancellationData,
    ScheduleData,
    ScheduleInput,
    SessionDay,
    Slot,
)
from cic_desktop.errors import NotFoundError, ValidationError
from cic_desktop.services import audit
from cic_desktop.services.audience_intake import slot_ended
from cic_desktop.services.audience_slots import (
    booked_after,
    cancelled_days,
    holders,
    numbers,
    programme,
    schedule_data,
    schedules_of,
    sessions_between,
    slots_of_session,
)
from db.enums import AudienceRecurrence, AuditAction
from db.models import AudienceCancellation, AudienceSchedule, Official

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

# How far ahead the next free slots are looked for.
FREE_SLOT_HORIZON = timedelta(days=400)
# How far ahead two programmes of one official are compared for overlapping sessions.
CLASH_HORIZON = timedelta(days=731)


class AudienceSchedules:
    """The programmes and their calendar; `core.audiences` exposes these methods."""

    def __init__(self, core: CicCore) -> None:
        self._core = core

    # -- programmes ----------------------------------------------------------------------------

    def schedules(self, include_inactive: bool = False) -> list[ScheduleData]:
        today = self._core.clock.today()
        with self._core.read() as session:
            rows = session.execute(
                select(AudienceSchedule, Official)
                .join(Official, Official.id == AudienceSchedule.official_id)
                .order_by(Official.name, AudienceSchedule.weekday, AudienceSchedule.start_time)
            ).tuples()
            result = [schedule_data(row, official, today) for row, official in rows]
        return [s for s in result if include_inactive or s.active]

    def _clean(self, session: Session, data: ScheduleInput, schedule_id: int | None) -> Programme:
        official = session.get(Official, data.official_id)
        if official is None or not official.active:
            raise ValidationError("official_id", "Alegeți persoana care acordă audiența.")
        if not isinstance(data.weekday, int) or not 0 <= data.weekday <= 6:
            raise ValidationError("weekday", "Alegeți ziua săptămânii.")
        if data.recurrence not in {r.value for r in AudienceRecurrence}:
            raise ValidationError("recurrence", "Alegeți periodicitatea programului.")
        for field, value, label in (
            ("start_time", data.start_time, "Ora de început"),
            ("end_time", data.end_time, "Ora de sfârșit"),
        ):
            if not is_time(value):
                raise ValidationError(field, f"{label} se scrie „HH:MM” (de exemplu 09:00).")
        length = minutes(data.end_time) - minutes(data.start_time)
        if length <= 0:
            raise ValidationError("end_time", "Ora de sfârșit trebuie să fie după ora de început.")
        slot = data.slot_minutes
        if isinstance(slot, bool) or not isinstance(slot, int) or not MIN_SLOT <= slot <= MAX_SLOT:
            raise ValidationError(
                "slot_minutes",
                f"Durata unei audiențe trebuie să fie între {MIN_SLOT} și {MAX_SLOT} de minute.",
            )
        if slot > length:
            raise ValidationError(
                "slot_minutes",
                f"În intervalul {data.start_time}–{data.end_time} nu încape nicio audiență "
                f"de {slot} de minute.",
            )
        if data.recurrence == AudienceRecurrence.MONTHLY:
            if data.month_week not in MONTH_WEEKS:
                raise ValidationError(
                    "month_week",
                    "Alegeți a câta zi din lună: prima, a doua, a treia, a patra sau ultima.",
                )
        elif data.month_week is not None:
            raise ValidationError(
                "month_week", "Săptămâna din lună se alege doar pentru programul lunar."
            )
        valid_from = data.valid_from or self._core.clock.today()
        if data.valid_until is not None and data.valid_until < valid_from:
            raise ValidationError(
                "valid_until",
                f"Programul nu poate înceta înainte de a începe ({fmt(valid_from)}).",
            )
        result = programme(data, valid_from)
        self._refuse_clash(session, data.official_id, result, schedule_id)
        return result

    def _refuse_clash(
        self, session: Session, official_id: int, new: Programme, schedule_id: int | None
    ) -> None:
        """One official cannot hold two sessions at the same time on the same day."""
        start = new.valid_from
        end = new.valid_until or start + CLASH_HORIZON
        for row in schedules_of(session, official_id):
            if row.id == schedule_id or row.weekday != new.weekday:
                continue
            if minutes(row.start_time) >= minutes(new.end_time) or minutes(
                new.start_time
            ) >= minutes(row.end_time):
                continue
            common = set(occurrences(programme(row), start, end)) & set(
                occurrences(new, start, end)
            )
            if common:
                other = describe_ro(programme(row), row.place)
                raise ValidationError(
                    "start_time",
                    f"Programul se suprapune cu un alt program al aceleiași persoane ({other}), "
                    f"de exemplu pe {fmt(min(common))}.",
                )

    def add_schedule(self, data: ScheduleInput) -> ScheduleData:
        with self._core.write() as session:
            clean = self._clean(session, data, None)
            row = AudienceSchedule(created_at=self._core.clock.now())
            row.created_by_id = self._core.current_user_id
            self._fill(row, data, clean)
            session.add(row)
            session.flush()
            return self._saved(session, row, AuditAction.CREATE, "Program de audiențe adăugat")

    def update_schedule(self, schedule_id: int, data: ScheduleInput) -> ScheduleData:
        with self._core.write() as session:
            row = self._get(session, schedule_id)
            clean = self._clean(session, data, schedule_id)
            calendar = self._core.calendar.working_calendar(session)
            offered = {
                t for t, _ in slot_times(clean.start_time, clean.end_time, clean.slot_minutes)
            }
            cancelled = cancelled_days(session, [row.id])[row.id]
            losing = [
                entry
                for audience, entry in booked_after(session, self._core.clock.today(), row.id)
                if data.official_id != audience.official_id
                or audience.slot_time not in offered
                or audience.audience_day
                not in session_days(
                    clean, audience.audience_day, audience.audience_day, calendar, cancelled
                )
            ]
            if losing:
                raise ValidationError(
                    "schedule",
                    "Programul nu se poate modifica astfel: înscrierile nr. "
                    f"{numbers(losing)} și-ar pierde intervalul. Amânați-le întâi.",
                )
            before = schedule_data(row, self._official(session, row), self._core.clock.today())
            self._fill(row, data, clean)
            row.updated_at = self._core.clock.now()
            session.flush()
            return self._saved(
                session, row, AuditAction.UPDATE, "Program de audiențe modificat", before
            )

    def end_schedule(self, schedule_id: int, last_day: date) -> ScheduleData:
        with self._core.write() as session:
            row = self._get(session, schedule_id)
            if last_day < row.valid_from:
                raise ValidationError(
                    "valid_until",
                    f"Programul nu poate înceta înainte de a începe ({fmt(row.valid_from)}).",
                )
            later = [
                entry
                for audience, entry in booked_after(session, self._core.clock.today(), row.id)
                if audience.audience_day > last_day
            ]
            if later:
                raise ValidationError(
                    "valid_until",
                    f"După {fmt(last_day)} sunt înscrieri programate (nr. {numbers(later)}). "
                    "Amânați-le întâi.",
                )
            before = schedule_data(row, self._official(session, row), self._core.clock.today())
            row.valid_until = last_day
            row.updated_at = self._core.clock.now()
            session.flush()
            return self._saved(
                session,
                row,
                AuditAction.UPDATE,
                f"Program de audiențe încheiat la {fmt(last_day)}",
                before,
            )

    @staticmethod
    def _fill(row: AudienceSchedule, data: ScheduleInput, clean: Programme) -> None:
        row.official_id = data.official_id
        row.weekday, row.recurrence, row.month_week = (
            clean.weekday,
            clean.recurrence,
            clean.month_week,
        )
        row.start_time, row.end_time, row.slot_minutes = (
            clean.start_time,
            clean.end_time,
            clean.slot_minutes,
        )
        row.place = clean_text(data.place, field="place", label="Locul", max_length=300)
        row.signup_channels = clean_text(
            data.signup_channels,
            field="signup_channels",
            label="Modul de înscriere",
            max_length=2000,
            multiline=True,
        )
        row.valid_from, row.valid_until = clean.valid_from, clean.valid_until
        row.active = True

    def _saved(
        self,
        session: Session,
        row: AudienceSchedule,
        action: str,
        summary: str,
        before: ScheduleData | None = None,
    ) -> ScheduleData:
        after = schedule_data(row, self._official(session, row), self._core.clock.today())
        audit.record(
            session,
            self._core,
            action=action,
            entity="audience_schedule",
            entity_id=row.id,
            summary=f"{summary}: {after.official_name} – {after.description_ro}",
            before=before,
            after=after,
        )
        return after

    @staticmethod
    def _get(session: Session, schedule_id: int) -> AudienceSchedule:
        row = session.get(AudienceSchedule, schedule_id)
        if row is None:
            raise NotFoundError("Programul de audiențe nu există.")
        return row

    @staticmethod
    def _official(session: Session, row: AudienceSchedule) -> Official:
        official = session.get(Official, row.official_id)
        assert official is not None  # foreign key
        return official

    # -- cancelled days ------------------------------------------------------------------------

    def cancel_day(self, schedule_id: int, day: date, reason: str) -> CancellationData:
        """A day the programme does not take place; booked sign-ups must be postponed first."""
        reason = clean_text(reason, field="reason", label="Motivul", max_length=500, required=True)
        with self._core.write() as session:
            row = self._get(session, schedule_id)
            if day < self._core.clock.today():
                raise ValidationError("day", "Nu se poate anula o zi de audiențe trecută.")
            if session.get(AudienceCancellation, (schedule_id, day)) is not None:
                raise ValidationError("day", f"Audiențele din {fmt(day)} sunt deja anulate.")
            calendar = self._core.calendar.working_calendar(session)
            if day not in session_days(programme(row), day, day, calendar):
                raise ValidationError(
                    "day", f"Pe {fmt(day)} programul nu are audiențe; nu e nimic de anulat."
                )
            booked = [
                entry
                for audience, entry in booked_after(session, day, schedule_id)
                if audience.audience_day == day
            ]
            if booked:
                raise ValidationError(
                    "day",
                    f"Pe {fmt(day)} sunt înscrieri programate (nr. {numbers(booked)}). "
                    "Amânați-le întâi, apoi anulați ziua.",
                )
            session.add(
                AudienceCancellation(
                    schedule_id=schedule_id,
                    day=day,
                    reason=reason,
                    created_at=self._core.clock.now(),
                    created_by_id=self._core.current_user_id,
                )
            )
            result = CancellationData(schedule_id, day, reason)
            audit.record(
                session,
                self._core,
                action=AuditAction.CREATE,
                entity="audience_schedule",
                entity_id=schedule_id,
                summary=f"Audiențele din {fmt(day)} nu au loc: {reason}",
                after=result,
            )
            return result

    def restore_day(self, schedule_id: int, day: date) -> None:
        with self._core.write() as session:
            row = session.get(AudienceCancellation, (schedule_id, day))
            if row is None:
                raise ValidationError("day", f"Audiențele din {fmt(day)} nu erau anulate.")
            before = CancellationData(schedule_id, day, row.reason)
            session.delete(row)
            audit.record(
                session,
                self._core,
                action=AuditAction.DELETE,
                entity="audience_schedule",
                entity_id=schedule_id,
                summary=f"Audiențele din {fmt(day)} au loc din nou",
                before=before,
            )

    def cancellations(
        self, schedule_id: int | None = None, year: int | None = None
    ) -> list[CancellationData]:
        with self._core.read() as session:
            stmt = select(AudienceCancellation).order_by(
                AudienceCancellation.day, AudienceCancellation.schedule_id
            )
            if schedule_id is not None:
                stmt = stmt.where(AudienceCancellation.schedule_id == schedule_id)
            if year is not None:
                stmt = stmt.where(
                    AudienceCancellation.day >= date(year, 1, 1),
                    AudienceCancellation.day <= date(year, 12, 31),
                )
            return [
                CancellationData(r.schedule_id, r.day, r.reason)
                for r in session.execute(stmt).scalars()
            ]

    # -- calendar ------------------------------------------------------------------------------

    def session_days(
        self, start: date, end: date, official_id: int | None = None
    ) -> list[SessionDay]:
        with self._core.read() as session:
            calendar = self._core.calendar.working_calendar(session)
            names = dict(session.execute(select(Official.id, Official.name)).tuples().all())
            return [
                SessionDay(
                    row.id,
                    row.official_id,
                    names.get(row.official_id, ""),
                    day,
                    row.start_time,
                    row.end_time,
                    row.place,
                )
                for row, day in sessions_between(session, calendar, start, end, official_id)
            ]

    def calendar(
        self, start: date, end: date, official_id: int | None = None
    ) -> dict[date, list[Slot]]:
        """Booked and free slots of every session day in [start, end], by day then time."""
        with self._core.read() as session:
            calendar = self._core.calendar.working_calendar(session)
            booked = holders(session, start, end, official_id)
            result: dict[date, list[Slot]] = {}
            for row, day in sessions_between(session, calendar, start, end, official_id):
                result.setdefault(day, []).extend(slots_of_session(row, day, booked))
        return {
            day: sorted(slots, key=lambda s: (s.time, s.official_id))
            for day, slots in result.items()
        }

    def slots(self, official_id: int, day: date) -> list[Slot]:
        return self.calendar(day, day, official_id).get(day, [])

    def free_slots(
        self, official_id: int, start: date | None = None, limit: int = 20
    ) -> list[Slot]:
        """The next free slots from `start` (never before today)."""
        now = self._core.clock.now()
        today = now.date()
        start = max(start or today, today)
        end = start + FREE_SLOT_HORIZON
        found: list[Slot] = []
        with self._core.read() as session:
            calendar = self._core.calendar.working_calendar(session)
            booked = holders(session, start, end, official_id)
            for row, day in sessions_between(session, calendar, start, end, official_id):
                found.extend(
                    s
                    for s in slots_of_session(row, day, booked)
                    if s.free and not slot_ended(s, now)
                )
                if len(found) >= limit:
                    break
        return sorted(found, key=lambda s: (s.day, s.time))[:limit]
