"""Pieces the audiences layouts share: a read-only row table, a form box, a row of buttons."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
)

from ui.widgets.tables import read_only_rows


def row_table() -> QTableView:
    table = read_only_rows(QTableView())
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


def button(text: str, tip: str = "") -> QPushButton:
    b = QPushButton(text)
    b.setAutoDefault(False)
    if tip:
        b.setToolTip(tip)
    return b


def button_row(*buttons: QPushButton, stretch_at: int | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    for index, b in enumerate(buttons):
        if stretch_at == index:
            row.addStretch(1)
        row.addWidget(b)
    if stretch_at is None:
        row.addStretch(1)
    return row
