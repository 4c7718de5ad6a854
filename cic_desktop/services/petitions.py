"""Petitions (OG 27/2002): registration, the SPEC §2.2 workflow, and the case file.

Every public method is one unit of work: validated first, saved whole or not at all, audited.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.deadlines import compute_deadline, compute_og27_extension
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.domain.text import clean_text, search_key
from cic_desktop.dto_petitions import (
    OPEN_STATES,
    LetterData,
    PersonData,
    PetitionDetails,
    PetitionInput,
    Suggestion,
)
from cic_desktop.errors import NotFoundError, ValidationError
from cic_desktop.labels import ANNULLED_LABEL, PETITION_OUTCOME, PETITION_STATE
from cic_desktop.services import audit
from cic_desktop.services.people import clean_person
from cic_desktop.services.registry import entry_data
from cic_desktop.services.years import ensure_unlocked
from db.enums import (
    AuditAction,
    EntryStatus,
    FilingReason,
    LetterKind,
    PersonKind,
    PetitionChannel,
    PetitionKind,
    PetitionOutcome,
    PetitionState,
    RegisterCode,
    SendChannel,
)
from db.models import Department, Letter, Person, Petition, PetitionDomain, RegistryEntry

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

ANSWER_RULE = "OG27_ANSWER_30"
AUDIENCE_RULE = "AUDIENCE_PETITION_30"
FORWARD_RULE = "OG27_FORWARD_5"
MAX_SUBJECT = 2000
MAX_PAGES = 10_000
SIMILARITY_THRESHOLD = 0.5
_WORD_RE = re.compile(r"\w{4,}")


def _words(text: str) -> set[str]:
    return set(_WORD_RE.findall(search_key(text)))


def similar_subjects(a: str, b: str) -> bool:
    """Same problem, roughly: half of the meaningful words in common (Jaccard ≥ 0.5)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= SIMILARITY_THRESHOLD


def _in(value: str, enum: type, field: str, message: str) -> str:
    if value not in {member.value for member in enum}:
        raise ValidationError(field, message)
    return value


