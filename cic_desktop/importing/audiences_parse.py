"""Reading a register of audiences file (the export's layout) into validated rows, no database.

The inverse of `registers/audiences_register.py`: „Nr. crt.” is the sign-up number, „Data și ora
audienței” a date-time (or text `15.01.2026 09:20`), „Observații” starts with the attendance and
the outcome. Every problem is listed with its row number; nothing stops at the first error.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from cic_desktop.domain.dates_ro import parse_date
from cic_desktop.errors import ValidationError
from cic_desktop.importing.header import find_header
from cic_desktop.importing.issues import RowError, RowWarning
from cic_desktop.importing.matching import cell_text, key
from cic_desktop.importing.petitions_row import RowReader
from cic_desktop.importing.sources import read_sheets
from cic_desktop.registers.audiences_register import (
    ANNULLED_PREFIX,
    COL_ADDRESS,
    COL_ANSWER,
    COL_CONTACT,
    COL_DEPARTMENT,
    COL_DOMAIN,
    COL_INDEX,
    COL_NAME,
    COL_NOTES,
    COL_OFFICIAL,
    COL_PARTICIPANTS,
    COL_PETITION,
    COL_PREVIOUS,
    COL_REGISTERED,
    COL_RESOLUTION,
    COL_SUBJECT,
    COL_TERM,
    COL_WHEN,
    COLUMNS,
    MOVE_PREFIX,
    OUTCOME_TEXT,
    STATE_TEXT,
    WALK_IN,
)
from db.enums import AudienceOutcome, AudienceState

REQUIRED = (COL_INDEX, COL_REGISTERED, COL_WHEN, COL_NAME, COL_SUBJECT)
MIN_HEADER_MATCHES = 4
_HEADER_KEYS = {key(label): label for label in COLUMNS}
_STATES = {key(text): code for code, text in STATE_TEXT.items()} | {
    key("programată"): AudienceState.SCHEDULED.value,
    key("absent"): AudienceState.ABSENT.value,
    key("neprezentată"): AudienceState.ABSENT.value,
    key("prezentă"): AudienceState.PRESENT.value,
}
_OUTCOMES = {key(text): code for code, text in OUTCOME_TEXT.items()} | {
    key("soluționată în audiență"): AudienceOutcome.SOLVED.value,
    key("rezolvat"): AudienceOutcome.SOLVED.value,
    key("trimis la compartiment (notă de audiență)"): AudienceOutcome.DEPARTMENT.value,
    key("înregistrată ca petiție"): AudienceOutcome.PETITION.value,
}
_WHEN_RE = re.compile(r"^\s*(?P<day>\S+)(?:\s+(?:ora\s+)?(?P<h>\d{1,2})[:.](?P<m>\d{2}))?\s*$")
_ANSWER_RE = re.compile(r"^\s*(?P<day>\d{1,2}[./]\d{1,2}[./]\d{4})\s*(?:,\s*(?P<rest>.*))?$", re.S)
_SENTENCE_END = re.compile(r"\.\s+")


@dataclass(frozen=True)
class AudienceImportRow:
    """One sign-up as stored values."""

    row_number: int
    number: int
    registered_on: date
    audience_day: date
    slot_time: str | None
    official: str
    name: str
    address: str
    phone: str
    email: str
    previous_number: str
    subject: str
    domain: str
    participants: str
    resolution: str
    department: str
    term: date | None
    petition_reference: str
    answer_on: date | None
    answer_channel: str
    state: str
    outcome: str | None
    walk_in: bool
    times_postponed: int
    notes: str
    annul_reason: str | None

    @property
    def year(self) -> int:
        return self.registered_on.year


@dataclass(frozen=True)
class ParsedAudiences:
    file_name: str
    sheet: str
    header_row: int
    rows: tuple[AudienceImportRow, ...]
    errors: tuple[RowError, ...] = ()
    warnings: tuple[RowWarning, ...] = field(default=())


def split_contact(text: str) -> tuple[str, str]:
    """`0722 111 222 / ion@x.ro` → (phone, email)."""
    phone, email = [], []
    for part in re.split(r"\s*[/;,]\s*", text.strip()):
        if part:
            (email if "@" in part else phone).append(part)
    return " ".join(phone), " ".join(email)


def when(value: object) -> tuple[date, str | None]:
    """The audience's day and hour from a date-time, a date, or text `15.01.2026 09:20`."""
    if isinstance(value, datetime):
        time = f"{value:%H:%M}"
        return value.date(), None if time == "00:00" else time
    if isinstance(value, date):
        return value, None
    text = cell_text(value).strip()
    match = _WHEN_RE.match(text)
    if not text or match is None:
        raise ValidationError("when", f"„{text}” nu este o dată; scrieți „zz.ll.aaaa oo:mm”.")
    day = parse_date(match["day"], field="when")
    if match["h"] is None:
        return day, None
    hours, minutes = int(match["h"]), int(match["m"])
    if hours > 23 or minutes > 59:
        raise ValidationError("when", f"Ora din „{text}” nu există.")
    return day, f"{hours:02d}:{minutes:02d}"


