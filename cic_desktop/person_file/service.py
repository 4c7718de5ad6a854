"""`core.person_file`: find people, show everything registered from one, merge, GDPR export."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cic_desktop.domain.text import clean_text, search_key
from cic_desktop.errors import NotFoundError
from cic_desktop.labels import PERSON_KIND
from cic_desktop.person_file.merge import (
    check_merge,
    move_cases,
    record_merge,
    repoint_earlier_merges,
)
from cic_desktop.person_file.model import (
    PersonCase,
    PersonExport,
    PersonFile,
    PersonMergeData,
    PersonSummary,
)
from cic_desktop.person_file.sources import SOURCES
from cic_desktop.services import audit
from cic_desktop.services.people import person_data
from db.enums import AuditAction
from db.models import Person, PersonMerge, Staff

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

LIST_LIMIT = 500


def _kind_label(kind: str) -> str:
    return PERSON_KIND.get(kind, kind)  # type: ignore[call-overload, no-any-return]


def kept_record(session: Session, person_id: int) -> Person:
    """The record that stands for `person_id`: itself, or the one it was merged into."""
    row = session.get(Person, person_id)
    seen: set[int] = set()
    while row is not None and row.merged_into_id is not None and row.id not in seen:
        seen.add(row.id)
        row = session.get(Person, row.merged_into_id)
    if row is None:
        raise NotFoundError("Persoana nu mai există în evidență.")
    return row


def case_counts(session: Session, ids: list[int]) -> dict[int, int]:
    counts: dict[int, int] = dict.fromkeys(ids, 0)
    for source in SOURCES:
        for person_id, count in source.counts(session, ids).items():
            counts[person_id] = counts.get(person_id, 0) + count
    return counts


def person_cases(session: Session, person_id: int) -> list[PersonCase]:
    """Every case of the person, the newest first."""
    cases = [case for source in SOURCES for case in source.cases(session, [person_id])]
    return sorted(cases, key=lambda c: (c.registered_on, c.entry_id), reverse=True)


def _merge_data(session: Session, row: PersonMerge) -> PersonMergeData:
    try:
        said = json.loads(row.merged_details or "{}")
    except ValueError:
        said = {}
    staff = session.get(Staff, row.merged_by_id) if row.merged_by_id else None
    return PersonMergeData(
        merged_id=row.merged_id,
        kept_id=row.kept_id,
        name=row.merged_name,
        kind=str(said.get("kind", "")),
        address=str(said.get("address", "")),
        email=str(said.get("email", "")),
        phone=str(said.get("phone", "")),
        cases_moved=row.cases_moved,
        merged_at=row.merged_at,
        merged_by=staff.name if staff else "",
    )


def person_merges(session: Session, person_id: int) -> list[PersonMergeData]:
    """The merges that made this record, earlier ones included (A into B, then B into this)."""
    absorbed = set(session.scalars(select(Person.id).where(Person.merged_into_id == person_id))) | {
        person_id
    }
    rows = session.scalars(
        select(PersonMerge).where(PersonMerge.kept_id.in_(absorbed)).order_by(PersonMerge.id)
    )
    return [_merge_data(session, row) for row in rows]


class PersonFileService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    def search(self, text: str = "", limit: int = LIST_LIMIT) -> list[PersonSummary]:
        """People whose name has a word starting with each word typed (case and diacritics
        ignored); merged records are left out. Empty text: everyone, by name."""
        words = search_key(text).split()
        with self._core.read() as session:
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
            people = list(session.scalars(stmt))
            counts = case_counts(session, [p.id for p in people])
            return [
                PersonSummary(
                    p.id,
                    p.kind,
                    _kind_label(p.kind),
                    p.name,
                    p.address,
                    p.email,
                    p.phone,
                    counts.get(p.id, 0),
                )  # fmt: skip
                for p in people
            ]

    def file(self, person_id: int) -> PersonFile:
        """The person's details, cases and merges; a merged record shows the kept one's file."""
        with self._core.read() as session:
            row = kept_record(session, person_id)
            return PersonFile(
                person=person_data(row),
                kind_label=_kind_label(row.kind),
                created_at=row.created_at,
                updated_at=row.updated_at,
                cases=tuple(person_cases(session, row.id)),
                merges=tuple(person_merges(session, row.id)),
                redirected_from=person_id if row.id != person_id else None,
            )

    def merge(self, kept_id: int, merged_id: int, note: str = "") -> PersonFile:
        """Make two records of the same person one: all in one transaction, audited.

        The merged record stays (pointing to the kept one); registered entries keep the name and
        address printed on them, since registers are legal documents.
        """
        note = clean_text(note, field="note", label="Motivul unirii", max_length=500)
        with self._core.write() as session:
            kept, merged = check_merge(session, kept_id, merged_id)
            before = person_data(merged)
            rows = move_cases(session, kept, merged)
            moved = len(rows)
            now = self._core.clock.now()
            earlier = repoint_earlier_merges(session, kept, merged, now)
            record_merge(session, kept, merged, moved, now, self._core.current_user_id)
            for earlier_id in earlier:  # the re-pointed record's new state is sealed too
                audit.record(
                    session,
                    self._core,
                    action=AuditAction.UPDATE,
                    entity="person",
                    entity_id=earlier_id,
                    summary=f"Înregistrarea unită anterior cu „{merged.name}” (nr. {merged.id}) "
                    f"trimite acum la „{kept.name}” (nr. {kept.id})",
                    before={"merged_into_id": merged.id},
                    after={"merged_into_id": kept.id},
                )
            for entity, entity_id in rows:  # each case's new state is sealed in the audit chain
                audit.record(
                    session,
                    self._core,
                    action=AuditAction.UPDATE,
                    entity=entity,
                    entity_id=entity_id,
                    summary=f"Persoana legată: „{kept.name}” (nr. {kept.id}), după unirea cu "
                    f"„{merged.name}” (nr. {merged.id}); textul înregistrat rămâne neschimbat",
                    before={"person_id": merged.id},
                    after={"person_id": kept.id},
                )
            summary = (
                f"Persoana „{merged.name}” (nr. {merged.id}) unită cu „{kept.name}” "
                f"(nr. {kept.id}); cazuri mutate: {moved}"
            )
            audit.record(
                session,
                self._core,
                action=AuditAction.UPDATE,
                entity="person",
                entity_id=merged.id,
                summary=summary + (f". Motiv: {note}" if note else ""),
                before=before,
                after={"merged_into_id": kept.id, "cases_moved": moved, "note": note},
            )
        return self.file(kept_id)

    def export_pdf(self, person_id: int, path: str | os.PathLike[str]) -> Path:
        """The person's data for an access request (GDPR art. 15), as a PDF."""
        from cic_desktop.render.pdf.person_data import write_person_data_pdf

        return write_person_data_pdf(self._export_data(person_id), path)

    def export_xlsx(self, person_id: int, path: str | os.PathLike[str]) -> Path:
        """The same data as an Excel workbook."""
        from cic_desktop.render.xlsx.person_data import write_person_data_xlsx

        return write_person_data_xlsx(self._export_data(person_id), path)

    def _export_data(self, person_id: int) -> PersonExport:
        return PersonExport(
            file=self.file(person_id),
            institution=self._core.settings.institution(),
            exported_at=self._core.clock.now(),
            exported_by=self._core.current_user_name,
        )
