"""Importing a historic register of requests for public information (Legea 544/2001).

The file has the export's layout (`render/xlsx/public_info_export.py`): the register sheet with the
SPEC §1.9 columns and, optionally, the „Solicitări verbale” sheet. All or nothing: every row is
checked first (in the file, then against the database, inside the import's own write transaction);
one error anywhere and nothing is saved.

Numbering (SPEC §6): imported entries keep their historic numbers (`imported=True`, no sequence).
Before the app many communes numbered each register on its own, so a number may repeat one of
another register of the same year: that is accepted (with a warning); a duplicate within the 544
register and year is refused. The general sequence of each imported year is moved past the highest
imported number, so the numbers the app issues itself stay unique.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.dates_ro import count_ro, fmt
from cic_desktop.domain.deadlines import compute_deadline
from cic_desktop.importing.import_audit import record_import_summary, record_imported_entries
from cic_desktop.importing.import_people import (
    NamedPerson,
    link_people,
    match_people,
    new_people,
)
from cic_desktop.importing.import_steps import (
    check_cancel,
    imported_entry,
    people_linked,
    raise_counters,
    reject_if_errors,
)
from cic_desktop.importing.issues import ImportRejectedError, RowError, RowWarning, rows_text
from cic_desktop.importing.matching import key
from cic_desktop.importing.petitions_import import YearSummary, year_summaries
from cic_desktop.importing.public_info_parse import (
    InfoRow,
    ParsedPublicInfo,
    VerbalRow,
    read_public_info_file,
)
from cic_desktop.jobs import CancelToken, Progress, no_progress
from cic_desktop.labels import REGISTER
from cic_desktop.registers.public_info_register import (
    COL_DEADLINE,
    COL_DEPARTMENT,
    COL_NOTICE,
    COL_NUMBER,
    COL_REMEDIES,
)
from cic_desktop.services import audit
from cic_desktop.services.years import ensure_unlocked
from db.enums import AuditAction, DeliveryPreference, InfoState, RegisterCode
from db.models import (
    Department,
    InfoRequest,
    RegistryEntry,
    VerbalRequest,
)

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

__all__ = [
    "ImportRejectedError",
    "PublicInfoImportReport",
    "RowError",
    "RowWarning",
    "YearSummary",
    "check_public_info_file",
    "import_public_info",
    "read_public_info_file",
]

ANSWER_10, ANSWER_30, NOTICE_10 = "544_ANSWER_10", "544_ANSWER_30", "544_EXT_NOTICE_10"
REMEDIES_NOTE = "Reclamație / plângere (registrul importat): "


@dataclass(frozen=True)
class Deadlines:
    rule: str
    legal: date
    internal: date | None
    notice_late: bool


@dataclass
class Plan:
    """Everything the writer needs; built inside the import's own transaction."""

    rows: Sequence[InfoRow]
    deadlines: list[Deadlines] = field(default_factory=list)
    departments: list[tuple[int | None, str]] = field(default_factory=list)
    people: list[NamedPerson | None] = field(default_factory=list)
    person_ids: list[int | None] = field(default_factory=list)  # on file already; None: create
    written_in_db: dict[tuple[int, int], int] = field(default_factory=dict)
    taken: dict[int, set[int]] = field(default_factory=dict)  # year → numbers, all registers
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)


