"""All mapped classes; importing this package registers every table on Base.metadata."""

from db.models.audit import AuditEvent, AuditHead
from db.models.people import Person
from db.models.petitions import Letter, LetterTemplate, Petition, PetitionDomain
from db.models.registry import BookPrint, Register, RegistryEntry, Sequence, SequenceCounter
from db.models.settings import Department, ExtraDayOff, Institution, Official, Staff

__all__ = [
    "AuditEvent",
    "AuditHead",
    "BookPrint",
    "Department",
    "ExtraDayOff",
    "Institution",
    "Letter",
    "LetterTemplate",
    "Official",
    "Person",
    "Petition",
    "PetitionDomain",
    "Register",
    "RegistryEntry",
    "Sequence",
    "SequenceCounter",
    "Staff",
]
