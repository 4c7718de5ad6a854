"""Where a person's cases come from: one source per register. A new register adds one source.

Each source lists the cases of a set of person ids (the person and nothing else: merged records
no longer own cases) and counts them per person for the people list. Sources read the tables
directly, read-only, so a register's service is not needed to show its cases here.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.labels import (
    ANNULLED_LABEL,
    AUDIENCE_OUTCOME,
    AUDIENCE_STATE,
    COMPLAINT_OUTCOME,
    DELIVERY_PREFERENCE,
    FILING_REASON,
    INFO_CHANNEL,
    INFO_DOMAIN,
    INFO_STATE,
    PETITION_CHANNEL,
    PETITION_KIND,
    PETITION_OUTCOME,
    PETITION_STATE,
    REFUSAL_REASON,
    SEND_CHANNEL,
)
from cic_desktop.person_file.model import PersonCase
from db.enums import EntryStatus
from db.models import AdminComplaint, Audience, InfoRequest, Petition, RegistryEntry

Details = list[tuple[str, str]]


@dataclass(frozen=True)
class CaseSource:
    """One register as seen from the person file."""

    register: str
    cases: Callable[[Session, Collection[int]], Iterable[PersonCase]]
    counts: Callable[[Session, Collection[int]], dict[int, int]]


def _label(table: dict, value: str | None) -> str:  # type: ignore[type-arg]
    if not value:
        return ""
    return table.get(value, value)


def _day(value: date | None) -> str:
    return fmt(value) if value else ""


def _entry_details(entry: RegistryEntry) -> Details:
    """What the registry entry itself holds: the name and address as registered, the term."""
    details: Details = [
        ("Nume / denumire la înregistrare", entry.correspondent_name),
        ("Adresa la înregistrare", entry.correspondent_address),
        ("Data primirii", _day(entry.received_on)),
        ("Ținta internă", _day(entry.internal_target)),
    ]
    if entry.status == EntryStatus.ANNULLED:
        details += [
            ("Anulată la", _day(entry.annulled_on)),
            ("Motivul anulării", entry.annul_reason or ""),
        ]
    return details


def _case(
    entry: RegistryEntry,
    state_label: str,
    answered_on: date | None,
    sent_on: date | None,
    details: Details,
) -> PersonCase:
    annulled = entry.status == EntryStatus.ANNULLED
    return PersonCase(
        register=entry.register_code,
        entry_id=entry.id,
        number_text=format_registry_number(entry.number, entry.registered_on, entry.number_prefix),
        registered_on=entry.registered_on,
        subject=entry.subject,
        state_label=ANNULLED_LABEL if annulled else state_label,
        legal_deadline=entry.legal_deadline,
        answered_on=answered_on,
        sent_on=sent_on,
        details=tuple((k, v) for k, v in _entry_details(entry) + details if v),
    )


def _with_entries(session: Session, model: Any, ids: Collection[int]) -> Iterable[Any]:
    """(entry, case row) pairs of a register table whose `person_id` is one of `ids`."""
    return session.execute(
        select(RegistryEntry, model)
        .join(model, model.entry_id == RegistryEntry.id)
        .where(model.person_id.in_(ids))
    )


def _state(states: dict, state: str, outcomes: dict, outcome: str | None) -> str:  # type: ignore[type-arg]
    """„soluționată (favorabil)”: the state, then the outcome in brackets when there is one."""
    text = _label(states, state)
    return f"{text} ({_label(outcomes, outcome)})" if outcome else text


def _count_by(session: Session, column: object, ids: Collection[int]) -> dict[int, int]:
    rows = session.execute(
        select(column, func.count()).where(column.in_(ids)).group_by(column)  # type: ignore[attr-defined]
    )
    return {person_id: count for person_id, count in rows}


# -- petitions (OG 27/2002) --------------------------------------------------------------------


def petition_cases(session: Session, ids: Collection[int]) -> Iterable[PersonCase]:
    for entry, p in _with_entries(session, Petition, ids):
        state = _state(PETITION_STATE, p.state, PETITION_OUTCOME, p.outcome)
        details: Details = [
            ("Felul", _label(PETITION_KIND, p.kind)),
            ("Primită prin", _label(PETITION_CHANNEL, p.channel)),
            ("E-mail la înregistrare", p.petitioner_email),
            ("Domeniul", p.domain_name),
            ("Compartimentul", p.department_name),
            ("Redirecționată către", p.forwarded_to),
            ("Redirecționată la", _day(p.forwarded_on)),
            ("Motivul clasării", _label(FILING_REASON, p.filing_reason)),
            ("Clasată la", _day(p.filed_on)),
            ("Nr. răspunsului", p.answer_number),
            ("Rezumatul răspunsului", p.answer_summary),
            ("Expediat prin", _label(SEND_CHANNEL, p.sent_channel)),
            ("Nr. recomandată", p.registered_mail_no),
            ("Observații", p.notes),
        ]
        yield _case(entry, state, p.answered_on, p.sent_on, details)


def petition_counts(session: Session, ids: Collection[int]) -> dict[int, int]:
    return _count_by(session, Petition.person_id, ids)


# -- requests for public information (Legea 544/2001) -----------------------------------------


def info_request_cases(session: Session, ids: Collection[int]) -> Iterable[PersonCase]:
    for entry, r in _with_entries(session, InfoRequest, ids):
        state = _state(INFO_STATE, r.state, REFUSAL_REASON, r.refusal_reason)
        details: Details = [
            ("Primită", _label(INFO_CHANNEL, r.channel)),
            ("Domeniul", _label(INFO_DOMAIN, r.domain)),
            ("E-mail la înregistrare", r.requester_email),
            ("Răspuns dorit", _label(DELIVERY_PREFERENCE, r.delivery_preference)),
            ("Adresa de livrare", r.delivery_address),
            ("Compartimentul", r.department_name),
            ("Notificare de prelungire trimisă la", _day(r.notice_sent_on)),
            ("Nr. răspunsului", r.answer_number),
            ("Redirecționată către", r.redirected_to),
            ("Motivarea refuzului", r.refusal_text),
            ("Expediat prin", _label(SEND_CHANNEL, r.sent_channel)),
            ("Observații", r.notes),
        ]
        yield _case(entry, state, r.answered_on, r.sent_on, details)


def info_request_counts(session: Session, ids: Collection[int]) -> dict[int, int]:
    return _count_by(session, InfoRequest.person_id, ids)


# -- administrative complaints (art. 21): the person of the request they are about -------------


def complaint_cases(session: Session, ids: Collection[int]) -> Iterable[PersonCase]:
    request_entry = RegistryEntry.__table__.alias("request_entry")
    rows = session.execute(
        select(RegistryEntry, AdminComplaint, request_entry.c.number, request_entry.c.registered_on)
        .join(AdminComplaint, AdminComplaint.entry_id == RegistryEntry.id)
        .join(InfoRequest, InfoRequest.entry_id == AdminComplaint.request_entry_id)
        .join(request_entry, request_entry.c.id == AdminComplaint.request_entry_id)
        .where(InfoRequest.person_id.in_(ids))
    )
    for entry, c, req_number, req_day in rows:
        details: Details = [
            ("Privind solicitarea", format_registry_number(req_number, req_day)),
            ("Rezumatul răspunsului", c.answer_summary),
        ]
        yield _case(entry, _label(COMPLAINT_OUTCOME, c.outcome), c.answered_on, None, details)


def complaint_counts(session: Session, ids: Collection[int]) -> dict[int, int]:
    rows = session.execute(
        select(InfoRequest.person_id, func.count())
        .join(AdminComplaint, AdminComplaint.request_entry_id == InfoRequest.entry_id)
        .where(InfoRequest.person_id.in_(ids))
        .group_by(InfoRequest.person_id)
    )
    return {person_id: count for person_id, count in rows}


# -- audiences ---------------------------------------------------------------------------------


def audience_cases(session: Session, ids: Collection[int]) -> Iterable[PersonCase]:
    for entry, a in _with_entries(session, Audience, ids):
        state = _state(AUDIENCE_STATE, a.state, AUDIENCE_OUTCOME, a.outcome)
        when = _day(a.audience_day) + (f", ora {a.slot_time}" if a.slot_time else "")
        details: Details = [
            ("Audiența la", a.official_name),
            ("Data audienței", when),
            ("Locul", a.place),
            ("Telefon la înscriere", a.phone),
            ("E-mail la înscriere", a.email),
            ("Domeniul", a.domain_name),
            ("Amânată de", str(a.times_postponed) if a.times_postponed else ""),
            ("Rezoluția", a.resolution),
            ("Compartimentul", a.department_name),
            ("Termen", _day(a.term)),
            ("Modul de răspuns", a.answer_channel),
            ("Observații", a.notes),
        ]
        yield _case(entry, state, a.outcome_on, a.answer_on, details)


def audience_counts(session: Session, ids: Collection[int]) -> dict[int, int]:
    return _count_by(session, Audience.person_id, ids)


SOURCES: tuple[CaseSource, ...] = (
    CaseSource("petitions", petition_cases, petition_counts),
    CaseSource("public_info", info_request_cases, info_request_counts),
    CaseSource("complaints_544", complaint_cases, complaint_counts),
    CaseSource("audiences", audience_cases, audience_counts),
)
