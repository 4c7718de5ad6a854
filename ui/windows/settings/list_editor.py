"""Controller of a list tab: pick a row to edit it, „Nou” to add one, (de)activate, never delete.

Each change is saved at once through the core (one unit of work per button press); a subclass says
what the rows are, which fields the form has and which core call saves a row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelection, QModelIndex
from PySide6.QtWidgets import QLineEdit, QWidget

from cic_desktop.errors import CicError, ValidationError
from ui.models.rows import Column, RowsModel
from ui.views.settings.list_editor_view import ListEditorView
from ui.widgets import messages
from ui.widgets.forms import FieldErrors, add_row, on_enter
from ui.widgets.tables import fit_columns

T = TypeVar("T")


class ListEditor(Generic[T]):
    intro: str = ""
    noun: str = "înregistrarea"  # used in titles: „Modificați …”
    add_title: str = "Adăugați"
    add_button_text: str = "&Adaugă în listă"
    stretch_column: int = 0  # the column that takes the spare width

    def __init__(self, on_changed: Callable[[], None]) -> None:
        self._on_changed = on_changed
        self.view = ListEditorView(self.intro)
        self.errors = FieldErrors(self.view.general_error)
        self.model: RowsModel[T] = RowsModel(self.columns(), is_inactive=lambda r: not r.active)  # type: ignore[attr-defined]
        self.view.table.setModel(self.model)
        fit_columns(self.view.table, self.stretch_column)
        self.current: T | None = None
        self._first_field: QWidget | None = None
        self.build_form()
        self.view.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.new_button.clicked.connect(self.start_new)
        self.view.save_button.clicked.connect(self.save)
        self.view.toggle_button.clicked.connect(self.toggle_active)
        self.view.show_inactive.toggled.connect(lambda _checked: self.reload())

    # -- to be provided by subclasses ----------------------------------------------------------

    def columns(self) -> Sequence[Column[T]]:
        raise NotImplementedError

    def build_form(self) -> None:
        raise NotImplementedError

    def fill_form(self, item: T | None) -> None:
        raise NotImplementedError

    def collect(self, current: T | None) -> T:
        raise NotImplementedError

    def load_rows(self, include_inactive: bool) -> list[T]:
        raise NotImplementedError

    def save_row(self, item: T) -> T:
        raise NotImplementedError

    def with_active(self, item: T, active: bool) -> T:
        raise NotImplementedError

    def describe(self, item: T) -> str:
        return getattr(item, "name", "")

    # -- helpers for subclasses ----------------------------------------------------------------

    def add_field(self, field: str, label: str, widget: QWidget, hint: str = "") -> None:
        _label, err = add_row(self.view.form, label, widget, hint)
        self.errors.register(field, widget, err)
        if isinstance(widget, QLineEdit):
            on_enter(widget, self.save)
        if self._first_field is None:
            self._first_field = widget

    # -- behaviour -----------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        if select_id is None and self.current is not None:
            select_id = getattr(self.current, "id", None)
        rows = self.load_rows(self.view.show_inactive.isChecked())
        self.model.set_rows(rows)
        for row, item in enumerate(rows):
            if select_id is not None and getattr(item, "id", None) == select_id:
                self.view.table.selectRow(row)
                return
        self.start_new()

    def start_new(self) -> None:
        self.view.table.clearSelection()
        self._edit(None)
        if self._first_field is not None and self.view.isVisible():
            self._first_field.setFocus()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.table.selectionModel().selectedRows()
        if rows:
            self._edit(self.model.row_at(rows[0].row()))

    def _edit(self, item: T | None) -> None:
        self.current = item
        self.errors.clear()
        self.fill_form(item)
        view = self.view
        if item is None:
            view.form_box.setTitle(self.add_title)
            view.save_button.setText(self.add_button_text)
            view.toggle_button.setText("&Dezactivează")
            view.toggle_button.setEnabled(False)
        else:
            view.form_box.setTitle(f"Modificați: {self.describe(item)}")
            view.save_button.setText("Salvează &modificările")
            active = getattr(item, "active", True)
            view.toggle_button.setText("&Dezactivează" if active else "Re&activează")
            view.toggle_button.setEnabled(True)

    def save(self) -> bool:
        self.errors.clear()
        try:
            saved = self.save_row(self.collect(self.current))
        except ValidationError as err:
            self.errors.show(err)
            return False
        except CicError as err:
            messages.show_error(self.view, err.message_ro)
            return False
        self.current = saved
        self.reload(select_id=getattr(saved, "id", None))
        self._on_changed()
        return True

    def toggle_active(self) -> None:
        if self.current is None:
            return
        item = self.with_active(self.current, not getattr(self.current, "active", True))
        try:
            saved = self.save_row(item)
        except CicError as err:
            messages.show_error(self.view, err.message_ro)
            return
        self.current = saved
        self.reload(select_id=getattr(saved, "id", None))
        self._on_changed()

    def select_index(self, index: QModelIndex) -> None:
        self.view.table.selectRow(index.row())

    def row_count(self) -> int:
        return self.model.rowCount()

    def item(self, row: int) -> Any:
        return self.model.row_at(row)
