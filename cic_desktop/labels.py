"""Romanian labels for stored enums: the one place the GUI, PDFs and Excel take them from."""

from __future__ import annotations

from db.enums import (
    AuditAction,
    EntryStatus,
    FilingReason,
    LetterKind,
    OfficialRole,
    PersonKind,
    PetitionChannel,
    PetitionKind,
    PetitionOutcome,
    PetitionState,
    RegisterCode,
    SendChannel,
    SequenceCode,
)

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
    AuditAction.RESTORE: "restaurare din copie de siguranță",
    AuditAction.LOCK: "închiderea anului",
    AuditAction.UNLOCK: "redeschiderea anului",
}

PERSON_KIND = {
    PersonKind.NATURAL: "persoană fizică",
    PersonKind.LEGAL: "persoană juridică",
    PersonKind.PUBLIC_BODY: "instituție publică",
}

PETITION_CHANNEL = {
    PetitionChannel.REGISTRY_DESK: "depusă la registratură",
    PetitionChannel.POST: "poștă",
    PetitionChannel.EMAIL: "e-mail",
    PetitionChannel.ONLINE_FORM: "formular online",
    PetitionChannel.OTHER_INSTITUTION: "transmisă de altă instituție",
    PetitionChannel.AUDIENCE: "din audiență",
}

PETITION_KIND = {
    PetitionKind.REQUEST: "cerere",
    PetitionKind.COMPLAINT: "reclamație",
    PetitionKind.REPORT: "sesizare",
    PetitionKind.PROPOSAL: "propunere",
}

PETITION_STATE = {
    PetitionState.REGISTERED: "înregistrată",
    PetitionState.ASSIGNED: "repartizată",
    PetitionState.EXTENDED: "prelungită",
    PetitionState.ANSWERED: "soluționată",
    PetitionState.SENT: "răspuns expediat",
    PetitionState.FORWARDED: "redirecționată",
    PetitionState.FILED: "clasată",
    PetitionState.JOINED: "conexată",
    PetitionState.RECLASSIFIED: "reîncadrată",
}
ANNULLED_LABEL = "anulată"

PETITION_OUTCOME = {
    PetitionOutcome.FAVORABLE: "favorabil",
    PetitionOutcome.UNFAVORABLE: "nefavorabil",
    PetitionOutcome.PARTIAL: "parțial",
}

FILING_REASON = {
    FilingReason.ANONYMOUS: "anonimă (art. 7)",
    FilingReason.REPEATED: "repetată, deja soluționată (art. 10 alin. (2))",
    FilingReason.OTHER: "alt motiv",
}

SEND_CHANNEL = {
    SendChannel.POST: "poștă",
    SendChannel.REGISTERED_POST: "poștă recomandată",
    SendChannel.EMAIL: "e-mail",
    SendChannel.HAND: "înmânat personal",
}

LETTER_KIND = {
    LetterKind.ANSWER: "Răspuns la petiție",
    LetterKind.FORWARD_NOTICE: "Notificare de redirecționare",
    LetterKind.FORWARD_COVER: "Adresă de înaintare către instituția competentă",
    LetterKind.EXTENSION_NOTICE: "Notificare de prelungire a termenului",
    LetterKind.FILING_NOTICE: "Notificare de clasare",
}

__all__ = [
    "ANNULLED_LABEL",
    "FILING_REASON",
    "LETTER_KIND",
    "PERSON_KIND",
    "PETITION_CHANNEL",
    "PETITION_KIND",
    "PETITION_OUTCOME",
    "PETITION_STATE",
    "SEND_CHANNEL",
    "FilingReason",
    "LetterKind",
    "PersonKind",
    "PetitionChannel",
    "PetitionKind",
    "PetitionOutcome",
    "PetitionState",
    "SendChannel",
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
