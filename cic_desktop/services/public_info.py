"""Requests for public information (Legea 544/2001): registration, the 10/30-day route, refusals
within 5 days of receipt, redirects, reclassification as a petition, fees, the verbal log,
administrative complaints and court cases. Each public method is one unit of work.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.deadlines import compute_deadline, deadline_state, due_soon_cutoff
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.domain.text import clean_text
from cic_desktop.dto_petitions import PersonData
from cic_desktop.dto_public_info import (
    INFO_OPEN_STATES,
    ComplaintDetails,
    CourtCaseData,
    InfoListRow,
    InfoRequestDetails,
    InfoRequestInput,
    TariffData,
    VerbalRequestData,
)
from cic_desktop.errors import NotFoundError, ValidationError
from cic_desktop.labels import EXEMPT_LETTERS, INFO_STATE
from cic_desktop.services import audit
from cic_desktop.services.case_steps import audited_change, load_changeable
from cic_desktop.services.people import clean_person
from cic_desktop.services.registry import check_case_day, entry_data
from cic_desktop.services.years import ensure_unlocked
from db.enums import (
    AuditAction,
    ComplaintOutcome,
    DeliveryMode,
    DeliveryPreference,
    EntryStatus,
    InfoChannel,
    InfoDomain,
    InfoState,
    PersonKind,
    PetitionState,
    RefusalReason,
    RegisterCode,
    SendChannel,
    VerbalOutcome,
)
from db.models import (
    AdminComplaint,
    CopyTariff,
    CourtCase,
    Department,
    InfoRequest,
    Institution,
    Petition,
    RegistryEntry,
    VerbalRequest,
)

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

ANSWER_10, ANSWER_30, NOTICE_10 = "544_ANSWER_10", "544_ANSWER_30", "544_EXT_NOTICE_10"
REFUSAL_5, REDIRECT_5, RECLASS_5 = "544_REFUSAL_5", "544_REDIRECT_5", "544_RECLASS_5"
COMPLAINT_15 = "544_RECLAMATIE_ANSWER_15"
MAX_INFORMATION = 2000


def _choice(value: str | None, enum: type, field: str, message: str) -> str:
    if value not in {m.value for m in enum}:
        raise ValidationError(field, message)
    return str(value)


class PublicInfoService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    # -- registration --------------------------------------------------------------------------

    def register(self, data: InfoRequestInput) -> InfoRequestDetails:
        today = self._core.clock.today()
        if data.channel not in (InfoChannel.PAPER, InfoChannel.ELECTRONIC):
            raise ValidationError(
                "channel",
                "O solicitare scrisă se primește pe suport de hârtie sau electronic; "
                "solicitările verbale se trec în registrul de solicitări verbale.",
            )
        _choice(data.domain, InfoDomain, "domain", "Alegeți domeniul de interes.")
        _choice(
            data.delivery_preference,
            DeliveryPreference,
            "delivery_preference",
            "Alegeți cum dorește solicitantul să primească informațiile.",
        )
        received = data.received_on or today
        if received > today:
            raise ValidationError("received_on", "Data primirii nu poate fi în viitor.")
        if received < today - timedelta(days=366):
            raise ValidationError("received_on", "Data primirii este cu mai mult de un an în urmă.")
        information = clean_text(
            data.information,
            field="information",
            label="Informația solicitată",
            max_length=MAX_INFORMATION,
            required=True,
            multiline=True,
        )
        domain_other = clean_text(
            data.domain_other,
            field="domain_other",
            label="Domeniul (altele)",
            max_length=300,
            required=data.domain == InfoDomain.OTHER,
        )
        person = clean_person(
            PersonData(
                data.requester_kind, data.name, data.address, data.email, data.phone, data.person_id
            )
        )
        delivery_address = clean_text(
            data.delivery_address,
            field="delivery_address",
            label="Adresa pentru răspuns",
            max_length=500,
        )
        if not delivery_address:
            delivery_address = (
                person.email if data.delivery_preference != "paper" else person.address
            )
        if not delivery_address:
            raise ValidationError(
                "delivery_address",
                "Legea cere adresa la care se trimite răspunsul (art. 6 alin. (3) lit. c)): "
                "completați adresa poștală sau e-mailul.",
            )
        notes = clean_text(
            data.notes, field="notes", label="Observații", max_length=2000, multiline=True
        )
        with self._core.write() as session:
            person, person_row = self._core.people.for_new_entry(session, person)
            entry = self._core.registry.create_entry(
                session,
                RegisterCode.PUBLIC_INFO,
                subject=information,
                received_on=received,
                correspondent_name=person.name,
                correspondent_address=person.address or person.email,
                deadline_rule=ANSWER_10,
            )
            department = session.get(Department, data.department_id) if data.department_id else None
            if data.department_id and department is None:
                raise ValidationError("department_id", "Compartimentul ales nu mai există.")
            session.add(
                InfoRequest(
                    entry_id=entry.id,
                    person_id=person_row.id,
                    requester_kind=person.kind,
                    requester_email=person.email,
                    channel=data.channel,
                    domain=data.domain,
                    domain_other=domain_other,
                    delivery_preference=data.delivery_preference,
                    delivery_address=delivery_address,
                    department_id=department.id if department else None,
                    department_name=department.name if department else "",
                    state=InfoState.ASSIGNED if department else InfoState.REGISTERED,
                    notes=notes,
                )
            )
            session.flush()
            return self._details(session, entry.id)

    # -- workflow ------------------------------------------------------------------------------

    def _load(self, session: Session, entry_id: int) -> tuple[RegistryEntry, InfoRequest]:
        return load_changeable(session, entry_id, InfoRequest, "Solicitarea")

    @staticmethod
    def _require_open(request: InfoRequest, action: str) -> None:
        if request.state not in INFO_OPEN_STATES:
            label = INFO_STATE[InfoState(request.state)]
            raise ValidationError("state", f"Solicitarea este {label}; nu se mai poate {action}.")

    def _check_day(self, day: date, entry: RegistryEntry, field: str, label: str) -> None:
        check_case_day(self._core.clock.today(), day, entry, field, label)

    def _done(
        self, session: Session, entry: RegistryEntry, summary: str, before: InfoRequestDetails
    ) -> InfoRequestDetails:
        after = audited_change(
            session,
            self._core,
            entry.id,
            summary,
            before,
            lambda: self._details(session, entry.id),
            _view,
        )
        return replace(after, history=tuple(audit.history(session, "registry_entry", entry.id)))

    def assign(self, entry_id: int, department_id: int) -> InfoRequestDetails:
        with self._core.write() as session:
            entry, request = self._load(session, entry_id)
            self._require_open(request, "repartiza")
            department = session.get(Department, department_id)
            if department is None:
                raise ValidationError("department_id", "Alegeți compartimentul.")
            before = self._details(session, entry_id)
            request.department_id, request.department_name = department.id, department.name
            if request.state == InfoState.REGISTERED:
                request.state = InfoState.ASSIGNED
            return self._done(session, entry, f"Repartizată la {department.name}", before)

    def send_extension_notice(self, entry_id: int, sent_on: date) -> InfoRequestDetails:
        """Art. 7(1): a notice sent by its 10-day deadline moves the answer term to 30 days from the
        same registration date; a later notice is kept with a warning and extends nothing."""
        with self._core.write() as session:
            entry, request = self._load(session, entry_id)
            self._require_open(request, "prelungi")
            if request.notice_sent_on is not None:
                raise ValidationError(
                    "notice_sent_on", "Notificarea de prelungire a fost deja trimisă."
                )
            self._check_day(sent_on, entry, "notice_sent_on", "Data notificării")
            calendar = self._core.calendar.working_calendar(session)
            notice = compute_deadline(NOTICE_10, entry.registered_on, calendar)
            before = self._details(session, entry_id)
            request.notice_sent_on = sent_on
            if sent_on <= notice.legal_deadline:
                answer = compute_deadline(ANSWER_30, entry.registered_on, calendar)
                entry.deadline_rule = ANSWER_30
                entry.legal_deadline, entry.internal_target = (
                    answer.legal_deadline,
                    answer.internal_target,
                )
                request.state = InfoState.EXTENDED
                summary = f"Notificare de prelungire trimisă; termen de răspuns {fmt(answer.legal_deadline)}"
            else:
                request.notice_late = True
                summary = (
                    f"Notificare de prelungire trimisă după termen ({fmt(notice.legal_deadline)});"
                    " termenul de 10 zile rămâne"
                )
            return self._done(session, entry, summary, before)

    def answer(
        self,
        entry_id: int,
        *,
        answered_on: date,
        delivery_mode: str,
        partial: bool = False,
        withheld_items: str = "",
        copies_pages: int = 0,
        copies_handed_on: date | None = None,
        amount_collected: Decimal | None = None,
        answer_number: str | None = None,
    ) -> InfoRequestDetails:
        """A favourable answer (a partial one counts as favourable; withheld items go to list 6.1)."""
        _choice(
            delivery_mode,
            DeliveryMode,
            "delivery_mode",
            "Alegeți modul de comunicare a răspunsului.",
        )
        withheld = clean_text(
            withheld_items,
            field="withheld_items",
            label="Informații nefurnizate",
            max_length=4000,
            multiline=True,
            required=partial,
        )
        if isinstance(copies_pages, bool) or not isinstance(copies_pages, int) or copies_pages < 0:
            raise ValidationError("copies_pages", "Numărul de pagini copiate nu poate fi negativ.")
        with self._core.write() as session:
            entry, request = self._load(session, entry_id)
            self._require_open(request, "soluționa")
            self._check_day(answered_on, entry, "answered_on", "Data răspunsului")
            handed = copies_handed_on or answered_on
            tariff, due = None, Decimal("0")
            if copies_pages:
                tariff = self._tariff_on(session, handed)
                if tariff is None:
                    raise ValidationError(
                        "copies_pages",
                        f"Nu există un tarif de copiere în vigoare la {fmt(handed)}; adăugați-l în Setări.",
                    )
                due = (tariff.lei_per_page * copies_pages).quantize(Decimal("0.01"), ROUND_HALF_UP)
            collected = Decimal("0") if amount_collected is None else Decimal(amount_collected)
            if collected < 0:
                raise ValidationError("amount_collected", "Suma încasată nu poate fi negativă.")
            before = self._details(session, entry_id)
            request.answered_on, request.delivery_mode = answered_on, delivery_mode
            request.partial, request.withheld_items = partial, withheld
            request.copies_pages, request.copies_handed_on = (
                copies_pages,
                handed if copies_pages else None,
            )
            request.copy_tariff_id = tariff.id if tariff else None
            request.amount_due, request.amount_collected = due, collected
            request.answer_number = (answer_number or "").strip() or format_registry_number(
                entry.number, answered_on, entry.number_prefix
            )
            request.outcome, request.state = "favorable", InfoState.ANSWERED
            return self._done(
                session,
                entry,
                f"Soluționată favorabil, răspuns nr. {request.answer_number}",
                before,
            )

    def refuse(
        self,
        entry_id: int,
        *,
        refused_on: date,
        reason: str,
        exempt_letter: str | None = None,
        text: str = "",
    ) -> InfoRequestDetails:
        """Reasoned refusal (art. 7(2), within 5 days of receipt): exempt (art. 12(1) letter),
        nonexistent, or another reason stated in words."""
        _choice(
            reason,
            RefusalReason,
            "refusal_reason",
            "Alegeți motivul respingerii: informații exceptate, inexistente sau alte motive.",
        )
        if reason == RefusalReason.EXEMPT and exempt_letter not in EXEMPT_LETTERS:
            raise ValidationError(
                "exempt_letter", "Indicați litera de la art. 12 alin. (1) (a–g) care se aplică."
            )
        text = clean_text(
            text,
            field="refusal_text",
            label="Motivarea refuzului",
            max_length=4000,
            multiline=True,
            required=reason == RefusalReason.OTHER,
        )
        with self._core.write() as session:
            entry, request = self._load(session, entry_id)
            self._require_open(request, "respinge")
            self._check_day(refused_on, entry, "refused_on", "Data refuzului")
            before = self._details(session, entry_id)
            request.refusal_reason, request.refusal_text = reason, text
            request.exempt_letter = exempt_letter if reason == RefusalReason.EXEMPT else None
            request.answered_on, request.outcome, request.state = (
                refused_on,
                "refused",
                InfoState.REFUSED,
            )
            request.answer_number = format_registry_number(
                entry.number, refused_on, entry.number_prefix
            )
            return self._done(session, entry, "Respinsă", before)

    def redirect(self, entry_id: int, institution: str, redirected_on: date) -> InfoRequestDetails:
        institution = clean_text(
            institution,
            field="redirected_to",
            label="Instituția competentă",
            max_length=300,
            required=True,
        )
        with self._core.write() as session:
            entry, request = self._load(session, entry_id)
            self._require_open(request, "redirecționa")
            self._check_day(redirected_on, entry, "redirected_on", "Data redirecționării")
            before = self._details(session, entry_id)
            request.redirected_to, request.redirected_on = institution, redirected_on
            request.outcome, request.state = "redirected", InfoState.REDIRECTED
            return self._done(session, entry, f"Redirecționată către {institution}", before)

    def reclassify(self, entry_id: int, reclassified_on: date) -> int:
        """Norms art. 21 (HG 830/2022): not a 544 request but a petition. The document keeps its
        number and date and moves to the petitions register with its OG 27 term counted from that
        registration date. Returns the entry id (now a petition)."""
        with self._core.write() as session:
            entry, request = self._load(session, entry_id)
            self._require_open(request, "reîncadra")
            self._check_day(reclassified_on, entry, "reclassified_on", "Data reîncadrării")
            before = self._details(session, entry_id)
            calendar = self._core.calendar.working_calendar(session)
            term = compute_deadline("OG27_ANSWER_30", entry.registered_on, calendar)
            request.reclassified_on, request.outcome = reclassified_on, "reclassified"
            request.state = InfoState.RECLASSIFIED
            entry.register_code = RegisterCode.PETITIONS
            entry.deadline_rule = "OG27_ANSWER_30"
            entry.legal_deadline, entry.internal_target = term.legal_deadline, term.internal_target
            kind = (
                request.requester_kind
                if request.requester_kind in {k.value for k in PersonKind}
                else "natural"
            )
            session.add(
                Petition(
                    entry_id=entry.id,
                    person_id=request.person_id,
                    petitioner_kind=kind,
                    petitioner_email=request.requester_email,
                    channel="email"
                    if request.channel == InfoChannel.ELECTRONIC
                    else "registry_desk",
                    kind="request",
                    pages=1,
                    annexes=0,
                    state=PetitionState.REGISTERED,
                    base_legal_deadline=term.legal_deadline,
                    department_id=request.department_id,
                    department_name=request.department_name,
                    notes=f"Reîncadrată din solicitare de informații de interes public la {fmt(reclassified_on)}.",
                )
            )
            self._done(session, entry, "Reîncadrată ca petiție (OG nr. 27/2002)", before)
            return entry.id

    def mark_sent(self, entry_id: int, *, sent_on: date, channel: str) -> InfoRequestDetails:
        _choice(channel, SendChannel, "sent_channel", "Alegeți modul de expediere.")
        with self._core.write() as session:
            entry, request = self._load(session, entry_id)
            if request.state not in (InfoState.ANSWERED, InfoState.REFUSED, InfoState.REDIRECTED):
                raise ValidationError(
                    "state",
                    "Se poate marca expedierea doar după răspuns, refuz sau redirecționare.",
                )
            if request.sent_on is not None:
                raise ValidationError(
                    "sent_on", f"Expedierea a fost deja înregistrată ({fmt(request.sent_on)})."
                )
            self._check_day(sent_on, entry, "sent_on", "Data expedierii")
            done = request.answered_on or request.redirected_on
            if done and sent_on < done:
                raise ValidationError(
                    "sent_on", f"Data expedierii nu poate fi înainte de {fmt(done)}."
                )
            before = self._details(session, entry_id)
            request.sent_on, request.sent_channel = sent_on, channel
            if request.state == InfoState.ANSWERED:
                request.state = InfoState.SENT
            return self._done(session, entry, f"Expediată pe {fmt(sent_on)}", before)

    def annul(self, entry_id: int, reason: str) -> InfoRequestDetails:
        self._core.registry.annul(entry_id, reason)
        return self.details(entry_id)

    # -- fees ----------------------------------------------------------------------------------

    @staticmethod
    def _tariff_on(session: Session, day: date) -> CopyTariff | None:
        return session.execute(
            select(CopyTariff)
            .where(
                CopyTariff.valid_from <= day,
                or_(CopyTariff.valid_to.is_(None), CopyTariff.valid_to >= day),
            )
            .order_by(CopyTariff.valid_from.desc())
            .limit(1)
        ).scalar_one_or_none()

    def tariffs(self) -> list[TariffData]:
        with self._core.read() as session:
            return [
                TariffData(t.valid_from, t.lei_per_page, t.act_reference, t.valid_to, t.id)
                for t in session.execute(
                    select(CopyTariff).order_by(CopyTariff.valid_from)
                ).scalars()
            ]

    def add_tariff(self, data: TariffData) -> TariffData:
        act = clean_text(
            data.act_reference,
            field="act_reference",
            label="Actul care stabilește tariful",
            max_length=300,
            required=True,
        )
        price = Decimal(data.lei_per_page)
        if price < 0 or price > 1000:
            raise ValidationError(
                "lei_per_page", "Tariful pe pagină trebuie să fie între 0 și 1000 lei."
            )
        if data.valid_to and data.valid_to < data.valid_from:
            raise ValidationError(
                "valid_to", "Sfârșitul valabilității nu poate fi înainte de început."
            )
        with self._core.write() as session:
            for other in session.execute(select(CopyTariff)).scalars():
                ends = other.valid_to or date.max
                if data.valid_from <= ends and (data.valid_to or date.max) >= other.valid_from:
                    if other.valid_to is None and other.valid_from < data.valid_from:
                        other.valid_to = data.valid_from - timedelta(
                            days=1
                        )  # the new act replaces it
                    else:
                        raise ValidationError(
                            "valid_from", "Perioada se suprapune cu un tarif existent."
                        )
            row = CopyTariff(
                valid_from=data.valid_from,
                valid_to=data.valid_to,
                lei_per_page=price.quantize(Decimal("0.01")),
                act_reference=act,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                self._core,
                action=AuditAction.SETTINGS,
                entity="copy_tariff",
                entity_id=row.id,
                summary=f"Tarif de copiere {row.lei_per_page} lei/pagină din "
                f"{fmt(row.valid_from)} ({act})",
            )
            return TariffData(
                row.valid_from, row.lei_per_page, row.act_reference, row.valid_to, row.id
            )

    # -- verbal requests -----------------------------------------------------------------------

    def log_verbal(
        self,
        *,
        requester_kind: str,
        domain: str,
        outcome: str,
        name: str = "",
        note: str = "",
        asked_on: date | None = None,
        written_entry_id: int | None = None,
    ) -> VerbalRequestData:
        _choice(requester_kind, PersonKind, "requester_kind", "Alegeți tipul solicitantului.")
        _choice(domain, InfoDomain, "domain", "Alegeți domeniul de interes.")
        _choice(outcome, VerbalOutcome, "outcome", "Alegeți cum a fost rezolvată solicitarea.")
        name = clean_text(name, field="name", label="Nume (opțional)", max_length=300)
        note = clean_text(note, field="note", label="Mențiuni", max_length=1000, multiline=True)
        asked_on = asked_on or self._core.clock.today()
        if asked_on > self._core.clock.today():
            raise ValidationError("asked_on", "Data nu poate fi în viitor.")
        with self._core.write() as session:
            ensure_unlocked(session, asked_on.year)
            row = VerbalRequest(
                asked_on=asked_on,
                requester_kind=requester_kind,
                domain=domain,
                outcome=outcome,
                name=name,
                note=note,
                written_entry_id=written_entry_id,
                created_at=self._core.clock.now(),
                created_by_id=self._core.current_user_id,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                self._core,
                action=AuditAction.CREATE,
                entity="verbal_request",
                entity_id=row.id,
                summary="Solicitare verbală consemnată",
            )
            return _verbal(row)

    def verbal_requests(self, year: int) -> list[VerbalRequestData]:
        with self._core.read() as session:
            rows = session.execute(
                select(VerbalRequest)
                .where(
                    VerbalRequest.asked_on >= date(year, 1, 1),
                    VerbalRequest.asked_on <= date(year, 12, 31),
                )
                .order_by(VerbalRequest.asked_on, VerbalRequest.id)
            ).scalars()
            return [_verbal(r) for r in rows]

    # -- complaints and court cases ------------------------------------------------------------

    def register_complaint(
        self, request_entry_id: int, *, summary: str, received_on: date | None = None
    ) -> ComplaintDetails:
        """Art. 21: the complaint is its own registered entry, answered within 15 days of filing."""
        summary = clean_text(
            summary,
            field="summary",
            label="Obiectul reclamației",
            max_length=2000,
            required=True,
            multiline=True,
        )
        with self._core.write() as session:
            request_entry = session.get(RegistryEntry, request_entry_id)
            request = session.get(InfoRequest, request_entry_id)
            if request_entry is None or request is None:
                raise ValidationError(
                    "request", "Solicitarea la care se referă reclamația nu există."
                )
            entry = self._core.registry.create_entry(
                session,
                RegisterCode.COMPLAINTS_544,
                subject=summary,
                received_on=received_on,
                correspondent_name=request_entry.correspondent_name,
                correspondent_address=request_entry.correspondent_address,
                deadline_rule=COMPLAINT_15,
            )
            session.add(
                AdminComplaint(
                    entry_id=entry.id,
                    request_entry_id=request_entry_id,
                    outcome=ComplaintOutcome.PENDING,
                )
            )
            session.flush()
            return self._complaint(session, entry.id)

    def answer_complaint(
        self, complaint_id: int, *, outcome: str, answered_on: date, summary: str = ""
    ) -> ComplaintDetails:
        _choice(outcome, ComplaintOutcome, "outcome", "Alegeți rezultatul reclamației.")
        summary = clean_text(
            summary,
            field="answer_summary",
            label="Rezumatul răspunsului",
            max_length=4000,
            multiline=True,
        )
        with self._core.write() as session:
            entry = session.get(RegistryEntry, complaint_id)
            row = session.get(AdminComplaint, complaint_id)
            if entry is None or row is None:
                raise NotFoundError("Reclamația nu există.")
            ensure_unlocked(session, entry.year)
            self._check_day(answered_on, entry, "answered_on", "Data răspunsului")
            row.outcome, row.answered_on, row.answer_summary = outcome, answered_on, summary
            session.flush()
            audit.record(
                session,
                self._core,
                action=AuditAction.UPDATE,
                entity="registry_entry",
                entity_id=complaint_id,
                summary=f"Reclamație: {outcome}",
            )
            return self._complaint(session, complaint_id)

    def complaint(self, complaint_id: int) -> ComplaintDetails:
        with self._core.read() as session:
            return self._complaint(session, complaint_id)

    def _complaint(self, session: Session, complaint_id: int) -> ComplaintDetails:
        entry, row = (
            session.get(RegistryEntry, complaint_id),
            session.get(AdminComplaint, complaint_id),
        )
        if entry is None or row is None:
            raise NotFoundError("Reclamația nu există.")
        target = session.get(RegistryEntry, row.request_entry_id)
        number = entry_data(target).number_text if target else ""
        return ComplaintDetails(
            entry_data(entry),
            row.request_entry_id,
            number,
            row.outcome,
            row.answered_on,
            row.answer_summary,
        )

    def add_court_case(
        self,
        request_entry_id: int,
        *,
        court: str,
        filed_on: date,
        case_number: str = "",
        outcome: str = "pending",
        decided_on: date | None = None,
        notes: str = "",
    ) -> CourtCaseData:
        _choice(outcome, ComplaintOutcome, "outcome", "Alegeți stadiul plângerii.")
        court = clean_text(court, field="court", label="Instanța", max_length=300, required=True)
        case_number = clean_text(
            case_number, field="case_number", label="Nr. dosar", max_length=100
        )
        notes = clean_text(notes, field="notes", label="Mențiuni", max_length=2000, multiline=True)
        with self._core.write() as session:
            if session.get(InfoRequest, request_entry_id) is None:
                raise ValidationError(
                    "request", "Solicitarea la care se referă plângerea nu există."
                )
            row = CourtCase(
                request_entry_id=request_entry_id,
                court=court,
                case_number=case_number,
                filed_on=filed_on,
                outcome=outcome,
                decided_on=decided_on,
                notes=notes,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                self._core,
                action=AuditAction.CREATE,
                entity="court_case",
                entity_id=row.id,
                summary=f"Plângere în instanță: {court} {case_number}",
            )
            return _court(row)

    def update_court_case(
        self, case_id: int, *, outcome: str, decided_on: date | None
    ) -> CourtCaseData:
        _choice(outcome, ComplaintOutcome, "outcome", "Alegeți stadiul plângerii.")
        with self._core.write() as session:
            row = session.get(CourtCase, case_id)
            if row is None:
                raise NotFoundError("Plângerea nu există.")
            row.outcome, row.decided_on = outcome, decided_on
            session.flush()
            audit.record(
                session,
                self._core,
                action=AuditAction.UPDATE,
                entity="court_case",
                entity_id=row.id,
                summary=f"Plângere în instanță: {outcome}",
            )
            return _court(row)

    # -- reading -------------------------------------------------------------------------------

    def list_rows(self, year: int) -> list[InfoListRow]:
        """The year's written requests for the registry list, from one query (annulled ones too:
        they keep their numbers; reclassified ones too, marked, so their notice can be printed).
        Deadline states use the reminder lead time from the settings."""
        today = self._core.clock.today()
        with self._core.read() as session:
            calendar = self._core.calendar.working_calendar(session)
            institution = session.get(Institution, 1)
            lead = institution.reminder_lead_days if institution else 2
            found = session.execute(
                select(RegistryEntry, InfoRequest)
                .join(InfoRequest, InfoRequest.entry_id == RegistryEntry.id)
                .where(RegistryEntry.year == year)  # reclassified ones stay listed, marked as such
                .order_by(RegistryEntry.number)
            ).all()
        cutoff = due_soon_cutoff(today, calendar, lead)
        rows = []
        for entry, request in found:
            annulled = entry.status == EntryStatus.ANNULLED
            is_open = not annulled and request.state in INFO_OPEN_STATES
            state, refusal = None, None
            if is_open and entry.legal_deadline is not None:
                target = min(entry.internal_target or entry.legal_deadline, entry.legal_deadline)
                state = deadline_state(
                    entry.legal_deadline, target, today, calendar, lead, cutoff
                ).value
                refusal = compute_deadline(REFUSAL_5, entry.received_on, calendar).legal_deadline
            rows.append(
                InfoListRow(
                    id=entry.id,
                    number=entry.number,
                    number_text=format_registry_number(
                        entry.number, entry.registered_on, entry.number_prefix
                    ),
                    requester=entry.correspondent_name,
                    information=entry.subject,
                    domain=request.domain,
                    state=request.state,
                    state_label="anulată" if annulled else INFO_STATE[InfoState(request.state)],
                    legal_deadline=entry.legal_deadline,
                    refusal_deadline=refusal,
                    annulled=annulled,
                    deadline_state=state,
                    refusal_passed=bool(refusal and refusal < today),
                    search_key=entry.search_key,
                )
            )
        return rows

    def details(self, entry_id: int) -> InfoRequestDetails:
        with self._core.read() as session:
            return self._details(session, entry_id)

    def _details(self, session: Session, entry_id: int) -> InfoRequestDetails:
        entry, request = session.get(RegistryEntry, entry_id), session.get(InfoRequest, entry_id)
        if entry is None or request is None:
            raise NotFoundError("Solicitarea nu există.")
        calendar = self._core.calendar.working_calendar(session)
        rule = entry.deadline_rule if entry.deadline_rule in (ANSWER_10, ANSWER_30) else ANSWER_10
        answer = compute_deadline(rule, entry.registered_on, calendar)
        notice = compute_deadline(NOTICE_10, entry.registered_on, calendar)
        refusal = compute_deadline(REFUSAL_5, entry.received_on, calendar)
        redirect = compute_deadline(REDIRECT_5, entry.registered_on, calendar)
        complaints = tuple(
            session.scalars(
                select(AdminComplaint.entry_id).where(AdminComplaint.request_entry_id == entry_id)
            )
        )
        cases = tuple(
            session.scalars(select(CourtCase.id).where(CourtCase.request_entry_id == entry_id))
        )
        warnings = []
        if request.notice_late:
            warnings.append(
                f"Notificarea de prelungire a fost trimisă după termenul ei "
                f"({fmt(notice.legal_deadline)}): termenul de răspuns a rămas de 10 zile."
            )
        if (
            request.refusal_reason
            and request.answered_on
            and request.answered_on > refusal.legal_deadline
        ):
            warnings.append(
                f"Refuz comunicat după termenul de 5 zile de la primire ({fmt(refusal.legal_deadline)})."
            )
        if (
            request.outcome == "favorable"
            and entry.legal_deadline
            and request.answered_on
            and request.answered_on > entry.legal_deadline
        ):
            warnings.append(f"Răspuns după termenul legal ({fmt(entry.legal_deadline)}).")
        if request.redirected_on and request.redirected_on > redirect.legal_deadline:
            warnings.append(
                f"Redirecționată după termenul de 5 zile ({fmt(redirect.legal_deadline)})."
            )
        label = (
            "anulată"
            if entry.status == EntryStatus.ANNULLED
            else INFO_STATE[InfoState(request.state)]
        )
        return InfoRequestDetails(
            entry=entry_data(entry),
            person_id=request.person_id,
            requester_kind=request.requester_kind,
            requester_address=entry.correspondent_address,
            requester_email=request.requester_email,
            channel=request.channel,
            domain=request.domain,
            domain_other=request.domain_other,
            delivery_preference=request.delivery_preference,
            delivery_address=request.delivery_address,
            department_id=request.department_id,
            department_name=request.department_name,
            state=request.state,
            state_label=label,
            answer_deadline_explanation=answer.explanation,
            notice_deadline=notice.legal_deadline,
            refusal_deadline=refusal.legal_deadline,
            redirect_deadline=redirect.legal_deadline,
            notice_sent_on=request.notice_sent_on,
            notice_late=request.notice_late,
            answered_on=request.answered_on,
            answer_number=request.answer_number,
            outcome=request.outcome,
            delivery_mode=request.delivery_mode,
            partial=request.partial,
            withheld_items=request.withheld_items,
            refusal_reason=request.refusal_reason,
            exempt_letter=request.exempt_letter,
            refusal_text=request.refusal_text,
            redirected_to=request.redirected_to,
            redirected_on=request.redirected_on,
            reclassified_on=request.reclassified_on,
            copies_pages=request.copies_pages,
            copies_handed_on=request.copies_handed_on,
            amount_due=request.amount_due,
            amount_collected=request.amount_collected,
            sent_on=request.sent_on,
            sent_channel=request.sent_channel,
            notes=request.notes,
            flagged_incomplete=request.flagged_incomplete,
            complaints=complaints,
            court_cases=cases,
            warnings=tuple(warnings),
        )


def _view(d: InfoRequestDetails) -> dict[str, object]:
    view = {k: v for k, v in d.__dict__.items() if k not in {"history", "entry", "warnings"}}
    view["legal_deadline"] = d.entry.legal_deadline
    return view


def _verbal(row: VerbalRequest) -> VerbalRequestData:
    return VerbalRequestData(
        row.id,
        row.asked_on,
        row.requester_kind,
        row.domain,
        row.outcome,
        row.name,
        row.note,
        row.written_entry_id,
        row.created_at,
    )


def _court(row: CourtCase) -> CourtCaseData:
    return CourtCaseData(
        row.id,
        row.request_entry_id,
        row.court,
        row.case_number,
        row.filed_on,
        row.outcome,
        row.decided_on,
        row.notes,
    )
