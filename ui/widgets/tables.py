"""Table setup shared by the pages: read-only row lists, and column sizing for the small tables."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

TableT = TypeVar("TableT", bound=QTableView)


def read_only_rows(table: TableT) -> TableT:
    """A list the clerk reads and opens: one whole row at a time, no editing, no row numbers,
    one line a row, and Tab leaves the table (keyboard-first forms)."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    return table


def register_table() -> QTableView:
    """The big register lists: fixed row height (fast with many rows), long text elided, columns
    the clerk can resize."""
    table = read_only_rows(QTableView())
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    return table


def fit_columns(table: QTableView, stretch_column: int) -> None:
    """Columns as wide as their contents; `stretch_column` takes the spare width."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    model = table.model()
    columns = model.columnCount() if model is not None else 0
    for column in range(columns):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if column == stretch_column
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
