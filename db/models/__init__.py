"""All mapped classes; importing this package registers every table on Base.metadata."""

from db.models.audit import AuditEvent
from db.models.registry import Register, RegistryEntry, Sequence, SequenceCounter
from db.models.settings import Department, ExtraDayOff, Institution, Official, Staff

__all__ = [
    "AuditEvent",
    "Department",
    "ExtraDayOff",
    "Institution",
    "Official",
    "Register",
    "RegistryEntry",
    "Sequence",
    "SequenceCounter",
    "Staff",
]
