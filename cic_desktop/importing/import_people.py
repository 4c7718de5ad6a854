"""The people an imported register names: matched to the people already on file by kind, name and
address (search keys, as the petitions import does), a merged record leading to the one kept,
or created once per distinct person — so the person file shows the imported cases too."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.domain.text import search_key
from db.models import Person

PersonKey = tuple[str, str, str]
_CHUNK = 500


@dataclass(frozen=True)
class NamedPerson:
    """A person as one imported row names them."""

    kind: str
    name: str
    address: str = ""
    email: str = ""
    phone: str = ""

    @property
    def key(self) -> PersonKey:
        return self.kind, search_key(self.name), search_key(self.address)


@dataclass(frozen=True)
class PeopleLinks:
    """One person id per row (None for a row naming nobody) and how many were created."""

    ids: list[int | None]
    created: int


def _kept(session: Session, person: Person) -> int:
    """The record that stands for `person`: itself, or the one it was merged into."""
    seen: set[int] = set()
    row: Person | None = person
    while row is not None and row.merged_into_id is not None and row.id not in seen:
        seen.add(row.id)
        row = session.get(Person, row.merged_into_id)
    return row.id if row is not None else person.id


def match_people(session: Session, people: Sequence[NamedPerson | None]) -> list[int | None]:
    """The person on file for each row, or None (create one, or nobody named)."""
    names = sorted({search_key(p.name) for p in people if p is not None})
    found: dict[PersonKey, int] = {}
    for start in range(0, len(names), _CHUNK):
        chunk = names[start : start + _CHUNK]
        for person in session.scalars(
            select(Person).where(Person.search_key.in_(chunk)).order_by(Person.id)
        ):
            key = (person.kind, person.search_key, search_key(person.address))
            if key not in found:
                found[key] = _kept(session, person)
    return [found.get(p.key) if p is not None else None for p in people]


def link_people(
    session: Session,
    people: Sequence[NamedPerson | None],
    *,
    now: datetime,
    user_id: int | None,
    matched: Sequence[int | None] | None = None,
) -> PeopleLinks:
    """Match every row to a person on file, creating the missing ones (one per distinct key);
    `matched`: what `match_people` already found in the same transaction (saves the lookup)."""
    if matched is None:
        matched = match_people(session, people)
    created: dict[PersonKey, int] = {}
    for person, person_id in zip(people, matched, strict=True):
        if person is None or person_id is not None or person.key in created:
            continue
        row = Person(
            kind=person.kind,
            name=person.name,
            address=person.address,
            email=person.email,
            phone=person.phone,
            search_key=search_key(person.name),
            created_at=now,
            created_by_id=user_id,
        )
        session.add(row)
        session.flush()
        created[person.key] = row.id
    ids = [
        person_id if person is None or person_id is not None else created[person.key]
        for person, person_id in zip(people, matched, strict=True)
    ]
    return PeopleLinks(ids, len(created))


def new_people(people: Iterable[NamedPerson | None], matched: Iterable[int | None]) -> int:
    """How many people an import would create (for the check before saving)."""
    return len(
        {p.key for p, person_id in zip(people, matched, strict=True) if p and person_id is None}
    )
