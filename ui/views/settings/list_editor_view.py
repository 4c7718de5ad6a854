"""A list with an edit form under it: used by „Conducere”, „Compartimente” and „Personal CIC”."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.forms import error_label, hint_label


class ListEditorView(QWidget):
    def __init__(self, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addWidget(hint_label(intro))
        self.show_inactive = QCheckBox("Arată și pe cei inacti&vi")
        outer.addWidget(self.show_inactive)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setTabKeyNavigation(False)
        outer.addWidget(self.table, 1)

        self.form_box = QGroupBox()
        box_layout = QVBoxLayout(self.form_box)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        box_layout.addLayout(self.form)
        self.general_error = error_label("formError")
        box_layout.addWidget(self.general_error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton()
        self.new_button = QPushButton("N&ou")
        self.toggle_button = QPushButton()
        for button in (self.save_button, self.new_button, self.toggle_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.toggle_button)
        box_layout.addLayout(buttons)
        outer.addWidget(self.form_box)