def answer(text: str) -> tuple[date | None, str]:
    """`15.01.2026, verbal` → (date, channel); a text without a leading date is the channel."""
    match = _ANSWER_RE.match(text)
    if match is None:
        return None, text.strip()
    return parse_date(match["day"], field="answer"), (match["rest"] or "").strip()


@dataclass(frozen=True)
class NotesParts:
    state: str | None  # None: the cell does not say (a register transcribed from paper)
    outcome: str | None
    walk_in: bool
    times_postponed: int
    notes: str
    annul_reason: str | None


def notes(text: str) -> NotesParts:
    """„Observații” taken apart: annulment, attendance, outcome, walk-in, the rest as written."""
    text = text.strip()
    annul_reason: str | None = None
    if text.startswith(ANNULLED_PREFIX):
        body = text[len(ANNULLED_PREFIX) :]
        annul_reason, text = body.rstrip("."), ""
        # „ANULAT – motiv. prezent; …”: the attendance part starts after the first „. ” that is
        # followed by an attendance word (the reason may contain full stops of its own).
        for match in _SENTENCE_END.finditer(body):
            head = body[match.end() :].split(";", 1)[0]
            if key(head) in _STATES:
                annul_reason, text = body[: match.start()], body[match.end() :]
                break
    parts = [p.strip() for p in text.split(";")] if text else []
    state = _STATES.get(key(parts[0])) if parts else None
    if state is None:
        # Not in the form this program writes (a paper register typed in): kept as written;
        # the row's date decides the attendance (see AudienceRowReader.parse_audience).
        moves = sum(1 for p in parts if key(p).startswith(key(MOVE_PREFIX)))
        return NotesParts(None, None, False, moves, text, annul_reason)
    position = 1
    outcome = _OUTCOMES.get(key(parts[1])) if len(parts) > 1 else None
    if outcome is not None:
        position += 1
    walk_in = len(parts) > position and key(parts[position]) == key(WALK_IN)
    if walk_in:
        position += 1
    # The rest is kept exactly as written (the separators of the clerk's own text included).
    rest_text = text
    for _ in range(position):
        _, _, rest_text = rest_text.partition(";")
    rest_text = rest_text.strip()
    moves = sum(1 for p in parts[position:] if key(p).startswith(key(MOVE_PREFIX)))
    return NotesParts(state, outcome, walk_in, moves, rest_text, annul_reason)


