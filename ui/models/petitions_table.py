"""The registry list of petitions: a lazy table model over the ids of a query.

The model holds only the ids the core found (`petition_list.ids`, filtered and sorted in SQL) and
asks for rows a page at a time (`petition_list.rows(ids[a:b])`) when the view needs them; a small
cache keeps the pages last seen. Clicking a header does not sort here: the model announces the
sort key and the page re-queries the ids. No QSortFilterProxyModel: it would only see loaded rows.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.deadlines import DEADLINE_STATE_LABELS, DeadlineState
from cic_desktop.dto_petitions import PetitionRow

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole

(
    COL_NUMBER,
    COL_PETITIONER,
    COL_KIND,
    COL_SUBJECT,
    COL_DOMAIN,
    COL_DEPARTMENT,
    COL_STATE,
    COL_DEADLINE,
    COL_ANSWER,
) = range(9)
HEADERS: tuple[str, ...] = (
    "Nr. și data",
    "Petiționar",
    "Tip",
    "Obiect",
    "Domeniu",
    "Compartiment",
    "Stare",
    "Termen legal",
    "Răspuns / expediere",
)
SORT_KEYS: dict[int, str] = {
    COL_NUMBER: "number",
    COL_PETITIONER: "petitioner",
    COL_KIND: "kind",
    COL_SUBJECT: "subject",
    COL_DOMAIN: "domain",
    COL_DEPARTMENT: "department",
    COL_STATE: "state",
    COL_DEADLINE: "legal_deadline",
    COL_ANSWER: "answered_on",
}

SORT_ROLE = Role.UserRole + 1
ID_ROLE = Role.UserRole + 2
ROW_ROLE = Role.UserRole + 3
DEADLINE_STATE_ROLE = Role.UserRole + 4

PAGE_SIZE = 200
MAX_CACHED_PAGES = 40  # 8,000 rows in memory at most, whatever the size of the year

# Colour cues (background of the whole row) for open petitions, by DeadlineState value.
DEADLINE_COLOURS: dict[str, str] = {
    DeadlineState.DUE_SOON.value: "#ffedb3",  # amber
    DeadlineState.INTERNAL_TARGET_DAY.value: "#ffdf8c",  # deeper amber
    DeadlineState.LAST_LEGAL_DAY.value: "#ffc58a",  # orange
    DeadlineState.OVERDUE.value: "#f5a9a9",  # red
}
ANNULLED_COLOUR = "#8a8a8a"
LATE_ANSWER_COLOUR = "#a00000"
LEGEND: tuple[tuple[str, str], ...] = tuple(
    (colour, DEADLINE_STATE_LABELS[DeadlineState(state)])
    for state, colour in DEADLINE_COLOURS.items()
)

RowsFetcher = Callable[[Sequence[int]], list[PetitionRow]]


def one_line(text: str) -> str:
    return " ".join(text.split())


def answer_text(row: PetitionRow) -> str:
    """„12.03.2026 / 13.03.2026”: answered on / sent on (a dash for what is missing)."""
    if row.answered_on is None and row.sent_on is None:
        return ""
    answered = fmt(row.answered_on) if row.answered_on else "—"
    sent = fmt(row.sent_on) if row.sent_on else "—"
    return f"{answered} / {sent}"


def display(row: PetitionRow, column: int) -> str:
    if column == COL_NUMBER:
        return row.number_text
    if column == COL_PETITIONER:
        return row.petitioner
    if column == COL_KIND:
        return row.kind
    if column == COL_SUBJECT:
        return one_line(row.subject)
    if column == COL_DOMAIN:
        return row.domain
    if column == COL_DEPARTMENT:
        return row.department
    if column == COL_STATE:
        return "ANULAT" if row.annulled else row.state_label
    if column == COL_DEADLINE:
        return fmt(row.legal_deadline) if row.legal_deadline else ""
    if column == COL_ANSWER:
        return answer_text(row)
    return ""


def sort_value(row: PetitionRow, column: int) -> Any:
    """The native value a column sorts by (numbers and dates, not their text)."""
    if column == COL_NUMBER:
        return row.number
    if column == COL_DEADLINE:
        return row.legal_deadline or date.min
    if column == COL_ANSWER:
        return row.answered_on or date.min
    if column == COL_STATE:
        return row.state
    return display(row, column)


class PetitionsTableModel(QAbstractTableModel):
    """Rows are petitions (ids); data is fetched by page on first use."""

    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(
        self,
        fetch_rows: RowsFetcher,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_CACHED_PAGES,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self.page_size = page_size
        self._max_pages = max_pages
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[PetitionRow | None]] = OrderedDict()
        self.fetch_count = 0  # pages read from the core (tests check laziness)
        self._fonts: dict[str, QFont] = {}
        self._brushes = {state: QBrush(QColor(c)) for state, c in DEADLINE_COLOURS.items()}
        self._grey = QBrush(QColor(ANNULLED_COLOUR))
        self._late = QBrush(QColor(LATE_ANSWER_COLOUR))
        self._dark = QBrush(QColor("#000000"))

    # -- content ---------------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, entry_id: int) -> int | None:
        try:
            return self._ids.index(entry_id)
        except ValueError:
            return None

    def row_at(self, row: int) -> PetitionRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page_index = row // self.page_size
        page = self._pages.get(page_index)
        if page is None:
            page = self._load_page(page_index)
        else:
            self._pages.move_to_end(page_index)
        return page[row - page_index * self.page_size]

    def _load_page(self, page_index: int) -> list[PetitionRow | None]:
        start = page_index * self.page_size
        ids = self._ids[start : start + self.page_size]
        found = {r.id: r for r in self._fetch_rows(ids)}
        self.fetch_count += 1
        page: list[PetitionRow | None] = [found.get(i) for i in ids]
        self._pages[page_index] = page
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return page

    # -- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Role.DisplayRole:
            return display(row, column)
        if role == SORT_ROLE:
            return sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == DEADLINE_STATE_ROLE:
            return row.deadline_state
        if role == Role.BackgroundRole:
            return self._brushes.get(row.deadline_state or "")
        if role == Role.ForegroundRole:
            return self._foreground(row, column)
        if role == Role.FontRole and row.annulled:
            return self._font("struck")
        if role == Role.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _foreground(self, row: PetitionRow, column: int) -> QBrush | None:
        if row.annulled:
            return self._grey
        if column == COL_ANSWER and row.answered_late:
            return self._late
        if row.deadline_state in self._brushes:
            return self._dark  # dark text stays readable on the coloured rows in any theme
        return None

    def _font(self, kind: str) -> QFont:
        if kind not in self._fonts:
            font = QFont()
            font.setStrikeOut(True)
            self._fonts[kind] = font
        return self._fonts[kind]

    def _tooltip(self, row: PetitionRow, column: int) -> str | None:
        if row.annulled:
            return "Înregistrare anulată: numărul rămâne ocupat."
        if column == COL_SUBJECT:
            return row.subject[:1000]
        if column == COL_ANSWER and row.answered_late:
            return "Răspuns după termenul legal."
        if row.deadline_state:
            label = DEADLINE_STATE_LABELS[DeadlineState(row.deadline_state)]
            target = f"; țintă internă {fmt(row.internal_target)}" if row.internal_target else ""
            legal = fmt(row.legal_deadline) if row.legal_deadline else ""
            return f"{label.capitalize()}: termen legal {legal}{target}"
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if role != Role.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return HEADERS[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._ids):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Asked by the header: announce the core's sort key; the page re-queries the ids."""
        key = SORT_KEYS.get(column)
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)
