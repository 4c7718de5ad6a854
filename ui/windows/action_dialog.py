"""The shape of every action dialog on a case (petition, 544 request): a short explanation, a form
whose errors show under the field the core named, „Salvează” / „Renunță”. One core call per
dialog; nothing is saved when the core refuses, and the dialog stays open to correct."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cic_desktop.errors import CicError, ValidationError
from ui.context import AppContext
from ui.widgets.buttons import romanian_button_box
from ui.widgets.dates import TabOutDateEdit, from_qdate
from ui.widgets.forms import FieldErrors, add_row, error_label, hint_label
from ui.widgets.text import normalize_diacritics

Std = QDialogButtonBox.StandardButton
MIN_WIDTH = 600


class StayOpen(Exception):
    """Raised by `perform` when the clerk changed her mind (a confirmation answered „Nu”)."""


def text_box(height: int = 80, placeholder: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    if placeholder:
        box.setPlaceholderText(placeholder)
    normalize_diacritics(box)
    return box


def line(text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    normalize_diacritics(edit)
    return edit


class CaseActionDialog(QDialog):
    """Subclasses give `case_text` (for the title), `build` (the fields) and `perform` (the core
    call, whose result is kept in `result_value`)."""

    title = "Acțiune"
    intro = ""
    ok_text = "&Salvează"

    def __init__(self, ctx: AppContext, details: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.core = ctx.core
        self.details = details
        self.today = self.core.clock.today()
        self.result_value: Any = None
        self.setWindowTitle(f"{self.title} – {self.case_text()}")
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with errors
        self.intro_label = hint_label(self.intro)
        self.intro_label.setMinimumWidth(MIN_WIDTH)  # the layout's minimum is the dialog's
        self.intro_label.setVisible(bool(self.intro))
        layout.addWidget(self.intro_label)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(self.form)
        self.general_error = error_label("formError")
        layout.addWidget(self.general_error)
        self.errors = FieldErrors(self.general_error)
        self.fields: dict[str, QWidget] = {}
        self.build()
        self.buttons = romanian_button_box(
            QDialogButtonBox(Std.Ok | Std.Cancel), Ok=self.ok_text, Cancel="Renunță"
        )
        self.ok_button = self.buttons.button(Std.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- for subclasses ------------------------------------------------------------------------

    def case_text(self) -> str:
        raise NotImplementedError

    def build(self) -> None:
        raise NotImplementedError

    def perform(self) -> Any:
        raise NotImplementedError

    def add_field(self, field: str, label: str, widget: QWidget, hint: str = "") -> QLabel:
        label_widget, err = add_row(self.form, label, widget, hint)
        self.errors.register(field, widget, err)
        self.fields[field] = widget
        box = widget.parentWidget()
        if box is not None and box.layout() is not None:
            # The row takes the dialog's width (so hints and errors wrap wide, not narrow);
            # short inputs keep their own width.
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            if isinstance(widget, QComboBox | QAbstractSpinBox):
                box.layout().setAlignment(widget, Qt.AlignmentFlag.AlignLeft)
        return label_widget

    def show_field(self, field: str, visible: bool) -> None:
        widget = self.fields[field]
        label = self.form.labelForField(widget.parentWidget())
        widget.parentWidget().setVisible(visible)
        if label is not None:
            label.setVisible(visible)

    def set_intro(self, text: str) -> None:
        self.intro_label.setText(text)
        self.intro_label.setVisible(bool(text))

    def add_note(self, label: QLabel) -> None:
        """A full-width explanation row (a warning, what was found)."""
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.form.addRow("", label)

    @staticmethod
    def day(edit: TabOutDateEdit) -> date:
        return from_qdate(edit.date())

    # -- behaviour -----------------------------------------------------------------------------

    def submit(self) -> bool:
        self.errors.clear()
        try:
            self.result_value = self.perform()
        except StayOpen:
            return False
        except ValidationError as err:
            self.errors.show(err)
            return False
        except CicError as err:
            self.general_error.setText(err.message_ro)
            self.general_error.setVisible(True)
            return False
        self.accept()
        return True

    def message(self, field: str) -> str:
        return self.errors.message(field)
