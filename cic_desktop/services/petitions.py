"""Petitions (OG 27/2002): registration, the SPEC §2.2 workflow, and the case file.

Every public method is one unit of work: validated first, saved whole or not at all, audited.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.deadlines import compute_og27_extension
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.domain.text import clean_text
from cic_desktop.dto_petitions import (
    OPEN_STATES,
    LetterData,
    PetitionDetails,
    PetitionInput,
    Suggestion,
)
from cic_desktop.errors import NotFoundError, ValidationError
from cic_desktop.labels import PETITION_OUTCOME, PETITION_STATE
from cic_desktop.services import audit
from cic_desktop.services.case_steps import (
    audited_change,
    clean_letter_body,
    keep_letter,
    load_changeable,
)
from cic_desktop.services.petition_details import (
    ANSWER_RULE,
    AUDIENCE_RULE,
    audit_view,
    build_details,
    deadline_start,
)
from cic_desktop.services.petition_intake import (
    clean_input,
    find_suggestions,
    require_choice,
)
from cic_desktop.services.registry import check_case_day, entry_data
from db.enums import (
    AuditAction,
    EntryStatus,
    FilingReason,
    LetterKind,
    PetitionChannel,
    PetitionOutcome,
    PetitionState,
    RegisterCode,
    SendChannel,
)
from db.models import Department, Petition, PetitionDomain, RegistryEntry

if TYPE_CHECKING:
    from cic_desktop.core import CicCore


class PetitionsService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    # -- registration --------------------------------------------------------------------------

    def check(self, data: PetitionInput) -> None:
        """Validate as `register` does, saving nothing (errors before OG 27's proposals)."""
        clean_input(self._core, data)

    def find_by_number(self, year: int, number: int) -> int | None:
        """The petition with `number` in `year` („conexează la nr. 12/2026”)."""
        with self._core.read() as session:
            return session.scalar(
                select(RegistryEntry.id).where(
                    RegistryEntry.register_code == RegisterCode.PETITIONS,
                    RegistryEntry.year == year,
                    RegistryEntry.number == number,
                )
            )

    def suggestions(self, data: PetitionInput) -> list[Suggestion]:
        """What OG 27 proposes before saving: file anonymous ones, join or file repeated ones."""
        return find_suggestions(self._core, data)

    def register(self, data: PetitionInput) -> PetitionDetails:
        """Register a petition: next general number, OG 27 deadline, person snapshot — one transaction."""
        clean_input(self._core, data)  # refuse bad input before opening a write transaction
        with self._core.write() as session:
            return self.register_in(session, data)

    def register_in(self, session: Session, data: PetitionInput) -> PetitionDetails:
        """`register` inside the caller's write transaction (an audience converted to a petition)."""
        clean, person = clean_input(self._core, data)
        person_row = None
        if person is not None:
            person, person_row = self._core.people.for_new_entry(session, person)
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
        department = session.get(Department, clean.department_id) if clean.department_id else None
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
        return build_details(self._core, session, entry.id)

    # -- workflow ------------------------------------------------------------------------------

    def _load(self, session: Session, entry_id: int) -> tuple[RegistryEntry, Petition]:
        return load_changeable(session, entry_id, Petition, "Petiția")

    def _require_open(self, petition: Petition, action: str) -> None:
        if petition.state not in OPEN_STATES:
            label = PETITION_STATE[PetitionState(petition.state)]
            raise ValidationError("state", f"Petiția este {label}; nu se mai poate {action}.")

    def _check_day(self, day: date, entry: RegistryEntry, field: str, label: str) -> None:
        check_case_day(self._core.clock.today(), day, entry, field, label)

    def _change(
        self, session: Session, entry: RegistryEntry, summary: str, before: PetitionDetails
    ) -> PetitionDetails:
        after = audited_change(
            session,
            self._core,
            entry.id,
            summary,
            before,
            lambda: build_details(self._core, session, entry.id),
            audit_view,
        )
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
            before = build_details(self._core, session, entry_id)
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
                deadline_start(entry, petition),
                days,
                self._core.calendar.working_calendar(session),
            )
            before = build_details(self._core, session, entry_id)
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
            before = build_details(self._core, session, entry_id)
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
            before = build_details(self._core, session, entry_id)
            petition.joined_to_id = target_entry_id
            petition.state = PetitionState.JOINED
            return self._change(
                session, entry, f"Conexată la nr. {entry_data(target).number_text}", before
            )

    def file_without_action(
        self, entry_id: int, reason: str, note: str = "", filed_on: date | None = None
    ) -> PetitionDetails:
        """Clasare: anonymous (art. 7), repeated after an answer (art. 10(2)) or another reason."""
        require_choice(reason, FilingReason, "filing_reason", "Alegeți motivul clasării.")
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
            before = build_details(self._core, session, entry_id)
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
        require_choice(
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
            before = build_details(self._core, session, entry_id)
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
        require_choice(channel, SendChannel, "sent_channel", "Alegeți modul de expediere.")
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
            before = build_details(self._core, session, entry_id)
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
            before = build_details(self._core, session, entry_id)
            petition.notes = notes
            return self._change(session, entry, "Observații modificate", before)

    # -- letters -------------------------------------------------------------------------------

    def save_letter(self, entry_id: int, kind: str, body: str) -> LetterData:
        require_choice(kind, LetterKind, "kind", "Tip de scrisoare necunoscut.")
        body = clean_letter_body(body)
        with self._core.write() as session:
            self._load(session, entry_id)
            return keep_letter(session, self._core, entry_id, kind, body, kind)

    # -- reading -------------------------------------------------------------------------------

    def details(self, entry_id: int) -> PetitionDetails:
        with self._core.read() as session:
            return build_details(self._core, session, entry_id)

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

    def _default_mayor(self, on: date) -> str:
        official = self._core.settings.official_for("mayor", on)
        return official.name if official else ""

    @staticmethod
    def _default_head(session: Session, petition: Petition) -> str:
        if petition.department_id is None:
            return ""
        department = session.get(Department, petition.department_id)
        return department.head_name if department else ""
