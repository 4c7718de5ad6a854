"""People and organisations: reused across cases, found whatever the diacritics."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cic_desktop.domain.text import clean_email, clean_text, search_key
from cic_desktop.dto_petitions import PersonData
from cic_desktop.errors import NotFoundError, ValidationError
from cic_desktop.services import audit
from db.enums import AuditAction, PersonKind
from db.models import Person

if TYPE_CHECKING:
    from cic_desktop.core import CicCore


def person_data(row: Person) -> PersonData:
    return PersonData(row.kind, row.name, row.address, row.email, row.phone, row.id)


def clean_person(data: PersonData, *, name_required: bool = True) -> PersonData:
    if data.kind not in {k.value for k in PersonKind}:
        raise ValidationError(
            "person_kind",
            "Alegeți tipul: persoană fizică, persoană juridică sau instituție publică.",
        )
    return PersonData(
        kind=data.kind,
        name=clean_text(
            data.name,
            field="name",
            label="Nume și prenume / denumire",
            max_length=300,
            required=name_required,
        ),
        address=clean_text(data.address, field="address", label="Adresa", max_length=500),
        email=clean_email(data.email, field="email"),
        phone=clean_text(data.phone, field="phone", label="Telefon", max_length=100),
        id=data.id,
    )


class PeopleService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    def search(self, text: str, limit: int = 20) -> list[PersonData]:
        """Every word typed must start a word of the name (case and diacritics ignored)."""
        words = search_key(text).split()
        if not words:
            return []
        with self._core.read() as session:
            # Records merged into another are kept for the history but never offered again.
            stmt = (
                select(Person)
                .where(Person.merged_into_id.is_(None))
                .order_by(Person.name_sort, Person.id)
                .limit(limit)
            )
            for word in words:
                stmt = stmt.where(
                    or_(Person.search_key.like(f"{word}%"), Person.search_key.like(f"% {word}%"))
                )
            return [person_data(p) for p in session.execute(stmt).scalars()]

    def get(self, person_id: int) -> PersonData:
        with self._core.read() as session:
            row = session.get(Person, person_id)
            if row is None:
                raise NotFoundError("Persoana nu mai există în evidență.")
            return person_data(row)

    def save(self, data: PersonData) -> PersonData:
        clean = clean_person(data)
        with self._core.write() as session:
            return person_data(self.upsert(session, clean))

    def same_person(self, session: Session, clean: PersonData) -> PersonData:
        """An unlinked entry that names an existing person exactly (name and address) reuses it.

        A match on a merged record reuses the record it was merged into."""
        candidates = session.execute(
            select(Person).where(
                Person.search_key == search_key(clean.name),
                Person.kind == clean.kind,
            )
        ).scalars()
        for row in candidates:
            if search_key(row.address) == search_key(clean.address):
                # A record merged into another one leads to the record that was kept.
                if row.merged_into_id is not None:
                    while row.merged_into_id is not None:
                        row = session.get(Person, row.merged_into_id)
                    return PersonData(
                        row.kind,
                        row.name,
                        row.address,
                        clean.email or row.email,
                        clean.phone or row.phone,
                        row.id,
                    )
                return PersonData(
                    clean.kind,
                    clean.name,
                    clean.address or row.address,
                    clean.email or row.email,
                    clean.phone or row.phone,
                    row.id,
                )
        return clean

    def for_new_entry(self, session: Session, clean: PersonData) -> tuple[PersonData, Person]:
        """The person a new registration names, saved: an unlinked one that matches a person on
        file becomes that person (`same_person`); returns the data as saved and the row.

        A person picked from the records keeps what is on file where the form left a field
        blank (a registration never erases an address or a phone), and a record merged into
        another one leads to the record that was kept."""
        if clean.id is None:
            clean = self.same_person(session, clean)
        else:
            row = session.get(Person, clean.id)
            while row is not None and row.merged_into_id is not None:
                row = session.get(Person, row.merged_into_id)
            if row is not None:
                redirected = row.id != clean.id
                clean = replace(
                    clean,
                    id=row.id,
                    # A merged record's spelling never renames the record that was kept.
                    kind=row.kind if redirected else clean.kind,
                    name=row.name if redirected else clean.name,
                    address=clean.address or row.address,
                    email=clean.email or row.email,
                    phone=clean.phone or row.phone,
                )
        return clean, self.upsert(session, clean)

    def upsert(self, session: Session, clean: PersonData) -> Person:
        """Create or update a person inside the caller's transaction (already validated)."""
        now = self._core.clock.now()
        if clean.id is not None:
            row = session.get(Person, clean.id)
            if row is None:
                raise NotFoundError("Persoana nu mai există în evidență.")
            before = person_data(row)
            changed = before != clean
        else:
            row = Person(created_at=now, created_by_id=self._core.current_user_id)
            before, changed = None, True
        row.kind, row.name, row.address = clean.kind, clean.name, clean.address
        row.email, row.phone = clean.email, clean.phone
        row.search_key = search_key(clean.name)
        if changed:
            row.updated_at = now
            session.add(row)
            session.flush()
            audit.record(
                session,
                self._core,
                action=AuditAction.CREATE if before is None else AuditAction.UPDATE,
                entity="person",
                entity_id=row.id,
                summary=f"Persoană: {row.name}",
                before=before,
                after=person_data(row),
            )
        return row