class PetitionsService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    # -- registration --------------------------------------------------------------------------

    def _clean_input(self, data: PetitionInput) -> tuple[PetitionInput, PersonData | None]:
        today = self._core.clock.today()
        _in(
            data.kind,
            PetitionKind,
            "kind",
            "Alegeți tipul petiției: cerere, reclamație, sesizare sau propunere.",
        )
        _in(data.channel, PetitionChannel, "channel", "Alegeți modalitatea de primire a petiției.")
        received = data.received_on or today
        if received > today:
            raise ValidationError("received_on", "Data primirii nu poate fi în viitor.")
        if received < today - timedelta(days=366):
            raise ValidationError(
                "received_on", "Data primirii este cu mai mult de un an în urmă; verificați-o."
            )
        if data.channel == PetitionChannel.AUDIENCE:
            if data.audience_date is None:
                raise ValidationError(
                    "audience_date", "Indicați data audienței din care provine petiția."
                )
            if data.audience_date > today:
                raise ValidationError("audience_date", "Data audienței nu poate fi în viitor.")
            received = data.audience_date
        subject = clean_text(
            data.subject,
            field="subject",
            label="Obiectul petiției (rezumat)",
            max_length=MAX_SUBJECT,
            required=True,
            multiline=True,
        )
        for field_name, label in (("pages", "Număr de file"), ("annexes", "Număr de anexe")):
            value = getattr(data, field_name)
            if (
                isinstance(value, bool)
                or not isinstance(value, int)
                or value < 0
                or value > MAX_PAGES
            ):
                raise ValidationError(
                    field_name, f"„{label}” trebuie să fie un număr între 0 și {MAX_PAGES}."
                )
        if data.internal_deadline is not None and data.internal_deadline < today:
            raise ValidationError("internal_deadline", "Termenul intern nu poate fi în trecut.")
        source = clean_text(
            data.source_institution,
            field="source_institution",
            label="Instituția care a transmis petiția",
            max_length=300,
            required=data.channel == PetitionChannel.OTHER_INSTITUTION,
        )
        reference = clean_text(
            data.source_reference,
            field="source_reference",
            label="Nr. și data la instituția care a transmis",
            max_length=100,
        )
        notes = clean_text(
            data.notes, field="notes", label="Observații", max_length=2000, multiline=True
        )
        person: PersonData | None = None
        if data.name.strip() or data.person_id is not None:
            person = clean_person(
                PersonData(
                    data.person_kind,
                    data.name,
                    data.address,
                    data.email,
                    data.phone,
                    data.person_id,
                )
            )
        else:
            _in(
                data.person_kind,
                PersonKind,
                "person_kind",
                "Alegeți tipul petiționarului.",
            )
            clean_person(
                PersonData(data.person_kind, "", data.address, data.email, data.phone),
                name_required=False,
            )
        clean = replace(
            data,
            subject=subject,
            received_on=received,
            source_institution=source,
            source_reference=reference,
            notes=notes,
            name=person.name if person else "",
            address=person.address if person else data.address.strip(),
            email=person.email if person else data.email.strip(),
        )
        return clean, person

    def suggestions(self, data: PetitionInput) -> list[Suggestion]:
        """What OG 27 proposes before saving: file anonymous ones, join or file repeated ones."""
        result: list[Suggestion] = []
        if not data.name.strip() or not (data.address.strip() or data.email.strip()):
            result.append(
                Suggestion(
                    "file_anonymous",
                    "Petiția nu are datele de identificare ale petiționarului (nume și adresă). "
                    "Potrivit art. 7 din OG nr. 27/2002 se propune clasarea ei fără răspuns.",
                )
            )
        if not data.name.strip() and data.person_id is None:
            return result
        key = search_key(data.name)
        since = self._core.clock.today() - timedelta(days=365)
        with self._core.read() as session:
            stmt = (
                select(RegistryEntry, Petition)
                .join(Petition, Petition.entry_id == RegistryEntry.id)
                .where(
                    RegistryEntry.registered_on >= since,
                    RegistryEntry.status == EntryStatus.ACTIVE,
                    Petition.state != PetitionState.JOINED,
                )
                .order_by(RegistryEntry.registered_on, RegistryEntry.number)
            )
            if data.person_id is not None:
                stmt = stmt.where(Petition.person_id == data.person_id)
            else:
                stmt = stmt.join(Person, Person.id == Petition.person_id).where(
                    Person.search_key == key
                )
            for entry, petition in session.execute(stmt):
                if not similar_subjects(entry.subject, data.subject):
                    continue
                number = entry_data(entry).number_text
                if petition.state in OPEN_STATES:
                    result.append(
                        Suggestion(
                            "join",
                            f"Același petiționar a mai depus petiția nr. {number} pe aceeași problemă, "
                            "încă nesoluționată. Potrivit art. 10 alin. (1) din OG nr. 27/2002 se "
                            "propune conexarea la aceasta.",
                            entry.id,
                            number,
                        )
                    )
                elif petition.state in (PetitionState.ANSWERED, PetitionState.SENT):
                    result.append(
                        Suggestion(
                            "file_repeated",
                            f"Același petiționar a primit deja răspuns la petiția nr. {number} pe aceeași "
                            "problemă. Potrivit art. 10 alin. (2) din OG nr. 27/2002 se propune clasarea, "
                            "cu mențiune la numărul inițial.",
                            entry.id,
                            number,
                        )
                    )
        return result

    def register(self, data: PetitionInput) -> PetitionDetails:
        """Register a petition: next general number, OG 27 deadline, person snapshot — one transaction."""
        clean, person = self._clean_input(data)
        with self._core.write() as session:
            person_row = None
            if person is not None:
                if person.id is None:
                    person = self._core.people.same_person(session, person)
                person_row = self._core.people.upsert(session, person)
            from_audience = clean.channel == PetitionChannel.AUDIENCE
            rule = AUDIENCE_RULE if from_audience else ANSWER_RULE
            start = clean.received_on if from_audience else None
            entry = self._core.registry.create_entry(
                session,
                RegisterCode.PETITIONS,
                subject=clean.subject,
                received_on=clean.received_on,
                correspondent_name=clean.name,
                correspondent_address=clean.address,
                deadline_rule=rule,
                deadline_start=start,
            )
            domain = session.get(PetitionDomain, clean.domain_id) if clean.domain_id else None
            if clean.domain_id and domain is None:
                raise ValidationError("domain_id", "Domeniul ales nu mai există.")
            department = (
                session.get(Department, clean.department_id) if clean.department_id else None
            )
            if clean.department_id and department is None:
                raise ValidationError("department_id", "Compartimentul ales nu mai există.")
            petition = Petition(
                entry_id=entry.id,
                person_id=person_row.id if person_row else None,
                petitioner_kind=clean.person_kind,
                petitioner_email=clean.email,
                channel=clean.channel,
                kind=clean.kind,
                domain_id=domain.id if domain else None,
                domain_name=domain.name if domain else "",
                pages=clean.pages,
                annexes=clean.annexes,
                source_institution=clean.source_institution,
                source_reference=clean.source_reference,
                state=PetitionState.REGISTERED,
                base_legal_deadline=entry.legal_deadline,
                notes=clean.notes,
                flagged_incomplete=False,
            )
            session.add(petition)
            if department is not None:
                self._assign(session, entry, petition, department, clean.internal_deadline)
            session.flush()
            return self._details(session, entry.id)

    # -- workflow ------------------------------------------------------------------------------

    def _load(self, session: Session, entry_id: int) -> tuple[RegistryEntry, Petition]:
        entry = session.get(RegistryEntry, entry_id)
        petition = session.get(Petition, entry_id)
        if entry is None or petition is None:
            raise NotFoundError("Petiția nu există.")
        if entry.status == EntryStatus.ANNULLED:
            raise ValidationError("state", "Petiția este anulată; nu se mai poate modifica.")
        ensure_unlocked(session, entry.year)
        return entry, petition

    def _require_open(self, petition: Petition, action: str) -> None:
        if petition.state not in OPEN_STATES:
            label = PETITION_STATE[PetitionState(petition.state)]
            raise ValidationError("state", f"Petiția este {label}; nu se mai poate {action}.")

    def _check_day(self, day: date, entry: RegistryEntry, field: str, label: str) -> None:
        if day > self._core.clock.today():
            raise ValidationError(field, f"{label} nu poate fi în viitor.")
        if day < entry.registered_on:
            raise ValidationError(
                field,
                f"{label} nu poate fi înainte de data înregistrării ({fmt(entry.registered_on)}).",
            )

    def _change(
        self, session: Session, entry: RegistryEntry, summary: str, before: PetitionDetails
    ) -> PetitionDetails:
        session.flush()
        after = self._details(session, entry.id)
        audit.record(
            session,
            self._core,
            action=AuditAction.UPDATE,
            entity="registry_entry",
            entity_id=entry.id,
            summary=summary,
            before=_audit_view(before),
            after=_audit_view(after),
        )
        session.flush()
        return replace(after, history=tuple(audit.history(session, "registry_entry", entry.id)))

    def _assign(
        self,
        session: Session,
        entry: RegistryEntry,
        petition: Petition,
        department: Department,
        internal_deadline: date | None,
    ) -> None:
        if internal_deadline is not None:
            if internal_deadline < entry.registered_on:
                raise ValidationError(
                    "internal_deadline", "Termenul intern nu poate fi înainte de înregistrare."
                )
            if entry.legal_deadline and internal_deadline > entry.legal_deadline:
                raise ValidationError(
                    "internal_deadline",
                    f"Termenul intern nu poate fi după termenul legal ({fmt(entry.legal_deadline)}).",
                )
        petition.department_id = department.id
        petition.department_name = department.name
        petition.internal_deadline = internal_deadline or entry.internal_target
        petition.assigned_on = self._core.clock.today()
        if petition.state == PetitionState.REGISTERED:
            petition.state = PetitionState.ASSIGNED

    def assign(
        self, entry_id: int, department_id: int, internal_deadline: date | None = None
    ) -> PetitionDetails:
        with self._core.write() as session:
            entry, petition = self._load(session, entry_id)
            self._require_open(petition, "repartiza")
            before = self._details(session, entry_id)
            department = session.get(Department, department_id)
            if department is None:
                raise ValidationError("department_id", "Alegeți compartimentul.")
            self._assign(session, entry, petition, department, internal_deadline)
            return self._change(session, entry, f"Repartizată la {department.name}", before)

    def extend(
        self, entry_id: int, days: int, decided_on: date, approved_by: str, reason: str = ""
    ) -> PetitionDetails:
        """OG 27 art. 9: once, by at most 15 days, decided before the 30-day legal deadline."""
        approved_by = clean_text(
            approved_by, field="approved_by", label="Aprobat de", max_length=300, required=True
        )
        reason = clean_text(
            reason,
            field="extension_reason",
            label="Motivul prelungirii",
            max_length=2000,
            multiline=True,
        )
        with self._core.write() as session:
            entry, petition = self._load(session, entry_id)
            if petition.extension_days:
                raise ValidationError("extension_days", "Termenul a fost deja prelungit o dată.")
            self._require_open(petition, "prelungi")
            self._check_day(
                decided_on, entry, "extension_decided_on", "Data deciziei de prelungire"
            )
            base = petition.base_legal_deadline or entry.legal_deadline
            if base is not None and decided_on > base:
                raise ValidationError(
                    "extension_decided_on",
                    f"Prelungirea trebuie decisă până la termenul legal de 30 de zile ({fmt(base)}); "
                    "după acesta nu mai poate fi acordată.",
                )
            result = compute_og27_extension(
                self._deadline_start(entry, petition),
                days,
                self._core.calendar.working_calendar(session),
            )
            before = self._details(session, entry_id)
            petition.extension_days = days
            petition.extension_decided_on = decided_on
            petition.extension_approved_by = approved_by
            petition.extension_reason = reason
            petition.state = PetitionState.EXTENDED
            entry.legal_deadline, entry.internal_target = (
                result.legal_deadline,
                result.internal_target,
            )
            return self._change(
                session,
                entry,
                f"Termen prelungit cu {days} zile, până la {fmt(result.legal_deadline)}",
                before,
            )

    def forward(self, entry_id: int, institution: str, forwarded_on: date) -> PetitionDetails:
        """OG 27 art. 6^1: to the competent institution within 5 days, the petitioner informed."""
        institution = clean_text(
            institution,
            field="forwarded_to",
            label="Instituția competentă",
            max_length=300,
            required=True,
        )
        with self._core.write() as session:
            entry, petition = self._load(session, entry_id)
            self._require_open(petition, "redirecționa")
            self._check_day(forwarded_on, entry, "forwarded_on", "Data redirecționării")
            before = self._details(session, entry_id)
            petition.forwarded_to, petition.forwarded_on = institution, forwarded_on
            petition.state = PetitionState.FORWARDED
            return self._change(session, entry, f"Redirecționată către {institution}", before)

    def join(self, entry_id: int, target_entry_id: int) -> PetitionDetails:
        """OG 27 art. 10(1): joined to the first petition on the same problem; one answer for all."""
        with self._core.write() as session:
            entry, petition = self._load(session, entry_id)
            self._require_open(petition, "conexa")
            if target_entry_id == entry_id:
                raise ValidationError("joined_to", "O petiție nu poate fi conexată la ea însăși.")
            target = session.get(RegistryEntry, target_entry_id)
            target_petition = session.get(Petition, target_entry_id)
            if target is None or target_petition is None:
                raise ValidationError("joined_to", "Petiția la care se conexează nu există.")
            if target.status == EntryStatus.ANNULLED:
                raise ValidationError("joined_to", "Nu se poate conexa la o petiție anulată.")
            if target_petition.state == PetitionState.JOINED:
                raise ValidationError(
                    "joined_to", "Petiția aleasă este ea însăși conexată; alegeți petiția inițială."
                )
            if (target.registered_on, target.number) > (
                entry.registered_on,
                entry.number,
            ) and target.year == entry.year:
                raise ValidationError(
                    "joined_to", "Conexarea se face la petiția înregistrată prima."
                )
            before = self._details(session, entry_id)
            petition.joined_to_id = target_entry_id
            petition.state = PetitionState.JOINED
            return self._change(
                session, entry, f"Conexată la nr. {entry_data(target).number_text}", before
            )

    def file_without_action(
        self, entry_id: int, reason: str, note: str = "", filed_on: date | None = None
    ) -> PetitionDetails:
        """Clasare: anonymous (art. 7), repeated after an answer (art. 10(2)) or another reason."""
        _in(reason, FilingReason, "filing_reason", "Alegeți motivul clasării.")
        note = clean_text(
            note,
            field="filing_note",
            label="Motivul clasării (detalii)",
            max_length=2000,
            multiline=True,
            required=reason == FilingReason.OTHER,
        )
        with self._core.write() as session:
            entry, petition = self._load(session, entry_id)
            self._require_open(petition, "clasa")
            filed_on = filed_on or self._core.clock.today()
            self._check_day(filed_on, entry, "filed_on", "Data clasării")
            before = self._details(session, entry_id)
            petition.filing_reason, petition.filing_note, petition.filed_on = reason, note, filed_on
            petition.state = PetitionState.FILED
            return self._change(session, entry, "Clasată", before)

    def answer(
        self,
        entry_id: int,
        *,
        answered_on: date,
        outcome: str,
        legal_basis: str,
        summary: str = "",
        signatory_mayor: str = "",
        signatory_head: str = "",
        answer_number: str | None = None,
    ) -> PetitionDetails:
        """OG 27 art. 13: outcome, legal basis, two signatories. Partidă numbering by default."""
        _in(
            outcome,
            PetitionOutcome,
            "outcome",
            "Alegeți modul de soluționare: favorabil, nefavorabil sau parțial.",
        )
        legal_basis = clean_text(
            legal_basis,
            field="legal_basis",
            label="Temei legal",
            max_length=2000,
            required=True,
            multiline=True,
        )
        summary = clean_text(
            summary,
            field="answer_summary",
            label="Rezumatul răspunsului",
            max_length=4000,
            multiline=True,
        )
        with self._core.write() as session:
            entry, petition = self._load(session, entry_id)
            self._require_open(petition, "soluționa")
            self._check_day(answered_on, entry, "answered_on", "Data răspunsului")
            mayor = signatory_mayor.strip() or self._default_mayor(answered_on)
            head = signatory_head.strip() or self._default_head(session, petition)
            mayor = clean_text(
                mayor,
                field="signatory_mayor",
                label="Semnează primarul",
                max_length=200,
                required=True,
            )
            head = clean_text(
                head,
                field="signatory_head",
                label="Semnează șeful compartimentului",
                max_length=200,
                required=True,
            )
            number = (answer_number or "").strip() or format_registry_number(
                entry.number, answered_on, entry.number_prefix
            )
            number = clean_text(
                number, field="answer_number", label="Nr. și data răspunsului", max_length=60
            )
            before = self._details(session, entry_id)
            petition.answered_on, petition.outcome, petition.legal_basis = (
                answered_on,
                outcome,
                legal_basis,
            )
            petition.answer_summary, petition.answer_number = summary, number
            petition.signatory_mayor, petition.signatory_head = mayor, head
            petition.state = PetitionState.ANSWERED
            return self._change(
                session,
                entry,
                f"Soluționată ({PETITION_OUTCOME[PetitionOutcome(outcome)]}), răspuns nr. {number}",
                before,
            )

    def mark_sent(
        self, entry_id: int, *, sent_on: date, channel: str, registered_mail_no: str = ""
    ) -> PetitionDetails:
        """The answer (or the forwarding/filing notice) left the building: date, channel, mail number."""
        _in(channel, SendChannel, "sent_channel", "Alegeți modul de expediere.")
        mail_no = clean_text(
            registered_mail_no,
            field="registered_mail_no",
            label="Nr. recomandatei",
            max_length=60,
            required=channel == SendChannel.REGISTERED_POST,
        )
        with self._core.write() as session:
            entry, petition = self._load(session, entry_id)
            if petition.state not in (
                PetitionState.ANSWERED,
                PetitionState.FORWARDED,
                PetitionState.FILED,
            ):
                raise ValidationError(
                    "state",
                    "Se poate marca expedierea doar după soluționare, redirecționare sau clasare.",
                )
            if petition.sent_on is not None:
                raise ValidationError(
                    "sent_on", f"Expedierea a fost deja înregistrată ({fmt(petition.sent_on)})."
                )
            self._check_day(sent_on, entry, "sent_on", "Data expedierii")
            done_on = petition.answered_on or petition.forwarded_on or petition.filed_on
            if done_on and sent_on < done_on:
                raise ValidationError(
                    "sent_on", f"Data expedierii nu poate fi înainte de {fmt(done_on)}."
                )
            before = self._details(session, entry_id)
            petition.sent_on, petition.sent_channel, petition.registered_mail_no = (
                sent_on,
                channel,
                mail_no,
            )
            if petition.state == PetitionState.ANSWERED:
                petition.state = PetitionState.SENT
            return self._change(session, entry, f"Expediată pe {fmt(sent_on)}", before)

    def annul(self, entry_id: int, reason: str) -> PetitionDetails:
        self._core.registry.annul(entry_id, reason)
        return self.details(entry_id)

    def update_notes(self, entry_id: int, notes: str) -> PetitionDetails:
        notes = clean_text(
            notes, field="notes", label="Observații", max_length=2000, multiline=True
        )
        with self._core.write() as session:
            entry, petition = self._load(session, entry_id)
            before = self._details(session, entry_id)
            petition.notes = notes
            return self._change(session, entry, "Observații modificate", before)

    # -- letters -------------------------------------------------------------------------------

    def save_letter(self, entry_id: int, kind: str, body: str) -> LetterData:
        _in(kind, LetterKind, "kind", "Tip de scrisoare necunoscut.")
        body = clean_text(
            body,
            field="body",
            label="Textul scrisorii",
            max_length=50_000,
            required=True,
            multiline=True,
        )
        with self._core.write() as session:
            self._load(session, entry_id)
            now = self._core.clock.now()
            row = session.execute(
                select(Letter).where(Letter.entry_id == entry_id, Letter.kind == kind)
            ).scalar_one_or_none()
            if row is None:
                row = Letter(
                    entry_id=entry_id,
                    kind=kind,
                    body=body,
                    created_at=now,
                    created_by_id=self._core.current_user_id,
                )
                session.add(row)
            else:
                row.body, row.updated_at = body, now
            session.flush()
            audit.record(
                session,
                self._core,
                action=AuditAction.UPDATE,
                entity="registry_entry",
                entity_id=entry_id,
                summary=f"Scrisoare salvată ({kind})",
            )
            return LetterData(row.id, row.kind, row.body, row.created_at, row.updated_at)

    # -- reading -------------------------------------------------------------------------------

    def details(self, entry_id: int) -> PetitionDetails:
        with self._core.read() as session:
            return self._details(session, entry_id)

    def domains(self, include_inactive: bool = False) -> list[tuple[int, str]]:
        with self._core.read() as session:
            stmt = select(PetitionDomain).order_by(PetitionDomain.position, PetitionDomain.name)
            if not include_inactive:
                stmt = stmt.where(PetitionDomain.active)
            return [(d.id, d.name) for d in session.execute(stmt).scalars()]

    def save_domain(self, name: str, domain_id: int | None = None, active: bool = True) -> int:
        name = clean_text(name, field="name", label="Domeniul", max_length=200, required=True)
        with self._core.write() as session:
            clash = session.scalar(select(PetitionDomain.id).where(PetitionDomain.name == name))
            if clash is not None and clash != domain_id:
                raise ValidationError("name", f"Domeniul „{name}” există deja.")
            row = (
                session.get(PetitionDomain, domain_id)
                if domain_id
                else PetitionDomain(
                    position=(
                        session.scalar(
                            select(PetitionDomain.position)
                            .order_by(PetitionDomain.position.desc())
                            .limit(1)
                        )
                        or 0
                    )
                    + 1
                )
            )
            if row is None:
                raise NotFoundError("Domeniul nu mai există.")
            row.name, row.active = name, active
            session.add(row)
            session.flush()
            audit.record(
                session,
                self._core,
                action=AuditAction.SETTINGS,
                entity="petition_domain",
                entity_id=row.id,
                summary=f"Domeniu: {name}",
            )
            return row.id

    def _deadline_start(self, entry: RegistryEntry, petition: Petition) -> date:
        return (
            entry.received_on
            if petition.channel == PetitionChannel.AUDIENCE
            else entry.registered_on
        )

    def _default_mayor(self, on: date) -> str:
        official = self._core.settings.official_for("mayor", on)
        return official.name if official else ""

    @staticmethod
    def _default_head(session: Session, petition: Petition) -> str:
        if petition.department_id is None:
            return ""
        department = session.get(Department, petition.department_id)
        return department.head_name if department else ""

    def _details(self, session: Session, entry_id: int) -> PetitionDetails:
        entry = session.get(RegistryEntry, entry_id)
        petition = session.get(Petition, entry_id)
        if entry is None or petition is None:
            raise NotFoundError("Petiția nu există.")
        data = entry_data(entry)
        start = self._deadline_start(entry, petition)
        calendar = self._core.calendar.working_calendar(session)
        if petition.extension_days:
            explanation = compute_og27_extension(
                start, petition.extension_days, calendar
            ).explanation
        else:
            rule = entry.deadline_rule or ANSWER_RULE
            explanation = compute_deadline(rule, start, calendar).explanation
        joined_number = ""
        if petition.joined_to_id:
            target = session.get(RegistryEntry, petition.joined_to_id)
            joined_number = entry_data(target).number_text if target else ""
        joined_here = tuple(
            entry_data(e).number_text
            for e in session.execute(
                select(RegistryEntry)
                .join(Petition, Petition.entry_id == RegistryEntry.id)
                .where(Petition.joined_to_id == entry_id)
                .order_by(RegistryEntry.number)
            ).scalars()
        )
        letters = tuple(
            LetterData(r.id, r.kind, r.body, r.created_at, r.updated_at)
            for r in session.execute(
                select(Letter).where(Letter.entry_id == entry_id).order_by(Letter.id)
            ).scalars()
        )
        state_label = (
            ANNULLED_LABEL
            if data.status == EntryStatus.ANNULLED
            else PETITION_STATE[PetitionState(petition.state)]
        )
        details = PetitionDetails(
            entry=data,
            person_id=petition.person_id,
            petitioner_kind=petition.petitioner_kind,
            petitioner_address=entry.correspondent_address,
            petitioner_email=petition.petitioner_email,
            channel=petition.channel,
            kind=petition.kind,
            domain_id=petition.domain_id,
            domain_name=petition.domain_name,
            pages=petition.pages,
            annexes=petition.annexes,
            source_institution=petition.source_institution,
            source_reference=petition.source_reference,
            state=petition.state,
            state_label=state_label,
            department_id=petition.department_id,
            department_name=petition.department_name,
            internal_deadline=petition.internal_deadline,
            assigned_on=petition.assigned_on,
            deadline_start=start,
            base_legal_deadline=petition.base_legal_deadline,
            deadline_explanation=explanation,
            extension_days=petition.extension_days,
            extension_decided_on=petition.extension_decided_on,
            extension_approved_by=petition.extension_approved_by,
            extension_reason=petition.extension_reason,
            forwarded_to=petition.forwarded_to,
            forwarded_on=petition.forwarded_on,
            joined_to_id=petition.joined_to_id,
            joined_to_number=joined_number,
            filing_reason=petition.filing_reason,
            filing_note=petition.filing_note,
            filed_on=petition.filed_on,
            answered_on=petition.answered_on,
            answer_number=petition.answer_number,
            outcome=petition.outcome,
            legal_basis=petition.legal_basis,
            answer_summary=petition.answer_summary,
            signatory_mayor=petition.signatory_mayor,
            signatory_head=petition.signatory_head,
            sent_on=petition.sent_on,
            sent_channel=petition.sent_channel,
            registered_mail_no=petition.registered_mail_no,
            notes=petition.notes,
            flagged_incomplete=petition.flagged_incomplete,
            letters=letters,
            history=tuple(audit.history(session, "registry_entry", entry_id)),
            joined_here=joined_here,
        )
        return replace(details, warnings=tuple(self._warnings(details, calendar)))

    def _warnings(self, d: PetitionDetails, calendar) -> list[str]:  # type: ignore[no-untyped-def]
        warnings: list[str] = []
        if d.forwarded_on is not None:
            term = compute_deadline(FORWARD_RULE, d.entry.registered_on, calendar)
            if d.forwarded_on > term.legal_deadline:
                warnings.append(
                    f"Redirecționată după termenul de 5 zile (art. 6^1 din OG nr. 27/2002), "
                    f"care a expirat la {fmt(term.legal_deadline)}."
                )
        done = d.sent_on or d.answered_on
        if d.answered_on and d.entry.legal_deadline and done and done > d.entry.legal_deadline:
            warnings.append(f"Răspuns după termenul legal ({fmt(d.entry.legal_deadline)}).")
        if d.flagged_incomplete:
            warnings.append("Înregistrare importată dintr-un registru vechi: lipsesc unele date.")
        return warnings


def _audit_view(d: PetitionDetails) -> dict[str, object]:
    """The case as the audit trail keeps it: fields only, no history or letters."""
    view = {
        k: v for k, v in d.__dict__.items() if k not in {"history", "letters", "entry", "warnings"}
    }
    view["legal_deadline"] = d.entry.legal_deadline
    view["internal_target"] = d.entry.internal_target
    return view
