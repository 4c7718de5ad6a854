"""Form rows with an error line under the field, and showing a core ValidationError there.

`FieldErrors` maps the core's field names (`ValidationError.field`) to widgets; `show` puts the
Romanian message under the field, marks it, switches to its tab and focuses it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from cic_desktop.errors import ValidationError


def error_label(object_name: str = "fieldError") -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


@dataclass
class FieldRow:
    widget: QWidget
    error: QLabel
    reveal: Callable[[], None] | None = None  # e.g. switch to the tab holding the field


def add_row(
    form: QFormLayout, label_text: str, widget: QWidget, hint: str = ""
) -> tuple[QLabel, QLabel]:
    """A form row: label (buddy of the widget, so its &mnemonic focuses it), widget, error line."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    if hint:
        column.addWidget(hint_label(hint))
    err = error_label()
    column.addWidget(err)
    label = QLabel(label_text)
    label.setBuddy(widget)
    form.addRow(label, box)
    return label, err


class FieldErrors:
    def __init__(self, general: QLabel | None = None) -> None:
        self._rows: dict[str, FieldRow] = {}
        self._general = general

    def register(
        self,
        field: str,
        widget: QWidget,
        error: QLabel,
        reveal: Callable[[], None] | None = None,
    ) -> None:
        self._rows[field] = FieldRow(widget, error, reveal)

    def widget(self, field: str) -> QWidget | None:
        row = self._rows.get(field)
        return row.widget if row else None

    def clear(self) -> None:
        for row in self._rows.values():
            row.error.clear()
            row.error.setVisible(False)
            _mark(row.widget, False)
        if self._general is not None:
            self._general.clear()
            self._general.setVisible(False)

    def show(self, err: ValidationError) -> None:
        """Show the message at its field, or in the general error line for unknown fields."""
        self.clear()
        row = self._rows.get(err.field)
        if row is None:
            if self._general is not None:
                self._general.setText(err.message_ro)
                self._general.setVisible(True)
            return
        if row.reveal is not None:
            row.reveal()
        row.error.setText(err.message_ro)
        row.error.setVisible(True)
        _mark(row.widget, True)
        row.widget.setFocus()

    def message(self, field: str) -> str:
        row = self._rows.get(field)
        return row.error.text() if row and not row.error.isHidden() else ""


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class _EnterFilter(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
            ):
                self._callback()
                return True
        return False


def on_enter(widget: QWidget, callback: Callable[[], None]) -> None:
    """Enter in `widget` runs `callback` and goes no further (not to the dialog's default button)."""
    widget.installEventFilter(_EnterFilter(widget, callback))
