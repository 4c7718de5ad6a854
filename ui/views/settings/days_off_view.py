"""Tab „Zile libere”: extra days off granted by Government decision, per year."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.forms import add_row, hint_label


class DaysOffView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addWidget(
            hint_label(
                "Zilele libere acordate prin hotărâre a Guvernului (punți) în care primăria este "
                "închisă. Ele contează ca zile nelucrătoare la calculul tuturor termenelor. "
                "Sărbătorile legale și weekendurile sunt știute de program și nu se adaugă aici."
            )
        )
        year_row = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        year_label = QLabel("&Anul:")
        year_label.setBuddy(self.year)
        year_row.addWidget(year_label)
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        outer.addLayout(year_row)

        lists = QHBoxLayout()
        configured = QVBoxLayout()
        self.configured_title = QLabel()
        self.configured_title.setObjectName("sectionTitle")
        configured.addWidget(self.configured_title)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setTabKeyNavigation(False)
        configured.addWidget(self.table, 1)
        self.remove_button = QPushButton("&Elimină ziua selectată")
        self.remove_button.setAutoDefault(False)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        configured.addLayout(remove_row)
        lists.addLayout(configured, 3)

        holidays = QVBoxLayout()
        self.holidays_title = QLabel()
        self.holidays_title.setObjectName("sectionTitle")
        holidays.addWidget(self.holidays_title)
        self.holidays = QListWidget()
        self.holidays.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.holidays.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.holidays.setWordWrap(True)
        self.holidays.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holidays.addWidget(self.holidays, 1)
        lists.addLayout(holidays, 2)
        outer.addLayout(lists, 1)

        add_box = QGroupBox("Adăugați o zi liberă")
        add_layout = QVBoxLayout(add_box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        add_layout.addLayout(form)
        self.day_row = QHBoxLayout()  # the controller puts the date edit here
        self.day_holder = QWidget()
        self.day_holder.setLayout(self.day_row)
        self.day_row.setContentsMargins(0, 0, 0, 0)
        self.note = QLineEdit()
        self.note.setPlaceholderText("de exemplu: HG nr. 1234/2025")
        self.errors: dict[str, QLabel] = {}
        self.day_label, self.errors["day"] = add_row(form, "&Data:", self.day_holder)
        self.note_label, self.errors["note"] = add_row(
            form, "&Motivul (actul normativ):", self.note
        )
        self.add_button = QPushButton("Ada&ugă ziua liberă")
        self.add_button.setAutoDefault(False)
        add_row_buttons = QHBoxLayout()
        add_row_buttons.addWidget(self.add_button)
        add_row_buttons.addStretch(1)
        add_layout.addLayout(add_row_buttons)
        outer.addWidget(add_box)
