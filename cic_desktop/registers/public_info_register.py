"""The register of requests for public information (Legea 544/2001, SPEC §1.9 columns).

One row per written request of register `public_info` registered in the year, in number order.
Requests reclassified as petitions (norms art. 21, HG 830/2022) have moved to the petitions register
and are listed nowhere here. Annulled rows stay, with „ANULAT – motiv” in Observații. The registry
book (PDF) and the `.xlsx` export use these columns and cells.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.labels import (
    DELIVERY_MODE,
    EXEMPT_LETTERS,
    INFO_CHANNEL,
    INFO_DOMAIN,
    VERBAL_OUTCOME,
)
from db.enums import EntryStatus, InfoDomain, PersonKind, RefusalReason, RegisterCode
from db.models import AdminComplaint, CourtCase, InfoRequest, RegistryEntry, VerbalRequest

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

TITLE = "Registrul de evidență a solicitărilor de informații de interes public"
LEGAL_NOTE = "(Legea nr. 544/2001 privind liberul acces la informațiile de interes public)"

COL_INDEX = "Nr. crt."
COL_NUMBER = "Nr. și data înregistrării"
COL_RECEIVED = "Data primirii"
COL_REQUESTER = "Solicitant (nume și prenume / denumire)"
COL_REQUESTER_KIND = "Tip solicitant"
COL_ADDRESS = "Adresa / e-mail pentru răspuns"
COL_CHANNEL = "Modalitatea de adresare"
COL_INFORMATION = "Informația solicitată (pe scurt)"
COL_DOMAIN = "Domeniul de interes"
COL_DEPARTMENT = "Compartimentul / persoana care soluționează"
COL_DEADLINE = "Termen de răspuns"
COL_NOTICE = "Notificare prelungire (nr./data)"
COL_ANSWER = "Nr. și data răspunsului"
COL_OUTCOME = "Modul de soluționare"
COL_DELIVERY = "Modul de comunicare a răspunsului"
COL_COPIES = "Cost copiere (pagini / lei)"
COL_REMEDIES = "Reclamație administrativă / plângere în instanță"
COL_NOTES = "Observații"

COLUMNS: tuple[str, ...] = (
    COL_INDEX,
    COL_NUMBER,
    COL_RECEIVED,
    COL_REQUESTER,
    COL_REQUESTER_KIND,
    COL_ADDRESS,
    COL_CHANNEL,
    COL_INFORMATION,
    COL_DOMAIN,
    COL_DEPARTMENT,
    COL_DEADLINE,
    COL_NOTICE,
    COL_ANSWER,
    COL_OUTCOME,
    COL_DELIVERY,
    COL_COPIES,
    COL_REMEDIES,
    COL_NOTES,
)
DATE_COLUMNS = frozenset({COL_RECEIVED, COL_DEADLINE})
ANNULLED_PREFIX = "ANULAT – "

# Register values of the requester type (SPEC §1.2: the report knows only PF / PJ).
REQUESTER_KIND = {
    PersonKind.NATURAL: "persoană fizică",
    PersonKind.LEGAL: "persoană juridică",
    PersonKind.PUBLIC_BODY: "persoană juridică (instituție publică)",
}
OUTCOME = {
    "favorable": "favorabil",
    "partial": "favorabil (parțial)",
    "redirected": "redirecționat",
    RefusalReason.EXEMPT: "respins – informații exceptate",
    RefusalReason.NONEXISTENT: "respins – informații inexistente",
    RefusalReason.OTHER: "respins – alte motive",
    "reclassified": "reîncadrat ca petiție",
}
REMEDY_OUTCOME = {
    "favorable": "soluționată favorabil",
    "rejected": "respinsă",
    "pending": "în curs",
}

# The verbal log (second sheet of the export).
VERBAL_TITLE = "Solicitări verbale"
VERBAL_COLUMNS: tuple[str, ...] = (
    "Nr. crt.",
    "Data",
    "Tip solicitant",
    "Domeniul de interes",
    "Rezolvare",
    "Nume (opțional)",
    "Mențiuni",
)


def money(value: Decimal | int | float) -> str:
    """15,00 (Romanian decimal comma, two decimals)."""
    return f"{Decimal(value).quantize(Decimal('0.01')):,.2f}".replace(",", " ").replace(".", ",")


def domain_text(domain: str, other: str = "") -> str:
    if domain == InfoDomain.OTHER and other:
        return f"{INFO_DOMAIN[InfoDomain.OTHER]}: {other}"
    return INFO_DOMAIN[InfoDomain(domain)] if domain in set(InfoDomain) else domain


def exempt_text(letter: str | None) -> str:
    """„art. 12 alin. (1) lit. d) din Legea nr. 544/2001 – date cu caracter personal”."""
    if not letter:
        return "art. 12 alin. (1) din Legea nr. 544/2001"
    return f"art. 12 alin. (1) lit. {letter}) din Legea nr. 544/2001 – {EXEMPT_LETTERS.get(letter, '')}"


def outcome_key(request: InfoRequest) -> str:
    """Key of OUTCOME for a decided request; "" while open."""
    if request.outcome == "favorable":
        return "partial" if request.partial else "favorable"
    if request.outcome == "refused":
        return request.refusal_reason or RefusalReason.OTHER
    return request.outcome or ""


@dataclass(frozen=True)
class PublicInfoRegisterRow:
    """Typed values of one register line; `cells()` gives them in COLUMNS order."""

    entry_id: int
    index: int
    number: int
    number_text: str
    registered_on: date
    received_on: date | None  # only when different from the registration date
    requester: str
    requester_kind: str
    address_email: str
    channel: str
    information: str
    domain: str
    department: str
    legal_deadline: date | None
    notice: str
    answer_number: str
    outcome: str
    delivery: str
    copies: str
    remedies: str
    notes: str
    annulled: bool
    copies_pages: int = 0
    amount_due: Decimal = Decimal("0")

    def cells(self) -> list[object]:
        """Excel cells: dates stay dates, numbers stay text as printed (`12/15.01.2026`)."""
        return [
            self.index,
            self.number_text,
            self.received_on,
            self.requester,
            self.requester_kind,
            self.address_email,
            self.channel,
            self.information,
            self.domain,
            self.department,
            self.legal_deadline,
            self.notice,
            self.answer_number,
            self.outcome,
            self.delivery,
            self.copies,
            self.remedies,
            self.notes,
        ]

    def print_cells(self) -> list[str]:
        return [
            "" if v is None else fmt(v) if isinstance(v, date) else str(v) for v in self.cells()
        ]


@dataclass(frozen=True)
class VerbalRow:
    index: int
    asked_on: date
    requester_kind: str
    domain: str
    outcome: str
    name: str
    note: str

    def cells(self) -> list[object]:
        return [
            self.index,
            self.asked_on,
            self.requester_kind,
            self.domain,
            self.outcome,
            self.name,
            self.note,
        ]


def _remedies(complaints: list[tuple[str, str]], cases: list[tuple[str, str, str]]) -> str:
    parts = [f"reclamație nr. {number}: {REMEDY_OUTCOME.get(o, o)}" for number, o in complaints]
    for court, case_number, o in cases:
        name = f"{court}, dosar nr. {case_number}" if case_number else court
        parts.append(f"plângere {name}: {REMEDY_OUTCOME.get(o, o)}")
    return "; ".join(parts)


def _notes(entry: RegistryEntry, request: InfoRequest) -> str:
    parts: list[str] = []
    if request.outcome == "redirected" and request.redirected_to:
        when = f" la {fmt(request.redirected_on)}" if request.redirected_on else ""
        parts.append(f"redirecționată către {request.redirected_to}{when}")
    if request.outcome == "favorable" and request.partial and request.withheld_items:
        parts.append(f"informații nefurnizate: {request.withheld_items}")
    if request.outcome == "refused":
        if request.refusal_reason == RefusalReason.EXEMPT:
            parts.append(f"temei: {exempt_text(request.exempt_letter)}")
        if request.refusal_text:
            parts.append(request.refusal_text)
    if request.notes:
        parts.append(request.notes)
    text = "; ".join(parts)
    if entry.status == EntryStatus.ANNULLED:
        prefix = f"{ANNULLED_PREFIX}{entry.annul_reason or ''}".rstrip()
        return f"{prefix}. {text}".strip() if text else prefix
    return text


def _row(
    index: int,
    entry: RegistryEntry,
    request: InfoRequest,
    complaints: list[tuple[str, str]],
    cases: list[tuple[str, str, str]],
) -> PublicInfoRegisterRow:
    notice = ""
    if request.notice_sent_on:
        notice = format_registry_number(entry.number, request.notice_sent_on, entry.number_prefix)
        if request.notice_late:
            notice += " (după termen)"
    answer = request.answer_number
    if not answer and request.outcome == "redirected" and request.redirected_on:
        answer = format_registry_number(entry.number, request.redirected_on, entry.number_prefix)
    copies = ""
    if request.copies_pages:
        copies = f"{request.copies_pages} / {money(request.amount_due)}"
        if request.amount_collected != request.amount_due:
            copies += f" (încasat {money(request.amount_collected)})"
    key = outcome_key(request)
    return PublicInfoRegisterRow(
        entry_id=entry.id,
        index=index,
        number=entry.number,
        number_text=format_registry_number(entry.number, entry.registered_on, entry.number_prefix),
        registered_on=entry.registered_on,
        received_on=entry.received_on if entry.received_on != entry.registered_on else None,
        requester=entry.correspondent_name,
        requester_kind=REQUESTER_KIND.get(PersonKind(request.requester_kind), "")
        if request.requester_kind in set(PersonKind)
        else request.requester_kind,
        address_email=request.delivery_address or entry.correspondent_address,
        channel=INFO_CHANNEL.get(request.channel, request.channel),  # type: ignore[call-overload]
        information=entry.subject,
        domain=domain_text(request.domain, request.domain_other),
        department=request.department_name,
        legal_deadline=entry.legal_deadline,
        notice=notice,
        answer_number=answer,
        outcome=OUTCOME.get(key, ""),
        delivery=DELIVERY_MODE.get(request.delivery_mode, "")  # type: ignore[call-overload]
        if request.delivery_mode
        else "",
        copies=copies,
        remedies=_remedies(complaints, cases),
        notes=_notes(entry, request),
        annulled=entry.status == EntryStatus.ANNULLED,
        copies_pages=request.copies_pages,
        amount_due=request.amount_due,
    )


def _filter(year: int):  # type: ignore[no-untyped-def]
    return (
        RegistryEntry.register_code == RegisterCode.PUBLIC_INFO,
        RegistryEntry.year == year,
    )


def iter_rows(core: CicCore, year: int, *, from_index: int = 1) -> Iterator[PublicInfoRegisterRow]:
    """Register lines of a year in number order, `Nr. crt.` 1, 2, 3 … within this register."""
    with core.read() as session:
        pairs = session.execute(
            select(RegistryEntry, InfoRequest)
            .join(InfoRequest, InfoRequest.entry_id == RegistryEntry.id)
            .where(*_filter(year))
            .order_by(RegistryEntry.number)
            .offset(max(from_index - 1, 0))
        ).all()
        ids = [entry.id for entry, _ in pairs]
        complaints: dict[int, list[tuple[str, str]]] = {}
        cases: dict[int, list[tuple[str, str, str]]] = {}
        if ids:
            for entry, complaint in session.execute(
                select(RegistryEntry, AdminComplaint)
                .join(AdminComplaint, AdminComplaint.entry_id == RegistryEntry.id)
                .where(
                    AdminComplaint.request_entry_id.in_(ids),
                    RegistryEntry.status == EntryStatus.ACTIVE,
                )
                .order_by(RegistryEntry.year, RegistryEntry.number)
            ).all():
                number = format_registry_number(
                    entry.number, entry.registered_on, entry.number_prefix
                )
                complaints.setdefault(complaint.request_entry_id, []).append(
                    (number, complaint.outcome)
                )
            for case in session.scalars(
                select(CourtCase)
                .where(CourtCase.request_entry_id.in_(ids))
                .order_by(CourtCase.filed_on, CourtCase.id)
            ):
                cases.setdefault(case.request_entry_id, []).append(
                    (case.court, case.case_number, case.outcome)
                )
        for index, (entry, request) in enumerate(pairs, start=max(from_index, 1)):
            yield _row(index, entry, request, complaints.get(entry.id, []), cases.get(entry.id, []))


def load_rows(core: CicCore, year: int, *, from_index: int = 1) -> list[PublicInfoRegisterRow]:
    return list(iter_rows(core, year, from_index=from_index))


def count_rows(core: CicCore, year: int) -> int:
    with core.read() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(RegistryEntry)
                .join(InfoRequest, InfoRequest.entry_id == RegistryEntry.id)
                .where(*_filter(year))
            )
            or 0
        )


def verbal_rows(core: CicCore, year: int) -> list[VerbalRow]:
    """The verbal log of the year (date, requester type, domain, how it was solved, optional name)."""
    with core.read() as session:
        rows = session.scalars(
            select(VerbalRequest)
            .where(
                VerbalRequest.asked_on >= date(year, 1, 1),
                VerbalRequest.asked_on <= date(year, 12, 31),
            )
            .order_by(VerbalRequest.asked_on, VerbalRequest.id)
        ).all()
        out = []
        for index, row in enumerate(rows, start=1):
            outcome = VERBAL_OUTCOME.get(row.outcome, row.outcome)  # type: ignore[call-overload]
            if row.written_entry_id:
                written = session.get(RegistryEntry, row.written_entry_id)
                if written is not None:
                    number = format_registry_number(
                        written.number, written.registered_on, written.number_prefix
                    )
                    outcome = f"{outcome} (înregistrată cu nr. {number})"
            out.append(
                VerbalRow(
                    index,
                    row.asked_on,
                    REQUESTER_KIND.get(row.requester_kind, row.requester_kind),  # type: ignore[call-overload]
                    domain_text(row.domain),
                    outcome,
                    row.name,
                    row.note,
                )
            )
        return out


# -- the paper registry book --------------------------------------------------------------------

# Column widths in millimetres on A4 landscape (scaled to the printable width).
BOOK_COLUMN_WIDTHS: tuple[float, ...] = (
    8, 15, 15, 20, 14, 18, 14, 26, 18, 16, 15, 15, 15, 16, 13, 15, 20, 22,
)  # fmt: skip
