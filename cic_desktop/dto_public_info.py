"""Frozen data for requests of public information (Legea 544/2001)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from cic_desktop.dto import AuditData, EntryData


@dataclass(frozen=True)
class InfoRequestInput:
    """What the registration window collects; registration date is today (the clock)."""

    information: str
    channel: str  # paper | electronic
    domain: str
    delivery_preference: str
    requester_kind: str = "natural"
    name: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    person_id: int | None = None
    received_on: date | None = None
    domain_other: str = ""
    delivery_address: str = ""
    department_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class InfoRequestDetails:
    entry: EntryData
    person_id: int | None
    requester_kind: str
    requester_address: str
    requester_email: str
    channel: str
    domain: str
    domain_other: str
    delivery_preference: str
    delivery_address: str
    department_id: int | None
    department_name: str
    state: str
    state_label: str
    answer_deadline_explanation: str
    notice_deadline: date
    refusal_deadline: date
    redirect_deadline: date
    notice_sent_on: date | None
    notice_late: bool
    answered_on: date | None
    answer_number: str
    outcome: str | None
    delivery_mode: str | None
    partial: bool
    withheld_items: str
    refusal_reason: str | None
    exempt_letter: str | None
    refusal_text: str
    redirected_to: str
    redirected_on: date | None
    reclassified_on: date | None
    copies_pages: int
    copies_handed_on: date | None
    amount_due: Decimal
    amount_collected: Decimal
    sent_on: date | None
    sent_channel: str | None
    notes: str
    flagged_incomplete: bool
    complaints: tuple[int, ...] = ()
    court_cases: tuple[int, ...] = ()
    warnings: tuple[str, ...] = ()
    history: tuple[AuditData, ...] = ()

    @property
    def id(self) -> int:
        return self.entry.id

    @property
    def is_open(self) -> bool:
        return self.entry.status == "active" and self.state in INFO_OPEN_STATES


INFO_OPEN_STATES = frozenset({"registered", "assigned", "extended"})


@dataclass(frozen=True)
class VerbalRequestData:
    id: int
    asked_on: date
    requester_kind: str
    domain: str
    outcome: str
    name: str
    note: str
    written_entry_id: int | None
    created_at: datetime


@dataclass(frozen=True)
class TariffData:
    valid_from: date
    lei_per_page: Decimal
    act_reference: str
    valid_to: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class ComplaintDetails:
    entry: EntryData
    request_entry_id: int
    request_number: str
    outcome: str
    answered_on: date | None
    answer_summary: str


@dataclass(frozen=True)
class CourtCaseData:
    id: int
    request_entry_id: int
    court: str
    case_number: str
    filed_on: date
    outcome: str
    decided_on: date | None
    notes: str


@dataclass(frozen=True)
class InfoListRow:
    """One line of the 544 registry list."""

    id: int
    number: int
    number_text: str
    requester: str
    information: str
    domain: str
    state: str
    state_label: str
    legal_deadline: date | None
    refusal_deadline: date | None
    annulled: bool
    deadline_state: str | None
    refusal_passed: bool
    search_key: str
