"""Reading a 544 register file (the export's layout) into validated rows, without the database.

Sheet „Registrul 544 …”: one written request per row (SPEC §1.9 columns); rows whose channel is
`verbal` go to the verbal log, unnumbered. Sheet „Solicitări verbale” (optional): the verbal log.
Every problem is listed with its row number; nothing stops at the first error.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from cic_desktop.domain.dates_ro import count_ro
from cic_desktop.domain.numbering import parse_registry_number
from cic_desktop.domain.text import clean_text
from cic_desktop.errors import ValidationError
from cic_desktop.importing import petitions_cells as pcells
from cic_desktop.importing import public_info_cells as cells
from cic_desktop.importing.header import find_header, scan_for_header
from cic_desktop.importing.issues import RowError, RowWarning, rows_text
from cic_desktop.importing.matching import cell_date, cell_text, date_in_text, key
from cic_desktop.importing.petitions_row import RowReader
from cic_desktop.importing.sources import Sheet, read_sheets
from cic_desktop.registers.public_info_register import (
    COL_ADDRESS,
    COL_ANSWER,
    COL_CHANNEL,
    COL_COPIES,
    COL_DEADLINE,
    COL_DELIVERY,
    COL_DEPARTMENT,
    COL_DOMAIN,
    COL_INDEX,
    COL_INFORMATION,
    COL_NOTES,
    COL_NOTICE,
    COL_NUMBER,
    COL_OUTCOME,
    COL_RECEIVED,
    COL_REMEDIES,
    COL_REQUESTER,
    COL_REQUESTER_KIND,
    COLUMNS,
    VERBAL_COLUMNS,
)
from cic_desktop.registers.public_info_register import REQUESTER_KIND as KIND_LABELS
from db.enums import InfoChannel, PersonKind, RefusalReason, VerbalOutcome

REQUIRED = (COL_NUMBER, COL_REQUESTER_KIND, COL_CHANNEL, COL_INFORMATION)
MAX_INFORMATION = 2000
MIN_HEADER_MATCHES = 3
_HEADER_KEYS = {key(label): label for label in COLUMNS}
V_INDEX, V_DATE, V_KIND, V_DOMAIN, V_OUTCOME, V_NAME, V_NOTE = VERBAL_COLUMNS
_VERBAL_KEYS = {key(label): label for label in VERBAL_COLUMNS}
_VERBAL_REQUIRED = (V_DATE, V_KIND, V_DOMAIN, V_OUTCOME)
_WRITTEN_MARK = "înregistrată cu nr."


@dataclass(frozen=True)
class InfoRow:
    """One written request as stored values; `kind` is the outcome ("" while open)."""

    row_number: int
    number: int
    prefix: str
    registered_on: date
    received_on: date
    requester: str
    requester_kind: str
    address: str
    email: str
    delivery_address: str
    channel: str
    information: str
    domain: str
    domain_other: str
    department: str
    deadline_in_file: date | None
    notice_on: date | None
    notice_late_mark: bool
    answer_number: str
    answered_on: date | None
    kind: str
    refusal_reason: str | None
    exempt_letter: str | None
    refusal_text: str
    redirected_to: str
    redirected_on: date | None
    withheld_items: str
    delivery_mode: str | None
    copies_pages: int
    amount_due: Decimal
    amount_collected: Decimal
    remedies: str
    annul_reason: str | None
    notes: str
    flagged_incomplete: bool = False

    @property
    def year(self) -> int:
        return self.registered_on.year


@dataclass(frozen=True)
class VerbalRow:
    """A verbal request for the log: from the verbal sheet or a `verbal` row of the register."""

    sheet: str
    row_number: int
    asked_on: date
    requester_kind: str
    domain: str
    outcome: str
    name: str
    note: str
    written_ref: tuple[int, int] | None = None  # (year, number) of the written request it became


@dataclass(frozen=True)
class ParsedPublicInfo:
    file_name: str
    sheet: str
    header_row: int
    rows: tuple[InfoRow, ...]
    verbal: tuple[VerbalRow, ...]
    skipped: int = 0
    errors: tuple[RowError, ...] = ()
    warnings: tuple[RowWarning, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors


class InfoRowReader(RowReader):
    """Reads one register row, collecting every problem instead of stopping at the first."""

    def kind_of_requester(self, label: str) -> tuple[str, bool]:
        text = self.text(label, 100)
        if not text:
            return PersonKind.NATURAL.value, False
        code = self.attempt(
            label,
            lambda: cells.choice(text, cells.REQUESTER_KINDS, "Tipul solicitantului", KIND_LABELS),
            PersonKind.NATURAL.value,
        )
        return code, True

    def parse_info(self, sheet: str) -> InfoRow | VerbalRow | None:
        errors_before = len(self.errors)
        channel_text = self.text(COL_CHANNEL, 100)
        if not channel_text:
            self.fail(COL_CHANNEL, "Completați modalitatea de adresare.")
            channel = ""
        else:
            channel = self.attempt(
                COL_CHANNEL,
                lambda: cells.choice(
                    channel_text, cells.CHANNELS, "Modalitatea de adresare", cells.INFO_CHANNEL
                ),
                "",
            )
        if channel == InfoChannel.VERBAL:
            return self._verbal(sheet)
        number_text = self.text(COL_NUMBER, 60)
        number = self.attempt(COL_NUMBER, lambda: pcells.registration_number(number_text), None)
        received = self.day(COL_RECEIVED)
        requester = self.text(COL_REQUESTER, 300)
        requester_kind, kind_given = self.kind_of_requester(COL_REQUESTER_KIND)
        if not kind_given:
            self.fail(
                COL_REQUESTER_KIND, "Completați tipul solicitantului: persoană fizică sau juridică."
            )
        delivery_address = self.text(COL_ADDRESS, 500)
        address, email = pcells.split_address(delivery_address)
        information = self.attempt(
            COL_INFORMATION,
            lambda: clean_text(
                cell_text(self.raw(COL_INFORMATION)),
                field="information",
                label=COL_INFORMATION,
                max_length=MAX_INFORMATION,
                required=True,
                multiline=True,
            ),
            "",
        )
        domain_text = self.text(COL_DOMAIN, 300)
        domain, domain_other, known_domain = cells.domain(domain_text)
        if domain_text and not known_domain:
            self.warnings.append(
                RowWarning(
                    self.number,
                    COL_DOMAIN,
                    f"Domeniul „{domain_text}” nu este unul dintre cele 6 ale raportului anual; "
                    "se importă la „Altele”.",
                )
            )
        department = self.text(COL_DEPARTMENT, 200)
        deadline = self._deadline_in_file()
        notice_text = self.text(COL_NOTICE, 100)
        notice_on = None
        if notice_text:
            notice_on = self.attempt(COL_NOTICE, lambda: pcells.answer_date(notice_text), None)
        answer_number = self.text(COL_ANSWER, 60)
        answered_on = None
        if answer_number:
            answered_on = self.attempt(COL_ANSWER, lambda: pcells.answer_date(answer_number), None)
        outcome_text = self.text(COL_OUTCOME, 400)
        kind, reason, institution = "", None, ""
        if outcome_text:
            kind, reason, institution = self.attempt(
                COL_OUTCOME, lambda: cells.outcome(outcome_text), ("", None, "")
            )
        delivery_text = self.text(COL_DELIVERY, 100)
        delivery_mode = None
        if delivery_text:
            delivery_mode = self.attempt(
                COL_DELIVERY,
                lambda: cells.choice(
                    delivery_text,
                    cells.DELIVERY_MODES,
                    "Modul de comunicare a răspunsului",
                    cells.DELIVERY_MODE,
                ),
                None,
            )
        copies_text = self.text(COL_COPIES, 100)
        pages, due, paid = self.attempt(
            COL_COPIES, lambda: cells.copies(copies_text), (0, Decimal("0"), Decimal("0"))
        )
        remedies = self.text(COL_REMEDIES, 2000, multiline=True)
        notes_text = self.text(COL_NOTES, 2000, multiline=True)
        annul_reason, notes = self.attempt(
            COL_NOTES, lambda: pcells.annulment(notes_text), (None, notes_text)
        )
        if number is None or len(self.errors) > errors_before:
            return None
        registered_on = number.day
        assert registered_on is not None
        received_on = received or registered_on
        self.not_future(COL_NUMBER, registered_on)
        self.not_future(COL_ANSWER, answered_on)
        self.not_future(COL_NOTICE, notice_on)
        if received_on > registered_on:
            self.fail(COL_RECEIVED, "Data primirii este după data înregistrării.")
        if answered_on is not None and answered_on < registered_on:
            self.fail(COL_ANSWER, "Data răspunsului este înainte de data înregistrării.")
        if notice_on is not None and notice_on < registered_on:
            self.fail(COL_NOTICE, "Data notificării este înainte de data înregistrării.")
        if kind in {"favorable", "partial", "refused"} and answered_on is None:
            self.fail(
                COL_ANSWER, "Completați numărul și data răspunsului (de exemplu 45/15.02.2025)."
            )
        if answered_on is not None and not kind:
            self.fail(
                COL_OUTCOME,
                "Completați modul de soluționare: favorabil, redirecționat sau respins.",
            )
        parts = cells.notes_parts(notes, kind, reason)
        redirected_on = None
        if kind == "redirected":
            redirected_on = (
                date_in_text(parts.redirected_on_text) if parts.redirected_on_text else None
            )
            redirected_on = redirected_on or answered_on
            institution = institution or parts.redirected_to
            answered_on = None
            if len(institution) > 300:
                self.fail(
                    COL_OUTCOME,
                    f"Instituția către care s-a redirecționat are {len(institution)} de caractere; "
                    "sunt permise cel mult 300.",
                )
            own = parse_registry_number(answer_number) if answer_number else None
            if own is not None and own.number == number.number:
                answer_number = ""  # the export shows the request's own number and date
        if len(self.errors) > errors_before:
            return None
        row = InfoRow(
            row_number=self.number,
            number=number.number,
            prefix=number.prefix,
            registered_on=registered_on,
            received_on=received_on,
            requester=requester,
            requester_kind=requester_kind,
            address=address,
            email=email,
            delivery_address=delivery_address,
            channel=channel,
            information=information,
            domain=domain,
            domain_other=domain_other,
            department=department,
            deadline_in_file=deadline,
            notice_on=notice_on,
            notice_late_mark=key(cells.LATE_MARK) in key(notice_text),
            answer_number=answer_number,
            answered_on=answered_on,
            kind=kind,
            refusal_reason=reason,
            exempt_letter=parts.exempt_letter,
            refusal_text=parts.rest if kind == "refused" else "",
            redirected_to=institution,
            redirected_on=redirected_on,
            withheld_items=parts.withheld_items,
            delivery_mode=delivery_mode,
            copies_pages=pages,
            amount_due=due,
            amount_collected=paid,
            remedies=remedies,
            annul_reason=annul_reason,
            notes=parts.rest if kind != "refused" else "",
        )
        return _flag(row, has_requester=bool(requester))

    def _deadline_in_file(self) -> date | None:
        try:
            return cell_date(self.raw(COL_DEADLINE))
        except ValidationError as error:
            self.warnings.append(
                RowWarning(
                    self.number, COL_DEADLINE, f"{error.message_ro} Termenul se recalculează."
                )
            )
            return None

    def _verbal(self, sheet: str) -> VerbalRow | None:
        """A `verbal` row of an older register: logged without a number (date from either column)."""
        errors_before = len(self.errors)
        number_text = self.text(COL_NUMBER, 60)
        parsed = parse_registry_number(number_text) if number_text else None
        asked_on = self.day(COL_RECEIVED) or (parsed.day if parsed else None)
        if asked_on is None and number_text:
            asked_on = date_in_text(number_text)
        if asked_on is None and len(self.errors) == errors_before:
            self.fail(COL_NUMBER, "Completați data solicitării verbale (de exemplu 15.01.2026).")
        requester_kind, _ = self.kind_of_requester(COL_REQUESTER_KIND)
        name = self.text(COL_REQUESTER, 300)
        information = self.text(COL_INFORMATION, MAX_INFORMATION, multiline=True)
        domain_text = self.text(COL_DOMAIN, 300)
        domain, other, _ = cells.domain(domain_text)
        outcome_text = self.text(COL_OUTCOME, 400)
        notes = self.text(COL_NOTES, 2000, multiline=True)
        if asked_on is None or len(self.errors) > errors_before:
            return None
        self.not_future(COL_NUMBER, asked_on)
        if len(self.errors) > errors_before:
            return None
        outcome = VerbalOutcome.ANSWERED_ON_SPOT.value
        if "indrumat" in key(outcome_text) or "scris" in key(outcome_text):
            outcome = VerbalOutcome.SENT_TO_WRITTEN.value
        note_parts = [information]
        if other:
            note_parts.append(f"domeniul: {other}")
        if number_text:
            note_parts.append(f"nr. {number_text} în registrul vechi")
        if outcome_text:
            note_parts.append(f"rezolvare: {outcome_text}")
        if notes:
            note_parts.append(notes)
        note = "; ".join(p for p in note_parts if p)
        return VerbalRow(sheet, self.number, asked_on, requester_kind, domain, outcome, name, note)

    def parse_verbal_sheet(self, sheet: str) -> VerbalRow | None:
        errors_before = len(self.errors)
        asked_on = self.day(V_DATE)
        if asked_on is None and len(self.errors) == errors_before:
            self.fail(V_DATE, "Completați data solicitării verbale.")
        kind_text = self.text(V_KIND, 100)
        requester_kind = PersonKind.NATURAL.value
        if kind_text:
            requester_kind = self.attempt(
                V_KIND,
                lambda: cells.choice(
                    kind_text, cells.REQUESTER_KINDS, "Tipul solicitantului", KIND_LABELS
                ),
                requester_kind,
            )
        domain_text = self.text(V_DOMAIN, 300)
        domain, other, _ = cells.domain(domain_text)
        outcome_text = self.text(V_OUTCOME, 300)
        head, _, tail = outcome_text.partition("(")
        outcome = VerbalOutcome.ANSWERED_ON_SPOT.value
        if head.strip():
            outcome = self.attempt(
                V_OUTCOME,
                lambda: cells.choice(
                    head.strip(), cells.VERBAL_OUTCOMES, "Rezolvarea", cells.VERBAL_OUTCOME
                ),
                outcome,
            )
        written_ref = None
        if key(_WRITTEN_MARK) in key(tail):
            ref = parse_registry_number(tail.split("nr.", 1)[-1].strip().rstrip(")").strip())
            if ref is not None and ref.day is not None:
                written_ref = (ref.day.year, ref.number)
        name = self.text(V_NAME, 300)
        note = self.text(V_NOTE, 1000, multiline=True)
        if other:
            note = "; ".join(p for p in (f"domeniul: {other}", note) if p)
        if asked_on is None or len(self.errors) > errors_before:
            return None
        self.not_future(V_DATE, asked_on)
        if len(self.errors) > errors_before:
            return None
        return VerbalRow(
            sheet, self.number, asked_on, requester_kind, domain, outcome, name, note, written_ref
        )


def _flag(row: InfoRow, *, has_requester: bool) -> InfoRow:
    """Details today's forms ask for but an old register lacks: imported as recorded, flagged."""
    if row.annul_reason is not None:
        return row
    incomplete = (
        not has_requester
        or not row.delivery_address
        or (row.domain == "other" and not row.domain_other)
        or (row.kind not in {"redirected"} and not row.department)
        or (
            row.kind == "refused"
            and row.refusal_reason == RefusalReason.EXEMPT
            and not row.exempt_letter
        )
        or (
            row.kind == "refused"
            and row.refusal_reason == RefusalReason.OTHER
            and not row.refusal_text
        )
        or (row.kind == "redirected" and (not row.redirected_to or row.redirected_on is None))
        or (row.kind in {"favorable", "partial"} and not row.delivery_mode)
    )
    return replace(row, flagged_incomplete=incomplete)


