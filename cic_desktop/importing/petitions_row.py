"""One row of a petitions register file read into stored values, every problem collected.

The rules mirror the register's cells (`petitions_register`): what the export writes, this reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from cic_desktop.domain.dates_ro import count_ro
from cic_desktop.domain.text import clean_text
from cic_desktop.errors import ValidationError
from cic_desktop.importing import petitions_cells as cells
from cic_desktop.importing.issues import RowError, RowWarning
from cic_desktop.importing.matching import cell_date, cell_text, key
from cic_desktop.labels import PERSON_KIND, PETITION_CHANNEL, PETITION_KIND, PETITION_OUTCOME
from cic_desktop.registers.petitions_register import (
    COL_ADDRESS,
    COL_ANSWER,
    COL_CHANNEL,
    COL_DEADLINE,
    COL_DEPARTMENT,
    COL_DOMAIN,
    COL_EXTENSION,
    COL_KIND,
    COL_LINK,
    COL_NOTES,
    COL_NUMBER,
    COL_OUTCOME,
    COL_PETITIONER,
    COL_PETITIONER_KIND,
    COL_SENT,
    COL_SUBJECT,
)
from db.enums import PersonKind, PetitionState

MAX_SUBJECT = 2000
_T = TypeVar("_T")


@dataclass(frozen=True)
class ParsedRow:
    """One register line as stored values (codes, dates); `state` follows from the cells."""

    row_number: int
    number: int
    prefix: str
    registered_on: date
    petitioner: str
    petitioner_kind: str
    address: str
    email: str
    kind: str
    channel: str
    subject: str
    domain: str
    department: str
    deadline_in_file: date | None
    extension_until: date | None
    answer_number: str
    answered_on: date | None
    outcome: str | None
    sent_on: date | None
    joined_to: tuple[int, int] | None  # (year, number)
    joined_text: str
    filing_reason: str | None
    filing_note: str
    forwarded_to: str
    annul_reason: str | None
    notes: str
    state: str
    flagged_incomplete: bool

    @property
    def year(self) -> int:
        return self.registered_on.year

    @property
    def done_on(self) -> date | None:
        """When the case left the office: the dispatch date, else the answer date."""
        return self.sent_on or self.answered_on


class RowReader:
    """Reads one row, collecting every problem instead of stopping at the first."""

    def __init__(
        self,
        number: int,
        values: tuple[object, ...],
        positions: dict[str, int],
        today: date | None,
    ) -> None:
        self.number, self.values, self.positions, self.today = number, values, positions, today
        self.errors: list[RowError] = []
        self.warnings: list[RowWarning] = []

    def raw(self, label: str) -> object:
        index = self.positions.get(label)
        return self.values[index] if index is not None and index < len(self.values) else None

    def fail(self, label: str, message: str) -> None:
        self.errors.append(RowError(self.number, label, message))

    def attempt(self, label: str, parse: Callable[[], _T], default: _T) -> _T:
        try:
            return parse()
        except ValidationError as error:
            self.fail(label, error.message_ro)
            return default

    def text(self, label: str, max_length: int, *, multiline: bool = False) -> str:
        raw = cell_text(self.raw(label))
        if not multiline:
            raw = " ".join(raw.replace("\r", "\n").split("\n"))
        return self.attempt(
            label,
            lambda: clean_text(
                raw, field=label, label=label, max_length=max_length, multiline=multiline
            ),
            "",
        )

    def day(self, label: str) -> date | None:
        return self.attempt(label, lambda: cell_date(self.raw(label)), None)

    def not_future(self, label: str, day: date | None) -> None:
        if day is not None and self.today is not None and day > self.today:
            self.fail(label, f"Data {day:%d.%m.%Y} este în viitor.")

    def parse(self) -> ParsedRow | None:
        errors_before = len(self.errors)
        number_text = self.text(COL_NUMBER, 60)
        number = self.attempt(COL_NUMBER, lambda: cells.registration_number(number_text), None)
        petitioner = self.text(COL_PETITIONER, 300)
        kind_text = self.text(COL_PETITIONER_KIND, 100)
        person_kind = PersonKind.NATURAL.value
        if kind_text:
            person_kind = self.attempt(
                COL_PETITIONER_KIND,
                lambda: cells.choice(
                    kind_text, cells.PERSON_KINDS, "Tipul petiționarului", PERSON_KIND
                ),
                person_kind,
            )
        address, email = cells.split_address(self.text(COL_ADDRESS, 700))
        self._at_most(COL_ADDRESS, "Adresa", address, 500)
        self._at_most(COL_ADDRESS, "Adresa de e-mail", email, 200)
        kind = self._required_choice(COL_KIND, cells.KINDS, "Tipul petiției", PETITION_KIND)
        channel = self._required_choice(
            COL_CHANNEL, cells.CHANNELS, "Modalitatea de primire", PETITION_CHANNEL
        )
        subject = self.attempt(
            COL_SUBJECT,
            lambda: clean_text(
                cell_text(self.raw(COL_SUBJECT)),
                field="subject",
                label=COL_SUBJECT,
                max_length=MAX_SUBJECT,
                required=True,
                multiline=True,
            ),
            "",
        )
        domain = self.text(COL_DOMAIN, 200)
        department = self.text(COL_DEPARTMENT, 200)
        deadline = self._deadline_in_file()
        extension = self.attempt(
            COL_EXTENSION, lambda: cells.extension_until(self.raw(COL_EXTENSION)), None
        )
        answer_number = self.text(COL_ANSWER, 60)
        answered_on = None
        if answer_number:
            answered_on = self.attempt(COL_ANSWER, lambda: cells.answer_date(answer_number), None)
        outcome_text = self.text(COL_OUTCOME, 100)
        outcome = None
        if outcome_text:
            outcome = self.attempt(
                COL_OUTCOME,
                lambda: cells.choice(
                    outcome_text, cells.OUTCOMES, "Modul de soluționare", PETITION_OUTCOME
                ),
                None,
            )
        sent_on = self.day(COL_SENT)
        link_text = self.text(COL_LINK, 2000, multiline=True)
        link = self.attempt(COL_LINK, lambda: cells.link(link_text), None)
        notes_text = self.text(COL_NOTES, 2000, multiline=True)
        annul_reason, notes = self.attempt(
            COL_NOTES, lambda: cells.annulment(notes_text), (None, notes_text)
        )
        if annul_reason is None and key(notes).startswith("anulat"):
            self.warnings.append(
                RowWarning(
                    self.number,
                    COL_NOTES,
                    "Observația începe cu „anulat”, dar nu cu majuscule; petiția se importă "
                    "activă. Dacă înregistrarea este anulată, scrieți „ANULAT – motivul”.",
                )
            )
        if link is not None:
            self._at_most(COL_LINK, "Instituția", link.institution, 300)
        if annul_reason is not None:
            self._at_most(COL_NOTES, "Motivul anulării", annul_reason, 1000)
        if number is None or len(self.errors) > errors_before:
            return None
        registered_on = number.day
        assert registered_on is not None
        self.not_future(COL_NUMBER, registered_on)
        self.not_future(COL_ANSWER, answered_on)
        self.not_future(COL_SENT, sent_on)
        self._check_order(registered_on, answered_on, sent_on, outcome, link)
        state = _state(answered_on, sent_on, extension, department, link)
        joined = link.joined if link and link.joined else None
        row = ParsedRow(
            row_number=self.number,
            number=number.number,
            prefix=number.prefix,
            registered_on=registered_on,
            petitioner=petitioner,
            petitioner_kind=person_kind,
            address=address,
            email=email,
            kind=kind,
            channel=channel,
            subject=subject,
            domain=domain,
            department=department,
            deadline_in_file=deadline,
            extension_until=extension,
            answer_number=answer_number,
            answered_on=answered_on,
            outcome=outcome,
            sent_on=sent_on,
            joined_to=(joined.year or registered_on.year, joined.number) if joined else None,
            joined_text=link_text if joined else "",
            filing_reason=link.filing_reason if link else None,
            filing_note=link.filing_note if link else "",
            forwarded_to=link.institution if link else "",
            annul_reason=annul_reason,
            notes=notes,
            state=state,
            flagged_incomplete=False,
        )
        if len(self.errors) > errors_before:
            return None
        return _flag(row, missing_kind=not kind_text)

    def _at_most(self, label: str, what: str, text: str, limit: int) -> None:
        if len(text) > limit:
            count = count_ro(len(text), "caracter", "caractere")
            self.fail(label, f"{what} are {count}; sunt permise cel mult {limit}.")

    def _required_choice(self, label: str, table: dict[str, str], what: str, labels: dict) -> str:  # type: ignore[type-arg]
        text = self.text(label, 100)
        if not text:
            allowed = ", ".join(f"„{v}”" for v in labels.values())
            self.fail(label, f"Completați {what.lower()}: {allowed}.")
            return ""
        return self.attempt(label, lambda: cells.choice(text, table, what, labels), "")

    def _deadline_in_file(self) -> date | None:
        """Recomputed on import anyway: a value that is not a date is only a warning."""
        try:
            return cell_date(self.raw(COL_DEADLINE))
        except ValidationError as error:
            self.warnings.append(
                RowWarning(
                    self.number, COL_DEADLINE, f"{error.message_ro} Termenul se recalculează."
                )
            )
            return None

    def _check_order(
        self,
        registered_on: date,
        answered_on: date | None,
        sent_on: date | None,
        outcome: str | None,
        link: cells.Link | None,
    ) -> None:
        if answered_on is not None and outcome is None:
            self.fail(
                COL_OUTCOME, "Completați modul de soluționare: favorabil, nefavorabil sau parțial."
            )
        if outcome is not None and answered_on is None:
            self.fail(
                COL_ANSWER, "Completați numărul și data răspunsului (de exemplu 45/15.02.2025)."
            )
        if answered_on is not None and answered_on < registered_on:
            self.fail(COL_ANSWER, "Data răspunsului este înainte de data înregistrării.")
        if answered_on is not None and link is not None:
            self.fail(
                COL_LINK,
                "O petiție conexată, clasată sau redirecționată nu are răspuns propriu; "
                "păstrați doar una dintre ele.",
            )
        if sent_on is not None:
            if sent_on < (answered_on or registered_on):
                what = "răspunsului" if answered_on else "înregistrării"
                self.fail(COL_SENT, f"Data expedierii este înainte de data {what}.")
            if answered_on is None and (link is None or link.kind == "joined"):
                self.fail(
                    COL_SENT,
                    "Data expedierii se completează doar pentru petițiile soluționate, "
                    "redirecționate sau clasate.",
                )


def _state(
    answered_on: date | None,
    sent_on: date | None,
    extension: date | None,
    department: str,
    link: cells.Link | None,
) -> str:
    if link is not None:
        return {
            "joined": PetitionState.JOINED,
            "filed": PetitionState.FILED,
            "forwarded": PetitionState.FORWARDED,
        }[link.kind].value
    if answered_on is not None:
        return (PetitionState.SENT if sent_on else PetitionState.ANSWERED).value
    if extension is not None:
        return PetitionState.EXTENDED.value
    return (PetitionState.ASSIGNED if department else PetitionState.REGISTERED).value


def _flag(row: ParsedRow, *, missing_kind: bool) -> ParsedRow:
    """Details today's form asks for but an old register lacks: imported as recorded, flagged."""
    if row.annul_reason is not None:
        return row
    needs_department = row.state not in {
        PetitionState.JOINED,
        PetitionState.FILED,
        PetitionState.FORWARDED,
    }
    incomplete = (
        missing_kind
        or not row.domain
        or (needs_department and not row.department)
        or (bool(row.petitioner) and not (row.address or row.email))
    )
    return replace(row, flagged_incomplete=incomplete)
