"""Layout of the dialog „Copie de siguranță acum”: where to, and an optional password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.buttons import romanian_button_box
from ui.widgets.forms import add_row, error_label, hint_label

PASSWORD_WHY = (
    "Recomandat pentru copiile duse pe un stick USB sau pe alt calculator: dacă stick-ul se "
    "pierde, datele cetățenilor (nume, adrese, cereri) nu pot fi citite fără parolă. "
    "Notați parola într-un loc sigur: fără ea, copia nu mai poate fi restaurată de nimeni."
)


class BackupDialogView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addWidget(
            hint_label(
                "Programul face o copie completă a registrelor și o verifică după ce a scris-o. "
                "Păstrați din când în când o copie și în afara calculatorului (de exemplu pe un "
                "stick USB), ca datele să nu se piardă nici dacă se strică discul."
            )
        )
        form = QFormLayout()
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit()
        self.folder.setMinimumWidth(380)
        self.choose_folder = QPushButton("Alege &dosarul…")
        folder_layout.addWidget(self.folder, 1)
        folder_layout.addWidget(self.choose_folder)
        label, self.folder_error = add_row(
            form,
            "D&osarul:",
            folder_row,
            "Implicit: dosarul copiilor automate. Pentru un stick USB, alegeți stick-ul.",
        )
        label.setBuddy(self.folder)
        outer.addLayout(form)

        self.password_box = QGroupBox()
        password_layout = QVBoxLayout(self.password_box)
        self.protect = QCheckBox("&Protejează copia cu o parolă")
        password_layout.addWidget(self.protect)
        password_layout.addWidget(hint_label(PASSWORD_WHY))
        password_form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("cel puțin 8 caractere")
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        _l, self.password_error = add_row(password_form, "Pa&rola:", self.password)
        _l, self.confirm_error = add_row(password_form, "&Confirmarea parolei:", self.confirm)
        password_layout.addLayout(password_form)
        self.show_password = QCheckBox("Ara&tă parola")
        password_layout.addWidget(self.show_password)
        outer.addWidget(self.password_box)

        self.general_error = error_label("formError")
        outer.addWidget(self.general_error)
        self.result = QLabel()
        self.result.setWordWrap(True)
        outer.addWidget(self.result)
        outer.addStretch(1)
        self.buttons = romanian_button_box(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            ),
            Ok="&Fă copia",
        )
        outer.addWidget(self.buttons)
