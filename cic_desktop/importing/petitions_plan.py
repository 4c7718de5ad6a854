"""Checking parsed register rows against the database and the calendar, before anything is written.

The plan says, for every row, its deadlines, the domain and department it matches, the person it
links to and the entry it is joined to; any conflict becomes a RowError and nothing is imported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.deadlines import DeadlineResult, compute_deadline, compute_og27_extension
from cic_desktop.importing.import_people import NamedPerson, match_people
from cic_desktop.importing.issues import RowError, RowWarning, rows_text
from cic_desktop.importing.matching import key
from cic_desktop.importing.petitions_row import ParsedRow
from cic_desktop.labels import REGISTER
from cic_desktop.registers.petitions_register import (
    COL_DEADLINE,
    COL_DEPARTMENT,
    COL_DOMAIN,
    COL_EXTENSION,
    COL_LINK,
    COL_NUMBER,
)
from db.enums import PetitionChannel, RegisterCode
from db.models import Department, PetitionDomain, RegistryEntry

ANSWER_RULE = "OG27_ANSWER_30"
AUDIENCE_RULE = "AUDIENCE_PETITION_30"
MAX_EXTENSION = 15
_CHUNK = 500


@dataclass(frozen=True)
class Deadlines:
    rule: str
    base_legal: date
    legal: date
    internal: date | None
    extension_days: int | None


@dataclass
class Plan:
    """Everything the writer needs; built inside the import's own transaction."""

    rows: Sequence[ParsedRow]
    deadlines: list[Deadlines] = field(default_factory=list)
    domains: list[tuple[int | None, str]] = field(default_factory=list)
    departments: list[tuple[int | None, str]] = field(default_factory=list)
    people: list[NamedPerson | None] = field(default_factory=list)
    person_ids: list[int | None] = field(default_factory=list)  # on file already; None: create
    joined_in_db: dict[tuple[int, int], int] = field(default_factory=dict)
    taken: dict[int, set[int]] = field(default_factory=dict)  # year → numbers in the database
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)


