"""What the audiences hand out on paper and in Excel: the sign-up slip, the day's list, the note
to a department, the public notice of the programme, the register (export, book, import) and
the statistics. Reads through `core.audiences` and the register module; saves nothing except the
book's print log and an import."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from cic_desktop.dto_audiences import AudienceDetails
from cic_desktop.errors import ValidationError
from cic_desktop.importing.audiences_import import AudiencesImportReport, import_audiences
from cic_desktop.registers.audiences_register import contact_text, when_text
from cic_desktop.render.pdf.audience_day_list import DayListLine, DayListSection, build_day_list_pdf
from cic_desktop.render.pdf.audience_note import AudienceNoteData, build_audience_note_pdf
from cic_desktop.render.pdf.audience_notice import NoticeData, build_public_notice_pdf
from cic_desktop.render.pdf.audience_slip import SlipData, build_signup_slip_pdf
from cic_desktop.render.pdf.audience_stats import write_audience_stats_pdf
from cic_desktop.render.xlsx.audience_stats import write_audience_stats_xlsx
from cic_desktop.render.xlsx.audiences_export import export_audiences_xlsx
from cic_desktop.reports.audience_stats import AudienceStats, build_audience_stats
from db.enums import AudienceOutcome, OfficialRole, RegisterCode

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

FORMATS = ("xlsx", "pdf")


def official_line(d: AudienceDetails) -> str:
    """„Ion Țurcanu, primar”."""
    return ", ".join(p for p in (d.official_name, d.official_role) if p)


def role_title(role: str) -> str:
    """„primar” → „Primar,” above a signature."""
    return f"{role[:1].upper()}{role[1:]}," if role else "Semnătura,"


def _format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ValidationError("format", f"Formatul „{fmt}” nu este cunoscut; alegeți xlsx sau pdf.")
    return fmt


class AudienceOutputs:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    # -- one sign-up ---------------------------------------------------------------------------

    def slip(self, entry_id: int) -> SlipData:
        d = self._core.audiences.details(entry_id)
        return SlipData(
            institution=self._core.settings.institution(),
            number_text=d.entry.number_text,
            registered_at=d.entry.created_at,
            official=official_line(d),
            audience_day=d.audience_day,
            slot_time=d.slot_time,
            walk_in=d.walk_in,
            place=d.place,
            name=d.entry.correspondent_name,
            address=d.address,
            subject=d.entry.subject,
            previous_number=d.previous_number,
            clerk=self._core.current_user_name,
        )

    def print_signup_slip(self, entry_id: int, path: str | Path) -> Path:
        return build_signup_slip_pdf(self.slip(entry_id), path)

    def note(self, entry_id: int) -> AudienceNoteData:
        d = self._core.audiences.details(entry_id)
        if d.outcome != AudienceOutcome.DEPARTMENT and not d.resolution:
            raise ValidationError(
                "entry",
                "Nota de audiență se tipărește după ce se consemnează rezoluția audienței "
                "(trimis la compartiment).",
            )
        return AudienceNoteData(
            institution=self._core.settings.institution(),
            number_text=d.entry.number_text,
            audience_day=d.audience_day,
            slot_time=d.slot_time,
            official=official_line(d),
            role_title=role_title(d.official_role),
            name=d.entry.correspondent_name,
            address=d.address,
            contact=contact_text(d.phone, d.email),
            subject=d.entry.subject,
            previous_number=d.previous_number,
            participants=d.participants,
            resolution=d.resolution,
            department=d.department_name,
            term=d.term,
            clerk=self._core.current_user_name,
            printed_on=self._core.clock.today(),
        )

    def print_audience_note(self, entry_id: int, path: str | Path) -> Path:
        return build_audience_note_pdf(self.note(entry_id), path)

    # -- the day and the programme -------------------------------------------------------------

    def day_sections(self, day: date, official_id: int | None = None) -> list[DayListSection]:
        """The day's sign-ups grouped by official, in the service's order (hour, walk-ins last)."""
        sections: dict[tuple[int | None, str], list[AudienceDetails]] = {}
        listed = self._core.audiences.day_list(day, official_id)
        for d in listed:
            sections.setdefault((d.official_id, d.official_name), []).append(d)
        out = []
        for items in sections.values():
            first = items[0]
            out.append(
                DayListSection(
                    official=official_line(first),
                    role_title=role_title(first.official_role),
                    place=next((d.place for d in items if d.place), ""),
                    lines=[_line(d) for d in items],
                )
            )
        return out

    def print_day_list(self, day: date, path: str | Path, official_id: int | None = None) -> Path:
        return build_day_list_pdf(
            self._core.settings.institution(), day, self.day_sections(day, official_id), path
        )

    def print_public_notice(self, path: str | Path) -> Path:
        today = self._core.clock.today()
        schedules = [
            s
            for s in self._core.audiences.schedules()
            if s.active and (s.valid_until is None or s.valid_until >= today)
        ]
        mayor = self._core.settings.official_for(OfficialRole.MAYOR, today)
        data = NoticeData(
            self._core.settings.institution(), schedules, mayor.name if mayor else "", today
        )
        return build_public_notice_pdf(data, path)

    # -- the register --------------------------------------------------------------------------

    def export_register(
        self, year: int, fmt: str, path: str | Path, *, full_year: bool = True
    ) -> Path:
        """`xlsx`: the year's register; `pdf`: the registry book (the whole year by default, or
        the leaves printed since the last print with `full_year=False`)."""
        if _format(fmt) == "xlsx":
            export_audiences_xlsx(self._core, year, path)
        else:
            self._core.books.print_book(RegisterCode.AUDIENCES, year, path, full_year=full_year)
        return Path(path)

    def import_register(self, path: str | Path) -> AudiencesImportReport:
        return import_audiences(self._core, path)

    # -- statistics ----------------------------------------------------------------------------

    def statistics_data(self, year: int, month: int | None = None) -> AudienceStats:
        return build_audience_stats(self._core, year, month)

    def statistics(self, year: int, fmt: str, path: str | Path, month: int | None = None) -> Path:
        stats = self.statistics_data(year, month)
        if _format(fmt) == "xlsx":
            write_audience_stats_xlsx(stats, path)
        else:
            write_audience_stats_pdf(stats, path, printed_on=self._core.clock.today())
        return Path(path)


def _line(d: AudienceDetails) -> DayListLine:
    notes = []
    if d.walk_in:
        notes.append("fără programare")
    if d.moves:
        last = d.moves[-1]
        notes.append(f"amânată de la {when_text(last.from_day, last.from_time)}")
    return DayListLine(
        time=d.slot_time or "—",
        number_text=d.entry.number_text,
        name=d.entry.correspondent_name,
        address=d.address,
        subject=d.entry.subject,
        previous_number=d.previous_number,
        note=", ".join(notes),
    )
