"""Layout of the section „Persoane”: search and list on the left, the person's file on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.tables import read_only_rows


class PeopleView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        heading = QLabel("Persoane")
        heading.setObjectName("pageTitle")
        outer.addWidget(heading)
        search_row = QHBoxLayout()
        search_label = QLabel("&Caută:")
        self.search = QLineEdit()
        self.search.setPlaceholderText("nume sau denumire (de exemplu: stefan pop)")
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        self.count = QLabel()
        search_row.addWidget(self.count)
        outer.addLayout(search_row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.people = read_only_rows(QTableView())
        splitter.addWidget(self.people)

        file_box = QGroupBox("Dosarul persoanei")
        file_layout = QVBoxLayout(file_box)
        self.person = QLabel("Alegeți o persoană din listă.")
        self.person.setWordWrap(True)
        self.person.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        file_layout.addWidget(self.person)
        cases_label = QLabel("Ca&zuri înregistrate:")
        self.cases = read_only_rows(QTableView())
        cases_label.setBuddy(self.cases)
        file_layout.addWidget(cases_label)
        file_layout.addWidget(self.cases, 1)
        hint = QLabel("Enter sau dublu-clic deschide cazul în registrul lui.")
        hint.setObjectName("hint")
        file_layout.addWidget(hint)
        self.merges = QLabel()
        self.merges.setWordWrap(True)
        file_layout.addWidget(self.merges)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton("&Unește cu…")
        self.merge_button.setToolTip(
            "Aceeași persoană înregistrată de două ori: cazurile celeilalte trec la aceasta"
        )
        self.pdf_button = QPushButton("Export date (GDPR) &PDF…")
        self.xlsx_button = QPushButton("Export date (GDPR) &Excel…")
        for button in (self.merge_button, self.pdf_button, self.xlsx_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        file_layout.addLayout(buttons)
        splitter.addWidget(file_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 420])
        self.splitter = splitter
        outer.addWidget(splitter, 1)
        self.status = QLabel()
        self.status.setObjectName("hint")
        outer.addWidget(self.status)
