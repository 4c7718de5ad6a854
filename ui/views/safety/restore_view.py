"""Layout of the restore wizard: choose the copy, see what it holds, confirm, done."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.forms import add_row, error_label, hint_label

STEP_TITLES = (
    "Pasul 1 din 4: alegeți copia de siguranță",
    "Pasul 2 din 4: ce conține copia",
    "Pasul 3 din 4: confirmați restaurarea",
    "Pasul 4 din 4: restaurarea s-a încheiat",
)
STEP_CHOOSE, STEP_CONTENTS, STEP_CONFIRM, STEP_DONE = range(4)

KEPT_NOTE = (
    "Nimic nu se pierde: fișierul de acum se păstrează automat ca o copie „înainte de "
    "restaurare”, din care se poate reveni. Numerele de înregistrare deja date nu se refolosesc "
    "niciodată: numerotarea continuă după cel mai mare număr dat vreodată, iar golurile sunt "
    "explicate în registru."
)


class ChooseStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addWidget(
            hint_label(
                "Alegeți una dintre copiile cunoscute de program sau un fișier de copie adus de "
                "pe un stick USB (fișiere .sqlite sau .cicbak)."
            )
        )
        self.known_label = QLabel("&Copiile cunoscute (cele mai noi sus):")
        self.known = QListWidget()
        self.known_label.setBuddy(self.known)
        outer.addWidget(self.known_label)
        outer.addWidget(self.known, 1)
        form = QFormLayout()
        file_row = QWidget()
        file_layout = QHBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit()
        self.path.setPlaceholderText("calea fișierului copiei")
        self.browse = QPushButton("Alege alt &fișier…")
        file_layout.addWidget(self.path, 1)
        file_layout.addWidget(self.browse)
        label, self.path_error = add_row(form, "Fiși&erul:", file_row)
        label.setBuddy(self.path)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label, self.password_error = add_row(
            form,
            "&Parola copiei:",
            self.password,
            "Necesară doar pentru copiile protejate cu parolă (.cicbak).",
        )
        outer.addLayout(form)


class ContentsStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.created = QLabel()
        self.created.setObjectName("sectionTitle")
        self.created.setWordWrap(True)
        outer.addWidget(self.created)
        self.file = hint_label("")
        outer.addWidget(self.file)
        outer.addWidget(QLabel("Înregistrări în copie, pe registre:"))
        self.counts = QFormLayout()
        outer.addLayout(self.counts)
        self.missing_title = QLabel()
        self.missing_title.setWordWrap(True)
        outer.addWidget(self.missing_title)
        self.missing = QListWidget()
        outer.addWidget(self.missing, 1)
        self.filler = QWidget()  # takes the room of the list when nothing is missing
        outer.addWidget(self.filler, 1)
        self.note = hint_label(KEPT_NOTE)
        outer.addWidget(self.note)


class ConfirmStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        outer.addWidget(hint_label(KEPT_NOTE))
        outer.addSpacing(8)
        self.word_label = QLabel(
            "Pentru a confirma, scrieți cuvântul RESTAUREAZĂ și apăsați „Restaurează”:"
        )
        self.word_label.setWordWrap(True)
        self.word = QLineEdit()
        self.word.setMaximumWidth(260)
        self.word_label.setBuddy(self.word)
        outer.addWidget(self.word_label)
        outer.addWidget(self.word)
        self.error = error_label("formError")
        outer.addWidget(self.error)
        outer.addStretch(1)


class DoneStep(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.result = QLabel()
        self.result.setWordWrap(True)
        outer.addWidget(self.result)
        self.safety_copy = QLabel()
        self.safety_copy.setWordWrap(True)
        outer.addWidget(self.safety_copy)
        self.gaps_title = QLabel()
        self.gaps_title.setWordWrap(True)
        outer.addWidget(self.gaps_title)
        self.gaps = QPlainTextEdit()
        self.gaps.setReadOnly(True)
        outer.addWidget(self.gaps, 1)


class RestoreView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.step_title = QLabel()
        self.step_title.setObjectName("pageTitle")
        self.step_title.setWordWrap(True)
        outer.addWidget(self.step_title)
        self.steps = QStackedWidget()
        self.choose = ChooseStep()
        self.contents = ContentsStep()
        self.confirm = ConfirmStep()
        self.done = DoneStep()
        for step in (self.choose, self.contents, self.confirm, self.done):
            self.steps.addWidget(step)
        outer.addWidget(self.steps, 1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton("Înapo&i")
        self.next_button = QPushButton("Înai&nte")
        self.restore_button = QPushButton("&Restaurează")
        self.cancel_button = QPushButton("&Anulează")
        self.close_button = QPushButton("Î&nchide")
        buttons.addStretch(1)
        for button in (
            self.back_button,
            self.next_button,
            self.restore_button,
            self.cancel_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        outer.addLayout(buttons)
