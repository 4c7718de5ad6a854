"""Page „Informații publice” (Legea nr. 544/2001): the year's written requests, filtered as the
clerk types, opened by Enter; the verbal requests logged at the desk on a second tab.

The rows are read on the worker; a newer reading always wins over an older one still running.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cic_desktop.domain.dates_ro import count_ro, fmt
from cic_desktop.dto_public_info import InfoListRow, VerbalRequestData
from cic_desktop.errors import CicError
from cic_desktop.labels import (
    PERSON_KIND,
    VERBAL_OUTCOME,
    InfoDomain,
    PersonKind,
    VerbalOutcome,
)
from ui import bus
from ui.context import AppContext
from ui.models.public_info_table import (
    COL_NUMBER,
    REGISTER_CODE,
    SHORT_DOMAIN,
    PublicInfoTableModel,
    load_rows,
)
from ui.models.rows import Column, RowsModel
from ui.widgets.tables import fit_columns
from ui.widgets.windows import open_kept, open_once

_CARES_ABOUT = frozenset({bus.PUBLIC_INFO, bus.REGISTRY, bus.DAYS_OFF, bus.PETITIONS})
VERBAL_SHORTCUT = "Ctrl+Shift+V"

VERBAL_COLUMNS = (
    Column[VerbalRequestData]("Data", lambda v: fmt(v.asked_on), lambda v: v.asked_on),
    Column[VerbalRequestData](
        "Tip solicitant", lambda v: PERSON_KIND[PersonKind(v.requester_kind)]
    ),
    Column[VerbalRequestData]("Domeniul", lambda v: SHORT_DOMAIN[InfoDomain(v.domain)]),
    Column[VerbalRequestData]("Rezolvare", lambda v: VERBAL_OUTCOME[VerbalOutcome(v.outcome)]),
    Column[VerbalRequestData]("Nume", lambda v: v.name),
)


def count_text(count: int) -> str:
    return count_ro(count, "solicitare scrisă", "solicitări scrise")


class PublicInfoPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from ui.views.public_info.list_view import PublicInfoListView

        super().__init__(parent)
        self._ctx = ctx
        self.view = PublicInfoListView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.model = PublicInfoTableModel(self)
        self.view.table.setModel(self.model)
        self.view.size_columns()
        self.view.table.horizontalHeader().setSortIndicator(
            COL_NUMBER, Qt.SortOrder.DescendingOrder
        )
        self.view.table.setSortingEnabled(True)
        self.verbal_model: RowsModel[VerbalRequestData] = RowsModel(VERBAL_COLUMNS, parent=self)
        self.view.verbal_table.setModel(self.verbal_model)
        fit_columns(self.view.verbal_table, 4)
        self.loading = False
        self._generation = 0
        self.details_windows: dict[int, QWidget] = {}
        self.registration_windows: list[QWidget] = []
        self.verbal_dialog: QWidget | None = None
        self._fill_years()
        self.view.text.textChanged.connect(self._filter)
        self.view.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.table.activated.connect(self._activated)
        self.view.new_button.clicked.connect(self.new_request)
        self.view.open_button.clicked.connect(self.open_selected)
        self.view.verbal_button.clicked.connect(self.log_verbal)
        ctx.bus.changed.connect(self._changed)
        from ui.windows.public_info.outputs import PublicInfoOutputs

        self.outputs = PublicInfoOutputs(ctx, self, self.year)
        self.new_action = self._action("Solicitare nouă", "Ctrl+N", self.new_request)
        self.verbal_action = self._action("Solicitare verbală", VERBAL_SHORTCUT, self.log_verbal)
        self.addAction(self.new_action)
        self.addAction(self.verbal_action)
        self.reload()

    def _action(self, text: str, keys: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        return action

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """Inside the main window, its Tools-menu action owns Ctrl+Shift+V (it works before this
        page is opened); the page's own shortcut is dropped there so the two do not clash."""
        super().showEvent(event)
        window = self.window()
        if window is not self and not self.verbal_action.shortcut().isEmpty():
            keys = QKeySequence(VERBAL_SHORTCUT)
            if any(
                a is not self.verbal_action and a.shortcut() == keys
                for a in window.findChildren(QAction)
            ):
                self.verbal_action.setShortcut(QKeySequence())

    def _fill_years(self) -> None:
        combo = self.view.year
        combo.blockSignals(True)
        current = self._ctx.core.clock.today().year
        for year in sorted({*self._years(), current}, reverse=True):
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _years(self) -> set[int]:
        return {e.year for e in self._ctx.core.registry.entries(REGISTER_CODE)}

    def year(self) -> int:
        value = self.view.year.currentData()
        return int(value) if value is not None else self._ctx.core.clock.today().year

    # -- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        year = self.year()
        core = self._ctx.core
        self.loading = True
        self.view.status.setText("Se citesc solicitările…")
        self._ctx.tasks.call(
            lambda: (load_rows(core, year), core.public_info.verbal_requests(year)),
            on_success=lambda result: self._loaded(generation, *result),
            on_error=lambda exc: self._failed(generation, exc),
            label="Se citesc solicitările de informații publice…",
            parent=self,
        )

    def _loaded(
        self, generation: int, rows: list[InfoListRow], verbal: list[VerbalRequestData]
    ) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        selected = self.selected_id()
        self.model.set_rows(rows)
        self.verbal_model.set_rows(list(reversed(verbal)))  # the latest first
        self.view.verbal_count.setText(
            count_ro(len(verbal), "solicitare verbală", "solicitări verbale") + f" în {self.year()}"
        )
        self._show_count()
        self.view.status.setText("")
        self.loading = False
        row = self.model.row_of(selected) if selected is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.view.table.selectRow(row)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.loading = False
        text = exc.message_ro if isinstance(exc, CicError) else str(exc)
        self.view.status.setText(f"Lista nu a putut fi citită: {text}")

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._show_count()
        if self.model.rowCount():
            self.view.table.selectRow(0)

    def _show_count(self) -> None:
        self.view.count.setText(count_text(self.model.rowCount()))

    def _changed(self, flags: frozenset[str]) -> None:
        if flags & _CARES_ABOUT and shiboken6.isValid(self):
            combo = self.view.year
            for year in self._years():
                if combo.findData(year) < 0:
                    combo.blockSignals(True)
                    combo.addItem(str(year), year)
                    combo.blockSignals(False)
            self.reload()

    # -- opening -------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.view.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_details(self.model.id_at(index.row()))

    def open_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            self.open_details(entry_id)

    def open_details(self, entry_id: int) -> QWidget:
        from ui.windows.public_info.details import InfoDetailsWindow

        return open_once(
            self.details_windows,
            entry_id,
            lambda: InfoDetailsWindow(self._ctx, entry_id, self.window()),
        )

    def new_request(self) -> QWidget:
        from ui.windows.public_info.registration import InfoRegistrationWindow

        window = InfoRegistrationWindow(self._ctx, self.window(), open_details=self.open_details)
        return open_kept(self.registration_windows, window)

    def log_verbal(self) -> QWidget:
        from ui.windows.public_info.verbal import open_verbal_log

        dialog = open_verbal_log(self._ctx, self.window())
        if dialog is not self.verbal_dialog:
            dialog.finished.connect(lambda _r=0, d=dialog: self._verbal_closed(d))
            self.verbal_dialog = dialog
        return dialog

    def _verbal_closed(self, dialog: QWidget) -> None:
        if self.verbal_dialog is dialog:
            self.verbal_dialog = None
