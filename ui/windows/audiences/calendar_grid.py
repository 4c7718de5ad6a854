"""The calendar tab: an official's week (days as columns, slots as rows: who holds each, or
„liber”) or month (each day's „3/9 ocupate”). A free slot opens the sign-up on it, a booked one
opens the sign-up's file, a month day opens its week."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from cic_desktop.domain.dates_ro import MONTHS_RO, fmt
from cic_desktop.dto_audiences import Slot
from cic_desktop.errors import CicError
from ui.views.audiences.page_view import CalendarTabView
from ui.views.audiences.texts import WEEKDAYS
from ui.widgets.dates import from_qdate, to_qdate

DATA_ROLE = Qt.ItemDataRole.UserRole + 1
FREE = QBrush(QColor("#e3f4e1"))
BOOKED = QBrush(QColor("#dde8f7"))
NONE = QBrush(QColor("#f2f2f2"))
FREE_TEXT = "liber"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def previous_month(day: date) -> date:
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1)


def occupancy_text(slots: list[Slot]) -> str:
    booked = sum(1 for s in slots if not s.free)
    return f"{booked}/{len(slots)} ocupate"


class CalendarGrid:
    def __init__(
        self,
        view: CalendarTabView,
        service: Callable[[], Any],
        today: Callable[[], date],
        on_free: Callable[[Slot], None],
        on_booked: Callable[[int], None],
    ) -> None:
        self.view = view
        self._service = service
        self._today = today
        self._on_free = on_free
        self._on_booked = on_booked
        self.slots: dict[date, list[Slot]] = {}
        view.week.toggled.connect(lambda _c: self.reload())
        view.day.dateChanged.connect(lambda _d: self.reload())
        view.official.currentIndexChanged.connect(lambda _i: self.reload())
        view.previous_button.clicked.connect(lambda: self.move(-1))
        view.next_button.clicked.connect(lambda: self.move(1))
        view.grid.cellActivated.connect(self.activate)

    def day(self) -> date:
        return from_qdate(self.view.day.date())

    def is_week(self) -> bool:
        return self.view.week.isChecked()

    def move(self, step: int) -> None:
        day = self.day()
        if self.is_week():
            target = day + timedelta(days=7 * step)
        else:
            target = next_month(day) if step > 0 else previous_month(day)
        self.view.day.setDate(to_qdate(target))

    def period(self) -> tuple[date, date]:
        day = self.day()
        if self.is_week():
            start = monday_of(day)
            return start, start + timedelta(days=6)
        start = month_start(day)
        return start, next_month(start) - timedelta(days=1)

    def reload(self) -> None:
        official_id = self.view.official.currentData()
        start, end = self.period()
        grid = self.view.grid
        grid.clear()
        if official_id is None:
            grid.setRowCount(0)
            grid.setColumnCount(0)
            self.view.period.setText("")
            return
        try:
            self.slots = self._service().calendar(start, end, official_id=official_id)
        except CicError as err:
            self.view.period.setText(err.message_ro)
            return
        if self.is_week():
            self._fill_week(start)
            self.view.period.setText(f"{fmt(start)} – {fmt(start + timedelta(days=6))}")
        else:
            self._fill_month(start)
            self.view.period.setText(f"{MONTHS_RO[start.month - 1]} {start.year}")

    def _fill_week(self, monday: date) -> None:
        grid = self.view.grid
        days = [monday + timedelta(days=i) for i in range(7)]
        shown = [d for d in days if d.weekday() < 5 or self.slots.get(d)]
        times = sorted({s.time for d in shown for s in self.slots.get(d, [])})
        grid.setColumnCount(len(shown))
        grid.setRowCount(len(times))
        grid.setHorizontalHeaderLabels([f"{WEEKDAYS[d.weekday()]} {fmt(d)[:5]}" for d in shown])
        grid.setVerticalHeaderLabels(times)
        today = self._today()
        for column, day in enumerate(shown):
            by_time = {s.time: s for s in self.slots.get(day, [])}
            for row, time in enumerate(times):
                slot = by_time.get(time)
                item = QTableWidgetItem()
                if slot is None or (slot.free and slot.day < today):
                    slot = None  # nothing to do on a past free slot
                    item.setBackground(NONE)
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                elif slot.free:
                    item.setText(FREE_TEXT)
                    item.setBackground(FREE)
                    item.setToolTip("Dublu clic: înscriere pe această programare")
                else:
                    item.setText(f"{slot.name}\nnr. {slot.number_text}")
                    item.setBackground(BOOKED)
                    item.setToolTip("Dublu clic: deschide fișa înscrierii")
                item.setData(DATA_ROLE, slot)
                grid.setItem(row, column, item)
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _fill_month(self, first: date) -> None:
        grid = self.view.grid
        start = monday_of(first)
        end = next_month(first)
        weeks = ((end - start).days + 6) // 7
        grid.setColumnCount(7)
        grid.setRowCount(weeks)
        grid.setHorizontalHeaderLabels(list(WEEKDAYS))
        grid.setVerticalHeaderLabels(["" for _ in range(weeks)])
        for index in range(weeks * 7):
            day = start + timedelta(days=index)
            slots = self.slots.get(day, [])
            item = QTableWidgetItem()
            if day.month != first.month:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setText(str(day.day))
                item.setForeground(QBrush(QColor("#a0a0a0")))
            else:
                item.setText(f"{day.day}\n{occupancy_text(slots)}" if slots else str(day.day))
                item.setBackground(FREE if slots else NONE)
            item.setData(DATA_ROLE, day)
            grid.setItem(index // 7, index % 7, item)
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def activate(self, row: int, column: int) -> None:
        item = self.view.grid.item(row, column)
        value = item.data(DATA_ROLE) if item is not None else None
        if isinstance(value, Slot):
            if value.free:
                self._on_free(value)
            elif value.entry_id is not None:
                self._on_booked(value.entry_id)
        elif isinstance(value, date):
            self.view.week.setChecked(True)
            self.view.day.setDate(to_qdate(value))

    def cell_of(self, day: date, time: str) -> tuple[int, int] | None:
        grid = self.view.grid
        for row in range(grid.rowCount()):
            for column in range(grid.columnCount()):
                item = grid.item(row, column)
                value = item.data(DATA_ROLE) if item is not None else None
                if isinstance(value, Slot) and (value.day, value.time) == (day, time):
                    return row, column
        return None
