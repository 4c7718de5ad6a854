"""Layout of the „Informații publice” page: the written requests of a year (register, filter,
legend) and, on a second tab, the verbal requests logged at the desk.

Mnemonics avoid the menu bar's letters (F, I, M, J) and each other.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.models.petitions_table import ANNULLED_COLOUR, LEGEND
from ui.models.public_info_table import (
    COL_DEADLINE,
    COL_DOMAIN,
    COL_INFORMATION,
    COL_NUMBER,
    COL_REFUSAL_DEADLINE,
    COL_REQUESTER,
    COL_STATE,
)
from ui.views.petitions.list_view import CELL_PADDING
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


def _swatch(colour: str, text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(
        f"background-color: {colour}; color: black; border: 1px solid #b0b0b0; padding: 1px 6px;"
    )
    return label


def _button(text: str, tooltip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)
    if tooltip:
        button.setToolTip(tooltip)
    return button


class PublicInfoListView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        title_row = QHBoxLayout()
        title = QLabel("Solicitări de informații de interes public (Legea nr. 544/2001)")
        title.setObjectName("pageTitle")
        self.year = QComboBox()
        self.year.setMinimumContentsLength(6)
        year_label = QLabel("&Anul:")
        year_label.setBuddy(self.year)
        self.count = QLabel()
        self.count.setObjectName("resultValue")
        title_row.addWidget(title)
        title_row.addSpacing(16)
        title_row.addWidget(year_label)
        title_row.addWidget(self.year)
        title_row.addStretch(1)
        title_row.addWidget(self.count)
        outer.addLayout(title_row)

        tools = QHBoxLayout()
        self.new_button = _button("Solicitare &nouă…", "Înregistrează o solicitare scrisă (Ctrl+N)")
        self.open_button = _button("&Deschide fișa", "Fișa solicitării selectate (Enter)")
        self.verbal_button = _button(
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
        self.book_button = _button(
            "Tipărește &registrul…", "Registrul anului, în format PDF, cu filele numerotate"
        )
        self.export_button = _button("&Export Excel…", "Registrul anului și solicitările verbale")
        self.report_button = _button(
            "Raport an&ual 544…", "Raportul anual de evaluare (anexa nr. 10, HG nr. 123/2002)"
        )
        self.forms_button = _button(
            "F&ormulare necompletate…", "Anexele 4, 5 și 6, pentru cei care vin la ghișeu"
        )
        self.import_button: QPushButton | None = (
            _button("Im&port…", "Preia un registru 544 ținut în Excel")
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
        legend = QHBoxLayout()
        legend.addWidget(QLabel("Culori:"))
        for colour, text in LEGEND:
            legend.addWidget(_swatch(colour, text))
        annulled = QLabel("anulată (tăiată)")
        annulled.setStyleSheet(
            f"color: {ANNULLED_COLOUR}; text-decoration: line-through; "
            "border: 1px solid #b0b0b0; padding: 1px 6px;"
        )
        legend.addWidget(annulled)
        legend.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("hint")
        legend.addWidget(self.status)
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
