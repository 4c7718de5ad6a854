"""Start page: the institution, today's date, the agenda of the day (printable), this year's
registrations and days off. Everything is read on the worker thread so the window paints first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
from ui.gc_pauses import no_collector_pauses
from ui.views.home_view import HomeView
from ui.widgets import files, messages

_CARES_ABOUT = frozenset(
    {
        bus.INSTITUTION,
        bus.DAYS_OFF,
        bus.REGISTRY,
        bus.PETITIONS,
        bus.PUBLIC_INFO,
        getattr(bus, "AUDIENCES", "audiences"),  # the agenda lists today's audiences
    }
)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
# A group shows at most this many lines: thousands of tree items built at once freeze the window
# (a 100,000-entry database can have tens of thousands of late cases). The PDF has them all.
MAX_LINES_PER_GROUP = 100


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
    with no_collector_pauses():
        return HomeData(
            institution_name=core.settings.institution().display_name,
            today=today,
            counts=core.registry.counts(today.year),
            days_off=core.settings.days_off(today.year),
            agenda=build_agenda(core, today),
        )


def write_todays_agenda(core: CicCore, path: Path) -> Path:
    """The agenda of today as a PDF (worker thread): read afresh, so it is what is true now."""
    from cic_desktop.render.pdf.agenda import write_agenda_pdf

    with no_collector_pauses():
        agenda = build_agenda(core)
        return write_agenda_pdf(agenda, core.settings.institution().display_name, path)


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
    data_shown = Signal()  # the data of the last reading is on screen

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
        self.view.print_button.clicked.connect(self.print_agenda)
        shortcut = QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_agenda)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.printed: Path | None = None  # the last PDF written (tests look at it)
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
        self.data_shown.emit()

    def _show_agenda(self, agenda: Agenda) -> None:
        tree = self.view.agenda
        tree.clear()
        if not agenda.groups:
            tree.addTopLevelItem(QTreeWidgetItem(["Nimic scadent, întârziat sau de expediat."]))
        for group, lines in agenda.groups.items():
            parent = QTreeWidgetItem([f"{GROUP_LABELS[group]} ({len(lines)})"])
            parent.setFirstColumnSpanned(True)
            tree.addTopLevelItem(parent)
            for line in lines[:MAX_LINES_PER_GROUP]:
                child = QTreeWidgetItem(
                    [line.number_text, line.who, line.what, fmt(line.due) if line.due else ""]
                )
                child.setToolTip(2, line.detail)
                child.setData(0, ENTRY_ROLE, (line.register, line.entry_id))
                parent.addChild(child)
            hidden = len(lines) - MAX_LINES_PER_GROUP
            if hidden > 0:
                more = QTreeWidgetItem([f"… și încă {hidden} (toate sunt în agenda tipărită)"])
                more.setFirstColumnSpanned(True)
                parent.addChild(more)
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

    # -- printing ------------------------------------------------------------------------------

    def print_agenda(self) -> None:
        """Save „Agenda zilei” as PDF on the worker thread, then open it (the viewer prints it)."""
        if not self.view.print_button.isEnabled():
            return  # one printing at a time
        today = self._ctx.core.clock.today()
        path = files.save_path(
            self, "Salvați agenda zilei", f"agenda-zilei-{fmt(today)}.pdf", files.PDF_FILTER
        )
        if path is None:
            return
        core = self._ctx.core
        self.view.print_button.setEnabled(False)
        self.view.status.setText("Se pregătește agenda zilei…")
        self._ctx.tasks.call(
            lambda: write_todays_agenda(core, path),
            on_success=self._printed,
            on_error=self._print_failed,
            label="Se pregătește agenda zilei…",
            parent=self,
        )

    def _printed(self, path: Path) -> None:
        if not shiboken6.isValid(self):
            return
        self.view.print_button.setEnabled(True)
        self.view.status.setText("")
        self.printed = Path(path)
        files.open_file(self.printed)
        messages.show_info(self, f"Agenda zilei este gata.\n\nFișierul: {self.printed}")

    def _print_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.view.print_button.setEnabled(True)
        self.view.status.setText("")
        text = exc.message_ro if isinstance(exc, CicError) else f"{type(exc).__name__}: {exc}"
        messages.show_error(self, f"Agenda zilei nu a putut fi salvată: {text}")