def read_public_info_file(
    path: str | os.PathLike[str], *, today: date | None = None
) -> ParsedPublicInfo:
    """Parse and check a 544 register file (`.xlsx` or `.csv`). Row problems are returned in
    `errors`; an unreadable file (format, encoding, no header row) raises ImportRejectedError."""
    name = Path(path).name
    sheets = read_sheets(path)
    sheet, header_row, positions = find_header(
        name, sheets, _HEADER_KEYS, COLUMNS, _own_register_header
    )
    errors: list[RowError] = []
    warnings: list[RowWarning] = []
    for label in REQUIRED:
        if label not in positions:
            errors.append(RowError(header_row, label, "Lipsește această coloană obligatorie."))
    optional = [label for label in COLUMNS if label not in REQUIRED and label != COL_INDEX]
    missing = [label for label in optional if label not in positions]
    if missing:
        listed = ", ".join(f"„{label}”" for label in missing)
        warnings.append(
            RowWarning(header_row, "", f"Lipsesc coloanele {listed}; se consideră necompletate.")
        )
    rows: list[InfoRow] = []
    verbal: list[VerbalRow] = []
    skipped = 0
    if not errors:
        for number, values in sheet.rows:
            if number <= header_row or _blank(values, positions.get(COL_INDEX)):
                continue
            reader = InfoRowReader(number, values, positions, today)
            row = reader.parse_info(sheet.name)
            errors += reader.errors
            warnings += reader.warnings
            if isinstance(row, VerbalRow):
                verbal.append(row)
            elif row is not None and row.kind == "reclassified":
                skipped += 1
                warnings.append(
                    RowWarning(
                        number,
                        COL_OUTCOME,
                        f"Solicitarea nr. {row.number}/{row.year} a fost reîncadrată ca petiție; "
                        "nu se importă aici (se importă cu registrul de petiții).",
                    )
                )
            elif row is not None:
                rows.append(row)
        errors += _duplicates(rows)
        warnings += _incomplete_summary(rows)
        verbal += _verbal_sheet(name, sheets, sheet, today, errors, warnings)
    return ParsedPublicInfo(
        name,
        sheet.name,
        header_row,
        tuple(rows),
        tuple(verbal),
        skipped,
        tuple(errors),
        tuple(warnings),
    )