def deadlines_for(
    row: ParsedRow, calendar: WorkingCalendar
) -> tuple[Deadlines | None, list[RowError], list[RowWarning]]:
    """OG 27 art. 8 from the registration date, or art. 9 with the extension the file shows."""
    rule = AUDIENCE_RULE if row.channel == PetitionChannel.AUDIENCE else ANSWER_RULE
    base = compute_deadline(rule, row.registered_on, calendar)
    result: DeadlineResult = base
    days: int | None = None
    errors: list[RowError] = []
    warnings: list[RowWarning] = []
    until = row.extension_until
    if until is not None:
        if until <= base.legal_deadline:
            errors.append(
                RowError(
                    row.row_number,
                    COL_EXTENSION,
                    f"Termenul prelungit ({fmt(until)}) trebuie să fie după termenul de 30 de zile "
                    f"({fmt(base.legal_deadline)}).",
                )
            )
            return None, errors, warnings
        options = [
            compute_og27_extension(row.registered_on, k, calendar)
            for k in range(1, MAX_EXTENSION + 1)
        ]
        # Several k can roll to the same working day: take the largest (15 is the usual one).
        exact = [k for k, r in enumerate(options, 1) if r.legal_deadline == until]
        later = [k for k, r in enumerate(options, 1) if r.legal_deadline >= until]
        days = exact[-1] if exact else (later[0] if later else MAX_EXTENSION)
        result = options[days - 1]
        if result.legal_deadline != until:
            warnings.append(
                RowWarning(
                    row.row_number,
                    COL_EXTENSION,
                    f"Prelungirea până la {fmt(until)} nu corespunde unei prelungiri de cel mult "
                    f"{MAX_EXTENSION} zile (art. 9 din OG nr. 27/2002); termenul calculat este "
                    f"{fmt(result.legal_deadline)}.",
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
    deadlines = Deadlines(
        rule, base.legal_deadline, result.legal_deadline, result.internal_target, days
    )
    return deadlines, errors, warnings


def build_plan(session: Session, rows: Sequence[ParsedRow], calendar: WorkingCalendar) -> Plan:
    plan = Plan(rows)
    for row in rows:
        deadlines, errors, warnings = deadlines_for(row, calendar)
        plan.deadlines.append(deadlines)  # type: ignore[arg-type]  # None only with errors
        plan.errors += errors
        plan.warnings += warnings
    _check_numbers(session, plan)
    _resolve_joins(session, plan)
    plan.domains = _match_names(
        rows,
        [r.domain for r in rows],
        _names(session, PetitionDomain.id, PetitionDomain.name),
        COL_DOMAIN,
        "Domeniul",
        "lista de domenii",
        plan.warnings,
    )
    plan.departments = _match_names(
        rows,
        [r.department for r in rows],
        _names(session, Department.id, Department.name),
        COL_DEPARTMENT,
        "Compartimentul",
        "lista compartimentelor",
        plan.warnings,
    )
    plan.people = [named_petitioner(r) for r in rows]
    plan.person_ids = match_people(session, plan.people)
    return plan


def _check_numbers(session: Session, plan: Plan) -> None:
    years = sorted({row.year for row in plan.rows})
    used: dict[tuple[int, int], str] = {}
    for year, number, register in session.execute(
        select(RegistryEntry.year, RegistryEntry.number, RegistryEntry.register_code).where(
            RegistryEntry.year.in_(years)
        )
    ):
        used[(year, number)] = register
        plan.taken.setdefault(year, set()).add(number)
    for row in plan.rows:
        register = used.get((row.year, row.number))
        if register == RegisterCode.PETITIONS:
            plan.errors.append(
                RowError(
                    row.row_number,
                    COL_NUMBER,
                    f"Petiția nr. {row.number} din anul {row.year} există deja în baza de date.",
                )
            )
        elif register is not None:
            plan.warnings.append(
                RowWarning(
                    row.row_number,
                    COL_NUMBER,
                    f"Numărul {row.number} din anul {row.year} este folosit și în "
                    f"„{REGISTER[RegisterCode(register)]}”.",
                )
            )


def _resolve_joins(session: Session, plan: Plan) -> None:
    in_file = {(row.year, row.number) for row in plan.rows}
    wanted = {row.joined_to for row in plan.rows if row.joined_to and row.joined_to not in in_file}
    for chunk in _chunks(sorted(wanted)):
        for entry_id, year, number in session.execute(
            select(RegistryEntry.id, RegistryEntry.year, RegistryEntry.number).where(
                RegistryEntry.register_code == RegisterCode.PETITIONS,
                tuple_(RegistryEntry.year, RegistryEntry.number).in_(chunk),
            )
        ):
            plan.joined_in_db[(year, number)] = entry_id
    for row in plan.rows:
        target = row.joined_to
        if target is None:
            continue
        if target == (row.year, row.number):
            plan.errors.append(
                RowError(row.row_number, COL_LINK, "O petiție nu poate fi conexată la ea însăși.")
            )
        elif target not in in_file and target not in plan.joined_in_db:
            plan.errors.append(
                RowError(
                    row.row_number,
                    COL_LINK,
                    f"Petiția nr. {target[1]} din anul {target[0]}, la care este conexată, nu "
                    "există nici în fișier, nici în baza de date.",
                )
            )


def _names(session: Session, id_column, name_column) -> dict[str, tuple[int, str]]:  # type: ignore[no-untyped-def]
    return {
        key(name): (row_id, name)
        for row_id, name in session.execute(select(id_column, name_column))
    }


def _match_names(
    rows: Sequence[ParsedRow],
    values: Sequence[str],
    known: dict[str, tuple[int, str]],
    column: str,
    what: str,
    where: str,
    warnings: list[RowWarning],
) -> list[tuple[int | None, str]]:
    """Known names take the list's spelling and id; unknown ones stay as written (one warning)."""
    result: list[tuple[int | None, str]] = []
    unknown: dict[str, list[int]] = defaultdict(list)
    for row, value in zip(rows, values, strict=True):
        match = known.get(key(value)) if value else None
        if match is None and value:
            unknown[value].append(row.row_number)
        result.append(match if match else (None, value))
    for value, numbers in unknown.items():
        warnings.append(
            RowWarning(
                None,
                column,
                f"{what} „{value}” ({rows_text(numbers)}) nu există în {where}; "
                "se păstrează ca text.",
            )
        )
    return result


def named_petitioner(row: ParsedRow) -> NamedPerson | None:
    """The petitioner as the import matches or creates them (None: the row names nobody)."""
    if not row.petitioner:
        return None
    return NamedPerson(row.petitioner_kind, row.petitioner, row.address, row.email)


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterable[list]:  # type: ignore[type-arg]
    for start in range(0, len(items), size):
        yield list(items[start : start + size])