@dataclass(frozen=True)
class PublicInfoImportReport:
    """What was (or, for a check, would be) imported; `warnings` did not block it."""

    file_name: str
    imported: int
    years: tuple[YearSummary, ...]
    annulled: int
    flagged_incomplete: int
    verbal: int
    skipped: int
    people_created: int
    people_linked: int
    warnings: tuple[RowWarning, ...]
    saved: bool

    def lines(self) -> list[str]:
        verb = "S-au importat" if self.saved else "Se pot importa"
        noun = count_ro(self.imported, "solicitare scrisă", "solicitări scrise")
        lines = [f"{verb} {noun} din „{self.file_name}”."]
        for y in self.years:
            lines.append(
                f"Anul {y.year}: {count_ro(y.count, 'solicitare', 'solicitări')}, numerele "
                f"{y.first_number}–{y.last_number}; {y.missing_text} (în niciun registru)."
            )
        if self.verbal:
            lines.append(
                f"Solicitări verbale trecute în registrul de solicitări verbale: {self.verbal}."
            )
        if self.skipped:
            lines.append(f"Reîncadrate ca petiții (neimportate aici): {self.skipped}.")
        if self.annulled:
            lines.append(f"Anulate: {self.annulled}.")
        if self.flagged_incomplete:
            lines.append(f"Marcate pentru completare (date lipsă): {self.flagged_incomplete}.")
        lines.append(
            f"Solicitanți: {self.people_linked} găsiți în evidență, {self.people_created} adăugați."
        )
        lines += [f"Atenție – {w.text()}" for w in self.warnings]
        return lines


# -- entry points ----------------------------------------------------------------------------------


def check_public_info_file(core: CicCore, path: str | os.PathLike[str]) -> PublicInfoImportReport:
    """Everything the import checks, without saving: raises ImportRejectedError, or reports."""
    parsed = _parse(core, path)
    with core.read() as session:
        plan = build_plan(session, parsed, core.calendar.working_calendar(session))
        _reject_if_errors(parsed, plan)
        return _report(
            parsed, plan, people_created=new_people(plan.people, plan.person_ids), saved=False
        )


