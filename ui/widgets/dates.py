"""Date inputs in the Romanian form dd.MM.yyyy, and conversions between QDate and date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDateEdit, QLineEdit, QWidget

from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.dates_ro import fmt, parse_date

DISPLAY_FORMAT = "dd.MM.yyyy"


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class DateEdit(QDateEdit):
    """QDateEdit whose calendar also opens from the keyboard (Alt+↓ or F4, as in a combo box)
    and can show public holidays and configured days off in red, named in a tooltip."""

    _working_calendar: Callable[[], WorkingCalendar] | None = None

    def show_non_working_days(self, working_calendar: Callable[[], WorkingCalendar]) -> None:
        """Mark non-working weekdays in the calendar; the shown year is marked on each turn."""
        self._working_calendar = working_calendar
        self.calendarWidget().currentPageChanged.connect(self._mark_year)
        self.refresh_non_working_days()

    def refresh_non_working_days(self) -> None:
        """Call after the days off change."""
        calendar = self.calendarWidget()
        self._mark_year(calendar.yearShown())

    def _mark_year(self, year: int, _month: int = 0) -> None:
        if self._working_calendar is None:
            return
        working = self._working_calendar()
        calendar = self.calendarWidget()
        calendar.setDateTextFormat(QDate(), QTextCharFormat())  # a null date clears all marks
        days = set(working.holidays_in(year)) | {
            d for d in working.extra_days_off if d.year == year
        }
        for day in sorted(days):
            reason = working.non_working_reason(day)
            if reason is None:
                continue
            mark = QTextCharFormat()
            mark.setForeground(QColor("#b00020"))
            mark.setFontWeight(QFont.Weight.Bold)
            mark.setToolTip(reason)
            calendar.setDateTextFormat(to_qdate(day), mark)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if self.calendarPopup() and (alt_down or event.key() == Qt.Key.Key_F4):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        # Qt opens the popup only from a click on the arrow: send that click.
        arrow = QPointF(self.width() - 6, self.height() / 2)
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            QApplication.sendEvent(
                self,
                QMouseEvent(
                    kind,
                    arrow,
                    self.mapToGlobal(arrow),
                    Qt.MouseButton.LeftButton,
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                ),
            )


def date_edit(value: date, parent: QWidget | None = None) -> DateEdit:
    """A date field showing dd.MM.yyyy, with a calendar popup that starts weeks on Monday."""
    edit = DateEdit(to_qdate(value), parent)
    edit.setDisplayFormat(DISPLAY_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1990, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    calendar = QCalendarWidget(edit)
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    calendar.setGridVisible(True)
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
    edit.setCalendarWidget(calendar)
    return edit


class OptionalDateEdit(QLineEdit):
    """A date that may stay empty (a term of office not yet known): typed as zz.ll.aaaa."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.setPlaceholderText("zz.ll.aaaa (opțional)")
        self.setMaxLength(10)

    def value(self) -> date | None:
        """The date typed, None if empty; raises ValidationError (Romanian) if it is not a date."""
        text = self.text().strip()
        return parse_date(text, self._field) if text else None

    def set_value(self, value: date | None) -> None:
        self.setText(fmt(value) if value else "")


class TabOutDateEdit(DateEdit):
    """Tab leaves the field at once instead of walking day → month → year: in a long form the
    clerk types the digits (ddmmyyyy) or keeps the date shown and moves on."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt names)
        return QWidget.focusNextPrevChild(self, next)


def form_date_edit(value: date, parent: QWidget | None = None) -> TabOutDateEdit:
    """Like `date_edit`, for forms driven by Tab (registration, workflow dialogs)."""
    edit = TabOutDateEdit(to_qdate(value), parent)
    edit.setDisplayFormat(DISPLAY_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMinimumDate(QDate(1990, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    calendar = QCalendarWidget(edit)
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    calendar.setGridVisible(True)
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
    edit.setCalendarWidget(calendar)
    return edit