def _verbal_sheet(
    name: str,
    sheets: Sequence[Sheet],
    register: Sheet,
    today: date | None,
    errors: list[RowError],
    warnings: list[RowWarning],
) -> list[VerbalRow]:
    others = [s for s in sheets if s is not register]
    if not others:
        return []
    found = scan_for_header(name, others, _VERBAL_KEYS, lambda p: len(p) >= MIN_HEADER_MATCHES)
    if found is None:
        return []
    sheet, header_row, positions = found
    for label in _VERBAL_REQUIRED:
        if label not in positions:
            errors.append(
                RowError(
                    header_row,
                    label,
                    f"Foaia „{sheet.name}”: lipsește această coloană obligatorie.",
                )
            )
            return []
    out = []
    for number, values in sheet.rows:
        if number <= header_row or _blank(values, positions.get(V_INDEX)):
            continue
        reader = InfoRowReader(number, values, positions, today)
        row = reader.parse_verbal_sheet(sheet.name)
        errors += [_on_sheet(e, sheet.name) for e in reader.errors]
        warnings += reader.warnings
        if row is not None:
            out.append(row)
    return out


def _on_sheet(error: RowError, sheet: str) -> RowError:
    return RowError(error.row_number, error.column, f"(foaia „{sheet}”) {error.message_ro}")


