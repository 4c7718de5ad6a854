"""Frozen dataclasses handed to the GUI: never ORM objects, nothing bound to a session."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class InstitutionData:
    commune: str = ""
    county: str = ""
    address: str = ""
    cif: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    public_hours: str = ""
    responsible_544: str = ""
    responsible_52: str = ""
    dpo_contact: str = ""
    number_prefix: str = ""
    reminder_lead_days: int = 2
    logo: bytes | None = field(default=None, repr=False)

    @property
    def display_name(self) -> str:
        """„Primăria comunei X, județul Y” as printed on every document."""
        if not self.commune:
            return "Primăria (nume necompletat)"
        name = f"Primăria comunei {self.commune}"
        return f"{name}, județul {self.county}" if self.county else name


@dataclass(frozen=True)
class OfficialData:
    role: str
    name: str
    title: str = ""
    term_start: date | None = None
    term_end: date | None = None
    active: bool = True
    id: int | None = None


@dataclass(frozen=True)
class DepartmentData:
    name: str
    head_name: str = ""
    active: bool = True
    id: int | None = None


@dataclass(frozen=True)
class StaffData:
    name: str
    job_title: str = ""
    active: bool = True
    id: int | None = None


@dataclass(frozen=True)
class DayOffData:
    day: date
    note: str = ""


@dataclass(frozen=True)
class EntryData:
    id: int
    register_code: str
    year: int
    number: int
    number_text: str
    registered_on: date
    received_on: date
    subject: str
    correspondent_name: str
    status: str
    deadline_rule: str | None
    legal_deadline: date | None
    internal_target: date | None
    annul_reason: str | None
    annulled_on: date | None
    imported: bool
    created_at: datetime


@dataclass(frozen=True)
class AuditData:
    occurred_at: datetime
    user_name: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
