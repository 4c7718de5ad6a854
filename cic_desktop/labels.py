"""Romanian labels for stored enums: the one place the GUI, PDFs and Excel take them from."""

from __future__ import annotations

from db.enums import (
    AudienceOutcome,
    AudienceRecurrence,
    AudienceState,
    AuditAction,
    ComplaintOutcome,
    DeliveryMode,
    DeliveryPreference,
    EntryStatus,
    FilingReason,
    InfoChannel,
    InfoDomain,
    InfoState,
    LetterKind,
    OfficialRole,
    PersonKind,
    PetitionChannel,
    PetitionKind,
    PetitionOutcome,
    PetitionState,
    RefusalReason,
    RegisterCode,
    SendChannel,
    SequenceCode,
    VerbalOutcome,
)

OFFICIAL_ROLE = {
    OfficialRole.MAYOR: "Primar",
    OfficialRole.DEPUTY_MAYOR: "Viceprimar",
    OfficialRole.SECRETARY: "Secretar general al comunei",
    OfficialRole.OTHER: "Altă funcție",
}

# An official as named inside a sentence: „la Ion Popescu (primar)”.
OFFICIAL_ROLE_IN_TEXT = {
    OfficialRole.MAYOR: "primar",
    OfficialRole.DEPUTY_MAYOR: "viceprimar",
    OfficialRole.SECRETARY: "secretar general al comunei",
    OfficialRole.OTHER: "altă funcție",
}

AUDIENCE_RECURRENCE = {
    AudienceRecurrence.WEEKLY: "săptămânal",
    AudienceRecurrence.BIWEEKLY: "din două în două săptămâni",
    AudienceRecurrence.MONTHLY: "lunar",
}

AUDIENCE_STATE = {
    AudienceState.SCHEDULED: "programată",
    AudienceState.PRESENT: "prezent",
    AudienceState.ABSENT: "neprezentat",
}
AUDIENCE_POSTPONED_LABEL = "amânată"

AUDIENCE_OUTCOME = {
    AudienceOutcome.SOLVED: "soluționat în audiență",
    AudienceOutcome.VERBAL: "răspuns verbal",
    AudienceOutcome.DEPARTMENT: "trimis la compartiment (notă de audiență)",
    AudienceOutcome.PETITION: "înregistrat ca petiție",
}

REGISTER = {
    RegisterCode.PETITIONS: "Registrul de evidență a petițiilor",
    RegisterCode.PUBLIC_INFO: "Registrul de evidență a solicitărilor de informații de interes public",
    RegisterCode.AUDIENCES: "Registrul de audiențe",
    RegisterCode.CONSULTATIONS: "Registrul pentru transparența decizională",
    RegisterCode.COMPLAINTS_544: "Registrul reclamațiilor administrative (Legea nr. 544/2001)",
}

# The same registers, short, for table columns and lists.
REGISTER_SHORT = {
    RegisterCode.PETITIONS: "Petiții",
    RegisterCode.PUBLIC_INFO: "Informații publice",
    RegisterCode.AUDIENCES: "Audiențe",
    RegisterCode.CONSULTATIONS: "Transparență decizională",
    RegisterCode.COMPLAINTS_544: "Reclamații administrative",
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

INFO_CHANNEL = {
    InfoChannel.PAPER: "pe suport de hârtie",
    InfoChannel.ELECTRONIC: "pe suport electronic",
    InfoChannel.VERBAL: "verbal",
}

INFO_DOMAIN = {
    InfoDomain.PUBLIC_MONEY: "Utilizarea banilor publici (contracte, investiții, cheltuieli etc.)",
    InfoDomain.DUTIES: "Modul de îndeplinire a atribuțiilor instituției publice",
    InfoDomain.REGULATIONS: "Acte normative, reglementări",
    InfoDomain.LEADERS: "Activitatea liderilor instituției",
    InfoDomain.LAW_544: "Informații privind modul de aplicare a Legii nr. 544/2001",
    InfoDomain.OTHER: "Altele",
}

DELIVERY_PREFERENCE = {
    DeliveryPreference.EMAIL: "pe e-mail",
    DeliveryPreference.EMAIL_EDITABLE: "pe e-mail, în format editabil",
    DeliveryPreference.PAPER: "pe format de hârtie, la adresă",
}

INFO_STATE = {
    InfoState.REGISTERED: "înregistrată",
    InfoState.ASSIGNED: "repartizată",
    InfoState.EXTENDED: "notificare de prelungire trimisă",
    InfoState.ANSWERED: "soluționată favorabil",
    InfoState.SENT: "răspuns expediat",
    InfoState.REFUSED: "respinsă",
    InfoState.REDIRECTED: "redirecționată",
    InfoState.RECLASSIFIED: "reîncadrată ca petiție",
}

DELIVERY_MODE = {
    DeliveryMode.ELECTRONIC: "electronic",
    DeliveryMode.PAPER: "format hârtie",
    DeliveryMode.VERBAL: "verbal",
}

REFUSAL_REASON = {
    RefusalReason.EXEMPT: "informații exceptate",
    RefusalReason.NONEXISTENT: "informații inexistente",
    RefusalReason.OTHER: "alte motive",
}

EXEMPT_LETTERS = {
    "a": "apărarea națională, siguranța și ordinea publică (informații clasificate)",
    "b": "deliberările autorităților, interesele economice și politice ale României (clasificate)",
    "c": "activități comerciale sau financiare, dacă publicitatea lor afectează concurența loială",
    "d": "date cu caracter personal",
    "e": "procedura în timpul anchetei penale sau disciplinare",
    "f": "procedurile judiciare, dacă publicitatea lor aduce atingere unui proces echitabil",
    "g": "informații a căror publicare prejudiciază măsurile de protecție a tinerilor",
}

COMPLAINT_OUTCOME = {
    ComplaintOutcome.FAVORABLE: "soluționată favorabil",
    ComplaintOutcome.REJECTED: "respinsă",
    ComplaintOutcome.PENDING: "în curs de soluționare",
}

VERBAL_OUTCOME = {
    VerbalOutcome.ANSWERED_ON_SPOT: "răspuns pe loc",
    VerbalOutcome.SENT_TO_WRITTEN: "îndrumat să depună solicitare scrisă",
}

__all__ = [
    "AUDIENCE_OUTCOME",
    "AUDIENCE_POSTPONED_LABEL",
    "AUDIENCE_RECURRENCE",
    "AUDIENCE_STATE",
    "OFFICIAL_ROLE_IN_TEXT",
    "AudienceOutcome",
    "AudienceRecurrence",
    "AudienceState",
    "COMPLAINT_OUTCOME",
    "DELIVERY_MODE",
    "DELIVERY_PREFERENCE",
    "EXEMPT_LETTERS",
    "INFO_CHANNEL",
    "INFO_DOMAIN",
    "INFO_STATE",
    "REFUSAL_REASON",
    "VERBAL_OUTCOME",
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
    "REGISTER_SHORT",
    "SEQUENCE",
    "AuditAction",
    "EntryStatus",
    "OfficialRole",
    "RegisterCode",
    "SequenceCode",
]
