"""The list tabs: „Conducere” (officials), „Compartimente” (departments), „Personal CIC” (staff)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLineEdit

from cic_desktop.core import CicCore
from cic_desktop.domain.dates_ro import fmt
from cic_desktop.dto import DepartmentData, OfficialData, StaffData
from cic_desktop.labels import OFFICIAL_ROLE, OfficialRole
from ui.labels_order import role_rank
from ui.models.rows import Column
from ui.widgets.dates import OptionalDateEdit
from ui.windows.settings.list_editor import ListEditor


def _state(active: bool) -> str:
    return "activ" if active else "inactiv"


def _term(o: OfficialData) -> str:
    if o.term_start and o.term_end:
        return f"{fmt(o.term_start)} – {fmt(o.term_end)}"
    if o.term_start:
        return f"din {fmt(o.term_start)}"
    if o.term_end:
        return f"până la {fmt(o.term_end)}"
    return ""


class OfficialsEditor(ListEditor[OfficialData]):
    intro = (
        "Primarul, viceprimarul și secretarul general al comunei: numele lor apar pe documente. "
        "La schimbarea mandatului adăugați persoana nouă și dezactivați-o pe cea veche."
    )
    add_title = "Adăugați o persoană din conducere"
    stretch_column = 1

    def __init__(self, core: CicCore, on_changed: Callable[[], None]) -> None:
        self._core = core
        super().__init__(on_changed)

    def columns(self) -> Sequence[Column[OfficialData]]:
        return (
            Column("Funcția", lambda o: OFFICIAL_ROLE.get(OfficialRole(o.role), o.role)),
            Column("Nume și prenume", lambda o: o.name),
            Column("Titlul funcției", lambda o: o.title),
            Column("Mandat", _term),
            Column("Stare", lambda o: _state(o.active)),
        )

    def build_form(self) -> None:
        self.role = QComboBox()
        for role, label in OFFICIAL_ROLE.items():
            self.role.addItem(label, role.value)
        self.name = QLineEdit()
        self.title = QLineEdit()
        self.title.setPlaceholderText("opțional, de exemplu: Primarul comunei")
        self.term_start = OptionalDateEdit("term_start")
        self.term_end = OptionalDateEdit("term_end")
        self.add_field("role", "&Funcția:", self.role)
        self.add_field("name", "Nume și &prenume:", self.name)
        self.add_field("title", "&Titlul funcției:", self.title)
        self.add_field("term_start", "Începutul mandatu&lui:", self.term_start)
        self.add_field("term_end", "Sfâ&rșitul mandatului:", self.term_end)

    def fill_form(self, item: OfficialData | None) -> None:
        role = item.role if item else OfficialRole.MAYOR.value
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.name.setText(item.name if item else "")
        self.title.setText(item.title if item else "")
        self.term_start.set_value(item.term_start if item else None)
        self.term_end.set_value(item.term_end if item else None)

    def collect(self, current: OfficialData | None) -> OfficialData:
        values = {
            "role": self.role.currentData(),
            "name": self.name.text(),
            "title": self.title.text(),
            "term_start": self.term_start.value(),
            "term_end": self.term_end.value(),
        }
        return replace(current, **values) if current else OfficialData(**values)

    def load_rows(self, include_inactive: bool) -> list[OfficialData]:
        officials = self._core.settings.officials(include_inactive=include_inactive)
        return sorted(officials, key=lambda o: (not o.active, role_rank(o)))

    def save_row(self, item: OfficialData) -> OfficialData:
        return self._core.settings.save_official(item)

    def with_active(self, item: OfficialData, active: bool) -> OfficialData:
        return replace(item, active=active)


class DepartmentsEditor(ListEditor[DepartmentData]):
    intro = (
        "Compartimentele primăriei cărora le repartizați petițiile și solicitările. "
        "Un compartiment nu se șterge: se dezactivează, ca să rămână în istoricul documentelor."
    )
    add_title = "Adăugați un compartiment"

    def __init__(self, core: CicCore, on_changed: Callable[[], None]) -> None:
        self._core = core
        super().__init__(on_changed)

    def columns(self) -> Sequence[Column[DepartmentData]]:
        return (
            Column("Denumirea compartimentului", lambda d: d.name),
            Column("Șeful compartimentului", lambda d: d.head_name),
            Column("Stare", lambda d: _state(d.active)),
        )

    def build_form(self) -> None:
        self.name = QLineEdit()
        self.head_name = QLineEdit()
        self.add_field("name", "Denumi&rea:", self.name)
        self.add_field("head_name", "Ș&eful compartimentului:", self.head_name)

    def fill_form(self, item: DepartmentData | None) -> None:
        self.name.setText(item.name if item else "")
        self.head_name.setText(item.head_name if item else "")

    def collect(self, current: DepartmentData | None) -> DepartmentData:
        values = {"name": self.name.text(), "head_name": self.head_name.text()}
        return replace(current, **values) if current else DepartmentData(**values)

    def load_rows(self, include_inactive: bool) -> list[DepartmentData]:
        return self._core.settings.departments(include_inactive=include_inactive)

    def save_row(self, item: DepartmentData) -> DepartmentData:
        return self._core.settings.save_department(item)

    def with_active(self, item: DepartmentData, active: bool) -> DepartmentData:
        return replace(item, active=active)


class StaffEditor(ListEditor[StaffData]):
    intro = (
        "Persoanele care lucrează în CIC. La pornire programul întreabă cine lucrează, iar "
        "fiecare modificare din registre rămâne scrisă pe numele ei."
    )
    add_title = "Adăugați o persoană în CIC"

    def __init__(self, core: CicCore, on_changed: Callable[[], None]) -> None:
        self._core = core
        super().__init__(on_changed)

    def columns(self) -> Sequence[Column[StaffData]]:
        return (
            Column("Nume și prenume", lambda s: s.name),
            Column("Funcția", lambda s: s.job_title),
            Column("Stare", lambda s: _state(s.active)),
        )

    def build_form(self) -> None:
        self.name = QLineEdit()
        self.job_title = QLineEdit()
        self.job_title.setPlaceholderText("opțional, de exemplu: inspector")
        self.add_field("name", "Nume și &prenume:", self.name)
        self.add_field("job_title", "&Funcția:", self.job_title)

    def fill_form(self, item: StaffData | None) -> None:
        self.name.setText(item.name if item else "")
        self.job_title.setText(item.job_title if item else "")

    def collect(self, current: StaffData | None) -> StaffData:
        values = {"name": self.name.text(), "job_title": self.job_title.text()}
        return replace(current, **values) if current else StaffData(**values)

    def load_rows(self, include_inactive: bool) -> list[StaffData]:
        return self._core.settings.staff(include_inactive=include_inactive)

    def save_row(self, item: StaffData) -> StaffData:
        return self._core.settings.save_staff(item)

    def with_active(self, item: StaffData, active: bool) -> StaffData:
        return replace(item, active=active)
