"""Layout of the start page."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget


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
        outer.addStretch(1)
