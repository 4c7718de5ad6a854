"""The register of written requests for public information (Legea 544/2001) of one year.

There is no list service for 544 in the core yet: the rows are built from the registry entries of
the year and each request's details (a commune has a few hundred requests a year). The whole year
is read on the worker; the model holds the rows, filters them by text and sorts them in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.deadlines import DEADLINE_STATE_LABELS, DeadlineState, deadline_state
from cic_desktop.dto_public_info import INFO_OPEN_STATES
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
LEAD_WORKING_DAYS = 2

SHORT_DOMAIN = {
    InfoDomain.PUBLIC_MONEY: "banii publici",
    InfoDomain.DUTIES: "atribuțiile instituției",
    InfoDomain.REGULATIONS: "acte normative",
    InfoDomain.LEADERS: "activitatea conducerii",
    InfoDomain.LAW_544: "aplicarea Legii 544/2001",
    InfoDomain.OTHER: "altele",
}


@dataclass(frozen=True)
class InfoRow:
    id: int
    number: int
    number_text: str
    requester: str
    information: str
    domain: str
    state: str
    state_label: str
    legal_deadline: date | None
    refusal_deadline: date | None
    annulled: bool
    deadline_state: str | None
    refusal_passed: bool = False  # an open request whose 5-day refusal term is over

    def matches(self, words: Sequence[str]) -> bool:
        haystack = _fold(f"{self.number_text} {self.requester} {self.information}")
        return all(w in haystack for w in words)


def _fold(text: str) -> str:
    """Lower case without diacritics, so „stefan” finds „Ștefan”."""
    table = str.maketrans("ăâîșşțţ", "aaisstt")
    return text.lower().translate(table)


def search_words(text: str) -> list[str]:
    return _fold(text).split()


def load_rows(core: CicCore, year: int) -> list[InfoRow]:
    """The year's written requests (annulled ones too: they keep their numbers)."""
    today = core.clock.today()
    calendar = core.calendar.working_calendar()
    rows = []
    for entry in core.registry.entries(REGISTER_CODE, year):
        d = core.public_info.details(entry.id)
        annulled = entry.status == "annulled"
        is_open = not annulled and d.state in INFO_OPEN_STATES
        state = None
        if is_open and entry.legal_deadline is not None:
            target = min(entry.internal_target or entry.legal_deadline, entry.legal_deadline)
            state = deadline_state(
                entry.legal_deadline, target, today, calendar, LEAD_WORKING_DAYS
            ).value
        domain = SHORT_DOMAIN.get(InfoDomain(d.domain), d.domain) if d.domain else ""
        rows.append(
            InfoRow(
                id=entry.id,
                number=entry.number,
                number_text=entry.number_text,
                requester=entry.correspondent_name,
                information=entry.subject,
                domain=domain,
                state=d.state,
                state_label=d.state_label,
                legal_deadline=entry.legal_deadline,
                refusal_deadline=d.refusal_deadline if is_open else None,
                annulled=annulled,
                deadline_state=state,
                refusal_passed=is_open and d.refusal_deadline < today,
            )
        )
    return rows


def display(row: InfoRow, column: int) -> str:
    if column == COL_NUMBER:
        return row.number_text
    if column == COL_REQUESTER:
        return row.requester
    if column == COL_INFORMATION:
        return one_line(row.information)
    if column == COL_DOMAIN:
        return row.domain
    if column == COL_STATE:
        return "ANULAT" if row.annulled else row.state_label
    if column == COL_DEADLINE:
        return fmt(row.legal_deadline) if row.legal_deadline else ""
    if column == COL_REFUSAL_DEADLINE:
        return fmt(row.refusal_deadline) if row.refusal_deadline else ""
    return ""


def sort_value(row: InfoRow, column: int) -> Any:
    if column == COL_NUMBER:
        return row.number
    if column == COL_DEADLINE:
        return row.legal_deadline or date.min
    if column == COL_REFUSAL_DEADLINE:
        return row.refusal_deadline or date.min
    return _fold(display(row, column))


class PublicInfoTableModel(QAbstractTableModel):
    """All the year's rows in memory; `set_filter` shows those matching the words typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[InfoRow] = []
        self._rows: list[InfoRow] = []
        self._words: list[str] = []
        self._sort: tuple[int, bool] = (COL_NUMBER, True)  # the newest first
        self._brushes = {state: QBrush(QColor(c)) for state, c in DEADLINE_COLOURS.items()}
        self._grey = QBrush(QColor(ANNULLED_COLOUR))
        self._dark = QBrush(QColor("#000000"))
        self._late = QBrush(QColor(LATE_ANSWER_COLOUR))
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def set_rows(self, rows: Sequence[InfoRow]) -> None:
        self._all = list(rows)
        self._refilter()

    def set_filter(self, text: str) -> None:
        self._words = search_words(text)
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        rows = [r for r in self._all if r.matches(self._words)]
        column, descending = self._sort
        rows.sort(key=lambda r: sort_value(r, column), reverse=descending)
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[InfoRow]:
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
