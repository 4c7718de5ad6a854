"""Column sizing for the small settings tables: one column takes the spare width."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView


def fit_columns(table: QTableView, stretch_column: int) -> None:
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