class AudienceRowReader(RowReader):
    def parse_audience(self) -> AudienceImportRow | None:
        errors_before = len(self.errors)
        number = self.attempt(COL_INDEX, lambda: _number(self.raw(COL_INDEX)), None)
        registered_on = self.day(COL_REGISTERED)
        if registered_on is None and not self.errors[errors_before:]:
            self.fail(COL_REGISTERED, "Completați data înscrierii.")
        self.not_future(COL_REGISTERED, registered_on)
        moment = self.attempt(COL_WHEN, lambda: when(self.raw(COL_WHEN)), None)
        name = self.text(COL_NAME, 300)
        if not name:
            self.fail(COL_NAME, "Completați numele solicitantului.")
        subject = self.text(COL_SUBJECT, 2000, multiline=True)
        if not subject:
            self.fail(COL_SUBJECT, "Completați problema prezentată.")
        phone, email = split_contact(self.text(COL_CONTACT, 300))
        answer_on, channel = self.attempt(
            COL_ANSWER, lambda: answer(self.text(COL_ANSWER, 300)), (None, "")
        )
        parts = self.attempt(
            COL_NOTES, lambda: notes(self.text(COL_NOTES, 4000, multiline=True)), None
        )
        term = self.day(COL_TERM)
        if moment is not None and registered_on is not None and moment[0] < registered_on:
            self.fail(COL_WHEN, "Audiența nu poate fi înaintea datei înscrierii.")
        department = self.text(COL_DEPARTMENT, 200)
        petition = self.text(COL_PETITION, 100)
        if parts is not None and parts.state != AudienceState.PRESENT and parts.outcome:
            self.fail(COL_NOTES, "Un rezultat al audienței cere prezența („prezent”).")
        if parts is not None and parts.outcome == AudienceOutcome.PETITION and not petition:
            self.fail(COL_PETITION, "Completați numărul petiției înregistrate.")
        if len(self.errors) > errors_before or number is None or registered_on is None:
            return None
        assert moment is not None and parts is not None
        state = parts.state
        if state is None:
            # A historic register lists the audiences held: a past one counts as held („prezent”),
            # one still to come as booked.
            held = self.today is None or moment[0] < self.today
            state = AudienceState.PRESENT if held else AudienceState.SCHEDULED
        return AudienceImportRow(
            row_number=self.number,
            number=number,
            registered_on=registered_on,
            audience_day=moment[0],
            slot_time=moment[1],
            official=self.text(COL_OFFICIAL, 300),
            name=name,
            address=self.text(COL_ADDRESS, 500),
            phone=phone,
            email=email,
            previous_number=self.text(COL_PREVIOUS, 100),
            subject=subject,
            domain=self.text(COL_DOMAIN, 200),
            participants=self.text(COL_PARTICIPANTS, 2000, multiline=True),
            resolution=self.text(COL_RESOLUTION, 4000, multiline=True),
            department=department,
            term=term,
            petition_reference=petition,
            answer_on=answer_on,
            answer_channel=channel,
            state=state,
            outcome=parts.outcome,
            walk_in=parts.walk_in,
            times_postponed=parts.times_postponed,
            notes=parts.notes,
            annul_reason=parts.annul_reason,
        )


def _number(value: object) -> int:
    text = cell_text(value).strip()
    if not re.fullmatch(r"\d{1,9}", text) or int(text) == 0:
        raise ValidationError("number", f"„{text}” nu este un număr de înscriere (1, 2, 3 …).")
    return int(text)


def read_audiences_file(
    path: str | os.PathLike[str], *, today: date | None = None
) -> ParsedAudiences:
    """Parse and check a register of audiences (`.xlsx` or `.csv`); row problems in `errors`."""
    name = Path(path).name
    sheet, header_row, positions = find_header(
        name,
        read_sheets(path),
        _HEADER_KEYS,
        COLUMNS,
        lambda p: len(p) >= MIN_HEADER_MATCHES,
        register="registrului de audiențe",
    )
    errors: list[RowError] = [
        RowError(header_row, label, "Lipsește această coloană obligatorie.")
        for label in REQUIRED
        if label not in positions
    ]
    warnings: list[RowWarning] = []
    missing = [lb for lb in COLUMNS if lb not in REQUIRED and lb not in positions]
    if missing:
        listed = ", ".join(f"„{label}”" for label in missing)
        warnings.append(
            RowWarning(header_row, "", f"Lipsesc coloanele {listed}; se consideră necompletate.")
        )
    rows: list[AudienceImportRow] = []
    if not errors:
        for number, values in sheet.rows:
            if number <= header_row:
                continue
            reader = AudienceRowReader(number, values, positions, today)
            row = reader.parse_audience()
            errors += reader.errors
            warnings += reader.warnings
            if row is not None:
                rows.append(row)
        seen: dict[tuple[int, int], int] = {}
        for row in rows:
            first = seen.setdefault((row.year, row.number), row.row_number)
            if first != row.row_number:
                errors.append(
                    RowError(
                        row.row_number,
                        COL_INDEX,
                        f"Numărul {row.number} din anul {row.year} apare de două ori în fișier "
                        f"(și pe rândul {first}).",
                    )
                )
    return ParsedAudiences(
        name, sheet.name, header_row, tuple(rows), tuple(errors), tuple(warnings)
    )
