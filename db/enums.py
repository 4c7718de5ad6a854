"""Stored enumerations. Values are stored as strings; Romanian labels live in cic_desktop.labels."""

from __future__ import annotations

from enum import StrEnum


class OfficialRole(StrEnum):
    MAYOR = "mayor"
    DEPUTY_MAYOR = "deputy_mayor"
    SECRETARY = "secretary"
    OTHER = "other"


class RegisterCode(StrEnum):
    PETITIONS = "petitions"
    PUBLIC_INFO = "public_info"
    AUDIENCES = "audiences"
    CONSULTATIONS = "consultations"


class SequenceCode(StrEnum):
    GENERAL = "general"
    AUDIENCES = "audiences"


class EntryStatus(StrEnum):
    ACTIVE = "active"
    ANNULLED = "annulled"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    ANNUL = "annul"
    SETTINGS = "settings"
    IMPORT = "import"
    MIGRATE = "migrate"
