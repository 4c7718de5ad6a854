"""Frozen data of the person file, handed to the GUI and the GDPR renderers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from cic_desktop.dto import InstitutionData
from cic_desktop.dto_petitions import PersonData
from cic_desktop.labels import REGISTER_SHORT


@dataclass(frozen=True)
class PersonCase:
    """One case registered from the person, in any register, as the file lists it."""

    register: str  # RegisterCode value; the page of that register opens it
    entry_id: int
    number_text: str  # „123/15.01.2026”
    registered_on: date
    subject: str
    state_label: str  # Romanian: „soluționată”, „anulată”, …
    legal_deadline: date | None
    answered_on: date | None
    sent_on: date | None
    # Everything else held about the case, as printed in the GDPR export: (label, value).
    details: tuple[tuple[str, str], ...] = ()

    @property
    def register_label(self) -> str:
        return REGISTER_SHORT.get(self.register, self.register)  # type: ignore[call-overload, no-any-return]


@dataclass(frozen=True)
class PersonMergeData:
    """A record of the same person merged into this one, with what it said at the time."""

    merged_id: int
    kept_id: int
    name: str
    kind: str
    address: str
    email: str
    phone: str
    cases_moved: int
    merged_at: datetime
    merged_by: str


@dataclass(frozen=True)
class PersonSummary:
    """A line of the people list."""

    id: int
    kind: str
    kind_label: str
    name: str
    address: str
    email: str
    phone: str
    case_count: int


@dataclass(frozen=True)
class PersonFile:
    person: PersonData
    kind_label: str
    created_at: datetime
    updated_at: datetime | None
    cases: tuple[PersonCase, ...]
    merges: tuple[PersonMergeData, ...]
    # The id asked for, when it was a merged record and the file shown is the kept one.
    redirected_from: int | None = None


@dataclass(frozen=True)
class PersonExport:
    """What a GDPR access-request export prints: the file, who holds it, when it was made."""

    file: PersonFile
    institution: InstitutionData
    exported_at: datetime
    exported_by: str
