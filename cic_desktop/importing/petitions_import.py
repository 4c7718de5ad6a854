"""Importing a historic petitions register (`.xlsx` or `.csv`, the export's layout).

All or nothing: every row is checked first (in the file, then against the database, inside the
import's own write transaction); one error anywhere and nothing is saved. Imported entries keep
their historic numbers (`imported=True`, no sequence), and the general sequence of each imported
year is moved past the highest imported number so the next registration never collides.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from cic_desktop.domain.dates_ro import count_ro
from cic_desktop.importing.import_audit import record_import_summary, record_imported_entries
from cic_desktop.importing.import_people import link_people, new_people
from cic_desktop.importing.import_steps import (
    check_cancel,
    imported_entry,
    people_linked,
    raise_counters,
    reject_if_errors,
)
from cic_desktop.importing.issues import (
    ImportRejectedError,
    RowError,
    RowWarning,
    number_ranges,
)
from cic_desktop.importing.petitions_parse import ParsedRegister, read_petitions_file
from cic_desktop.importing.petitions_plan import Plan, build_plan
from cic_desktop.importing.petitions_row import ParsedRow
from cic_desktop.jobs import CancelToken, Progress, no_progress
from cic_desktop.services.years import ensure_unlocked
from db.enums import RegisterCode
from db.models import Petition, RegistryEntry

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

__all__ = [
    "ImportReport",
    "ImportRejectedError",
    "ParsedRegister",
    "RowError",
    "RowWarning",
    "YearSummary",
    "check_petitions_file",
    "import_petitions",
    "read_petitions_file",
]
_BATCH = 1000


@dataclass(frozen=True)
class YearSummary:
    year: int
    count: int
    first_number: int
    last_number: int
    missing: tuple[int, ...]

    @property
    def missing_text(self) -> str:
        if not self.missing:
            return "nu lipsește niciun număr"
        if len(self.missing) == 1:
            return f"lipsește numărul {self.missing[0]}"
        return f"lipsesc numerele {number_ranges(self.missing)}"


def year_summaries(rows: Sequence[Any], taken: dict[int, set[int]]) -> list[YearSummary]:
    """Per year: how many imported, the number range, and the numbers used in no register."""
    by_year: dict[int, list[int]] = {}
    for row in rows:
        by_year.setdefault(row.year, []).append(row.number)
    years = []
    for year, numbers in sorted(by_year.items()):
        known = set(numbers) | taken.get(year, set())
        missing = tuple(n for n in range(1, max(known) + 1) if n not in known)
        years.append(YearSummary(year, len(numbers), min(numbers), max(numbers), missing))
    return years


@dataclass(frozen=True)
class ImportReport:
    """What was (or, for a check, would be) imported; `warnings` did not block it."""

    file_name: str
    imported: int
    years: tuple[YearSummary, ...]
    annulled: int
    flagged_incomplete: int
    people_created: int
    people_linked: int
    warnings: tuple[RowWarning, ...]
    saved: bool

    def lines(self) -> list[str]:
        verb = "S-au importat" if self.saved else "Se pot importa"
        lines = [f"{verb} {count_ro(self.imported, 'petiție', 'petiții')} din „{self.file_name}”."]
        for y in self.years:
            lines.append(
                f"Anul {y.year}: {count_ro(y.count, 'petiție', 'petiții')}, numerele "
                f"{y.first_number}–{y.last_number}; {y.missing_text}."
            )
        if self.annulled:
            lines.append(f"Anulate: {self.annulled}.")
        if self.flagged_incomplete:
            lines.append(f"Marcate pentru completare (date lipsă): {self.flagged_incomplete}.")
        lines.append(
            f"Petiționari: {self.people_linked} găsiți în evidență, {self.people_created} adăugați."
        )
        lines += [f"Atenție – {w.text()}" for w in self.warnings]
        return lines


def check_petitions_file(core: CicCore, path: str | os.PathLike[str]) -> ImportReport:
    """Everything the import checks, without saving: raises ImportRejectedError, or reports."""
    parsed = _parse(core, path)
    with core.read() as session:
        plan = build_plan(session, parsed.rows, core.calendar.working_calendar(session))
        _reject_if_errors(parsed, plan)
        return _report(
            parsed, plan, people_created=new_people(plan.people, plan.person_ids), saved=False
        )


def import_petitions(
    core: CicCore,
    path: str | os.PathLike[str],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import the file in one transaction with one audit event; raises ImportRejectedError."""
    progress(0.0, "Se citește fișierul…")
    parsed = _parse(core, path)
    check_cancel(cancel)
    progress(0.3, "Se verifică petițiile față de baza de date…")
    with core.write() as session:
        plan = build_plan(session, parsed.rows, core.calendar.working_calendar(session))
        _reject_if_errors(parsed, plan)
        check_cancel(cancel)
        for year in sorted({row.year for row in parsed.rows}):
            ensure_unlocked(session, year)
        created, entry_ids = _write(core, session, plan, progress, cancel)
        raise_counters(session, RegisterCode.PETITIONS, parsed.rows)
        report = _report(parsed, plan, people_created=created, saved=True)
        record_imported_entries(session, core, parsed.file_name, entry_ids, "nr.")
        record_import_summary(
            session,
            core,
            f"Import registru de petiții din „{parsed.file_name}”: "
            f"{count_ro(report.imported, 'petiție', 'petiții')} "
            f"({', '.join(str(y.year) for y in report.years)})",
            file_name=parsed.file_name,
            sheet=parsed.sheet,
            imported=report.imported,
            years=report.years,
            warnings=len(report.warnings),
        )
        check_cancel(cancel)
    progress(1.0, "Importul s-a încheiat.")
    return report


