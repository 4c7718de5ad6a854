"""Registering documents with gapless yearly numbers, and annulling them (never deleting)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cic_desktop.domain.deadlines import compute_deadline, get_rule
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.domain.text import clean_text, search_key
from cic_desktop.dto import AuditData, EntryData
from cic_desktop.errors import NotFoundError, ValidationError
from cic_desktop.services import audit
from db.enums import AuditAction, EntryStatus, RegisterCode
from db.models import Institution, RegistryEntry
from db.queries.numbering import RegistrationBeforeLastError, allocate_number, sequence_of

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

MAX_SUBJECT = 2000


def check_case_day(today: date, day: date, entry: RegistryEntry, field: str, label: str) -> None:
    """A step of a case happens between its registration and today, never outside."""
    if day > today:
        raise ValidationError(field, f"{label} nu poate fi în viitor.")
    if day < entry.registered_on:
        raise ValidationError(
            field,
            f"{label} nu poate fi înainte de data înregistrării ({entry.registered_on:%d.%m.%Y}).",
        )


def entry_data(row: RegistryEntry) -> EntryData:
    return EntryData(
        id=row.id,
        register_code=row.register_code,
        year=row.year,
        number=row.number,
        number_text=format_registry_number(row.number, row.registered_on, row.number_prefix),
        registered_on=row.registered_on,
        received_on=row.received_on,
        subject=row.subject,
        correspondent_name=row.correspondent_name,
        status=row.status,
        deadline_rule=row.deadline_rule,
        legal_deadline=row.legal_deadline,
        internal_target=row.internal_target,
        annul_reason=row.annul_reason,
        annulled_on=row.annulled_on,
        imported=row.imported,
        created_at=row.created_at,
    )


def clean_annul_reason(reason: str) -> str:
    reason = clean_text(
        reason,
        field="reason",
        label="Motivul anulării",
        max_length=1000,
        required=True,
        multiline=True,
    )
    if len(reason) < 5:
        raise ValidationError("reason", "Scrieți motivul anulării (cel puțin 5 caractere).")
    return reason


class RegistryService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    def create_entry(
        self,
        session: Session,
        register_code: str,
        *,
        subject: str,
        received_on: date | None = None,
        correspondent_name: str = "",
        correspondent_address: str = "",
        deadline_rule: str | None = None,
        deadline_start: date | None = None,
    ) -> RegistryEntry:
        """Allocate the next number and insert the entry inside the caller's write transaction.

        Registers build on this: their own details go in their own tables, in the same transaction,
        so a number is never issued without its entry, nor an entry saved without its number.
        """
        if register_code not in {r.value for r in RegisterCode}:
            raise ValidationError("register", f"Registrul „{register_code}” nu există.")
        today = self._core.clock.today()
        received_on = received_on or today
        if received_on > today:
            raise ValidationError(
                "received_on", "Data primirii nu poate fi în viitor (după data înregistrării)."
            )
        subject = clean_text(
            subject,
            field="subject",
            label="Conținutul pe scurt",
            max_length=MAX_SUBJECT,
            required=True,
            multiline=True,
        )
        name = clean_text(
            correspondent_name, field="correspondent_name", label="Nume", max_length=300
        )
        address = clean_text(
            correspondent_address, field="correspondent_address", label="Adresa", max_length=500
        )
        legal = internal = None
        if deadline_rule:
            get_rule(deadline_rule)
            result = compute_deadline(
                deadline_rule,
                deadline_start or today,
                self._core.calendar.working_calendar(session),
            )
            legal, internal = result.legal_deadline, result.internal_target

        sequence_code = sequence_of(session, register_code)
        try:
            number = allocate_number(session, sequence_code, today)
        except RegistrationBeforeLastError as err:
            raise ValidationError(
                "registered_on",
                f"Numărul {err.last_number} a fost înregistrat pe {err.last_date:%d.%m.%Y}; "
                f"nu se poate înregistra cu o dată anterioară ({today:%d.%m.%Y}). "
                "Verificați data calculatorului.",
            ) from err
        institution = session.get(Institution, 1)
        row = RegistryEntry(
            register_code=register_code,
            sequence_code=sequence_code,
            year=today.year,
            number=number,
            number_prefix=institution.number_prefix if institution else "",
            registered_on=today,
            received_on=received_on,
            subject=subject,
            correspondent_name=name,
            correspondent_address=address,
            deadline_rule=deadline_rule,
            legal_deadline=legal,
            internal_target=internal,
            status=EntryStatus.ACTIVE,
            imported=False,
            created_at=self._core.clock.now(),
            created_by_id=self._core.current_user_id,
        )
        row.search_key = search_key(
            f"{format_registry_number(number, today, row.number_prefix)} {name} {subject}"
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            self._core,
            action=AuditAction.CREATE,
            entity="registry_entry",
            entity_id=row.id,
            summary=f"Înregistrat cu nr. {entry_data(row).number_text}",
            after=entry_data(row),
        )
        return row

    def register(self, register_code: str, **fields: object) -> EntryData:
        """Register a document on its own (one unit of work); see create_entry for the fields."""
        with self._core.write() as session:
            row = self.create_entry(session, register_code, **fields)  # type: ignore[arg-type]
            return entry_data(row)

    def annul(self, entry_id: int, reason: str) -> EntryData:
        """Annul an entry: it keeps its number (never reused) and prints struck through."""
        reason = clean_annul_reason(reason)
        with self._core.write() as session:
            return self.annul_in(session, entry_id, reason)

    def annul_in(self, session: Session, entry_id: int, reason: str) -> EntryData:
        """The annulment inside the caller's write transaction (a register frees what it holds
        in the same unit of work, e.g. an audience slot)."""
        reason = clean_annul_reason(reason)
        row = session.get(RegistryEntry, entry_id)
        if row is None:
            raise NotFoundError("Înregistrarea nu există.")
        if row.status == EntryStatus.ANNULLED:
            raise ValidationError("reason", "Înregistrarea este deja anulată.")
        from cic_desktop.services.years import ensure_unlocked

        ensure_unlocked(session, row.year)
        before = entry_data(row)
        row.status = EntryStatus.ANNULLED
        row.annul_reason = reason
        row.annulled_on = self._core.clock.today()
        row.annulled_by_id = self._core.current_user_id
        session.flush()
        after = entry_data(row)
        audit.record(
            session,
            self._core,
            action=AuditAction.ANNUL,
            entity="registry_entry",
            entity_id=row.id,
            summary=f"Anulat: {reason}",
            before=before,
            after=after,
        )
        return after

    def get(self, entry_id: int) -> EntryData:
        with self._core.read() as session:
            row = session.get(RegistryEntry, entry_id)
            if row is None:
                raise NotFoundError("Înregistrarea nu există.")
            return entry_data(row)

    def entries(self, register_code: str | None = None, year: int | None = None) -> list[EntryData]:
        with self._core.read() as session:
            stmt = select(RegistryEntry).order_by(RegistryEntry.year, RegistryEntry.number)
            if register_code:
                stmt = stmt.where(RegistryEntry.register_code == register_code)
            if year:
                stmt = stmt.where(RegistryEntry.year == year)
            return [entry_data(r) for r in session.execute(stmt).scalars()]

    def history(self, entry_id: int) -> list[AuditData]:
        with self._core.read() as session:
            return audit.history(session, "registry_entry", entry_id)

    def years(self, register_code: str) -> list[int]:
        """The years a register has entries in, newest first."""
        with self._core.read() as session:
            found = session.scalars(
                select(RegistryEntry.year)
                .where(RegistryEntry.register_code == register_code)
                .distinct()
            ).all()
        return sorted(found, reverse=True)

    def counts(self, year: int) -> dict[str, int]:
        """Entries per register in a year (annulled included: they keep their numbers)."""
        result = {r.value: 0 for r in RegisterCode}
        with self._core.read() as session:
            rows = session.execute(
                select(RegistryEntry.register_code, func.count())
                .where(RegistryEntry.year == year)
                .group_by(RegistryEntry.register_code)
            ).all()
        result.update({code: count for code, count in rows})
        return result
