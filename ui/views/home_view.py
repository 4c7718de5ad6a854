"""Layout of the start page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)


class HomeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        heading = QLabel("Centrul de Informații pentru Cetățeni")
        heading.setObjectName("pageTitle")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.today = QLabel()
        self.today.setObjectName("sectionTitle")
        outer.addWidget(heading)
        outer.addWidget(self.title)
        outer.addSpacing(8)
        outer.addWidget(self.today)
        self.agenda_box = QGroupBox("Agenda zilei")
        agenda_layout = QVBoxLayout(self.agenda_box)
        self.agenda = QTreeWidget()
        self.agenda.setColumnCount(4)
        self.agenda.setHeaderLabels(["Nr. și data", "Petent / solicitant", "Obiect", "Termen"])
        self.agenda.setRootIsDecorated(True)
        self.agenda.setUniformRowHeights(True)
        self.agenda.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.agenda.setMinimumHeight(220)
        self.agenda_hint = QLabel("Enter sau dublu-clic deschide dosarul.")
        self.agenda_hint.setObjectName("hint")
        self.print_button = QPushButton("Tipărește agenda zilei…")
        self.print_button.setToolTip("Salvează agenda zilei ca PDF de o pagină (Ctrl+P)")
        below = QHBoxLayout()
        below.addWidget(self.agenda_hint, 1)
        below.addWidget(self.print_button)
        agenda_layout.addWidget(self.agenda)
        agenda_layout.addLayout(below)
        outer.addWidget(self.agenda_box, 1)
        self.counts_box = QGroupBox()
        self.counts = QFormLayout(self.counts_box)
        outer.addWidget(self.counts_box)
        self.days_off_box = QGroupBox()
        days_layout = QVBoxLayout(self.days_off_box)
        self.days_off = QLabel()
        self.days_off.setWordWrap(True)
        days_layout.addWidget(self.days_off)
        outer.addWidget(self.days_off_box)
        self.status = QLabel()
        self.status.setObjectName("hint")
        outer.addWidget(self.status)
