"""The register of audiences (SPEC §3.3, 17 columns): one row per sign-up, for the book and Excel.

The registry book (PDF), the `.xlsx` export and the import share these columns and cell rules, so
a register exported and imported again gives the same cells. „Nr. crt.” is the sign-up's number in
the audiences sequence of the year; „Observații” starts with the attendance, then the outcome,
„fără programare” for walk-ins and the postponements, then the clerk's notes (the import reads
these parts back). Annulled rows stay, with „ANULAT – motiv.” in front.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.dto_audiences import AudienceRow
from db.enums import AudienceOutcome, AudienceState, EntryStatus, RegisterCode
from db.models import Audience, AudienceMove, RegistryEntry

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

TITLE = "Registrul de audiențe"
LEGAL_NOTE = (
    "(programul de audiențe – Legea nr. 544/2001, art. 5 alin. (1) lit. b); problemele "
    "nesoluționate în audiență se înregistrează ca petiții – OG nr. 27/2002)"
)

COL_INDEX = "Nr. crt."
COL_REGISTERED = "Data înscrierii"
COL_WHEN = "Data și ora audienței"
COL_OFFICIAL = "Persoana care acordă audiența"
COL_NAME = "Numele și prenumele solicitantului"
COL_ADDRESS = "Localitatea / adresa"
COL_CONTACT = "Telefon / e-mail (opțional)"
COL_PREVIOUS = "Nr. înregistrare cerere anterioară (dacă există)"
COL_SUBJECT = "Problema prezentată (rezumat)"
COL_DOMAIN = "Domeniu"
COL_PARTICIPANTS = "Participanți din aparatul de specialitate"
COL_RESOLUTION = "Rezoluția / măsura dispusă"
COL_DEPARTMENT = "Compartiment responsabil"
COL_TERM = "Termen"
COL_PETITION = "Înregistrată ca petiție: nr./data"
COL_ANSWER = "Data și modul comunicării răspunsului"
COL_NOTES = "Observații"

COLUMNS: tuple[str, ...] = (
    COL_INDEX,
    COL_REGISTERED,
    COL_WHEN,
    COL_OFFICIAL,
    COL_NAME,
    COL_ADDRESS,
    COL_CONTACT,
    COL_PREVIOUS,
    COL_SUBJECT,
    COL_DOMAIN,
    COL_PARTICIPANTS,
    COL_RESOLUTION,
    COL_DEPARTMENT,
    COL_TERM,
    COL_PETITION,
    COL_ANSWER,
    COL_NOTES,
)
DATE_COLUMNS = frozenset({COL_REGISTERED, COL_TERM})
DATETIME_COLUMNS = frozenset({COL_WHEN})
ANNULLED_PREFIX = "ANULAT – "
WALK_IN = "fără programare"
MOVE_PREFIX = "amânat de la "
PART_SEPARATOR = "; "

# Attendance and outcome as the register writes them (first parts of „Observații”).
STATE_TEXT: dict[str, str] = {
    AudienceState.SCHEDULED: "programat",
    AudienceState.PRESENT: "prezent",
    AudienceState.ABSENT: "neprezentat",
}
OUTCOME_TEXT: dict[str, str] = {
    AudienceOutcome.SOLVED: "soluționat în audiență",
    AudienceOutcome.VERBAL: "răspuns verbal",
    AudienceOutcome.DEPARTMENT: "trimis la compartiment",
    AudienceOutcome.PETITION: "înregistrat ca petiție",
}

# Column widths in millimetres on A4 landscape (scaled to the printable width).
BOOK_COLUMN_WIDTHS: tuple[float, ...] = (
    8, 15.5, 17, 18, 19, 18, 17, 17, 25, 14, 15, 22, 19.5, 15.5, 16, 17, 22,
)  # fmt: skip


def when_text(day: date, time: str | None) -> str:
    """`15.01.2026 09:20`, or only the date for a walk-in without a time."""
    return f"{fmt(day)} {time}" if time else fmt(day)


def when_value(day: date, time: str | None) -> date | datetime:
    """The Excel value of „Data și ora audienței”: a date-time, or a date without a time."""
    if not time:
        return day
    hours, minutes = (int(part) for part in time.split(":"))
    return datetime(day.year, day.month, day.day, hours, minutes)


def official_text(name: str, role: str) -> str:
    """„Ion Țurcanu (primar)”, as the sign-up recorded the official."""
    if name and role:
        return f"{name} ({role})"
    return name or role


def contact_text(phone: str, email: str) -> str:
    return " / ".join(part for part in (phone, email) if part)


def answer_text(answer_on: date | None, channel: str) -> str:
    """„Data și modul comunicării răspunsului”: `15.01.2026, verbal, în audiență`."""
    return ", ".join(part for part in (fmt(answer_on) if answer_on else "", channel) if part)


def move_text(
    from_day: date, from_time: str | None, to_day: date, to_time: str | None, reason: str
) -> str:
    text = f"{MOVE_PREFIX}{when_text(from_day, from_time)} la {when_text(to_day, to_time)}"
    return f"{text} ({reason})" if reason else text


def notes_text(
    *,
    state: str,
    outcome: str | None,
    walk_in: bool,
    moves: list[str],
    notes: str,
    annul_reason: str | None,
) -> str:
    parts = [STATE_TEXT.get(state, state)]
    if outcome:
        parts.append(OUTCOME_TEXT.get(outcome, outcome))
    if walk_in:
        parts.append(WALK_IN)
    parts += moves
    if notes:
        parts.append(notes)
    text = PART_SEPARATOR.join(parts)
    if annul_reason is not None:
        return f"{ANNULLED_PREFIX}{annul_reason.rstrip().rstrip('.')}. {text}"
    return text


@dataclass(frozen=True)
class RegisterLine:
    """One register line for the book and the export (wraps the DTO the GUI lists)."""

    row: AudienceRow

    @property
    def index(self) -> int:
        return self.row.index

    @property
    def annulled(self) -> bool:
        return self.row.annulled

    @property
    def number_text(self) -> str:
        return self.row.number_text

    def cells(self) -> list[object]:
        """Excel cells: dates stay dates, the hour of the audience a date-time."""
        r = self.row
        return [
            r.number,
            r.registered_on,
            when_value(r.audience_day, r.slot_time),
            r.official,
            r.name,
            r.address,
            r.contact,
            r.previous_number,
            r.subject,
            r.domain,
            r.participants,
            r.resolution,
            r.department,
            r.term,
            r.petition_number,
            r.answer,
            r.notes,
        ]

    def print_cells(self) -> list[str]:
        """The same cells as text for the printed book (dates dd.mm.yyyy)."""
        out: list[str] = []
        for label, value in zip(COLUMNS, self.cells(), strict=True):
            if label == COL_WHEN:
                out.append(when_text(self.row.audience_day, self.row.slot_time))
            elif value is None:
                out.append("")
            elif isinstance(value, date):
                out.append(fmt(value))
            else:
                out.append(str(value))
        return out


def _filter(year: int):  # type: ignore[no-untyped-def]
    return (RegistryEntry.register_code == RegisterCode.AUDIENCES, RegistryEntry.year == year)


def _petition_numbers(session: Session, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {
        e.id: format_registry_number(e.number, e.registered_on, e.number_prefix)
        for e in session.scalars(select(RegistryEntry).where(RegistryEntry.id.in_(ids)))
    }


def _moves(session: Session, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    if not ids:
        return found
    for move in session.scalars(
        select(AudienceMove).where(AudienceMove.entry_id.in_(ids)).order_by(AudienceMove.id)
    ):
        found.setdefault(move.entry_id, []).append(
            move_text(move.from_day, move.from_time, move.to_day, move.to_time, move.reason)
        )
    return found


def register_row(
    index: int,
    entry: RegistryEntry,
    audience: Audience,
    moves: list[str],
    petition_number: str,
) -> AudienceRow:
    annulled = entry.status == EntryStatus.ANNULLED
    return AudienceRow(
        entry_id=entry.id,
        index=index,
        number=entry.number,
        number_text=format_registry_number(entry.number, entry.registered_on, entry.number_prefix),
        registered_on=entry.registered_on,
        audience_day=audience.audience_day,
        slot_time=audience.slot_time,
        official=official_text(audience.official_name, audience.official_role),
        name=entry.correspondent_name,
        address=entry.correspondent_address,
        contact=contact_text(audience.phone, audience.email),
        previous_number=audience.previous_number,
        subject=entry.subject,
        domain=audience.domain_name,
        participants=audience.participants,
        resolution=audience.resolution,
        department=audience.department_name,
        term=audience.term,
        petition_number=petition_number or audience.petition_reference,
        answer=answer_text(audience.answer_on, audience.answer_channel),
        notes=notes_text(
            state=audience.state,
            outcome=audience.outcome,
            walk_in=audience.walk_in,
            moves=moves,
            notes=audience.notes,
            annul_reason=(entry.annul_reason or "") if annulled else None,
        ),
        state=audience.state,
        outcome=audience.outcome,
        annulled=annulled,
        imported=entry.imported,
    )


def rows_in(session: Session, year: int, *, from_index: int = 1) -> list[AudienceRow]:
    """The register rows of a year in number order, `index` 1, 2, 3 … within the register.

    The one builder of the register: the screen (`core.audiences.rows`), the book and the Excel
    export all read it, so they show the same cells and the import can read them back."""
    pairs = session.execute(
        select(RegistryEntry, Audience)
        .join(Audience, Audience.entry_id == RegistryEntry.id)
        .where(*_filter(year))
        .order_by(RegistryEntry.number)
        .offset(max(from_index - 1, 0))
    ).all()
    ids = [entry.id for entry, _ in pairs]
    moves = _moves(session, ids)
    petitions = _petition_numbers(
        session, [a.petition_entry_id for _, a in pairs if a.petition_entry_id]
    )
    return [
        register_row(
            index,
            entry,
            audience,
            moves.get(entry.id, []),
            petitions.get(audience.petition_entry_id or 0, ""),
        )
        for index, (entry, audience) in enumerate(pairs, start=max(from_index, 1))
    ]


def iter_rows(core: CicCore, year: int, *, from_index: int = 1) -> Iterator[RegisterLine]:
    """Register lines of a year for the book and the export (see `rows_in`)."""
    with core.read() as session:
        rows = rows_in(session, year, from_index=from_index)
    yield from (RegisterLine(row) for row in rows)


def load_rows(core: CicCore, year: int) -> list[AudienceRow]:
    return [line.row for line in iter_rows(core, year)]


def count_rows(core: CicCore, year: int) -> int:
    with core.read() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(RegistryEntry)
                .join(Audience, Audience.entry_id == RegistryEntry.id)
                .where(*_filter(year))
            )
            or 0
        )
