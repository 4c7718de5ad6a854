"""Merging two records of the same person: cases move to the kept record, nothing is deleted."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Column, Table, select, update
from sqlalchemy.orm import Session

from cic_desktop.errors import NotFoundError, ValidationError
from cic_desktop.labels import PERSON_KIND
from db.base import Base
from db.models import Person, PersonMerge

# Tables that point to a person but are not cases: the person itself and the merge records.
_NOT_CASES = frozenset({"person", "person_merge"})


def case_links() -> list[tuple[Table, Column]]:  # type: ignore[type-arg]
    """Every (table, column) holding a person id: a new register's table is found by itself."""
    links = []
    for table in Base.metadata.sorted_tables:
        if table.name in _NOT_CASES:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == "person":
                links.append((table, fk.parent))
    return links


def merged_details(row: Person) -> str:
    """What the merged record said, kept with the merge (JSON; fits the column's 1000 chars)."""
    return json.dumps(
        {"kind": row.kind, "address": row.address, "email": row.email, "phone": row.phone},
        ensure_ascii=False,
    )


def check_merge(session: Session, kept_id: int, merged_id: int) -> tuple[Person, Person]:
    """Both records exist, differ, are not merged already and are of the same kind."""
    if kept_id == merged_id:
        raise ValidationError("merged_id", "O persoană nu poate fi unită cu ea însăși.")
    kept = session.get(Person, kept_id)
    merged = session.get(Person, merged_id)
    if kept is None or merged is None:
        raise NotFoundError("Persoana nu mai există în evidență.")
    if kept.merged_into_id is not None:
        raise ValidationError(
            "kept_id",
            f"„{kept.name}” a fost deja unită cu altă înregistrare; alegeți înregistrarea păstrată.",
        )
    if merged.merged_into_id is not None:
        raise ValidationError("merged_id", f"„{merged.name}” a fost deja unită cu altă persoană.")
    if kept.kind != merged.kind:
        raise ValidationError(
            "merged_id",
            f"Nu se pot uni o {PERSON_KIND.get(kept.kind, kept.kind)} și o "  # type: ignore[call-overload]
            f"{PERSON_KIND.get(merged.kind, merged.kind)}: "  # type: ignore[call-overload]
            "sunt persoane diferite.",
        )
    return kept, merged


def move_cases(session: Session, kept: Person, merged: Person) -> list[tuple[str, int]]:
    """Re-point every case of `merged` to `kept`; the registered snapshots stay as they were.

    Returns the moved rows as (audit entity, id): a case row is audited as its registry entry.
    """
    moved: list[tuple[str, int]] = []
    for table, column in case_links():
        key = table.c.entry_id if "entry_id" in table.c else next(iter(table.primary_key))
        ids = list(session.scalars(select(key).where(column == merged.id)))
        if not ids:
            continue
        session.execute(update(table).where(column == merged.id).values({column.name: kept.id}))
        entity = "registry_entry" if key.name == "entry_id" else table.name
        moved += [(entity, i) for i in ids]
    return moved


def repoint_earlier_merges(
    session: Session, kept: Person, merged: Person, now: datetime
) -> list[int]:
    """Records merged earlier into `merged` now lead straight to `kept`; returns their ids
    (each is a person row whose sealed state changes, so the caller audits it)."""
    ids = list(session.scalars(select(Person.id).where(Person.merged_into_id == merged.id)))
    for person_id in ids:
        row = session.get(Person, person_id)
        assert row is not None
        row.merged_into_id = kept.id
        row.updated_at = now
    session.flush()
    return ids


def record_merge(
    session: Session,
    kept: Person,
    merged: Person,
    moved: int,
    now: datetime,
    user_id: int | None,
) -> PersonMerge:
    row = PersonMerge(
        kept_id=kept.id,
        merged_id=merged.id,
        merged_name=merged.name,
        merged_details=merged_details(merged),
        cases_moved=moved,
        merged_at=now,
        merged_by_id=user_id,
    )
    session.add(row)
    merged.merged_into_id = kept.id
    merged.updated_at = now
    session.flush()
    return row