def import_public_info(
    core: CicCore,
    path: str | os.PathLike[str],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> PublicInfoImportReport:
    """Import the file in one transaction (audit: one summary event and one per imported entry or
    verbal line); raises ImportRejectedError with the Romanian row-by-row list."""
    progress(0.0, "Se citește fișierul…")
    parsed = _parse(core, path)
    check_cancel(cancel)
    progress(0.3, "Se verifică solicitările față de baza de date…")
    with core.write() as session:
        plan = build_plan(session, parsed, core.calendar.working_calendar(session))
        _reject_if_errors(parsed, plan)
        check_cancel(cancel)
        years = {row.year for row in parsed.rows} | {v.asked_on.year for v in parsed.verbal}
        for year in sorted(years):
            ensure_unlocked(session, year)
        progress(0.5, "Se salvează solicitările…")
        created, entry_ids = _write(core, session, plan)
        verbal_ids = _write_verbal(core, session, parsed.verbal, plan, entry_ids)
        check_cancel(cancel)
        raise_counters(session, RegisterCode.PUBLIC_INFO, parsed.rows)
        report = _report(parsed, plan, people_created=created, saved=True)
        record_imported_entries(session, core, parsed.file_name, entry_ids, "solicitare 544 nr.")
        for verbal_id in verbal_ids:
            audit.record(
                session,
                core,
                action=AuditAction.IMPORT,
                entity="verbal_request",
                entity_id=verbal_id,
                summary=f"Solicitare verbală importată din „{parsed.file_name}”",
            )
        record_import_summary(
            session,
            core,
            f"Import registru de solicitări de informații de interes public din "
            f"„{parsed.file_name}”: {count_ro(report.imported, 'solicitare', 'solicitări')}, "
            f"{report.verbal} verbale ({', '.join(str(y.year) for y in report.years) or '–'})",
            file_name=parsed.file_name,
            sheet=parsed.sheet,
            imported=report.imported,
            years=report.years,
            warnings=len(report.warnings),
            verbal=report.verbal,
            skipped=report.skipped,
        )
        check_cancel(cancel)
    progress(1.0, "Importul s-a încheiat.")
    return report


def _parse(core: CicCore, path: str | os.PathLike[str]) -> ParsedPublicInfo:
    parsed = read_public_info_file(path, today=core.clock.today())
    if parsed.errors:
        raise ImportRejectedError(parsed.file_name, parsed.errors, parsed.warnings)
    if not parsed.rows and not parsed.verbal:
        raise ImportRejectedError(
            Path(path).name,
            [RowError(None, "", "Fișierul nu conține nicio solicitare sub rândul de antet.")],
        )
    return parsed


def _reject_if_errors(parsed: ParsedPublicInfo, plan: Plan) -> None:
    reject_if_errors(parsed.file_name, plan.errors, (*parsed.warnings, *plan.warnings))


# -- the plan --------------------------------------------------------------------------------------


def deadlines_for(row: InfoRow, calendar: WorkingCalendar) -> tuple[Deadlines, list[RowWarning]]:
    """Art. 7(1): 10 days from registration; 30 days when the notice went out within 10 days."""
    warnings: list[RowWarning] = []
    notice = compute_deadline(NOTICE_10, row.registered_on, calendar)
    timely = row.notice_on is not None and row.notice_on <= notice.legal_deadline
    result = compute_deadline(ANSWER_30 if timely else ANSWER_10, row.registered_on, calendar)
    late = row.notice_on is not None and not timely
    if row.notice_on is not None and late != row.notice_late_mark:
        said = "după termen" if row.notice_late_mark else "în termen"
        found = "în termen" if timely else "după termen"
        warnings.append(
            RowWarning(
                row.row_number,
                COL_NOTICE,
                f"Fișierul arată notificarea ca trimisă {said}, dar față de termenul de 10 zile "
                f"({fmt(notice.legal_deadline)}) a fost trimisă {found}; se păstrează calculul.",
            )
        )
    shown = row.deadline_in_file
    if shown is not None and shown != result.legal_deadline:
        warnings.append(
            RowWarning(
                row.row_number,
                COL_DEADLINE,
                f"Termenul din fișier ({fmt(shown)}) diferă de cel calculat de program "
                f"({fmt(result.legal_deadline)}); se păstrează cel calculat.",
            )
        )
    rule = ANSWER_30 if timely else ANSWER_10
    return Deadlines(rule, result.legal_deadline, result.internal_target, late), warnings


def build_plan(session: Session, parsed: ParsedPublicInfo, calendar: WorkingCalendar) -> Plan:
    rows = parsed.rows
    plan = Plan(rows)
    for row in rows:
        deadlines, warnings = deadlines_for(row, calendar)
        plan.deadlines.append(deadlines)
        plan.warnings += warnings
        if row.remedies:
            plan.warnings.append(
                RowWarning(
                    row.row_number,
                    COL_REMEDIES,
                    "Reclamația / plângerea se păstrează ca text în observații; nu se creează "
                    "înregistrări de reclamație sau dosare de instanță.",
                )
            )
    _check_numbers(session, plan)
    plan.departments = _departments(session, rows, plan.warnings)
    plan.people = [_named_requester(r) for r in rows]
    plan.person_ids = match_people(session, plan.people)
    refs = {v.written_ref for v in parsed.verbal if v.written_ref}
    in_file = {(r.year, r.number) for r in rows}
    wanted = sorted(refs - in_file)
    if wanted:
        for entry_id, year, number in session.execute(
            select(RegistryEntry.id, RegistryEntry.year, RegistryEntry.number).where(
                RegistryEntry.register_code == RegisterCode.PUBLIC_INFO,
                RegistryEntry.year.in_(sorted({y for y, _ in wanted})),
            )
        ):
            plan.written_in_db[(year, number)] = entry_id
    for verbal in parsed.verbal:
        ref = verbal.written_ref
        if ref and ref not in in_file and ref not in plan.written_in_db:
            plan.warnings.append(
                RowWarning(
                    verbal.row_number,
                    "Rezolvare",
                    f"(foaia „{verbal.sheet}”) Solicitarea scrisă nr. {ref[1]} din anul {ref[0]} "
                    "nu există; legătura nu se păstrează.",
                )
            )
    return plan


def _check_numbers(session: Session, plan: Plan) -> None:
    """Refused: a number already in the 544 register of that year. Accepted with a warning: one of
    another register (each register had its own numbering before the app)."""
    years = sorted({row.year for row in plan.rows})
    used: dict[tuple[int, int], set[str]] = defaultdict(set)
    if years:
        for year, number, register in session.execute(
            select(RegistryEntry.year, RegistryEntry.number, RegistryEntry.register_code).where(
                RegistryEntry.year.in_(years)
            )
        ):
            used[(year, number)].add(register)
            plan.taken.setdefault(year, set()).add(number)
    for row in plan.rows:
        registers = used.get((row.year, row.number), set())
        if RegisterCode.PUBLIC_INFO.value in registers:
            plan.errors.append(
                RowError(
                    row.row_number,
                    COL_NUMBER,
                    f"Solicitarea nr. {row.number} din anul {row.year} există deja în registrul "
                    "solicitărilor de informații de interes public.",
                )
            )
        elif registers:
            names = ", ".join(f"„{REGISTER[RegisterCode(r)]}”" for r in sorted(registers))
            plan.warnings.append(
                RowWarning(
                    row.row_number,
                    COL_NUMBER,
                    f"Numărul {row.number} din anul {row.year} este folosit și în {names}; "
                    "se acceptă (registre numerotate separat înainte de program).",
                )
            )


def _departments(
    session: Session, rows: Sequence[InfoRow], warnings: list[RowWarning]
) -> list[tuple[int | None, str]]:
    """Known names take the list's spelling and id; unknown ones stay as written (one warning)."""
    known = {
        key(name): (row_id, name)
        for row_id, name in session.execute(select(Department.id, Department.name))
    }
    result: list[tuple[int | None, str]] = []
    unknown: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        match = known.get(key(row.department)) if row.department else None
        if match is None and row.department:
            unknown[row.department].append(row.row_number)
        result.append(match if match else (None, row.department))
    for value, numbers in unknown.items():
        warnings.append(
            RowWarning(
                None,
                COL_DEPARTMENT,
                f"Compartimentul „{value}” ({rows_text(numbers)}) nu există în lista "
                "compartimentelor; se păstrează ca text.",
            )
        )
    return result


def _named_requester(row: InfoRow) -> NamedPerson | None:
    """The requester as the import matches or creates them (None: the row names nobody)."""
    if not row.requester:
        return None
    return NamedPerson(row.requester_kind, row.requester, row.address, row.email)


# -- writing ---------------------------------------------------------------------------------------


def _write(core: CicCore, session: Session, plan: Plan) -> tuple[int, dict[tuple[int, int], int]]:
    """Insert people, entries and requests; returns the people created and the new entry ids."""
    now, user = core.clock.now(), core.current_user_id
    people = link_people(session, plan.people, now=now, user_id=user, matched=plan.person_ids)
    entries = [_entry(row, d, now, user) for row, d in zip(plan.rows, plan.deadlines, strict=True)]
    session.add_all(entries)
    session.flush()
    entry_ids = {(e.year, e.number): e.id for e in entries}
    for index, (row, entry) in enumerate(zip(plan.rows, entries, strict=True)):
        session.add(_request(row, entry.id, people.ids[index], plan, index))
    session.flush()
    return people.created, entry_ids


def _entry(row: InfoRow, deadlines: Deadlines, now, user) -> RegistryEntry:  # type: ignore[no-untyped-def]
    return imported_entry(
        RegisterCode.PUBLIC_INFO,
        row,
        prefix=row.prefix,
        received_on=row.received_on,
        subject=row.information,
        name=row.requester,
        address=row.address or row.email,
        deadlines=deadlines,
        annul_reason=row.annul_reason,
        annulled=bool(row.annul_reason),
        now=now,
        user=user,
    )


def _state(row: InfoRow, deadlines: Deadlines, department: str) -> str:
    if row.kind in {"favorable", "partial"}:
        return InfoState.ANSWERED.value  # the register records no dispatch date
    if row.kind == "refused":
        return InfoState.REFUSED.value
    if row.kind == "redirected":
        return InfoState.REDIRECTED.value
    if deadlines.rule == ANSWER_30:
        return InfoState.EXTENDED.value
    return (InfoState.ASSIGNED if department else InfoState.REGISTERED).value


def _request(
    row: InfoRow, entry_id: int, person_id: int | None, plan: Plan, index: int
) -> InfoRequest:
    department_id, department_name = plan.departments[index]
    deadlines = plan.deadlines[index]
    notes = row.notes
    if row.remedies:
        notes = "; ".join(p for p in (notes, REMEDIES_NOTE + row.remedies) if p)
    outcome = {"partial": "favorable", "": None}.get(row.kind, row.kind)
    return InfoRequest(
        entry_id=entry_id,
        person_id=person_id,
        requester_kind=row.requester_kind,
        requester_email=row.email,
        channel=row.channel,
        domain=row.domain,
        domain_other=row.domain_other,
        delivery_preference=(
            DeliveryPreference.EMAIL if row.email and not row.address else DeliveryPreference.PAPER
        ).value,
        delivery_address=row.delivery_address,
        department_id=department_id,
        department_name=department_name,
        state=_state(row, deadlines, department_name),
        notice_sent_on=row.notice_on,
        notice_late=deadlines.notice_late,
        answered_on=row.answered_on,
        answer_number=row.answer_number,
        outcome=outcome,
        delivery_mode=row.delivery_mode,
        partial=row.kind == "partial",
        withheld_items=row.withheld_items,
        refusal_reason=row.refusal_reason if row.kind == "refused" else None,
        exempt_letter=row.exempt_letter,
        refusal_text=row.refusal_text,
        redirected_to=row.redirected_to,
        redirected_on=row.redirected_on,
        reclassified_on=None,
        copies_pages=row.copies_pages,
        copies_handed_on=row.answered_on if row.copies_pages else None,
        copy_tariff_id=None,
        amount_due=row.amount_due,
        amount_collected=row.amount_collected,
        sent_on=None,
        sent_channel=None,
        notes=notes,
        flagged_incomplete=row.flagged_incomplete,
    )


def _write_verbal(
    core: CicCore,
    session: Session,
    verbal: Sequence[VerbalRow],
    plan: Plan,
    entry_ids: dict[tuple[int, int], int],
) -> list[int]:
    now, user = core.clock.now(), core.current_user_id
    links = {**plan.written_in_db, **entry_ids}
    rows = [
        VerbalRequest(
            asked_on=v.asked_on,
            requester_kind=v.requester_kind,
            domain=v.domain,
            outcome=v.outcome,
            name=v.name,
            note=v.note,
            written_entry_id=links.get(v.written_ref) if v.written_ref else None,
            created_at=now,
            created_by_id=user,
        )
        for v in verbal
    ]
    session.add_all(rows)
    session.flush()
    return [r.id for r in rows]


def _report(
    parsed: ParsedPublicInfo, plan: Plan, *, people_created: int, saved: bool
) -> PublicInfoImportReport:
    years = year_summaries(parsed.rows, plan.taken)
    return PublicInfoImportReport(
        file_name=parsed.file_name,
        imported=len(parsed.rows),
        years=tuple(years),
        annulled=sum(1 for row in parsed.rows if row.annul_reason),
        flagged_incomplete=sum(1 for row in parsed.rows if row.flagged_incomplete),
        verbal=len(parsed.verbal),
        skipped=parsed.skipped,
        people_created=people_created,
        people_linked=people_linked(plan.person_ids),
        warnings=(*parsed.warnings, *plan.warnings),
        saved=saved,
    )