def _parse(core: CicCore, path: str | os.PathLike[str]) -> ParsedRegister:
    parsed = read_petitions_file(path, today=core.clock.today())
    if parsed.errors:
        raise ImportRejectedError(parsed.file_name, parsed.errors, parsed.warnings)
    if not parsed.rows:
        raise ImportRejectedError(
            Path(path).name,
            [RowError(None, "", "Fișierul nu conține nicio petiție sub rândul de antet.")],
        )
    return parsed


def _reject_if_errors(parsed: ParsedRegister, plan: Plan) -> None:
    reject_if_errors(parsed.file_name, plan.errors, (*parsed.warnings, *plan.warnings))


def _write(
    core: CicCore,
    session: Session,
    plan: Plan,
    progress: Progress,
    cancel: CancelToken | None,
) -> tuple[int, dict[tuple[int, int], int]]:
    """Insert people, entries and petitions; returns the people created and the new entry ids."""
    now, user = core.clock.now(), core.current_user_id
    people = link_people(session, plan.people, now=now, user_id=user, matched=plan.person_ids)
    entry_ids: dict[tuple[int, int], int] = {}
    pairs = list(zip(plan.rows, plan.deadlines, strict=True))
    total = len(pairs)
    for start in range(0, total, _BATCH):
        batch = pairs[start : start + _BATCH]
        entries = [_entry(row, deadlines, now, user) for row, deadlines in batch]
        session.add_all(entries)
        session.flush()
        entry_ids.update({(e.year, e.number): e.id for e in entries})
        check_cancel(cancel)
        progress(0.4 + 0.3 * (start + len(batch)) / total, "Se salvează petițiile…")
    links = {**plan.joined_in_db, **entry_ids}
    for index, row in enumerate(plan.rows):
        entry_id = entry_ids[(row.year, row.number)]
        session.add(_petition(row, index, plan, entry_id, people.ids[index], links))
        if (index + 1) % _BATCH == 0:
            session.flush()
            check_cancel(cancel)
            progress(0.7 + 0.25 * (index + 1) / total, "Se salvează petițiile…")
    session.flush()
    return people.created, entry_ids


def _entry(row: ParsedRow, deadlines, now, user) -> RegistryEntry:  # type: ignore[no-untyped-def]
    return imported_entry(
        RegisterCode.PETITIONS,
        row,
        prefix=row.prefix,
        received_on=row.registered_on,
        subject=row.subject,
        name=row.petitioner,
        address=row.address,
        deadlines=deadlines,
        annul_reason=row.annul_reason,
        annulled=bool(row.annul_reason),
        now=now,
        user=user,
    )


def _petition(
    row: ParsedRow,
    index: int,
    plan: Plan,
    entry_id: int,
    person_id: int | None,
    links: dict[tuple[int, int], int],
) -> Petition:
    domain_id, domain_name = plan.domains[index]
    department_id, department_name = plan.departments[index]
    deadlines = plan.deadlines[index]
    return Petition(
        entry_id=entry_id,
        person_id=person_id,
        petitioner_kind=row.petitioner_kind,
        petitioner_email=row.email,
        channel=row.channel,
        kind=row.kind,
        domain_id=domain_id,
        domain_name=domain_name,
        pages=1,
        annexes=0,
        source_institution="",
        source_reference="",
        state=row.state,
        department_id=department_id,
        department_name=department_name,
        internal_deadline=None,
        assigned_on=None,
        base_legal_deadline=deadlines.base_legal,
        extension_days=deadlines.extension_days,
        extension_decided_on=None,
        extension_approved_by="",
        extension_reason="",
        forwarded_to=row.forwarded_to,
        forwarded_on=None,
        joined_to_id=links[row.joined_to] if row.joined_to else None,
        filing_reason=row.filing_reason,
        filing_note=row.filing_note,
        filed_on=None,
        answered_on=row.answered_on,
        answer_number=row.answer_number,
        outcome=row.outcome,
        legal_basis="",
        answer_summary="",
        signatory_mayor="",
        signatory_head="",
        sent_on=row.sent_on,
        sent_channel=None,
        registered_mail_no="",
        notes=row.notes,
        flagged_incomplete=row.flagged_incomplete,
    )


def _report(
    parsed: ParsedRegister, plan: Plan, *, people_created: int, saved: bool
) -> ImportReport:
    years = year_summaries(parsed.rows, plan.taken)
    return ImportReport(
        file_name=parsed.file_name,
        imported=len(parsed.rows),
        years=tuple(years),
        annulled=sum(1 for row in parsed.rows if row.annul_reason),
        flagged_incomplete=sum(1 for row in parsed.rows if row.flagged_incomplete),
        people_created=people_created,
        people_linked=people_linked(plan.person_ids),
        warnings=(*parsed.warnings, *plan.warnings),
        saved=saved,
    )
