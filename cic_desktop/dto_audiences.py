"""Frozen data crossing into the GUI, the renderers and the exports for audiences.

The service (`core.audiences`, cic_desktop/services/audiences.py) takes the *Input classes and
returns the others. Times are "HH:MM" strings (24 h); days are `date`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from cic_desktop.dto import AuditData, EntryData


@dataclass(frozen=True)
class ScheduleInput:
    """One audience programme of an official, as the clerk types it in the settings."""

    official_id: int
    weekday: int  # 0 = luni ... 4 = vineri (5, 6 allowed but unusual)
    recurrence: str  # AudienceRecurrence value
    start_time: str  # "09:00"
    end_time: str  # "12:00"
    slot_minutes: int = 15
    month_week: int | None = None  # monthly only: 1..4, or -1 = the last weekday of the month
    place: str = ""
    signup_channels: str = ""
    valid_from: date | None = None  # None = today
    valid_until: date | None = None


@dataclass(frozen=True)
class ScheduleData:
    id: int
    official_id: int
    official_name: str
    official_role: str
    official_role_label: str  # "primar", "viceprimar", "secretar general al comunei"
    weekday: int
    recurrence: str
    month_week: int | None
    start_time: str
    end_time: str
    slot_minutes: int
    place: str
    signup_channels: str
    valid_from: date
    valid_until: date | None
    active: bool
    # Romanian, for the public notice: "Miercuri, din două în două săptămâni (începând cu
    # 07.01.2026), 09:00–12:00, Sala de ședințe".
    description_ro: str


@dataclass(frozen=True)
class CancellationData:
    schedule_id: int
    day: date
    reason: str


@dataclass(frozen=True)
class SessionDay:
    """One day on which a programme takes place (holidays, days off and cancelled days excluded)."""

    schedule_id: int
    official_id: int
    official_name: str
    day: date
    start_time: str
    end_time: str
    place: str


@dataclass(frozen=True)
class Slot:
    """A slot of a session; `entry_id` is the sign-up holding it, None when free."""

    schedule_id: int
    official_id: int
    day: date
    time: str  # "09:15"
    end_time: str  # "09:30"
    place: str
    entry_id: int | None = None
    number_text: str = ""  # number of the sign-up holding it
    name: str = ""  # who holds it

    @property
    def free(self) -> bool:
        return self.entry_id is None


@dataclass(frozen=True)
class AudienceInput:
    """A sign-up. With `slot_time` the slot must be free; `walk_in=True` needs no slot (the day is
    the day the person came, usually today, and `slot_time` may be the arrival time or None)."""

    official_id: int
    audience_day: date
    subject: str  # the problem, in short
    name: str
    slot_time: str | None = None
    walk_in: bool = False
    person_kind: str = "natural"
    address: str = ""
    phone: str = ""
    email: str = ""
    person_id: int | None = None
    domain_id: int | None = None
    previous_number: str = ""  # registration number of an earlier written request, if any
    notes: str = ""


@dataclass(frozen=True)
class OutcomeInput:
    """What was decided at the audience (after attendance was marked „prezent”)."""

    outcome: str  # AudienceOutcome value
    resolution: str = ""  # Rezoluția / măsura dispusă
    participants: str = ""  # Participanți din aparatul de specialitate
    department_id: int | None = None  # required for DEPARTMENT
    term: date | None = None  # required for DEPARTMENT
    answer_on: date | None = (
        None  # Data comunicării răspunsului (SOLVED / VERBAL: the audience day)
    )
    answer_channel: str = ""  # Modul comunicării răspunsului


@dataclass(frozen=True)
class MoveData:
    from_day: date
    from_time: str | None
    to_day: date
    to_time: str | None
    reason: str
    moved_at: datetime
    moved_by: str


@dataclass(frozen=True)
class AudienceDetails:
    entry: EntryData  # number, registered_on (Data înscrierii), subject, name, status
    person_id: int | None
    address: str  # Localitatea / adresa, as registered with the sign-up
    phone: str
    email: str
    official_id: int | None
    official_name: str
    official_role: str  # snapshot as printed: "primar", "viceprimar", "secretar general al comunei"
    schedule_id: int | None
    audience_day: date
    slot_time: str | None
    place: str
    walk_in: bool
    previous_number: str
    domain_id: int | None
    domain_name: str
    state: str  # AudienceState value
    state_label: str
    times_postponed: int
    participants: str
    outcome: str | None
    outcome_label: str
    resolution: str
    department_id: int | None
    department_name: str
    term: date | None
    outcome_on: date | None
    petition_entry_id: int | None
    petition_number: str  # "12/15.01.2026" of the petition it became, or the imported text
    answer_on: date | None
    answer_channel: str
    notes: str
    moves: list[MoveData] = field(default_factory=list)
    history: list[AuditData] = field(default_factory=list)


@dataclass(frozen=True)
class AudienceRow:
    """One line of the register of audiences (SPEC §3.3), for the list, the book and the export."""

    entry_id: int
    index: int  # Nr. crt. within the register and year
    number: int
    number_text: str
    registered_on: date  # Data înscrierii
    audience_day: date
    slot_time: str | None
    official: str  # Persoana care acordă audiența
    name: str
    address: str
    contact: str  # telefon / e-mail
    previous_number: str
    subject: str
    domain: str
    participants: str
    resolution: str
    department: str
    term: date | None
    petition_number: str
    answer: str  # Data și modul comunicării răspunsului
    notes: str  # observații (postponements, attendance, annulment)
    state: str
    outcome: str | None
    annulled: bool
    imported: bool


@dataclass(frozen=True)
class BookedAudience:
    """A sign-up still waiting for its audience (state scheduled, not annulled): what a day off
    on its day hits and the clerk must postpone."""

    entry_id: int
    number_text: str
    name: str
    official: str  # „Ion Țurcanu (primar)”
    audience_day: date
    slot_time: str | None
