"""Audiences (SPEC §3): sign-ups for real free slots, the day, outcomes, conversion to petitions.

`core.audiences` also carries the programmes and the calendar (see audience_schedules). Every
public method is one unit of work: validated first, saved whole or not at all, audited on the
registry entry so the case history shows it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.text import clean_text
from cic_desktop.dto_audiences import (
    AudienceDetails,
    AudienceInput,
    AudienceRow,
    BookedAudience,
    OutcomeInput,
)
from cic_desktop.dto_petitions import PetitionDetails, PetitionInput
from cic_desktop.errors import ValidationError
from cic_desktop.registers.audiences_register import rows_in
from cic_desktop.services import audit
from cic_desktop.services.audience_intake import (
    active_official,
    clean_signup,
    domain_of,
    hold_slot,
    place_of_day,
    require_slot,
)
from cic_desktop.services.audience_records import (
    audit_view,
    booked_on_days,
    build_details,
    day_list,
    load,
    official_text,
    outcome_label,
)
from cic_desktop.services.audience_schedules import AudienceSchedules
from cic_desktop.services.audience_slots import role_in_text
from cic_desktop.services.case_steps import audited_change, ensure_changeable
from cic_desktop.services.petition_details import build_details as petition_case
from cic_desktop.services.petition_intake import require_choice
from cic_desktop.services.registry import entry_data
from db.enums import (
    AudienceOutcome,
    AudienceState,
    AuditAction,
    EntryStatus,
    PetitionChannel,
    PetitionKind,
    RegisterCode,
)
from db.models import Audience, AudienceMove, Department, Person, Petition, RegistryEntry

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

_OUTCOMES_HERE = (AudienceOutcome.SOLVED, AudienceOutcome.VERBAL, AudienceOutcome.DEPARTMENT)


class AudiencesService(AudienceSchedules):
    def __init__(self, core: CicCore) -> None:
        super().__init__(core)

    # -- sign-up -------------------------------------------------------------------------------

    def sign_up(self, data: AudienceInput) -> AudienceDetails:
        """A registered sign-up: number from the audiences sequence, the slot held, the person kept."""
        clean = clean_signup(self._core, data)
        with self._core.write() as session:
            official = active_official(session, data.official_id)
            domain = domain_of(session, data.domain_id)
            day, time = data.audience_day, clean.data.slot_time
            slot = None
            if not data.walk_in:
                calendar = self._core.calendar.working_calendar(session)
                slot = require_slot(
                    session, calendar, official.id, day, time, self._core.clock.now()
                )
            person = clean.person
            person, person_row = self._core.people.for_new_entry(session, person)
            entry = self._core.registry.create_entry(
                session,
                RegisterCode.AUDIENCES,
                subject=clean.subject,
                correspondent_name=person.name,
                correspondent_address=person.address,
            )
            audience = Audience(
                entry_id=entry.id,
                person_id=person_row.id,
                phone=person.phone,
                email=person.email,
                official_id=official.id,
                official_name=official.name,
                official_role=role_in_text(official),
                schedule_id=slot.schedule_id if slot else None,
                audience_day=day,
                slot_time=time,
                place=slot.place if slot else place_of_day(session, official.id, day),
                walk_in=data.walk_in,
                previous_number=clean.previous_number,
                domain_id=domain.id if domain else None,
                domain_name=domain.name if domain else "",
                state=AudienceState.SCHEDULED,
                times_postponed=0,
                notes=clean.notes,
            )
            if slot is not None:
                hold_slot(session, audience, official.id, day, slot.time)
            else:
                session.add(audience)
                session.flush()
            at = f", ora {time}" if time else ""
            kind = "fără programare" if data.walk_in else "programată"
            after = build_details(session, entry.id, with_history=False)
            audit.record(
                session,
                self._core,
                action=AuditAction.CREATE,
                entity="registry_entry",
                entity_id=entry.id,
                summary=f"Audiență {kind}: {fmt(day)}{at}, la {official_text(audience)}",
                after=audit_view(after),
            )
            session.flush()
            return build_details(session, entry.id)

    # -- the day -------------------------------------------------------------------------------

    def _open(self, session: Session, entry_id: int) -> tuple[RegistryEntry, Audience]:
        entry, audience = load(session, entry_id)
        ensure_changeable(session, entry, "Înscrierea")
        return entry, audience

    def _change(
        self, session: Session, entry: RegistryEntry, summary: str, before: AudienceDetails
    ) -> AudienceDetails:
        audited_change(
            session,
            self._core,
            entry.id,
            summary,
            before,
            lambda: build_details(session, entry.id, with_history=False),
            audit_view,
        )
        return build_details(session, entry.id)

    def mark_present(self, entry_id: int) -> AudienceDetails:
        return self._attendance(entry_id, AudienceState.PRESENT, "Prezent la audiență")

    def mark_absent(self, entry_id: int) -> AudienceDetails:
        return self._attendance(entry_id, AudienceState.ABSENT, "Neprezentat la audiență")

    def _attendance(self, entry_id: int, state: str, summary: str) -> AudienceDetails:
        """Attendance is marked on or after the audience day and corrected until an outcome."""
        with self._core.write() as session:
            entry, audience = self._open(session, entry_id)
            if audience.outcome is not None:
                raise ValidationError(
                    "state",
                    "Rezultatul audienței este deja consemnat; prezența nu se mai poate schimba.",
                )
            if self._core.clock.today() < audience.audience_day:
                raise ValidationError(
                    "state",
                    f"Prezența se consemnează în ziua audienței ({fmt(audience.audience_day)}) "
                    "sau după.",
                )
            before = build_details(session, entry_id, with_history=False)
            audience.state = state
            return self._change(session, entry, summary, before)

    def postpone(
        self, entry_id: int, new_day: date, new_time: str | None, reason: str
    ) -> AudienceDetails:
        """Amânare: the same entry and number move to a new free slot; the old one is freed."""
        reason = clean_text(
            reason, field="reason", label="Motivul amânării", max_length=1000, multiline=True
        )
        with self._core.write() as session:
            entry, audience = self._open(session, entry_id)
            if audience.outcome is not None:
                raise ValidationError(
                    "state", "Rezultatul audienței este deja consemnat; nu se mai poate amâna."
                )
            if new_day < self._core.clock.today():
                raise ValidationError("new_day", "Noua dată a audienței nu poate fi în trecut.")
            official_id = audience.official_id
            if official_id is None:
                raise ValidationError(
                    "official_id", "Înscrierea nu are persoana care acordă audiența."
                )
            if new_time is not None and (new_day, new_time) == (
                audience.audience_day,
                audience.slot_time,
            ):
                raise ValidationError("new_time", "Alegeți alt interval decât cel actual.")
            calendar = self._core.calendar.working_calendar(session)
            slot = require_slot(
                session, calendar, official_id, new_day, new_time, self._core.clock.now()
            )
            before = build_details(session, entry_id, with_history=False)
            session.add(
                AudienceMove(
                    entry_id=entry_id,
                    from_day=audience.audience_day,
                    from_time=audience.slot_time,
                    to_day=new_day,
                    to_time=slot.time,
                    reason=reason,
                    moved_at=self._core.clock.now(),
                    moved_by_id=self._core.current_user_id,
                )
            )
            from_text = fmt(audience.audience_day) + (
                f" ora {audience.slot_time}" if audience.slot_time else ""
            )
            audience.audience_day, audience.slot_time = new_day, slot.time
            audience.schedule_id, audience.place = slot.schedule_id, slot.place
            audience.walk_in = False
            audience.state = AudienceState.SCHEDULED
            audience.times_postponed += 1
            hold_slot(session, audience, official_id, new_day, slot.time)
            return self._change(
                session,
                entry,
                f"Amânată de la {from_text} la {fmt(new_day)} ora {slot.time}"
                + (f": {reason}" if reason else ""),
                before,
            )

    # -- outcome -------------------------------------------------------------------------------

    def record_outcome(self, entry_id: int, data: OutcomeInput) -> AudienceDetails:
        """What was decided: solved, answered verbally, or sent to a department with a term."""
        if data.outcome == AudienceOutcome.PETITION:
            raise ValidationError(
                "outcome",
                "Pentru înregistrarea ca petiție folosiți „Înregistrează ca petiție”.",
            )
        require_choice(data.outcome, AudienceOutcome, "outcome", "Alegeți rezultatul audienței.")
        resolution = clean_text(
            data.resolution,
            field="resolution",
            label="Rezoluția / măsura dispusă",
            max_length=4000,
            multiline=True,
        )
        participants = clean_text(
            data.participants,
            field="participants",
            label="Participanți din aparatul de specialitate",
            max_length=1000,
            multiline=True,
        )
        channel = clean_text(
            data.answer_channel,
            field="answer_channel",
            label="Modul comunicării răspunsului",
            max_length=100,
        )
        to_department = data.outcome == AudienceOutcome.DEPARTMENT
        with self._core.write() as session:
            entry, audience = self._open(session, entry_id)
            self._require_present(audience)
            if audience.petition_entry_id is not None:
                raise ValidationError(
                    "outcome",
                    "Problema a fost înregistrată ca petiție; rezultatul nu se mai schimbă.",
                )
            day, today = audience.audience_day, self._core.clock.today()
            department = None
            if to_department:
                department = (
                    session.get(Department, data.department_id) if data.department_id else None
                )
                if department is None:
                    raise ValidationError("department_id", "Alegeți compartimentul responsabil.")
                if data.term is None:
                    raise ValidationError("term", "Stabiliți termenul pentru compartiment.")
                if data.term < day:
                    raise ValidationError(
                        "term", f"Termenul nu poate fi înainte de data audienței ({fmt(day)})."
                    )
            answer_on = data.answer_on or (None if to_department else day)
            if answer_on is not None and not day <= answer_on <= today:
                raise ValidationError(
                    "answer_on",
                    f"Data comunicării răspunsului trebuie să fie între {fmt(day)} și {fmt(today)}.",
                )
            before = build_details(session, entry_id, with_history=False)
            audience.outcome = data.outcome
            audience.resolution, audience.participants = resolution, participants
            audience.department_id = department.id if department else None
            audience.department_name = department.name if department else ""
            audience.term = data.term if to_department else None
            audience.answer_on, audience.answer_channel = answer_on, channel
            audience.outcome_on = today
            summary = f"Rezultat: {outcome_label(audience)}"
            if department is not None and data.term is not None:
                summary += f", {department.name}, termen {fmt(data.term)}"
            return self._change(session, entry, summary, before)

    @staticmethod
    def _require_present(audience: Audience) -> None:
        if audience.state != AudienceState.PRESENT:
            raise ValidationError("state", "Marcați întâi solicitantul ca „prezent” la audiență.")

    def convert_to_petition(
        self,
        entry_id: int,
        kind: str = PetitionKind.REQUEST,
        department_id: int | None = None,
    ) -> PetitionDetails:
        """OG 27: an issue not solved at the audience becomes a petition registered today with a
        general number; its received-on date and the start of its 30-day term are the audience
        date. Both records point to each other."""
        require_choice(
            kind,
            PetitionKind,
            "kind",
            "Alegeți tipul petiției: cerere, reclamație, sesizare sau propunere.",
        )
        with self._core.write() as session:
            entry, audience = self._open(session, entry_id)
            self._require_present(audience)
            if audience.petition_entry_id is not None:
                raise ValidationError("outcome", "Problema a fost deja înregistrată ca petiție.")
            person = session.get(Person, audience.person_id) if audience.person_id else None
            number = entry_data(entry).number_text
            day = audience.audience_day
            details = self._core.petitions.register_in(
                session,
                PetitionInput(
                    subject=entry.subject,
                    kind=kind,
                    channel=PetitionChannel.AUDIENCE,
                    person_kind=person.kind if person else "natural",
                    name=entry.correspondent_name,
                    address=entry.correspondent_address,
                    email=audience.email,
                    phone=audience.phone,
                    person_id=audience.person_id,
                    domain_id=audience.domain_id,
                    department_id=department_id,
                    audience_date=day,
                    notes=f"Din audiența nr. {number} din {fmt(day)}, la {official_text(audience)}.",
                ),
            )
            petition_id = details.entry.id
            petition = session.get(Petition, petition_id)
            assert petition is not None
            petition.audience_entry_id = entry_id
            before = build_details(session, entry_id, with_history=False)
            audience.petition_entry_id = petition_id
            audience.outcome = AudienceOutcome.PETITION
            audience.outcome_on = self._core.clock.today()
            self._change(
                session, entry, f"Înregistrată ca petiția nr. {details.entry.number_text}", before
            )
            audit.record(
                session,
                self._core,
                action=AuditAction.UPDATE,
                entity="registry_entry",
                entity_id=petition_id,
                summary=f"Provine din audiența nr. {number} din {fmt(day)}",
            )
            session.flush()
            return petition_case(self._core, session, petition_id)

    # -- annulment -----------------------------------------------------------------------------

    def annul(self, entry_id: int, reason: str) -> AudienceDetails:
        """Annul the sign-up (its number stays used) and free its slot, in one transaction."""
        with self._core.write() as session:
            entry, audience = load(session, entry_id)
            if audience.petition_entry_id is not None:
                petition = session.get(RegistryEntry, audience.petition_entry_id)
                if petition is not None and petition.status == EntryStatus.ACTIVE:
                    raise ValidationError(
                        "reason",
                        f"Problema a devenit petiția nr. {entry_data(petition).number_text}; "
                        "anulați întâi petiția, dacă este cazul.",
                    )
            self._core.registry.annul_in(session, entry_id, reason)
            audience.slot_key = None
            session.flush()
            return build_details(session, entry_id)

    # -- reading -------------------------------------------------------------------------------

    def details(self, entry_id: int) -> AudienceDetails:
        with self._core.read() as session:
            return build_details(session, entry_id)

    def day_list(self, day: date, official_id: int | None = None) -> list[AudienceDetails]:
        with self._core.read() as session:
            return day_list(session, day, official_id)

    def booked_on(self, day: date) -> list[BookedAudience]:
        """The sign-ups a day off on `day` would hit: they must be postponed (the settings show
        them before a day off is added; the agenda lists them until they are)."""
        with self._core.read() as session:
            return booked_on_days(session, {day})

    def rows(self, year: int) -> list[AudienceRow]:
        with self._core.read() as session:
            return rows_in(session, year)
