"""Layout of the search section: one field, the results grouped by register, a status line."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTreeWidget, QVBoxLayout, QWidget


class SearchView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        heading = QLabel("Căutare în toate registrele")
        heading.setObjectName("pageTitle")
        outer.addWidget(heading)
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            "Număr (123, 123/2026, 123/15.01.2026), nume sau cuvinte din conținut"
        )
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Căutare")
        outer.addWidget(self.field)
        hint = QLabel(
            "Fiecare cuvânt scris trebuie să fie începutul unui cuvânt din număr, nume sau "
            "conținut; literele mari și diacriticele nu contează („stefan” găsește „Ștefan”). "
            "Enter sau dublu-clic deschide dosarul."
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        outer.addWidget(hint)
        self.results = QTreeWidget()
        self.results.setColumnCount(4)
        self.results.setHeaderLabels(["Nr. și data", "Petent / solicitant", "Conținut", "Stare"])
        self.results.setRootIsDecorated(True)
        self.results.setUniformRowHeights(True)
        self.results.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.results, 1)
        self.status = QLabel()
        self.status.setObjectName("hint")
        outer.addWidget(self.status)
