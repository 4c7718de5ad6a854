"""Layout of the „Petiții” page: toolbar, filter bar, the registry table, legend and count.

Mnemonics avoid the menu bar's letters (F, I, M, J) and each other.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.models.petitions_table import (
    COL_ANSWER,
    COL_DEADLINE,
    COL_DEPARTMENT,
    COL_DOMAIN,
    COL_KIND,
    COL_NUMBER,
    COL_PETITIONER,
    COL_STATE,
    COL_SUBJECT,
)
from ui.views.register_page import CELL_PADDING, legend_row, title_row, tool_button
from ui.widgets.tables import register_table

# Starting widths: wide enough for a typical value of each column; the subject takes the rest.
COLUMN_SAMPLES = {
    COL_NUMBER: "9999/30.12.2026",
    COL_PETITIONER: "Nicolae Drăgulescu",
    COL_KIND: "reclamație",
    COL_DOMAIN: "registrul agricol",
    COL_DEPARTMENT: "Urbanism și am",
    COL_STATE: "răspuns expediat",
    COL_DEADLINE: "Termen legal",
    COL_ANSWER: "30.12.2026 / 30.12.2026",
}
SUBJECT_MIN_CHARS = 34


class PetitionsListView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        heading, self.year, self.count = title_row("Registrul de evidență a petițiilor")
        outer.addLayout(heading)

        tools = QHBoxLayout()
        self.new_button = tool_button("Petiție &nouă…", "Înregistrează o petiție nouă (Ctrl+N)")
        self.open_button = tool_button("&Deschide fișa", "Fișa petiției selectate (Enter)")
        self.dispatch_button = tool_button(
            "&Borderou expediere…", "Borderoul scrisorilor expediate într-o zi"
        )
        self.book_button = tool_button(
            "Tipărește re&gistrul…", "Registrul de evidență a petițiilor, pentru dosarul pe hârtie"
        )
        self.export_button = tool_button("Export E&xcel…", "Registrul anului ales, în format .xlsx")
        self.import_button = tool_button(
            "Imp&ort…", "Preia un registru vechi dintr-un fișier .xlsx"
        )
        self.report_button = tool_button(
            "&Raport semestrial…", "Raportul semestrial al activității de soluționare a petițiilor"
        )
        for button in (self.new_button, self.open_button):
            tools.addWidget(button)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        tools.addWidget(separator)
        for button in (
            self.dispatch_button,
            self.book_button,
            self.export_button,
            self.import_button,
            self.report_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)
        outer.addLayout(tools)

        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        self.text = QLineEdit()
        self.text.setPlaceholderText("număr, petiționar sau cuvinte din obiect")
        self.text.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.kind = QComboBox()
        self.domain = QComboBox()
        self.department = QComboBox()
        for combo in (self.state, self.kind, self.domain, self.department):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.due_soon = QCheckBox("termen a&propiat")
        self.overdue = QCheckBox("termen depă&șit")
        self.answered_late = QCheckBox("răspuns întâr&ziat")
        self.without_annulled = QCheckBox("fără anu&late")
        row = 0
        for column, (text, widget) in enumerate(
            (
                ("&Caută:", self.text),
                ("&Stare:", self.state),
                ("&Tipul:", self.kind),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label, row, column * 2)
            filters.addWidget(widget, row, column * 2 + 1)
        row = 1
        for column, (text, widget) in enumerate(
            (
                ("Domeni&u:", self.domain),
                ("Compartim&ent:", self.department),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label, row, column * 2 + 2)
            filters.addWidget(widget, row, column * 2 + 3)
        checks = QHBoxLayout()
        for check in (self.due_soon, self.overdue, self.answered_late, self.without_annulled):
            checks.addWidget(check)
        checks.addStretch(1)
        filters.addLayout(checks, 1, 0, 1, 2)
        filters.setColumnStretch(1, 3)
        filters.setColumnStretch(3, 1)
        filters.setColumnStretch(5, 1)
        outer.addLayout(filters)

        self.table = register_table()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        outer.addWidget(self.table, 1)

        legend, self.status = legend_row()
        outer.addLayout(legend)

    def size_columns(self) -> None:
        """Fixed starting widths (never „resize to contents”: it would read every page)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, sample in COLUMN_SAMPLES.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + CELL_PADDING)
        header.setMinimumSectionSize(metrics.horizontalAdvance("Tip") + CELL_PADDING)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self._min_subject = metrics.horizontalAdvance("x" * SUBJECT_MIN_CHARS)
        self.table.viewport().installEventFilter(self)
        self.fit_subject()

    def fit_subject(self) -> None:
        """The subject takes the width left by the other columns, but never less than a readable
        minimum: on a narrow window the table scrolls sideways instead of hiding the subject."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != COL_SUBJECT)
        spare = self.table.viewport().width() - others
        header.resizeSection(COL_SUBJECT, max(self._min_subject, spare))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_subject()
        return False
