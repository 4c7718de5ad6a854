"""Steps every registered case (petition, 544 request, audience sign-up) takes alike when changed.

An annulled entry is never changed again, a locked year is never changed at all (SPEC §6), and
every change is one audit event on the registry entry with the case as it was and as it is now.
A letter kept with a case is one per kind, overwritten when saved again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.domain.text import clean_text
from cic_desktop.dto_petitions import LetterData
from cic_desktop.errors import NotFoundError, ValidationError
from cic_desktop.services import audit
from cic_desktop.services.years import ensure_unlocked
from db.enums import AuditAction, EntryStatus
from db.models import Letter, RegistryEntry

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

Case = TypeVar("Case")
Details = TypeVar("Details")


def ensure_changeable(session: Session, entry: RegistryEntry, noun: str) -> None:
    """`noun` names the case as the clerk reads it: „Petiția”, „Solicitarea”, „Înscrierea”."""
    if entry.status == EntryStatus.ANNULLED:
        raise ValidationError("state", f"{noun} este anulată; nu se mai poate modifica.")
    ensure_unlocked(session, entry.year)


def load_changeable(
    session: Session, entry_id: int, model: type[Case], noun: str
) -> tuple[RegistryEntry, Case]:
    """The entry and its case row, refused when missing, annulled or in a locked year."""
    entry, case = session.get(RegistryEntry, entry_id), session.get(model, entry_id)
    if entry is None or case is None:
        raise NotFoundError(f"{noun} nu există.")
    ensure_changeable(session, entry, noun)
    return entry, case


def audited_change(
    session: Session,
    core: CicCore,
    entry_id: int,
    summary: str,
    before: Details,
    reread: Callable[[], Details],
    view: Callable[[Details], dict[str, object]],
) -> Details:
    """Flush the change, reread the case and audit it (before / after); returns the reread case."""
    session.flush()
    after = reread()
    audit.record(
        session,
        core,
        action=AuditAction.UPDATE,
        entity="registry_entry",
        entity_id=entry_id,
        summary=summary,
        before=view(before),
        after=view(after),
    )
    session.flush()
    return after


def clean_letter_body(body: str) -> str:
    return clean_text(
        body,
        field="body",
        label="Textul scrisorii",
        max_length=50_000,
        required=True,
        multiline=True,
    )


def keep_letter(
    session: Session, core: CicCore, entry_id: int, stored_kind: str, body: str, kind: str
) -> LetterData:
    """The case's one letter of that kind, created or overwritten, and audited on the entry;
    `kind` is the name the caller knows it by (`stored_kind` may carry a register prefix)."""
    now = core.clock.now()
    row = session.execute(
        select(Letter).where(Letter.entry_id == entry_id, Letter.kind == stored_kind)
    ).scalar_one_or_none()
    if row is None:
        row = Letter(
            entry_id=entry_id,
            kind=stored_kind,
            body=body,
            created_at=now,
            created_by_id=core.current_user_id,
        )
        session.add(row)
    else:
        row.body, row.updated_at = body, now
    session.flush()
    audit.record(
        session,
        core,
        action=AuditAction.UPDATE,
        entity="registry_entry",
        entity_id=entry_id,
        summary=f"Scrisoare salvată ({kind})",
    )
    return LetterData(row.id, kind, row.body, row.created_at, row.updated_at)
