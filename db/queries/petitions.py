"""The petitions registry list: filtering and sorting in SQL, ids first, rows by page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from db.models import Petition, RegistryEntry

OPEN = ("registered", "assigned", "extended")

SORT_COLUMNS = {
    "number": (RegistryEntry.number,),
    "registered_on": (RegistryEntry.registered_on, RegistryEntry.number),
    "petitioner": (RegistryEntry.correspondent_name, RegistryEntry.number),
    "kind": (Petition.kind, RegistryEntry.number),
    "subject": (RegistryEntry.subject, RegistryEntry.number),
    "domain": (Petition.domain_name, RegistryEntry.number),
    "department": (Petition.department_name, RegistryEntry.number),
    "state": (Petition.state, RegistryEntry.number),
    "legal_deadline": (RegistryEntry.legal_deadline, RegistryEntry.number),
    "answered_on": (Petition.answered_on, RegistryEntry.number),
}


def _is_open():  # type: ignore[no-untyped-def]
    return and_(RegistryEntry.status == "active", Petition.state.in_(OPEN))


def petition_ids(
    session: Session,
    *,
    year: int,
    today: date,
    due_soon_cutoff: date,
    states: Sequence[str] = (),
    kinds: Sequence[str] = (),
    domain_ids: Sequence[int] = (),
    department_ids: Sequence[int] = (),
    words: Sequence[str] = (),
    due_soon: bool = False,
    overdue: bool = False,
    answered_late: bool = False,
    include_annulled: bool = True,
    sort: str = "number",
    descending: bool = False,
) -> list[int]:
    stmt: Select = (
        select(RegistryEntry.id)
        .join(Petition, Petition.entry_id == RegistryEntry.id)
        .where(RegistryEntry.register_code == "petitions", RegistryEntry.year == year)
    )
    if states:
        wanted = [s for s in states if s != "annulled"]
        clauses = []
        if wanted:
            clauses.append(and_(RegistryEntry.status == "active", Petition.state.in_(wanted)))
        if "annulled" in states:
            clauses.append(RegistryEntry.status == "annulled")
        stmt = stmt.where(or_(*clauses))
    if not include_annulled:
        stmt = stmt.where(RegistryEntry.status == "active")
    if kinds:
        stmt = stmt.where(Petition.kind.in_(kinds))
    if domain_ids:
        stmt = stmt.where(Petition.domain_id.in_(domain_ids))
    if department_ids:
        stmt = stmt.where(Petition.department_id.in_(department_ids))
    for word in words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(
            or_(
                RegistryEntry.search_key.like(f"{escaped}%", escape="\\"),
                RegistryEntry.search_key.like(f"% {escaped}%", escape="\\"),
            )
        )
    flags = []
    if overdue:
        flags.append(and_(_is_open(), RegistryEntry.legal_deadline < today))
    if due_soon:
        flags.append(
            and_(
                _is_open(),
                RegistryEntry.legal_deadline >= today,
                func.coalesce(Petition.internal_deadline, RegistryEntry.internal_target)
                <= due_soon_cutoff,
            )
        )
    if answered_late:
        flags.append(
            and_(
                Petition.answered_on.is_not(None),
                func.coalesce(Petition.sent_on, Petition.answered_on)
                > RegistryEntry.legal_deadline,
            )
        )
    if flags:
        stmt = stmt.where(or_(*flags))
    columns = SORT_COLUMNS.get(sort, SORT_COLUMNS["number"])
    stmt = stmt.order_by(*[c.desc() if descending else c.asc() for c in columns])
    return list(session.scalars(stmt))


def petition_rows(session: Session, ids: Sequence[int]) -> list[tuple[RegistryEntry, Petition]]:
    """The entries for these ids, in the order given."""
    if not ids:
        return []
    found = {
        entry.id: (entry, petition)
        for entry, petition in session.execute(
            select(RegistryEntry, Petition)
            .join(Petition, Petition.entry_id == RegistryEntry.id)
            .where(RegistryEntry.id.in_(list(ids)))
        )
    }
    return [found[i] for i in ids if i in found]
