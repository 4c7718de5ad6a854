"""Importing a historic register of audiences (the export's layout, SPEC §3.3 columns).

All or nothing: every row is checked first (in the file, then against the database inside the
import's own write transaction); one error anywhere and nothing is saved. Imported sign-ups keep
their historic numbers (`imported=True`, no sequence, no slot held); the audiences sequence of each
imported year then continues after the highest imported number (`raise_for_imported`).
Officials, domains and departments are matched by name (kept as text when unknown, with a
warning); the petition a sign-up became is kept as the text of its number. The people are
matched to those on file or created (`import_people`), so the person file shows their audiences.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.domain.dates_ro import count_ro
from cic_desktop.importing.audiences_parse import (
    AudienceImportRow,
    ParsedAudiences,
    read_audiences_file,
)
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
from cic_desktop.jobs import CancelToken, Progress, no_progress
from cic_desktop.registers.audiences_register import (
    COL_DEPARTMENT,
    COL_DOMAIN,
    COL_INDEX,
    COL_OFFICIAL,
)
from cic_desktop.services.years import ensure_unlocked
from db.enums import RegisterCode
from db.models import Audience, Department, Official, PetitionDomain, RegistryEntry

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

_OFFICIAL_RE = re.compile(r"^(?P<name>.*?)\s*\((?P<role>[^()]*)\)\s*$", re.DOTALL)

__all__ = [
    "AudiencesImportReport",
    "ImportRejectedError",
    "check_audiences_file",
    "import_audiences",
]


@dataclass
class Plan:
    rows: Sequence[AudienceImportRow]
    officials: list[int | None] = field(default_factory=list)
    domains: list[int | None] = field(default_factory=list)
    departments: list[int | None] = field(default_factory=list)
    people: list[NamedPerson | None] = field(default_factory=list)
    person_ids: list[int | None] = field(default_factory=list)  # on file already; None: create
    taken: dict[int, set[int]] = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)


@dataclass(frozen=True)
class AudiencesImportReport:
    """What was (or, for a check, would be) imported; `warnings` did not block it."""

    file_name: str
    imported: int
    years: tuple[YearSummary, ...]
    annulled: int
    people_created: int
    people_linked: int
    warnings: tuple[RowWarning, ...]
    saved: bool

    def lines(self) -> list[str]:
        verb = "S-au importat" if self.saved else "Se pot importa"
        lines = [
            f"{verb} {count_ro(self.imported, 'înscriere', 'înscrieri')} din „{self.file_name}”."
        ]
        for y in self.years:
            lines.append(
                f"Anul {y.year}: {count_ro(y.count, 'înscriere', 'înscrieri')} în audiență, "
                f"numerele {y.first_number}–{y.last_number}; {y.missing_text}."
            )
        if self.annulled:
            lines.append(f"Anulate: {self.annulled}.")
        lines.append(
            f"Solicitanți: {self.people_linked} găsiți în evidență, {self.people_created} adăugați."
        )
        lines += [f"Atenție – {w.text()}" for w in self.warnings]
        return lines


def check_audiences_file(core: CicCore, path: str | os.PathLike[str]) -> AudiencesImportReport:
    """Everything the import checks, without saving: raises ImportRejectedError, or reports."""
    parsed = _parse(core, path)
    with core.read() as session:
        plan = build_plan(session, parsed)
        _reject_if_errors(parsed, plan)
        created = new_people(plan.people, plan.person_ids)
        return _report(parsed, plan, people_created=created, saved=False)


def import_audiences(
    core: CicCore,
    path: str | os.PathLike[str],
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> AudiencesImportReport:
    """Import the file in one transaction (one audit event per sign-up and one summary);
    raises ImportRejectedError with the Romanian row-by-row list."""
    progress(0.0, "Se citește fișierul…")
    parsed = _parse(core, path)
    check_cancel(cancel)
    progress(0.3, "Se verifică înscrierile față de baza de date…")
    with core.write() as session:
        plan = build_plan(session, parsed)
        _reject_if_errors(parsed, plan)
        for year in sorted({row.year for row in parsed.rows}):
            ensure_unlocked(session, year)
        progress(0.5, "Se salvează înscrierile…")
        entry_ids, created = _write(core, session, plan)
        raise_counters(session, RegisterCode.AUDIENCES, parsed.rows)
        report = _report(parsed, plan, people_created=created, saved=True)
        record_imported_entries(session, core, parsed.file_name, entry_ids, "audiență nr.")
        record_import_summary(
            session,
            core,
            f"Import registru de audiențe din „{parsed.file_name}”: "
            f"{count_ro(report.imported, 'înscriere', 'înscrieri')} "
            f"({', '.join(str(y.year) for y in report.years) or '–'})",
            file_name=parsed.file_name,
            sheet=parsed.sheet,
            imported=report.imported,
            years=report.years,
            warnings=len(report.warnings),
        )
        check_cancel(cancel)
    progress(1.0, "Importul s-a încheiat.")
    return report


def _parse(core: CicCore, path: str | os.PathLike[str]) -> ParsedAudiences:
    parsed = read_audiences_file(path, today=core.clock.today())
    if parsed.errors:
        errors = sorted(parsed.errors, key=lambda e: (e.row_number or 0, e.column))
        raise ImportRejectedError(parsed.file_name, errors, parsed.warnings)
    if not parsed.rows:
        raise ImportRejectedError(
            parsed.file_name,
            [RowError(None, "", "Fișierul nu conține nicio înscriere sub rândul de antet.")],
        )
    return parsed


def _reject_if_errors(parsed: ParsedAudiences, plan: Plan) -> None:
    reject_if_errors(parsed.file_name, plan.errors, (*parsed.warnings, *plan.warnings))


# -- the plan --------------------------------------------------------------------------------------


def build_plan(session: Session, parsed: ParsedAudiences) -> Plan:
    plan = Plan(parsed.rows)
    years = sorted({row.year for row in parsed.rows})
    used: set[tuple[int, int]] = set()
    for year, number, register in session.execute(
        select(RegistryEntry.year, RegistryEntry.number, RegistryEntry.register_code).where(
            RegistryEntry.year.in_(years)
        )
    ):
        if register == RegisterCode.AUDIENCES:
            used.add((year, number))
            plan.taken.setdefault(year, set()).add(number)
    for row in parsed.rows:
        if (row.year, row.number) in used:
            plan.errors.append(
                RowError(
                    row.row_number,
                    COL_INDEX,
                    f"Înscrierea nr. {row.number} din anul {row.year} există deja în registrul "
                    "de audiențe.",
                )
            )
    plan.officials = _officials(session, parsed.rows, plan.warnings)
    domains = {
        key(name): row_id
        for row_id, name in session.execute(select(PetitionDomain.id, PetitionDomain.name))
    }
    departments = {
        key(name): row_id
        for row_id, name in session.execute(select(Department.id, Department.name))
    }
    plan.domains = _match(
        parsed.rows, "domain", domains, COL_DOMAIN, "Domeniul", "domeniilor", plan.warnings
    )
    plan.departments = _match(
        parsed.rows,
        "department",
        departments,
        COL_DEPARTMENT,
        "Compartimentul",
        "compartimentelor",
        plan.warnings,
    )
    plan.people = [
        NamedPerson("natural", row.name, row.address, row.email, row.phone) if row.name else None
        for row in parsed.rows
    ]
    plan.person_ids = match_people(session, plan.people)
    return plan


def split_official(text: str) -> tuple[str, str]:
    """„Ion Țurcanu (primar)” → („Ion Țurcanu”, „primar”); without a role in brackets, the name."""
    match = _OFFICIAL_RE.match(text)
    return (match["name"].strip(), match["role"].strip()) if match else (text.strip(), "")


def _officials(
    session: Session, rows: Sequence[AudienceImportRow], warnings: list[RowWarning]
) -> list[int | None]:
    """The official of that name; unknown names stay as text (one warning each)."""
    known = {key(o.name): o.id for o in session.scalars(select(Official))}
    found: list[int | None] = []
    unknown: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        name = split_official(row.official)[0]
        match = known.get(key(name)) if name else None
        if match is None and row.official:
            unknown[row.official].append(row.row_number)
        found.append(match)
    for value, numbers in unknown.items():
        warnings.append(
            RowWarning(
                None,
                COL_OFFICIAL,
                f"„{value}” ({rows_text(numbers)}) nu este în lista conducerii primăriei; "
                "se păstrează ca text.",
            )
        )
    return found


def _match(
    rows: Sequence[AudienceImportRow],
    attribute: str,
    known: dict[str, int],
    column: str,
    what: str,
    list_name: str,
    warnings: list[RowWarning],
) -> list[int | None]:
    found: list[int | None] = []
    unknown: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        value = getattr(row, attribute)
        row_id = known.get(key(value)) if value else None
        if row_id is None and value:
            unknown[value].append(row.row_number)
        found.append(row_id)
    for value, numbers in unknown.items():
        warnings.append(
            RowWarning(
                None,
                column,
                f"{what} „{value}” ({rows_text(numbers)}) nu există în lista {list_name}; "
                "se păstrează ca text.",
            )
        )
    return found


# -- writing ---------------------------------------------------------------------------------------


def _write(core: CicCore, session: Session, plan: Plan) -> tuple[dict[tuple[int, int], int], int]:
    """Insert people, entries and sign-ups; returns the new entry ids and the people created."""
    now, user = core.clock.now(), core.current_user_id
    people = link_people(session, plan.people, now=now, user_id=user, matched=plan.person_ids)
    entries = [
        imported_entry(
            RegisterCode.AUDIENCES,
            row,
            prefix="",
            received_on=row.registered_on,
            subject=row.subject,
            name=row.name,
            address=row.address,
            deadlines=None,
            annul_reason=row.annul_reason,
            annulled=row.annul_reason is not None,
            now=now,
            user=user,
        )
        for row in plan.rows
    ]
    session.add_all(entries)
    session.flush()
    for index, (row, entry) in enumerate(zip(plan.rows, entries, strict=True)):
        official_name, role = split_official(row.official)
        session.add(
            Audience(
                entry_id=entry.id,
                person_id=people.ids[index],
                phone=row.phone,
                email=row.email,
                official_id=plan.officials[index],
                official_name=official_name,
                official_role=role,
                schedule_id=None,
                audience_day=row.audience_day,
                slot_time=row.slot_time,
                slot_key=None,
                place="",
                walk_in=row.walk_in,
                previous_number=row.previous_number,
                domain_id=plan.domains[index],
                domain_name=row.domain,
                state=row.state,
                times_postponed=row.times_postponed,
                participants=row.participants,
                outcome=row.outcome,
                resolution=row.resolution,
                department_id=plan.departments[index],
                department_name=row.department,
                term=row.term,
                outcome_on=row.audience_day if row.outcome else None,
                petition_entry_id=None,
                petition_reference=row.petition_reference,
                answer_on=row.answer_on,
                answer_channel=row.answer_channel,
                notes=row.notes,
            )
        )
    session.flush()
    return {(e.year, e.number): e.id for e in entries}, people.created


def _report(
    parsed: ParsedAudiences, plan: Plan, *, people_created: int, saved: bool
) -> AudiencesImportReport:
    return AudiencesImportReport(
        file_name=parsed.file_name,
        imported=len(parsed.rows),
        years=tuple(year_summaries(parsed.rows, plan.taken)),
        annulled=sum(1 for row in parsed.rows if row.annul_reason is not None),
        people_created=people_created,
        people_linked=people_linked(plan.person_ids),
        warnings=(*parsed.warnings, *plan.warnings),
        saved=saved,
    )
