"""The shape of every action dialog of a petition: a short explanation, a form whose errors show
under the field the core named, „Salvează” / „Renunță”. One core call per dialog; nothing is saved
when the core refuses."""

from __future__ import annotations

from datetime import date

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

from cic_desktop.dto_petitions import PetitionDetails
from cic_desktop.errors import CicError, ValidationError
from ui.context import AppContext
from ui.widgets.buttons import romanian_button_box
from ui.widgets.dates import TabOutDateEdit, form_date_edit, from_qdate, to_qdate
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


class ActionDialog(QDialog):
    title = "Acțiune"
    intro = ""
    ok_text = "&Salvează"

    def __init__(
        self, ctx: AppContext, details: PetitionDetails, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.core = ctx.core
        self.details = details
        self.result_details: PetitionDetails | None = None
        self.setWindowTitle(f"{self.title} – petiția nr. {details.number_text}")
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

    def build(self) -> None:
        raise NotImplementedError

    def perform(self) -> PetitionDetails:
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

    def add_note(self, label: QLabel) -> None:
        """A full-width explanation row (a warning, what was found)."""
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.form.addRow("", label)

    def date_field(self, value: date, *, latest: date | None = None) -> TabOutDateEdit:
        edit = form_date_edit(value)
        if latest is not None:
            edit.setMaximumDate(to_qdate(latest))
        return edit

    @staticmethod
    def day(edit: TabOutDateEdit) -> date:
        return from_qdate(edit.date())

    # -- behaviour -----------------------------------------------------------------------------

    def submit(self) -> bool:
        self.errors.clear()
        try:
            self.result_details = self.perform()
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
