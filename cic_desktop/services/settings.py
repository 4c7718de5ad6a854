"""Institution settings: the commune, officials, departments, CIC staff and extra days off."""

from __future__ import annotations

import re
from dataclasses import asdict, replace
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.numbering import is_valid_prefix
from cic_desktop.domain.text import clean_email, clean_text
from cic_desktop.dto import DayOffData, DepartmentData, InstitutionData, OfficialData, StaffData
from cic_desktop.errors import NotFoundError, ValidationError
from cic_desktop.services.audit import record
from cic_desktop.services.deadline_moves import MovedDeadline, moved_deadlines
from db.enums import AuditAction, OfficialRole
from db.models import Department, ExtraDayOff, Institution, Official, Staff

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

_T = TypeVar("_T")
_CIF_RE = re.compile(r"^(RO)?\d{2,10}$")
MAX_LEAD_DAYS = 10


def _clean_institution(data: InstitutionData) -> InstitutionData:
    def t(field: str, label: str, max_length: int = 200, **kw: bool) -> str:
        return clean_text(
            getattr(data, field), field=field, label=label, max_length=max_length, **kw
        )

    cif = t("cif", "CIF", 20).replace(" ", "").upper()
    if cif and not _CIF_RE.match(cif):
        raise ValidationError(
            "cif", "CIF-ul trebuie să conțină între 2 și 10 cifre (opțional precedate de RO)."
        )
    prefix = t("number_prefix", "Cod în numărul de înregistrare", 10)
    if not is_valid_prefix(prefix):
        raise ValidationError(
            "number_prefix",
            "Codul din numărul de înregistrare poate conține doar litere fără diacritice, cifre și "
            "cratimă (cel mult 10), de exemplu CIC.",
        )
    if not 0 <= data.reminder_lead_days <= MAX_LEAD_DAYS:
        raise ValidationError(
            "reminder_lead_days",
            f"Avertizarea înainte de termen trebuie să fie între 0 și {MAX_LEAD_DAYS} zile lucrătoare.",
        )
    if data.logo is not None and len(data.logo) > 2_000_000:
        raise ValidationError("logo", "Sigla este prea mare (cel mult 2 MB).")
    return replace(
        data,
        commune=t("commune", "Comuna", required=True),
        county=t("county", "Județul", 100, required=True),
        address=t("address", "Adresa", 500),
        cif=cif,
        phone=t("phone", "Telefon", 100),
        email=clean_email(data.email, field="email"),
        website=t("website", "Pagina de internet"),
        public_hours=t("public_hours", "Program cu publicul", 1000, multiline=True),
        responsible_544=t("responsible_544", "Responsabil Legea nr. 544/2001"),
        responsible_52=t(
            "responsible_52", "Responsabil relația cu societatea civilă (Legea nr. 52/2003)"
        ),
        dpo_contact=t("dpo_contact", "Responsabil cu protecția datelor (contact)", 500),
        number_prefix=prefix,
    )


def _institution_data(row: Institution | None) -> InstitutionData:
    if row is None:
        return InstitutionData()
    fields = InstitutionData.__dataclass_fields__
    return InstitutionData(**{name: getattr(row, name) for name in fields})


