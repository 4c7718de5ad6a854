"""The case file of a petition, as the GUI, the letters and the audit trail see it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.deadlines import compute_deadline, compute_og27_extension
from cic_desktop.dto_petitions import (
    LetterData,
    PetitionDetails,
)
from cic_desktop.errors import NotFoundError
from cic_desktop.labels import ANNULLED_LABEL, PETITION_STATE
from cic_desktop.services import audit
from cic_desktop.services.registry import entry_data
from db.enums import (
    EntryStatus,
    PetitionChannel,
    PetitionState,
)
from db.models import Letter, Petition, RegistryEntry

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

ANSWER_RULE = "OG27_ANSWER_30"
AUDIENCE_RULE = "AUDIENCE_PETITION_30"
FORWARD_RULE = "OG27_FORWARD_5"


def deadline_start(entry: RegistryEntry, petition: Petition) -> date:
    return (
        entry.received_on if petition.channel == PetitionChannel.AUDIENCE else entry.registered_on
    )


def build_details(core: CicCore, session: Session, entry_id: int) -> PetitionDetails:
    entry = session.get(RegistryEntry, entry_id)
    petition = session.get(Petition, entry_id)
    if entry is None or petition is None:
        raise NotFoundError("Petiția nu există.")
    data = entry_data(entry)
    start = deadline_start(entry, petition)
    calendar = core.calendar.working_calendar(session)
    if petition.extension_days:
        explanation = compute_og27_extension(start, petition.extension_days, calendar).explanation
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
    return replace(details, warnings=tuple(_warnings(details, calendar)))


def _warnings(d: PetitionDetails, calendar: WorkingCalendar) -> list[str]:
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


def audit_view(d: PetitionDetails) -> dict[str, object]:
    """The case as the audit trail keeps it: fields only, no history or letters."""
    view = {
        k: v for k, v in d.__dict__.items() if k not in {"history", "letters", "entry", "warnings"}
    }
    view["legal_deadline"] = d.entry.legal_deadline
    view["internal_target"] = d.entry.internal_target
    return view
