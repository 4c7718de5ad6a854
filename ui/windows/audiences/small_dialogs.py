"""Small dialogs that only collect a choice: a day, a reason. The caller runs the core call and
shows its refusal under the field (the dialog stays open until the core accepts)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

from cic_desktop.errors import CicError, ValidationError
from ui.views.audiences.common import form_layout
from ui.widgets.buttons import romanian_button_box
from ui.widgets.dates import form_date_edit, from_qdate
from ui.widgets.forms import FieldErrors, add_row, error_label, hint_label
from ui.windows.action_dialog import line

Std = QDialogButtonBox.StandardButton


class ChoiceDialog(QDialog):
    """Intro, a form, „OK” running `submit` (the core call); errors shown at the named field."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        intro_label = hint_label(intro)
        intro_label.setMinimumWidth(480)
        intro_label.setVisible(bool(intro))
        layout.addWidget(intro_label)
        self.form = form_layout()
        layout.addLayout(self.form)
        self.general_error = error_label("formError")
        layout.addWidget(self.general_error)
        self.errors = FieldErrors(self.general_error)
        self.error_labels: dict[str, QLabel] = {}
        self.buttons = romanian_button_box(
            QDialogButtonBox(Std.Ok | Std.Cancel), Ok=ok_text, Cancel="Renunță"
        )
        self.ok_button = self.buttons.button(Std.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._layout = layout
        self.action: Callable[[], object] | None = None
        self.result_value: object = None

    def finish_layout(self) -> None:
        self._layout.addWidget(self.buttons)

    def add_field(self, field: str, text: str, widget: QWidget, hint: str = "") -> QLabel:
        label, err = add_row(self.form, text, widget, hint)
        self.errors.register(field, widget, err)
        self.error_labels[field] = err
        return label

    def submit(self) -> bool:
        self.errors.clear()
        if self.action is None:
            self.accept()
            return True
        try:
            self.result_value = self.action()
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


class ReasonDialog(ChoiceDialog):
    """A reason to type (annulment): required by the core."""

    def __init__(
        self, title: str, intro: str, ok_text: str, parent: QWidget | None, field: str = "reason"
    ) -> None:
        super().__init__(title, intro, ok_text, parent)
        self.reason = line()
        self.add_field(field, "&Motivul:", self.reason)
        self.finish_layout()

    def text(self) -> str:
        return self.reason.text()


class DayDialog(ChoiceDialog):
    """A day to pick (the last day of a programme)."""

    def __init__(
        self, title: str, intro: str, ok_text: str, value: date, parent: QWidget | None, field: str
    ) -> None:
        super().__init__(title, intro, ok_text, parent)
        self.day = form_date_edit(value)
        self.add_field(field, "&Data:", self.day)
        self.finish_layout()

    def chosen(self) -> date:
        return from_qdate(self.day.date())
