"""The register of written requests for public information (Legea 544/2001) of one year.

The core reads the year in one query (`core.public_info.list_rows`) on the worker; the model holds
the rows (a commune has a few hundred requests a year), filters them by text and sorts in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.deadlines import DEADLINE_STATE_LABELS, DeadlineState
from cic_desktop.domain.text import search_key
from cic_desktop.dto_public_info import InfoListRow
from cic_desktop.labels import InfoDomain
from ui.models.petitions_table import (
    ANNULLED_COLOUR,
    DEADLINE_COLOURS,
    LATE_ANSWER_COLOUR,
    one_line,
)

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole

(
    COL_NUMBER,
    COL_REQUESTER,
    COL_INFORMATION,
    COL_DOMAIN,
    COL_STATE,
    COL_DEADLINE,
    COL_REFUSAL_DEADLINE,
) = range(7)
HEADERS: tuple[str, ...] = (
    "Nr. și data",
    "Solicitant",
    "Informația solicitată",
    "Domeniul",
    "Stare",
    "Termen de răspuns",
    "Termen de refuz",
)
SORT_ROLE = Role.UserRole + 1
ID_ROLE = Role.UserRole + 2
REGISTER_CODE = "public_info"

SHORT_DOMAIN = {
    InfoDomain.PUBLIC_MONEY: "banii publici",
    InfoDomain.DUTIES: "atribuțiile instituției",
    InfoDomain.REGULATIONS: "acte normative",
    InfoDomain.LEADERS: "activitatea conducerii",
    InfoDomain.LAW_544: "aplicarea Legii 544/2001",
    InfoDomain.OTHER: "altele",
}


def matches(row: InfoListRow, words: Sequence[str]) -> bool:
    """Every word typed starts a word of the number, requester or information (no diacritics)."""
    key = f" {row.search_key}"
    return all(f" {w}" in key or row.number_text.startswith(w) for w in words)


def search_words(text: str) -> list[str]:
    return search_key(text).split()


def load_rows(core: CicCore, year: int) -> list[InfoListRow]:
    """The year's written requests (annulled ones too: they keep their numbers)."""
    return core.public_info.list_rows(year)


def display(row: InfoListRow, column: int) -> str:
    if column == COL_NUMBER:
        return row.number_text
    if column == COL_REQUESTER:
        return row.requester
    if column == COL_INFORMATION:
        return one_line(row.information)
    if column == COL_DOMAIN:
        return SHORT_DOMAIN.get(row.domain, row.domain)  # type: ignore[call-overload]
    if column == COL_STATE:
        return "ANULAT" if row.annulled else row.state_label
    if column == COL_DEADLINE:
        return fmt(row.legal_deadline) if row.legal_deadline else ""
    if column == COL_REFUSAL_DEADLINE:
        return fmt(row.refusal_deadline) if row.refusal_deadline else ""
    return ""


def sort_value(row: InfoListRow, column: int) -> Any:
    if column == COL_NUMBER:
        return row.number
    if column == COL_DEADLINE:
        return row.legal_deadline or date.min
    if column == COL_REFUSAL_DEADLINE:
        return row.refusal_deadline or date.min
    return search_key(display(row, column))


class PublicInfoTableModel(QAbstractTableModel):
    """All the year's rows in memory; `set_filter` shows those matching the words typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[InfoListRow] = []
        self._rows: list[InfoListRow] = []
        self._words: list[str] = []
        self._sort: tuple[int, bool] = (COL_NUMBER, True)  # the newest first
        self._brushes = {state: QBrush(QColor(c)) for state, c in DEADLINE_COLOURS.items()}
        self._grey = QBrush(QColor(ANNULLED_COLOUR))
        self._dark = QBrush(QColor("#000000"))
        self._late = QBrush(QColor(LATE_ANSWER_COLOUR))
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def set_rows(self, rows: Sequence[InfoListRow]) -> None:
        self._all = list(rows)
        self._refilter()

    def set_filter(self, text: str) -> None:
        self._words = search_words(text)
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        rows = [r for r in self._all if matches(r, self._words)]
        column, descending = self._sort
        rows.sort(key=lambda r: sort_value(r, column), reverse=descending)
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[InfoListRow]:
        return list(self._rows)

    def id_at(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, entry_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == entry_id), None)

    # -- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Role.DisplayRole:
            return display(row, column)
        if role == SORT_ROLE:
            return sort_value(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Role.BackgroundRole:
            return self._brushes.get(row.deadline_state or "")
        if role == Role.ForegroundRole:
            if row.annulled:
                return self._grey
            if column == COL_REFUSAL_DEADLINE and row.refusal_passed:
                return self._late
            return self._dark if row.deadline_state in self._brushes else None
        if role == Role.FontRole and row.annulled:
            return self._struck
        if role == Role.ToolTipRole:
            if row.annulled:
                return "Înregistrare anulată: numărul rămâne ocupat."
            if column == COL_INFORMATION:
                return row.information[:1000]
            if column == COL_REFUSAL_DEADLINE and row.refusal_passed:
                return "Termenul de 5 zile pentru un refuz motivat a trecut."
            if row.deadline_state:
                label = DEADLINE_STATE_LABELS[DeadlineState(row.deadline_state)]
                legal = fmt(row.legal_deadline) if row.legal_deadline else ""
                return f"{label.capitalize()}: termen de răspuns {legal}"
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if role != Role.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return HEADERS[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(HEADERS):
            self._sort = (column, order == Qt.SortOrder.DescendingOrder)
            self._refilter()
