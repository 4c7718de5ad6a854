"""Layout of the dialogs „Închide anul” and „Redeschide anul”."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.buttons import romanian_button_box
from ui.widgets.forms import add_row, error_label, hint_label


class YearDialogView(QWidget):
    def __init__(self, *, unlocking: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        outer.addWidget(self.heading)
        self.explanation = hint_label("")
        outer.addWidget(self.explanation)
        form = QFormLayout()
        self.note = QLineEdit()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        if unlocking:
            self.note.setVisible(False)
            _l, self.field_error = add_row(form, "&Motivul redeschiderii:", self.reason)
        else:
            self.reason.setVisible(False)
            self.note.setPlaceholderText("de exemplu: rapoartele anuale au fost emise")
            _l, self.field_error = add_row(form, "&Mențiune (opțional):", self.note)
        outer.addLayout(form)
        self.general_error = error_label("formError")
        outer.addWidget(self.general_error)
        self.open_cases_title = QLabel("Cazurile încă deschise:")
        self.open_cases = QListWidget()
        self.open_cases_title.setVisible(False)
        self.open_cases.setVisible(False)
        outer.addWidget(self.open_cases_title)
        outer.addWidget(self.open_cases, 1)
        self.filler = QWidget()  # takes the room of the list while no case is listed
        outer.addWidget(self.filler, 1)
        self.buttons = romanian_button_box(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            ),
            Ok="R&edeschide anul" if unlocking else "&Închide anul",
        )
        outer.addWidget(self.buttons)
