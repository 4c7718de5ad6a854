"""A sign-up as the GUI, the prints and the register see it: details, day lists, register rows."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.dto_audiences import AudienceDetails, BookedAudience, MoveData
from cic_desktop.errors import NotFoundError
from cic_desktop.labels import (
    ANNULLED_LABEL,
    AUDIENCE_OUTCOME,
    AUDIENCE_POSTPONED_LABEL,
    AUDIENCE_STATE,
)
from cic_desktop.registers.audiences_register import official_text as register_official_text
from cic_desktop.services import audit
from cic_desktop.services.registry import entry_data
from db.enums import AudienceOutcome, AudienceState, EntryStatus, RegisterCode
from db.models import Audience, AudienceMove, RegistryEntry, Staff


def state_label(entry: RegistryEntry, audience: Audience) -> str:
    if entry.status == EntryStatus.ANNULLED:
        return ANNULLED_LABEL
    if audience.state == AudienceState.SCHEDULED and audience.times_postponed:
        return AUDIENCE_POSTPONED_LABEL
    return AUDIENCE_STATE[AudienceState(audience.state)]


def outcome_label(audience: Audience) -> str:
    return AUDIENCE_OUTCOME[AudienceOutcome(audience.outcome)] if audience.outcome else ""


def petition_number(session: Session, audience: Audience) -> str:
    if audience.petition_entry_id:
        petition = session.get(RegistryEntry, audience.petition_entry_id)
        if petition is not None:
            return format_registry_number(
                petition.number, petition.registered_on, petition.number_prefix
            )
    return audience.petition_reference


def moves_of(session: Session, entry_id: int) -> list[MoveData]:
    rows = session.execute(
        select(AudienceMove, Staff.name)
        .outerjoin(Staff, Staff.id == AudienceMove.moved_by_id)
        .where(AudienceMove.entry_id == entry_id)
        .order_by(AudienceMove.id)
    ).tuples()
    return [
        MoveData(m.from_day, m.from_time, m.to_day, m.to_time, m.reason, m.moved_at, name or "")
        for m, name in rows
    ]


def load(session: Session, entry_id: int) -> tuple[RegistryEntry, Audience]:
    entry = session.get(RegistryEntry, entry_id)
    audience = session.get(Audience, entry_id)
    if entry is None or audience is None or entry.register_code != RegisterCode.AUDIENCES:
        raise NotFoundError("Înscrierea la audiență nu există.")
    return entry, audience


def build_details(session: Session, entry_id: int, *, with_history: bool = True) -> AudienceDetails:
    entry, a = load(session, entry_id)
    return AudienceDetails(
        entry=entry_data(entry),
        person_id=a.person_id,
        address=entry.correspondent_address,
        phone=a.phone,
        email=a.email,
        official_id=a.official_id,
        official_name=a.official_name,
        official_role=a.official_role,
        schedule_id=a.schedule_id,
        audience_day=a.audience_day,
        slot_time=a.slot_time,
        place=a.place,
        walk_in=a.walk_in,
        previous_number=a.previous_number,
        domain_id=a.domain_id,
        domain_name=a.domain_name,
        state=a.state,
        state_label=state_label(entry, a),
        times_postponed=a.times_postponed,
        participants=a.participants,
        outcome=a.outcome,
        outcome_label=outcome_label(a),
        resolution=a.resolution,
        department_id=a.department_id,
        department_name=a.department_name,
        term=a.term,
        outcome_on=a.outcome_on,
        petition_entry_id=a.petition_entry_id,
        petition_number=petition_number(session, a),
        answer_on=a.answer_on,
        answer_channel=a.answer_channel,
        notes=a.notes,
        moves=moves_of(session, entry_id),
        history=audit.history(session, "registry_entry", entry_id) if with_history else [],
    )


def audit_view(d: AudienceDetails) -> dict[str, object]:
    """The sign-up as the audit trail keeps it: fields only, no history."""
    view = {k: v for k, v in d.__dict__.items() if k not in {"history", "moves", "entry"}}
    view["status"] = d.entry.status
    return view


def official_text(audience: Audience) -> str:
    """„Ion Popescu (primar)”: who gives the audience, as printed (the register's rule)."""
    return register_official_text(audience.official_name, audience.official_role)


def day_list(session: Session, day: date, official_id: int | None = None) -> list[AudienceDetails]:
    """The day's sign-ups (annulled ones left out) by official, then time, walk-ins last."""
    stmt = (
        select(Audience, RegistryEntry)
        .join(RegistryEntry, RegistryEntry.id == Audience.entry_id)
        .where(Audience.audience_day == day, RegistryEntry.status == EntryStatus.ACTIVE)
    )
    if official_id is not None:
        stmt = stmt.where(Audience.official_id == official_id)
    rows = list(session.execute(stmt).tuples())
    rows.sort(
        key=lambda r: (
            r[0].official_name,
            r[0].official_id or 0,
            r[0].walk_in or r[0].slot_time is None,
            r[0].slot_time or "99:99",
            r[1].number,
        )
    )
    return [build_details(session, a.entry_id, with_history=False) for a, _ in rows]


def booked_on_days(session: Session, days: Collection[date]) -> list[BookedAudience]:
    """Sign-ups still scheduled (not annulled, attendance not marked) on `days`, by day, hour."""
    if not days:
        return []
    rows = session.execute(
        select(Audience, RegistryEntry)
        .join(RegistryEntry, RegistryEntry.id == Audience.entry_id)
        .where(
            Audience.audience_day.in_(sorted(days)),
            Audience.state == AudienceState.SCHEDULED,
            RegistryEntry.status == EntryStatus.ACTIVE,
        )
        .order_by(Audience.audience_day, Audience.slot_time, RegistryEntry.number)
    ).tuples()
    return [
        BookedAudience(
            entry_id=entry.id,
            number_text=entry_data(entry).number_text,
            name=entry.correspondent_name,
            official=official_text(a),
            audience_day=a.audience_day,
            slot_time=a.slot_time,
        )
        for a, entry in rows
    ]
