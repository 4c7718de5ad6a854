"""Start page: the institution, today's date, this year's registrations and days off."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QVBoxLayout, QWidget

from cic_desktop.agenda.build import build_agenda
from cic_desktop.agenda.model import GROUP_LABELS, Agenda
from cic_desktop.core import CicCore
from cic_desktop.domain.dates_ro import fmt, fmt_long
from cic_desktop.dto import DayOffData
from cic_desktop.errors import CicError
from cic_desktop.labels import REGISTER, RegisterCode
from ui import bus
from ui.context import AppContext
from ui.formatting import long_date_ro
from ui.views.home_view import HomeView

_CARES_ABOUT = frozenset(
    {bus.INSTITUTION, bus.DAYS_OFF, bus.REGISTRY, bus.PETITIONS, bus.PUBLIC_INFO}
)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class HomeData:
    institution_name: str
    today: date
    counts: dict[str, int]
    days_off: list[DayOffData]
    agenda: Agenda


def gather(core: CicCore) -> HomeData:
    """Everything the page shows, read in one go (runs on the worker thread)."""
    today = core.clock.today()
    return HomeData(
        institution_name=core.settings.institution().display_name,
        today=today,
        counts=core.registry.counts(today.year),
        days_off=core.settings.days_off(today.year),
        agenda=build_agenda(core, today),
    )


def days_off_text(year: int, days: list[DayOffData]) -> str:
    if not days:
        return (
            f"Nu este configurată nicio zi liberă suplimentară în {year}; termenele țin seama "
            "doar de weekenduri și de sărbătorile legale. Zilele libere acordate prin hotărâre "
            "a Guvernului se adaugă din Setări → Zile libere."
        )
    lines = [f"• {fmt_long(d.day)} – {d.note}" for d in days]
    count = (
        "o zi liberă suplimentară" if len(days) == 1 else f"{len(days)} zile libere suplimentare"
    )
    return (
        f"În {year} sunt configurate {count}, socotite nelucrătoare la calculul termenelor:\n"
        + "\n".join(lines)
    )


class HomePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.view = HomeView()
        self.loaded = False
        self.count_values: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        ctx.bus.changed.connect(self._changed)
        self.view.agenda.itemActivated.connect(self._open_line)
        self.view.status.setText("Se încarcă…")
        self.refresh()

    def _changed(self, flags: frozenset[str]) -> None:
        if flags & _CARES_ABOUT:
            self.refresh()

    def refresh(self) -> None:
        core = self._ctx.core
        self._ctx.tasks.call(
            lambda: gather(core), on_success=self._show, on_error=self._failed, parent=self
        )

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        text = exc.message_ro if isinstance(exc, CicError) else str(exc)
        self.view.status.setText(f"Datele nu au putut fi citite: {text}")

    def _show(self, data: HomeData) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed while the data was being read
        view = self.view
        view.title.setText(data.institution_name)
        view.today.setText(f"Astăzi este {long_date_ro(data.today)}.")
        year = data.today.year
        view.counts_box.setTitle(f"Înregistrări în {year}")
        while view.counts.rowCount():
            view.counts.removeRow(0)
        for code in RegisterCode:
            value = QLabel(str(data.counts.get(code.value, 0)))
            value.setObjectName("resultValue")
            self.count_values[code.value] = value
            view.counts.addRow(f"{REGISTER[code]}:", value)
        view.days_off_box.setTitle(f"Zile libere suplimentare în {year}")
        view.days_off.setText(days_off_text(year, data.days_off))
        self._show_agenda(data.agenda)
        view.status.setText("")
        self.loaded = True

    def _show_agenda(self, agenda: Agenda) -> None:
        tree = self.view.agenda
        tree.clear()
        if not agenda.groups:
            tree.addTopLevelItem(QTreeWidgetItem(["Nimic scadent, întârziat sau de expediat."]))
        for group, lines in agenda.groups.items():
            parent = QTreeWidgetItem([f"{GROUP_LABELS[group]} ({len(lines)})"])
            parent.setFirstColumnSpanned(True)
            tree.addTopLevelItem(parent)
            for line in lines:
                child = QTreeWidgetItem(
                    [line.number_text, line.who, line.what, fmt(line.due) if line.due else ""]
                )
                child.setToolTip(2, line.detail)
                child.setData(0, ENTRY_ROLE, (line.register, line.entry_id))
                parent.addChild(child)
            parent.setExpanded(True)
            parent.setFirstColumnSpanned(True)
        for column in (0, 1, 3):
            tree.resizeColumnToContents(column)

    def _open_line(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Each agenda line opens its case, in the window of its register."""
        target = item.data(0, ENTRY_ROLE)
        if not target:
            return
        register, entry_id = target
        window = self.window()
        if not hasattr(window, "page"):
            return  # the page shown alone (tests): no register pages to open cases in
        page = window.page(register)
        if hasattr(page, "open_details"):
            page.open_details(entry_id)
