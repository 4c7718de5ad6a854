"""Romanian labels for stored enums: the one place the GUI, PDFs and Excel take them from."""

from __future__ import annotations

from db.enums import AuditAction, EntryStatus, OfficialRole, RegisterCode, SequenceCode

OFFICIAL_ROLE = {
    OfficialRole.MAYOR: "Primar",
    OfficialRole.DEPUTY_MAYOR: "Viceprimar",
    OfficialRole.SECRETARY: "Secretar general al comunei",
    OfficialRole.OTHER: "Altă funcție",
}

REGISTER = {
    RegisterCode.PETITIONS: "Registrul de evidență a petițiilor",
    RegisterCode.PUBLIC_INFO: "Registrul de evidență a solicitărilor de informații de interes public",
    RegisterCode.AUDIENCES: "Registrul de audiențe",
    RegisterCode.CONSULTATIONS: "Registrul pentru transparența decizională",
}

SEQUENCE = {
    SequenceCode.GENERAL: "Registrul general de intrare-ieșire",
    SequenceCode.AUDIENCES: "Registrul de audiențe",
}

ENTRY_STATUS = {EntryStatus.ACTIVE: "activă", EntryStatus.ANNULLED: "anulată"}

AUDIT_ACTION = {
    AuditAction.CREATE: "adăugare",
    AuditAction.UPDATE: "modificare",
    AuditAction.DELETE: "ștergere",
    AuditAction.ANNUL: "anulare",
    AuditAction.SETTINGS: "setări",
    AuditAction.IMPORT: "import",
    AuditAction.MIGRATE: "actualizare bază de date",
}

__all__ = [
    "AUDIT_ACTION",
    "ENTRY_STATUS",
    "OFFICIAL_ROLE",
    "REGISTER",
    "SEQUENCE",
    "AuditAction",
    "EntryStatus",
    "OfficialRole",
    "RegisterCode",
    "SequenceCode",
]
