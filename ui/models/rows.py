"""A read-only table model over a short list of frozen dataclasses (settings lists).

Settings lists are a few dozen rows, loaded whole; registers will get paged models of their own.
Columns are named objects: a header, a display function and an optional sort value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_INACTIVE = QBrush(QColor("#808080"))

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    display: Callable[[T], str]
    sort_value: Callable[[T], Any] | None = None
    align_center: bool = False


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        columns: Sequence[Column[T]],
        *,
        is_inactive: Callable[[T], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._is_inactive = is_inactive

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(item)
        if role == SORT_ROLE:
            return column.sort_value(item) if column.sort_value else column.display(item)
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and self._is_inactive and self._is_inactive(item):
            return _INACTIVE
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_center:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None