def _blank(values: tuple[object, ...], index_column: int | None) -> bool:
    """A pre-numbered empty line of a paper-like register: only `Nr. crt.` is filled in."""
    return all(cell_text(v).strip() == "" for i, v in enumerate(values) if i != index_column)


def _own_register_header(positions: dict[str, int]) -> bool:
    # The verbal sheet shares „Nr. crt.”, „Tip solicitant”, „Domeniul de interes”: a register
    # header must name its own columns too.
    return len(positions) >= MIN_HEADER_MATCHES and (
        COL_INFORMATION in positions or COL_NUMBER in positions
    )


def _duplicates(rows: Sequence[InfoRow]) -> list[RowError]:
    seen: dict[tuple[int, int], int] = {}
    errors = []
    for row in rows:
        first = seen.setdefault((row.year, row.number), row.row_number)
        if first != row.row_number:
            errors.append(
                RowError(
                    row.row_number,
                    COL_NUMBER,
                    f"Numărul {row.number} din anul {row.year} apare de două ori în fișier "
                    f"(și pe rândul {first}).",
                )
            )
    return errors


def _incomplete_summary(rows: Sequence[InfoRow]) -> list[RowWarning]:
    flagged = [row.row_number for row in rows if row.flagged_incomplete]
    if not flagged:
        return []
    one = len(flagged) == 1
    subject = (
        "O solicitare nu are"
        if one
        else f"{count_ro(len(flagged), 'solicitare', 'solicitări')} nu au"
    )
    verb = "se importă așa cum este" if one else "se importă așa cum sunt"
    return [
        RowWarning(
            None,
            "",
            f"{subject} toate datele cerute azi (solicitant, adresă, domeniu, compartiment, "
            f"litera de la art. 12 a refuzului, instituția redirecționării sau modul de "
            f"comunicare) – {rows_text(flagged)}; {verb} și se marchează pentru completare.",
        )
    ]