class SettingsService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    # -- institution ---------------------------------------------------------------------------

    def institution(self) -> InstitutionData:
        with self._core.read() as session:
            return _institution_data(session.get(Institution, 1))

    def is_configured(self) -> bool:
        """First run is over once the commune is named and at least one CIC clerk exists."""
        with self._core.read() as session:
            row = session.get(Institution, 1)
            staff = session.scalar(select(func.count()).select_from(Staff).where(Staff.active))
        return bool(row and row.commune and staff)

    def save_institution(self, data: InstitutionData) -> InstitutionData:
        clean = _clean_institution(data)
        with self._core.write() as session:
            self._write_institution(session, clean)
        return clean

    def _write_institution(self, session: Session, clean: InstitutionData) -> None:
        row = session.get(Institution, 1)
        before = _institution_data(row) if row else None
        if row is None:
            row = Institution(id=1)
            session.add(row)
        for name, value in asdict(clean).items():
            setattr(row, name, value)
        row.updated_at = self._core.clock.now()
        row.updated_by_id = self._core.current_user_id
        session.flush()
        record(
            session,
            self._core,
            action=AuditAction.SETTINGS,
            entity="institution",
            entity_id=1,
            summary="Datele instituției au fost modificate.",
            before=before,
            after=clean,
        )

    def complete_first_run(
        self,
        institution: InstitutionData,
        staff_names: list[str],
        officials: list[OfficialData],
    ) -> None:
        """The setup dialog's essentials, saved all together or not at all."""
        clean = _clean_institution(institution)
        names = [clean_text(n, field="staff", label="Nume", max_length=200) for n in staff_names]
        names = [n for n in names if n]
        if not names:
            raise ValidationError("staff", "Adăugați cel puțin o persoană care lucrează în CIC.")
        if len({n.casefold() for n in names}) != len(names):
            raise ValidationError(
                "staff", "Același nume apare de două ori în lista personalului CIC."
            )
        cleaned_officials = [self._clean_official(o) for o in officials if o.name.strip()]
        with self._core.write() as session:
            self._write_institution(session, clean)
            for name in names:
                self._write_staff(session, StaffData(name=name))
            for official in cleaned_officials:
                self._write_official(session, official)

    # -- officials -----------------------------------------------------------------------------

    def officials(self, *, include_inactive: bool = False) -> list[OfficialData]:
        with self._core.read() as session:
            stmt = select(Official).order_by(Official.active.desc(), Official.name)
            if not include_inactive:
                stmt = stmt.where(Official.active)
            rows = [self._official_data(o) for o in session.execute(stmt).scalars()]
        # Mayor, deputy mayor, secretary, others: the order of the town hall's letterhead.
        rank = {role.value: i for i, role in enumerate(OfficialRole)}
        return sorted(rows, key=lambda o: (not o.active, rank.get(o.role, len(rank))))

    def official_for(self, role: str, on: date | None = None) -> OfficialData | None:
        """The active official holding `role` on a day (term of office respected when known)."""
        on = on or self._core.clock.today()
        for official in self.officials():
            if official.role != role:
                continue
            if official.term_start and on < official.term_start:
                continue
            if official.term_end and on > official.term_end:
                continue
            return official
        return None

    @staticmethod
    def _official_data(o: Official) -> OfficialData:
        return OfficialData(o.role, o.name, o.title, o.term_start, o.term_end, o.active, o.id)

    @staticmethod
    def _clean_official(data: OfficialData) -> OfficialData:
        if data.role not in {r.value for r in OfficialRole}:
            raise ValidationError("role", "Alegeți funcția (primar, viceprimar, secretar general).")
        name = clean_text(
            data.name, field="name", label="Nume și prenume", max_length=200, required=True
        )
        title = clean_text(data.title, field="title", label="Titlul funcției", max_length=200)
        if data.term_start and data.term_end and data.term_end < data.term_start:
            raise ValidationError(
                "term_end", "Sfârșitul mandatului nu poate fi înainte de început."
            )
        return replace(data, name=name, title=title)

    def save_official(self, data: OfficialData) -> OfficialData:
        clean = self._clean_official(data)
        with self._core.write() as session:
            return self._write_official(session, clean)

    def _write_official(self, session: Session, clean: OfficialData) -> OfficialData:
        row = self._get(session, Official, clean.id) if clean.id else Official()
        before = self._official_data(row) if clean.id else None
        row.role, row.name, row.title = clean.role, clean.name, clean.title
        row.term_start, row.term_end, row.active = clean.term_start, clean.term_end, clean.active
        session.add(row)
        session.flush()
        after = self._official_data(row)
        record(
            session,
            self._core,
            action=AuditAction.SETTINGS,
            entity="official",
            entity_id=row.id,
            summary=f"Oficial: {row.name}",
            before=before,
            after=after,
        )
        return after

    # -- departments ---------------------------------------------------------------------------

    def departments(self, *, include_inactive: bool = False) -> list[DepartmentData]:
        with self._core.read() as session:
            stmt = select(Department).order_by(Department.name)
            if not include_inactive:
                stmt = stmt.where(Department.active)
            return [
                DepartmentData(d.name, d.head_name, d.active, d.id)
                for d in session.execute(stmt).scalars()
            ]

    def save_department(self, data: DepartmentData) -> DepartmentData:
        name = clean_text(
            data.name,
            field="name",
            label="Denumirea compartimentului",
            max_length=200,
            required=True,
        )
        head = clean_text(
            data.head_name, field="head_name", label="Șeful compartimentului", max_length=200
        )
        with self._core.write() as session:
            clash = session.scalar(
                select(Department.id).where(func.lower(Department.name) == name.lower())
            )
            if clash is not None and clash != data.id:
                raise ValidationError("name", f"Compartimentul „{name}” există deja.")
            row = self._get(session, Department, data.id) if data.id else Department()
            before = (
                DepartmentData(row.name, row.head_name, row.active, row.id) if data.id else None
            )
            row.name, row.head_name, row.active = name, head, data.active
            session.add(row)
            session.flush()
            after = DepartmentData(row.name, row.head_name, row.active, row.id)
            record(
                session,
                self._core,
                action=AuditAction.SETTINGS,
                entity="department",
                entity_id=row.id,
                summary=f"Compartiment: {name}",
                before=before,
                after=after,
            )
            return after

    # -- staff ---------------------------------------------------------------------------------

    def staff(self, *, include_inactive: bool = False) -> list[StaffData]:
        with self._core.read() as session:
            stmt = select(Staff).order_by(Staff.name)
            if not include_inactive:
                stmt = stmt.where(Staff.active)
            return [
                StaffData(s.name, s.job_title, s.active, s.id)
                for s in session.execute(stmt).scalars()
            ]

    def staff_name(self, staff_id: int) -> str:
        with self._core.read() as session:
            return self._get(session, Staff, staff_id).name

    def save_staff(self, data: StaffData) -> StaffData:
        with self._core.write() as session:
            return self._write_staff(session, data)

    def _write_staff(self, session: Session, data: StaffData) -> StaffData:
        name = clean_text(
            data.name, field="name", label="Nume și prenume", max_length=200, required=True
        )
        job = clean_text(data.job_title, field="job_title", label="Funcția", max_length=200)
        clash = session.scalar(select(Staff.id).where(func.lower(Staff.name) == name.lower()))
        if clash is not None and clash != data.id:
            raise ValidationError("name", f"„{name}” există deja în lista personalului CIC.")
        row = self._get(session, Staff, data.id) if data.id else Staff()
        before = StaffData(row.name, row.job_title, row.active, row.id) if data.id else None
        if data.id and row.active and not data.active:
            others = session.scalar(
                select(func.count()).select_from(Staff).where(Staff.active, Staff.id != data.id)
            )
            if not others:
                raise ValidationError(
                    "active",
                    "Cel puțin o persoană trebuie să rămână activă în personalul CIC: "
                    "fiecare modificare se înregistrează pe numele cuiva.",
                )
        row.name, row.job_title, row.active = name, job, data.active
        session.add(row)
        session.flush()
        after = StaffData(row.name, row.job_title, row.active, row.id)
        record(
            session,
            self._core,
            action=AuditAction.SETTINGS,
            entity="staff",
            entity_id=row.id,
            summary=f"Personal CIC: {name}",
            before=before,
            after=after,
        )
        return after

    # -- extra days off ------------------------------------------------------------------------

    def days_off(self, year: int | None = None) -> list[DayOffData]:
        with self._core.read() as session:
            stmt = select(ExtraDayOff).order_by(ExtraDayOff.day)
            rows = session.execute(stmt).scalars()
            return [DayOffData(r.day, r.note) for r in rows if year is None or r.day.year == year]

    def preview_day_off(
        self, day: date, note: str = "", *, adding: bool = True
    ) -> list[MovedDeadline]:
        """The open cases whose deadlines the change would move (old → new), for confirmation."""
        with self._core.read() as session:
            current = self._core.calendar.working_calendar(session).extra_days_off
            changed = dict(current)
            if adding:
                changed[day] = note
            else:
                changed.pop(day, None)
            return [m for _e, m in moved_deadlines(session, WorkingCalendar(changed))]

    def _move_deadlines(self, session: Session, reason: str) -> list[MovedDeadline]:
        """Recompute the stored deadlines of open cases on the calendar as it now stands."""
        session.flush()
        moved = moved_deadlines(session, self._core.calendar.working_calendar(session))
        for entry, move in moved:
            entry.legal_deadline, entry.internal_target = move.new_legal, move.new_internal
            session.flush()
            record(
                session,
                self._core,
                action=AuditAction.UPDATE,
                entity="registry_entry",
                entity_id=entry.id,
                summary=f"Termen mutat de la {move.old_legal:%d.%m.%Y} la {move.new_legal:%d.%m.%Y} "
                f"({reason})"
                if move.old_legal
                else f"Termen recalculat ({reason})",
            )
        return [m for _e, m in moved]

    def add_day_off(self, day: date, note: str) -> DayOffData:
        note = clean_text(
            note, field="note", label="Motivul (actul normativ)", max_length=300, required=True
        )
        if day.weekday() >= 5:
            raise ValidationError("day", f"{day:%d.%m.%Y} este zi de weekend; nu trebuie adăugată.")
        calendar = self._core.calendar.working_calendar()
        reason = calendar.non_working_reason(day)
        if reason:
            raise ValidationError("day", f"{day:%d.%m.%Y} este deja zi nelucrătoare ({reason}).")
        with self._core.write() as session:
            session.add(
                ExtraDayOff(
                    day=day,
                    note=note,
                    created_at=self._core.clock.now(),
                    created_by_id=self._core.current_user_id,
                )
            )
            record(
                session,
                self._core,
                action=AuditAction.CREATE,
                entity="extra_day_off",
                entity_id=None,
                summary=f"Zi liberă adăugată: {day:%d.%m.%Y} – {note}",
                after=DayOffData(day, note),
            )
            self._move_deadlines(session, f"zi liberă {day:%d.%m.%Y}: {note}")
        return DayOffData(day, note)

    def remove_day_off(self, day: date) -> None:
        with self._core.write() as session:
            row = session.get(ExtraDayOff, day)
            if row is None:
                raise NotFoundError(f"{day:%d.%m.%Y} nu este în lista zilelor libere.")
            before = DayOffData(row.day, row.note)
            session.delete(row)
            record(
                session,
                self._core,
                action=AuditAction.DELETE,
                entity="extra_day_off",
                entity_id=None,
                summary=f"Zi liberă eliminată: {day:%d.%m.%Y}",
                before=before,
            )
            self._move_deadlines(session, f"{day:%d.%m.%Y} nu mai este zi liberă")

    @staticmethod
    def _get(session: Session, model: type[_T], key: object) -> _T:
        row = session.get(model, key)
        if row is None:
            raise NotFoundError("Înregistrarea căutată nu mai există.")
        return row
