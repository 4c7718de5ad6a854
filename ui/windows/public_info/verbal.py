"""„Solicitare verbală”: the quick log of a question answered at the desk (SPEC §1.3).

Made for speed: today's date, the usual answers preselected, the domain focused; each list starts
with a digit, so Ctrl+Shift+V, a digit, Enter logs one. The name is optional (data minimisation).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from cic_desktop.dto_public_info import VerbalRequestData
from cic_desktop.errors import CicError, ValidationError
from cic_desktop.labels import INFO_DOMAIN, PERSON_KIND, VERBAL_OUTCOME
from ui import bus
from ui.context import AppContext
from ui.widgets.buttons import romanian_button_box
from ui.widgets.dates import TabOutDateEdit, form_date_edit, from_qdate, to_qdate
from ui.widgets.forms import FieldErrors, add_row, error_label, hint_label
from ui.windows.action_dialog import line

Std = QDialogButtonBox.StandardButton


def numbered(labels: dict) -> QComboBox:  # type: ignore[type-arg]
    """„1. …”, „2. …”: typing the digit picks the item (the combo's own keyboard search)."""
    combo = QComboBox()
    for number, (key, label) in enumerate(labels.items(), start=1):
        combo.addItem(f"{number}. {label}", key.value)
    return combo


class VerbalLogDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved: VerbalRequestData | None = None
        self.setWindowTitle("Solicitare verbală – Legea nr. 544/2001")
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                "Cifra alege domeniul; Enter consemnează. Numele este opțional. "
                "Dacă informația nu era disponibilă, alegeți „îndrumat să depună solicitare "
                "scrisă”."
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)
        self.domain = numbered(INFO_DOMAIN)
        self.outcome = numbered(VERBAL_OUTCOME)
        self.requester_kind = numbered(PERSON_KIND)
        self.asked_on: TabOutDateEdit = form_date_edit(ctx.core.clock.today())
        self.asked_on.setMaximumDate(to_qdate(ctx.core.clock.today()))
        self.name = line("", "opțional")
        self.errors = FieldErrors()
        for field, text, widget in (
            ("domain", "&Domeniul:", self.domain),
            ("outcome", "&Rezolvare:", self.outcome),
            ("requester_kind", "&Tip solicitant:", self.requester_kind),
            ("asked_on", "D&ata:", self.asked_on),
            ("name", "&Nume (opțional):", self.name),
        ):
            _label, err = add_row(form, text, widget)
            self.errors.register(field, widget, err)
        self.general_error = error_label("formError")
        layout.addWidget(self.general_error)
        self.buttons = romanian_button_box(
            QDialogButtonBox(Std.Ok | Std.Cancel), Ok="&Consemnează", Cancel="Renunță"
        )
        self.ok_button = self.buttons.button(Std.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())
        self.domain.setFocus()

    def save(self) -> VerbalRequestData | None:
        self.errors.clear()
        self.general_error.setVisible(False)
        try:
            self.saved = self._ctx.core.public_info.log_verbal(
                requester_kind=self.requester_kind.currentData(),
                domain=self.domain.currentData(),
                outcome=self.outcome.currentData(),
                name=self.name.text(),
                asked_on=from_qdate(self.asked_on.date()),
            )
        except ValidationError as err:
            self.errors.show(err)
            return None
        except CicError as err:
            self.general_error.setText(err.message_ro)
            self.general_error.setVisible(True)
            return None
        self._ctx.bus.announce(bus.PUBLIC_INFO)
        self.accept()
        return self.saved


def open_verbal_log(ctx: AppContext, parent: QWidget | None = None) -> VerbalLogDialog:
    """Show the quick log, one per window: a second Ctrl+Shift+V brings the open one to front."""
    import shiboken6
    from PySide6.QtCore import Qt

    current = getattr(parent, "_verbal_log_dialog", None) if parent is not None else None
    if isinstance(current, VerbalLogDialog) and shiboken6.isValid(current) and current.isVisible():
        dialog = current
    else:  # a closed one is already on its way out (deleted on close)
        dialog = VerbalLogDialog(ctx, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if parent is not None:
            parent._verbal_log_dialog = dialog  # type: ignore[attr-defined]
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
