"""Layout of the „Informații publice” page: the written requests of a year (register, filter,
legend) and, on a second tab, the verbal requests logged at the desk.

Mnemonics avoid the menu bar's letters (F, I, M, J) and each other.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.models.public_info_table import (
    COL_DEADLINE,
    COL_DOMAIN,
    COL_INFORMATION,
    COL_NUMBER,
    COL_REFUSAL_DEADLINE,
    COL_REQUESTER,
    COL_STATE,
)
from ui.views.register_page import CELL_PADDING, legend_row, title_row, tool_button
from ui.widgets.tables import register_table

COLUMN_SAMPLES = {
    COL_NUMBER: "9999/30.12.2026",
    COL_REQUESTER: "Nicolae Drăgulescu",
    COL_DOMAIN: "aplicarea Legii 544/2001",
    COL_STATE: "notificare de prelungire trimisă",
    COL_DEADLINE: "Termen de răspuns",
    COL_REFUSAL_DEADLINE: "Termen de refuz",
}


def importer_available() -> bool:
    """The 544 importer is wired only once it exists in the core."""
    import importlib.util

    return importlib.util.find_spec("cic_desktop.importing.public_info_import") is not None


class PublicInfoListView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        heading, self.year, self.count = title_row(
            "Solicitări de informații de interes public (Legea nr. 544/2001)"
        )
        outer.addLayout(heading)

        tools = QHBoxLayout()
        self.new_button = tool_button(
            "Solicitare &nouă…", "Înregistrează o solicitare scrisă (Ctrl+N)"
        )
        self.open_button = tool_button("&Deschide fișa", "Fișa solicitării selectate (Enter)")
        self.verbal_button = tool_button(
            "Solicitare &verbală…", "Consemnează o solicitare verbală (Ctrl+Shift+V)"
        )
        for button in (self.new_button, self.open_button, self.verbal_button):
            tools.addWidget(button)
        tools.addSpacing(16)
        self.text = QLineEdit()
        self.text.setPlaceholderText("număr, solicitant sau cuvinte din informația solicitată")
        self.text.setClearButtonEnabled(True)
        search_label = QLabel("&Caută:")
        search_label.setBuddy(self.text)
        tools.addWidget(search_label)
        tools.addWidget(self.text, 1)
        outer.addLayout(tools)

        outputs = QHBoxLayout()
        self.book_button = tool_button(
            "Tipărește &registrul…", "Registrul anului, în format PDF, cu filele numerotate"
        )
        self.export_button = tool_button(
            "&Export Excel…", "Registrul anului și solicitările verbale"
        )
        self.report_button = tool_button(
            "Raport an&ual 544…", "Raportul anual de evaluare (anexa nr. 10, HG nr. 123/2002)"
        )
        self.forms_button = tool_button(
            "F&ormulare necompletate…", "Anexele 4, 5 și 6, pentru cei care vin la ghișeu"
        )
        self.import_button: QPushButton | None = (
            tool_button("Im&port…", "Preia un registru 544 ținut în Excel")
            if importer_available()
            else None
        )
        for button in (
            self.book_button,
            self.export_button,
            self.report_button,
            self.forms_button,
            self.import_button,
        ):
            if button is not None:
                outputs.addWidget(button)
        outputs.addStretch(1)
        outer.addLayout(outputs)

        self.tabs = QTabWidget()
        written = QWidget()
        written_layout = QVBoxLayout(written)
        self.table = register_table()
        self.table.horizontalHeader().setSortIndicatorShown(True)
        written_layout.addWidget(self.table, 1)
        legend, self.status = legend_row()
        written_layout.addLayout(legend)
        self.tabs.addTab(written, "Solicitări scrise")

        verbal = QWidget()
        verbal_layout = QVBoxLayout(verbal)
        self.verbal_count = QLabel()
        verbal_layout.addWidget(self.verbal_count)
        self.verbal_table = register_table()
        self.verbal_table.horizontalHeader().setStretchLastSection(True)
        verbal_layout.addWidget(self.verbal_table, 1)
        self.tabs.addTab(verbal, "Solicitări verbale")
        outer.addWidget(self.tabs, 1)

    def size_columns(self) -> None:
        """Fixed starting widths; the information requested takes the rest."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column, sample in COLUMN_SAMPLES.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + CELL_PADDING)
        header.setSectionResizeMode(COL_INFORMATION, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
