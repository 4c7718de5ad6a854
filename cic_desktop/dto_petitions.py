"""Frozen data crossing into the GUI and the renderers for people and petitions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from cic_desktop.dto import AuditData, EntryData


@dataclass(frozen=True)
class PersonData:
    kind: str
    name: str
    address: str = ""
    email: str = ""
    phone: str = ""
    id: int | None = None


@dataclass(frozen=True)
class PetitionInput:
    """What the registration window collects. Registration date is always today (the clock)."""

    subject: str
    kind: str
    channel: str
    person_kind: str = "natural"
    name: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    person_id: int | None = None
    received_on: date | None = None
    domain_id: int | None = None
    pages: int = 1
    annexes: int = 0
    department_id: int | None = None
    internal_deadline: date | None = None
    source_institution: str = ""
    source_reference: str = ""
    audience_date: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class Suggestion:
    """A proposal shown to the clerk at registration (OG 27 art. 7 and art. 10)."""

    action: str  # "file_anonymous" | "join" | "file_repeated"
    message_ro: str
    related_entry_id: int | None = None
    related_number: str = ""


@dataclass(frozen=True)
class LetterData:
    id: int
    kind: str
    body: str
    created_at: datetime
    updated_at: datetime | None


@dataclass(frozen=True)
class PetitionDetails:
    entry: EntryData
    person_id: int | None
    petitioner_kind: str
    petitioner_address: str
    petitioner_email: str
    channel: str
    kind: str
    domain_id: int | None
    domain_name: str
    pages: int
    annexes: int
    source_institution: str
    source_reference: str
    state: str
    state_label: str
    department_id: int | None
    department_name: str
    internal_deadline: date | None
    assigned_on: date | None
    deadline_start: date
    base_legal_deadline: date | None
    deadline_explanation: str
    extension_days: int | None
    extension_decided_on: date | None
    extension_approved_by: str
    extension_reason: str
    forwarded_to: str
    forwarded_on: date | None
    joined_to_id: int | None
    joined_to_number: str
    filing_reason: str | None
    filing_note: str
    filed_on: date | None
    answered_on: date | None
    answer_number: str
    outcome: str | None
    legal_basis: str
    answer_summary: str
    signatory_mayor: str
    signatory_head: str
    sent_on: date | None
    sent_channel: str | None
    registered_mail_no: str
    notes: str
    flagged_incomplete: bool
    warnings: tuple[str, ...] = ()
    letters: tuple[LetterData, ...] = ()
    history: tuple[AuditData, ...] = ()
    joined_here: tuple[str, ...] = field(default=())

    @property
    def id(self) -> int:
        return self.entry.id

    @property
    def number_text(self) -> str:
        return self.entry.number_text

    @property
    def is_annulled(self) -> bool:
        return self.entry.status == "annulled"

    @property
    def is_open(self) -> bool:
        return not self.is_annulled and self.state in OPEN_STATES


OPEN_STATES = frozenset({"registered", "assigned", "extended"})


@dataclass(frozen=True)
class PetitionRow:
    """One line of the registry list."""

    id: int
    number: int
    number_text: str
    registered_on: date
    petitioner: str
    kind: str
    subject: str
    domain: str
    department: str
    state: str
    state_label: str
    legal_deadline: date | None
    internal_target: date | None
    answered_on: date | None
    sent_on: date | None
    annulled: bool
    deadline_state: str | None  # DeadlineState value for open cases, else None
    answered_late: bool


@dataclass(frozen=True)
class PetitionQuery:
    """Filters and sort of the registry list; all applied in SQL."""

    year: int
    states: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    domain_ids: tuple[int, ...] = ()
    department_ids: tuple[int, ...] = ()
    text: str = ""
    due_soon: bool = False
    overdue: bool = False
    answered_late: bool = False
    include_annulled: bool = True
    sort: str = "number"
    descending: bool = False
