"""Page „Petiții”: the registry list of a year, filtered and sorted by the core, opened by Enter.

The ids of the query are read on the worker (a whole year can be 100,000 entries); the table
then reads rows a page at a time. A newer query always wins over an older one still running.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cic_desktop.domain.dates_ro import count_ro
from cic_desktop.dto_petitions import PetitionQuery
from cic_desktop.errors import CicError
from cic_desktop.labels import ANNULLED_LABEL, PETITION_KIND, PETITION_STATE
from ui import bus
from ui.context import AppContext
from ui.models.petitions_table import COL_NUMBER, PetitionsTableModel
from ui.views.petitions.list_view import PetitionsListView
from ui.widgets.windows import open_kept, open_once
from ui.windows.petitions.outputs import PetitionOutputs

TEXT_DELAY_MS = 300
ALL = "toate"
_CARES_ABOUT = frozenset({bus.PETITIONS, bus.REGISTRY, bus.DAYS_OFF, bus.INSTITUTION})


def count_text(count: int) -> str:
    return count_ro(count, "petiție", "petiții")


class PetitionsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.view = PetitionsListView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.model = PetitionsTableModel(ctx.core.petition_list.rows, parent=self)
        self.view.table.setModel(self.model)
        self.view.size_columns()
        self.sort_key = "number"
        self.descending = True  # the newest petitions first
        self.view.table.horizontalHeader().setSortIndicator(
            COL_NUMBER, Qt.SortOrder.DescendingOrder
        )
        self.view.table.setSortingEnabled(True)
        self.loading = False
        self._generation = 0
        self.details_windows: dict[int, QWidget] = {}
        self.registration_windows: list[QWidget] = []
        self.outputs = PetitionOutputs(ctx, self, self.year)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.reload)

        self._fill_filters()
        self._connect()
        self.new_action = QAction("Petiție nouă", self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(self.new_petition)
        self.addAction(self.new_action)
        self.reload()

    # -- filters -------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        view = self.view
        core = self._ctx.core
        view.year.blockSignals(True)
        current = core.clock.today().year
        for year in core.petition_list.years():
            view.year.addItem(str(year), year)
        view.year.setCurrentIndex(max(0, view.year.findData(current)))
        view.year.blockSignals(False)
        view.state.addItem(ALL, None)
        for state, label in PETITION_STATE.items():
            view.state.addItem(label, state.value)
        view.state.addItem(ANNULLED_LABEL, "annulled")
        view.state.addItem("în lucru (toate deschise)", "open")
        view.kind.addItem(ALL, None)
        for kind, label in PETITION_KIND.items():
            view.kind.addItem(label, kind.value)
        self._fill_domains()
        self._fill_departments()

    def _refill(self, combo, items: list[tuple[int | None, str]]) -> None:  # type: ignore[no-untyped-def]
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(ALL, None)
        for item_id, name in items:
            combo.addItem(name, item_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _fill_domains(self) -> None:
        self._refill(self.view.domain, self._ctx.core.petitions.domains(include_inactive=True))

    def _fill_departments(self) -> None:
        departments = self._ctx.core.settings.departments(include_inactive=True)
        self._refill(self.view.department, [(d.id, d.name) for d in departments])

    def _connect(self) -> None:
        view = self.view
        view.text.textChanged.connect(lambda _t: self._text_timer.start())
        view.text.returnPressed.connect(self.reload)
        for combo in (view.year, view.state, view.kind, view.domain, view.department):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for check in (view.due_soon, view.overdue, view.answered_late, view.without_annulled):
            check.toggled.connect(lambda _c: self.reload())
        self.model.sort_requested.connect(self._sort_requested)
        view.table.activated.connect(self._activated)
        view.new_button.clicked.connect(self.new_petition)
        view.open_button.clicked.connect(self.open_selected)
        self._ctx.bus.changed.connect(self._changed)

    def year(self) -> int:
        value = self.view.year.currentData()
        return int(value) if value is not None else self._ctx.core.clock.today().year

    def query(self) -> PetitionQuery:
        view = self.view
        state = view.state.currentData()
        if state == "open":
            states: tuple[str, ...] = ("registered", "assigned", "extended")
        else:
            states = (state,) if state else ()
        kind = view.kind.currentData()
        domain = view.domain.currentData()
        department = view.department.currentData()
        return PetitionQuery(
            year=self.year(),
            states=states,
            kinds=(kind,) if kind else (),
            domain_ids=(domain,) if domain is not None else (),
            department_ids=(department,) if department is not None else (),
            text=view.text.text(),
            due_soon=view.due_soon.isChecked(),
            overdue=view.overdue.isChecked(),
            answered_late=view.answered_late.isChecked(),
            include_annulled=not view.without_annulled.isChecked(),
            sort=self.sort_key,
            descending=self.descending,
        )

    # -- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask the core for the ids of the current query (on the worker)."""
        self._text_timer.stop()
        self._generation += 1
        generation = self._generation
        query = self.query()
        core = self._ctx.core
        self.loading = True
        self.view.status.setText("Se caută…")
        self._ctx.tasks.call(
            lambda: core.petition_list.ids(query),
            on_success=lambda ids: self._ids_loaded(generation, ids),
            on_error=lambda exc: self._failed(generation, exc),
            label="Se caută petițiile…",
            parent=self,
        )

    def _ids_loaded(self, generation: int, ids: list[int]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # a newer query was asked meanwhile, or the page is gone
        selected = self.selected_id()
        self.model.set_ids(ids)
        self.view.count.setText(count_text(len(ids)))
        self.view.status.setText("")
        self.loading = False
        row = self.model.row_of(selected) if selected is not None else None
        if row is None and ids:
            row = 0
        if row is not None:
            self.view.table.selectRow(row)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.loading = False
        text = exc.message_ro if isinstance(exc, CicError) else str(exc)
        self.view.status.setText(f"Lista nu a putut fi citită: {text}")

    def _sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.reload()

    def _changed(self, flags: frozenset[str]) -> None:
        if bus.DEPARTMENTS in flags:
            self._fill_departments()
        if bus.PETITION_DOMAINS in flags:
            self._fill_domains()
        if flags & _CARES_ABOUT:
            if bus.PETITIONS in flags:
                self._add_new_years()
            self.reload()

    def _add_new_years(self) -> None:
        years = self._ctx.core.petition_list.years()
        combo = self.view.year
        for year in years:
            if combo.findData(year) < 0:
                combo.blockSignals(True)
                combo.addItem(str(year), year)
                combo.blockSignals(False)

    # -- opening -------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.view.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.id_at(rows[0].row())

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_details(self.model.id_at(index.row()))

    def open_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            self.open_details(entry_id)

    def open_details(self, entry_id: int) -> QWidget:
        from ui.windows.petitions.details import PetitionDetailsWindow

        return open_once(
            self.details_windows,
            entry_id,
            lambda: PetitionDetailsWindow(self._ctx, entry_id, self.window()),
        )

    def new_petition(self) -> QWidget:
        from ui.windows.petitions.registration import RegistrationWindow

        window = RegistrationWindow(self._ctx, self.window(), open_details=self.open_details)
        return open_kept(self.registration_windows, window)
