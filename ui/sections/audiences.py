"""Page „Audiențe”: the day (sign-ups per official, attendance, outcome, conversion to a
petition), the register of a year (export, import, statistics) and the calendar of an official.

Lists are short (a day, a year of audiences) and read whole; the exports run on the worker.
`open_details(entry_id)` lets the agenda and the search open a sign-up.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from cic_desktop.domain.dates_ro import count_ro, fmt_long
from cic_desktop.dto_audiences import AudienceDetails, AudienceRow, Slot
from cic_desktop.errors import CicError
from ui import bus
from ui.context import AppContext
from ui.models.audiences_table import (
    DAY_STRETCH,
    DAY_WIDTHS,
    REGISTER_STRETCH,
    REGISTER_WIDTHS,
    day_model,
    register_model,
)
from ui.views.audiences.page_view import AudiencesPageView
from ui.widgets.dates import from_qdate, to_qdate
from ui.widgets.messages import error_text
from ui.widgets.windows import open_kept, open_once
from ui.windows.audiences import services
from ui.windows.audiences.calendar_grid import CalendarGrid
from ui.windows.audiences.day_actions import DayActions
from ui.windows.audiences.outputs import AudienceOutputs
from ui.windows.settings.audience_schedules_tab import official_line

ALL = "toate persoanele"
SEARCH_DAYS = 366  # how far „ziua următoare / anterioară” looks for a session
_CARES_ABOUT = frozenset(
    {bus.AUDIENCES, bus.REGISTRY, bus.DAYS_OFF, bus.OFFICIALS, bus.PETITIONS, bus.DEPARTMENTS}
)


def size_columns(table: QTableView, widths: dict[int, int], stretch: int) -> None:
    """Starting widths the clerk can change; the problem takes the rest of the width."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _matches(row: AudienceRow, needle: str) -> bool:
    text = f"{row.number_text} {row.name} {row.subject} {row.official} {row.address}".casefold()
    return all(word in text for word in needle.casefold().split())


class AudiencesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        today = ctx.core.clock.today()
        self.view = AudiencesPageView(today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.day_tab = self.view.day_tab
        self.register_tab = self.view.register_tab
        self.day_model = day_model(self)
        self.day_tab.table.setModel(self.day_model)
        size_columns(self.day_tab.table, DAY_WIDTHS, DAY_STRETCH)
        self.register_model = register_model(self)
        self.register_tab.table.setModel(self.register_model)
        size_columns(self.register_tab.table, REGISTER_WIDTHS, REGISTER_STRETCH)
        self._register_rows: list[AudienceRow] = []
        self.details_windows: dict[int, QWidget] = {}
        self.signup_windows: list[QWidget] = []
        self.day_actions = DayActions(ctx, self, self.selected_details)
        self.outputs = AudienceOutputs(ctx, self, self.year)
        self.calendar = CalendarGrid(
            self.view.calendar_tab,
            lambda: self.service,
            ctx.core.clock.today,
            lambda slot: self.new_signup(slot=slot),
            self.open_details,
        )
        self._fill_officials()
        self._fill_years()
        self._connect()
        self.reload()

    @property
    def service(self) -> Any:
        return services.audiences(self._ctx.core)

    # -- setup ---------------------------------------------------------------------------------

    def _fill_officials(self) -> None:
        officials = self._ctx.core.settings.officials()
        for combo, with_all in (
            (self.day_tab.official, True),
            (self.view.calendar_tab.official, False),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if with_all:
                combo.addItem(ALL, None)
            for official in officials:
                combo.addItem(official_line(official), official.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _fill_years(self) -> None:
        combo = self.register_tab.year
        current = self._ctx.core.clock.today().year
        years = {current, *self._ctx.core.registry.years("audiences")}
        combo.blockSignals(True)
        for year in sorted(years, reverse=True):
            if combo.findData(year) < 0:
                combo.addItem(str(year), year)
        if combo.currentIndex() < 0:
            combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _connect(self) -> None:
        d, r = self.day_tab, self.register_tab
        d.day.dateChanged.connect(lambda _d: self.reload_day())
        d.official.currentIndexChanged.connect(lambda _i: self.reload_day())
        d.previous_button.clicked.connect(lambda: self.go_to_session(-1))
        d.next_button.clicked.connect(lambda: self.go_to_session(1))
        d.today_button.clicked.connect(
            lambda: d.day.setDate(to_qdate(self._ctx.core.clock.today()))
        )
        d.table.activated.connect(self._day_activated)
        d.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        d.open_button.clicked.connect(self._open_selected_day)
        d.present_button.clicked.connect(self.day_actions.present)
        d.absent_button.clicked.connect(self.day_actions.absent)
        d.postpone_button.clicked.connect(self.day_actions.postpone)
        d.outcome_button.clicked.connect(self.day_actions.outcome)
        d.convert_button.clicked.connect(self.day_actions.convert)
        d.note_button.clicked.connect(self.day_actions.note)
        d.annul_button.clicked.connect(self.day_actions.annul)
        d.print_day_button.clicked.connect(
            lambda: self.outputs.day_list(self.day(), d.official.currentData())
        )
        r.year.currentIndexChanged.connect(lambda _i: self.reload_register())
        r.text.textChanged.connect(lambda _t: self._filter_register())
        r.table.activated.connect(self._register_activated)
        r.open_button.clicked.connect(self._open_selected_register)
        r.export_xlsx_button.clicked.connect(lambda: self.outputs.export_register("xlsx"))
        r.export_pdf_button.clicked.connect(lambda: self.outputs.export_register("pdf"))
        r.import_button.clicked.connect(self.outputs.import_register)
        r.stats_xlsx_button.clicked.connect(lambda: self.outputs.statistics("xlsx"))
        r.stats_pdf_button.clicked.connect(lambda: self.outputs.statistics("pdf"))
        self.view.new_button.clicked.connect(self.new_signup)
        self.new_action = QAction("Înscriere nouă", self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_signup)
        self.addAction(self.new_action)
        for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            # Whenever the day tab is on screen (also with the focus in the navigation list):
            # the page's hint offers Alt+→ right after the clerk opens „Audiențe”.
            shortcut = QShortcut(QKeySequence(keys), self.day_tab)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=step: self.go_to_session(s))
        self._ctx.bus.changed.connect(self._changed)

    # -- the day -------------------------------------------------------------------------------

    def day(self) -> date:
        return from_qdate(self.day_tab.day.date())

    def set_day(self, day: date) -> None:
        self.day_tab.day.setDate(to_qdate(day))

    def reload(self) -> None:
        self.reload_day()
        self.reload_register()
        self.calendar.reload()

    def reload_day(self) -> None:
        d = self.day_tab
        day = self.day()
        official_id = d.official.currentData()
        selected = self.selected_details()
        try:
            rows = self.service.day_list(day, official_id=official_id)
            sessions = self.service.session_days(day, day, official_id=official_id)
        except CicError as err:
            d.status.setText(f"Lista nu a putut fi citită: {err.message_ro}")
            return
        self.day_model.set_rows(rows)
        when = fmt_long(day)
        if sessions:
            held = "; ".join(
                f"{s.official_name}: {s.start_time}–{s.end_time}"
                + (f", {s.place}" if s.place else "")
                for s in sessions
            )
            d.sessions.setText(f"{when}. Audiențe: {held}.")
        else:
            try:
                ahead = self.service.session_days(
                    day + timedelta(days=1), day + timedelta(days=SEARCH_DAYS), official_id
                )
            except CicError:
                ahead = []  # only a hint: the day itself was read
            upcoming = sorted({s.day for s in ahead})
            hint = (
                f" Următoarea zi de audiențe: {fmt_long(upcoming[0])} (Alt+→)." if upcoming else ""
            )
            d.sessions.setText(f"{when}: nu este zi de audiențe.{hint}")
        d.count.setText(count_ro(len(rows), "înscriere", "înscrieri"))
        d.status.setText("")
        row = 0
        if selected is not None:
            row = next((i for i, r in enumerate(rows) if r.entry.id == selected.entry.id), 0)
        if rows:
            d.table.selectRow(row)
        self._update_actions()

    def go_to_session(self, step: int) -> date | None:
        """The previous (-1) or next (1) day with audiences of the chosen official."""
        day = self.day()
        official_id = self.day_tab.official.currentData()
        if step > 0:
            start, end = day + timedelta(days=1), day + timedelta(days=SEARCH_DAYS)
        else:
            start, end = day - timedelta(days=SEARCH_DAYS), day - timedelta(days=1)
        try:
            days = sorted({s.day for s in self.service.session_days(start, end, official_id)})
        except CicError as err:
            self.day_tab.status.setText(err.message_ro)
            return None
        if not days:
            self.day_tab.status.setText("Nu s-a găsit nicio zi de audiențe în acea direcție.")
            return None
        target = days[0] if step > 0 else days[-1]
        self.set_day(target)
        return target

    def selected_details(self) -> AudienceDetails | None:
        model = self.day_tab.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.day_model.row_at(rows[0].row()) if rows else None

    def select_entry(self, entry_id: int) -> bool:
        for row, item in enumerate(self.day_model.rows()):
            if item.entry.id == entry_id:
                self.day_tab.table.selectRow(row)
                return True
        return False

    def _update_actions(self) -> None:
        d = self.day_tab
        chosen = self.selected_details()
        active = chosen is not None and chosen.entry.status != "annulled"
        converted = chosen is not None and chosen.petition_entry_id is not None
        for b in (d.present_button, d.absent_button, d.postpone_button, d.annul_button):
            b.setEnabled(active and not converted)
        d.outcome_button.setEnabled(active and not converted)
        d.convert_button.setEnabled(active and not converted)
        d.note_button.setEnabled(active)
        d.open_button.setEnabled(chosen is not None)

    def _day_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_details(self.day_model.row_at(index.row()).entry.id)

    def _open_selected_day(self) -> None:
        chosen = self.selected_details()
        if chosen is not None:
            self.open_details(chosen.entry.id)

    # -- the register --------------------------------------------------------------------------

    def year(self) -> int:
        value = self.register_tab.year.currentData()
        return int(value) if value is not None else self._ctx.core.clock.today().year

    def reload_register(self) -> None:
        """Read the year's register on the worker thread: a busy year has thousands of lines."""
        year, service = self.year(), self.service
        self.register_tab.status.setText("Se încarcă registrul…")
        self._ctx.tasks.call(
            lambda: service.rows(year),
            on_success=lambda rows: self._show_register(year, rows),
            on_error=self._register_failed,
            label="Se încarcă registrul de audiențe…",
            parent=self,
        )

    def _show_register(self, year: int, rows: list[AudienceRow]) -> None:
        if not shiboken6.isValid(self) or year != self.year():
            return  # closed, or another year was chosen meanwhile (its reading follows)
        self._register_rows = rows
        self.register_tab.status.setText("")
        self._filter_register()

    def _register_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.register_tab.status.setText(f"Registrul nu a putut fi citit: {error_text(exc)}")

    def _filter_register(self) -> None:
        needle = self.register_tab.text.text().strip()
        rows = [r for r in self._register_rows if not needle or _matches(r, needle)]
        rows.sort(key=lambda r: r.number, reverse=True)  # the newest first
        self.register_model.set_rows(rows)
        self.register_tab.count.setText(count_ro(len(rows), "înscriere", "înscrieri"))

    def _register_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_details(self.register_model.row_at(index.row()).entry_id)

    def _open_selected_register(self) -> None:
        rows = self.register_tab.table.selectionModel().selectedRows()
        if rows:
            self.open_details(self.register_model.row_at(rows[0].row()).entry_id)

    # -- changes -------------------------------------------------------------------------------

    def _changed(self, flags: frozenset[str]) -> None:
        if not shiboken6.isValid(self) or not flags & _CARES_ABOUT:
            return
        if bus.OFFICIALS in flags:
            self._fill_officials()
        self._fill_years()
        self.reload()

    # -- opening -------------------------------------------------------------------------------

    def open_details(self, entry_id: int) -> QWidget:
        from ui.windows.audiences.details import AudienceDetailsWindow

        return open_once(
            self.details_windows,
            entry_id,
            lambda: AudienceDetailsWindow(self._ctx, entry_id, self.window()),
        )

    def new_signup(self, slot: Slot | None = None) -> QWidget:
        from ui.windows.audiences.signup import SignupWindow

        official = self.day_tab.official.currentData()
        window = SignupWindow(
            self._ctx,
            self.window(),
            slot=slot if isinstance(slot, Slot) else None,
            official_id=official,
            open_details=self.open_details,
        )
        return open_kept(self.signup_windows, window)
