"""The petitions registry list: filtering and sorting in SQL, ids first, rows by page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Row, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from db.models import Petition, RegistryEntry

OPEN = ("registered", "assigned", "extended")

SORT_COLUMNS = {
    "number": (RegistryEntry.number,),
    "registered_on": (RegistryEntry.registered_on, RegistryEntry.number),
    "petitioner": (RegistryEntry.name_sort, RegistryEntry.number),
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


# Sorts on a petition column need the join; the others read registry_entry alone.
_PETITION_SORTS = frozenset({"kind", "domain", "department", "state", "answered_on"})


@dataclass(frozen=True)
class ListFilter:
    """The registry list's WHERE and ORDER BY, shared by the id list and the paged rows."""

    year: int
    today: date
    due_soon_cutoff: date
    states: Sequence[str] = ()
    kinds: Sequence[str] = ()
    domain_ids: Sequence[int] = ()
    department_ids: Sequence[int] = ()
    words: Sequence[str] = ()
    due_soon: bool = False
    overdue: bool = False
    answered_late: bool = False
    include_annulled: bool = True
    sort: str = "number"
    descending: bool = False

    @property
    def needs_petition(self) -> bool:
        return bool(
            self.states
            or self.kinds
            or self.domain_ids
            or self.department_ids
            or self.due_soon
            or self.overdue
            or self.answered_late
            or self.sort in _PETITION_SORTS
        )

    def apply(self, stmt: Select) -> Select:
        stmt = stmt.where(
            RegistryEntry.register_code == "petitions", RegistryEntry.year == self.year
        )
        if self.states:
            wanted = [s for s in self.states if s != "annulled"]
            clauses = []
            if wanted:
                clauses.append(and_(RegistryEntry.status == "active", Petition.state.in_(wanted)))
            if "annulled" in self.states:
                clauses.append(RegistryEntry.status == "annulled")
            stmt = stmt.where(or_(*clauses))
        if not self.include_annulled:
            stmt = stmt.where(RegistryEntry.status == "active")
        if self.kinds:
            stmt = stmt.where(Petition.kind.in_(self.kinds))
        if self.domain_ids:
            stmt = stmt.where(Petition.domain_id.in_(self.domain_ids))
        if self.department_ids:
            stmt = stmt.where(Petition.department_id.in_(self.department_ids))
        for word in self.words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            stmt = stmt.where(
                or_(
                    RegistryEntry.search_key.like(f"{escaped}%", escape="\\"),
                    RegistryEntry.search_key.like(f"% {escaped}%", escape="\\"),
                )
            )
        flags = []
        if self.overdue:
            flags.append(and_(_is_open(), RegistryEntry.legal_deadline < self.today))
        if self.due_soon:
            flags.append(
                and_(
                    _is_open(),
                    RegistryEntry.legal_deadline >= self.today,
                    func.coalesce(Petition.internal_deadline, RegistryEntry.internal_target)
                    <= self.due_soon_cutoff,
                )
            )
        if self.answered_late:
            flags.append(
                and_(
                    Petition.answered_on.is_not(None),
                    func.coalesce(Petition.sent_on, Petition.answered_on)
                    > RegistryEntry.legal_deadline,
                )
            )
        if flags:
            stmt = stmt.where(or_(*flags))
        columns = SORT_COLUMNS.get(self.sort, SORT_COLUMNS["number"])
        return stmt.order_by(*[c.desc() if self.descending else c.asc() for c in columns])


def petition_ids(session: Session, filters: ListFilter) -> list[int]:
    """Every matching id, in order. Core execution: the ORM row path costs ~2x for plain ids."""
    stmt = select(RegistryEntry.id)
    if filters.needs_petition:
        stmt = stmt.join(Petition, Petition.entry_id == RegistryEntry.id)
    return list(session.connection().execute(filters.apply(stmt)).scalars())


# The list's columns as plain rows: building ORM objects for a page costs several times the
# query itself. PetitionListService._to_rows unpacks them in this order.
LIST_COLUMNS = (
    RegistryEntry.id,
    RegistryEntry.number,
    RegistryEntry.registered_on,
    RegistryEntry.number_prefix,
    RegistryEntry.correspondent_name,
    RegistryEntry.subject,
    RegistryEntry.status,
    RegistryEntry.legal_deadline,
    RegistryEntry.internal_target,
    Petition.kind,
    Petition.domain_name,
    Petition.department_name,
    Petition.state,
    Petition.internal_deadline,
    Petition.answered_on,
    Petition.sent_on,
)


def petition_page(session: Session, filters: ListFilter, offset: int, limit: int) -> list[Row]:
    """One page of the list in SQL (LIMIT/OFFSET): the first page without reading every id."""
    stmt = select(*LIST_COLUMNS).join(Petition, Petition.entry_id == RegistryEntry.id)
    stmt = filters.apply(stmt).offset(offset).limit(limit)
    return list(session.connection().execute(stmt))


def petition_rows(session: Session, ids: Sequence[int]) -> list[Row]:
    """The list rows for these ids, in the order given."""
    if not ids:
        return []
    stmt = (
        select(*LIST_COLUMNS)
        .join(Petition, Petition.entry_id == RegistryEntry.id)
        .where(RegistryEntry.id.in_(list(ids)))
    )
    found = {row.id: row for row in session.connection().execute(stmt)}
    return [found[i] for i in ids if i in found]
