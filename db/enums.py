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
    COMPLAINTS_544 = "complaints_544"


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
    RESTORE = "restore"
    LOCK = "lock"
    UNLOCK = "unlock"


class PersonKind(StrEnum):
    NATURAL = "natural"
    LEGAL = "legal"
    PUBLIC_BODY = "public_body"


class PetitionChannel(StrEnum):
    REGISTRY_DESK = "registry_desk"
    POST = "post"
    EMAIL = "email"
    ONLINE_FORM = "online_form"
    OTHER_INSTITUTION = "other_institution"
    AUDIENCE = "audience"


class PetitionKind(StrEnum):
    REQUEST = "request"
    COMPLAINT = "complaint"
    REPORT = "report"
    PROPOSAL = "proposal"


class PetitionState(StrEnum):
    """SPEC §2.2 workflow. Annulment lives on the registry entry, not here."""

    REGISTERED = "registered"
    ASSIGNED = "assigned"
    EXTENDED = "extended"
    ANSWERED = "answered"
    SENT = "sent"
    FORWARDED = "forwarded"
    FILED = "filed"
    JOINED = "joined"
    RECLASSIFIED = "reclassified"


class PetitionOutcome(StrEnum):
    FAVORABLE = "favorable"
    UNFAVORABLE = "unfavorable"
    PARTIAL = "partial"


class FilingReason(StrEnum):
    ANONYMOUS = "anonymous"  # OG 27 art. 7
    REPEATED = "repeated"  # OG 27 art. 10(2)
    OTHER = "other"


class SendChannel(StrEnum):
    POST = "post"
    REGISTERED_POST = "registered_post"
    EMAIL = "email"
    HAND = "hand"


class LetterKind(StrEnum):
    ANSWER = "answer"
    FORWARD_NOTICE = "forward_notice"
    FORWARD_COVER = "forward_cover"
    EXTENSION_NOTICE = "extension_notice"
    FILING_NOTICE = "filing_notice"


class InfoChannel(StrEnum):
    PAPER = "paper"
    ELECTRONIC = "electronic"
    VERBAL = "verbal"


class InfoDomain(StrEnum):
    """The six domains of the Legea 544 annual report (anexa nr. 10, II.B.2 a–f)."""

    PUBLIC_MONEY = "public_money"
    DUTIES = "duties"
    REGULATIONS = "regulations"
    LEADERS = "leaders"
    LAW_544 = "law_544"
    OTHER = "other"


class DeliveryPreference(StrEnum):
    EMAIL = "email"
    EMAIL_EDITABLE = "email_editable"
    PAPER = "paper"


class InfoState(StrEnum):
    REGISTERED = "registered"
    ASSIGNED = "assigned"
    EXTENDED = "extended"
    ANSWERED = "answered"
    SENT = "sent"
    REFUSED = "refused"
    REDIRECTED = "redirected"
    RECLASSIFIED = "reclassified"


class DeliveryMode(StrEnum):
    ELECTRONIC = "electronic"
    PAPER = "paper"
    VERBAL = "verbal"


class RefusalReason(StrEnum):
    EXEMPT = "exempt"
    NONEXISTENT = "nonexistent"
    OTHER = "other"


class ComplaintOutcome(StrEnum):
    FAVORABLE = "favorable"
    REJECTED = "rejected"
    PENDING = "pending"


class VerbalOutcome(StrEnum):
    ANSWERED_ON_SPOT = "answered_on_spot"
    SENT_TO_WRITTEN = "sent_to_written"


class AudienceRecurrence(StrEnum):
    WEEKLY = "weekly"
    # Every other week, alternating from the schedule's first week (not ISO week parity).
    BIWEEKLY = "biweekly"
    # Monthly on the n-th (1..4) or last (-1) given weekday.
    MONTHLY = "monthly"


class AudienceState(StrEnum):
    """Where a sign-up stands. Annulment lives on the registry entry."""

    SCHEDULED = "scheduled"
    PRESENT = "present"
    ABSENT = "absent"


class AudienceOutcome(StrEnum):
    SOLVED = "solved"  # soluționat în audiență
    VERBAL = "verbal"  # răspuns verbal
    DEPARTMENT = "department"  # trimis la compartiment cu notă de audiență
    PETITION = "petition"  # înregistrat ca petiție
