"""All mapped classes; importing this package registers every table on Base.metadata."""

from db.models import sorting  # noqa: F401  (registers the sort-key events)
from db.models.audiences import Audience, AudienceCancellation, AudienceMove, AudienceSchedule
from db.models.audit import AuditEvent, AuditHead
from db.models.people import Person
from db.models.petitions import Letter, LetterTemplate, Petition, PetitionDomain
from db.models.public_info import (
    AdminComplaint,
    CopyTariff,
    CourtCase,
    InfoRequest,
    ReportAnswers,
    VerbalRequest,
)
from db.models.registry import BookPrint, Register, RegistryEntry, Sequence, SequenceCounter
from db.models.safety import NumberGap, YearLock
from db.models.search import PersonMerge, SearchWord
from db.models.settings import Department, ExtraDayOff, Institution, Official, Staff

__all__ = [
    "Audience",
    "AudienceCancellation",
    "AudienceMove",
    "AudienceSchedule",
    "PersonMerge",
    "SearchWord",
    "AdminComplaint",
    "CopyTariff",
    "CourtCase",
    "InfoRequest",
    "ReportAnswers",
    "VerbalRequest",
    "AuditEvent",
    "AuditHead",
    "BookPrint",
    "Department",
    "ExtraDayOff",
    "Institution",
    "Letter",
    "LetterTemplate",
    "NumberGap",
    "Official",
    "Person",
    "Petition",
    "PetitionDomain",
    "Register",
    "RegistryEntry",
    "Sequence",
    "SequenceCounter",
    "Staff",
    "YearLock",
]
