"""Layout of a petition's file: header with number and state, warnings bar, tabs (the file, the
history, the letters) and the column of action buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.forms import hint_label
from ui.widgets.tables import read_only_rows

WARNING_STYLE = (
    "background-color: #fff3b0; color: #4a3b00; border: 1px solid #e0c060; padding: 6px;"
)
ANNULLED_STYLE = "color: #b00020; font-weight: bold; font-size: 13pt;"
STATE_STYLE = "font-weight: bold; font-size: 12pt;"


def _table() -> QTableView:
    table = read_only_rows(QTableView())
    table.setWordWrap(True)  # the history's notes are long
    return table


class SectionForm(QGroupBox):
    """A titled group of „label: value” rows, refilled on each refresh."""

    def __init__(self, title: str) -> None:
        super().__init__(title)
        column = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        column.addLayout(self.form)
        self.note = hint_label("")
        self.note.setVisible(False)
        column.addWidget(self.note)

    def set_rows(self, rows: list[tuple[str, str]], note: str = "") -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        for label, value in rows:
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(f"{label}:", text)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.setVisible(bool(rows) or bool(note))

    def values(self) -> dict[str, str]:
        found = {}
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                found[label.widget().text().rstrip(":")] = field.widget().text()
        return found


class PetitionDetailsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.number = QLabel()
        self.number.setObjectName("pageTitle")
        self.state = QLabel()
        self.state.setStyleSheet(STATE_STYLE)
        header.addWidget(self.number)
        header.addSpacing(16)
        header.addWidget(self.state)
        header.addSpacing(12)
        self.deadline_state = QLabel()
        self.deadline_state.setVisible(False)
        header.addWidget(self.deadline_state)
        header.addStretch(1)
        outer.addLayout(header)
        self.petitioner = QLabel()
        self.petitioner.setWordWrap(True)
        outer.addWidget(self.petitioner)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setVisible(False)
        outer.addWidget(self.warnings)

        body = QHBoxLayout()
        self.tabs = QTabWidget()
        body.addWidget(self.tabs, 1)

        page = QWidget()
        column = QVBoxLayout(page)
        self.deadlines = SectionForm("Termene")
        self.petition = SectionForm("Petiția")
        self.person = SectionForm("Petiționarul")
        self.workflow = SectionForm("Soluționare")
        self.answer = SectionForm("Răspuns și expediere")
        self.annulment = SectionForm("Anulare")
        for box in (  # the annulment, when there is one, comes first
            self.annulment,
            self.deadlines,
            self.petition,
            self.person,
            self.workflow,
            self.answer,
        ):
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, "Fișa petiției")

        self.history = _table()
        self.tabs.addTab(self.history, "Istoric")
        letters_page = QWidget()
        letters_layout = QVBoxLayout(letters_page)
        letters_layout.addWidget(
            hint_label("Scrisorile păstrate la dosar. Dublu clic sau Enter deschide scrisoarea.")
        )
        self.letters = _table()
        letters_layout.addWidget(self.letters, 1)
        self.tabs.addTab(letters_page, "Scrisori")

        actions = QVBoxLayout()
        self.assign_button = QPushButton("&Repartizează…")
        self.extend_button = QPushButton("&Prelungește termenul…")
        self.forward_button = QPushButton("Re&direcționează…")
        self.join_button = QPushButton("&Conexează…")
        self.file_button = QPushButton("C&lasează…")
        self.answer_button = QPushButton("Ră&spuns…")
        self.send_button = QPushButton("Marchează &expedierea…")
        self.letters_button = QPushButton("Scr&isori…")
        self.notes_button = QPushButton("&Observații…")
        self.annul_button = QPushButton("&Anulează înregistrarea…")
        self.close_button = QPushButton("Î&nchide")
        self.action_buttons = (
            self.assign_button,
            self.extend_button,
            self.forward_button,
            self.join_button,
            self.file_button,
            self.answer_button,
            self.send_button,
            self.letters_button,
            self.notes_button,
            self.annul_button,
        )
        for button in self.action_buttons:
            button.setAutoDefault(False)
            actions.addWidget(button)
            if button in (self.file_button, self.send_button):
                actions.addSpacing(10)
        actions.addSpacing(10)
        actions.addStretch(1)
        self.close_button.setAutoDefault(False)
        actions.addWidget(self.close_button)
        body.addLayout(actions)
        outer.addLayout(body, 1)
