"""Controller of the tab „Zile libere”: list the year's extra days off, add one, remove one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from cic_desktop.core import CicCore
from cic_desktop.domain.dates_ro import fmt, fmt_long, weekday_ro
from cic_desktop.dto import DayOffData
from cic_desktop.errors import CicError, ValidationError
from ui.models.rows import Column, RowsModel
from ui.views.settings.days_off_view import DaysOffView
from ui.widgets import messages
from ui.widgets.dates import date_edit, from_qdate, to_qdate
from ui.widgets.forms import FieldErrors, on_enter
from ui.widgets.tables import fit_columns
from ui.windows.settings import deadline_moves_dialog
from ui.windows.settings.deadline_moves_dialog import MoveLine


class DaysOffTab:
    def __init__(self, core: CicCore, on_changed: Callable[[], None]) -> None:
        self._core = core
        self._on_changed = on_changed
        self.view = DaysOffView()
        today = core.clock.today()
        self.day = date_edit(today)
        self.day.show_non_working_days(core.calendar.working_calendar)
        self.view.day_row.addWidget(self.day)
        self.view.day_row.addStretch(1)
        self.view.day_label.setBuddy(self.day)
        self.errors = FieldErrors()
        self.errors.register("day", self.day, self.view.errors["day"])
        self.errors.register("note", self.view.note, self.view.errors["note"])
        self.model: RowsModel[DayOffData] = RowsModel(
            (
                Column("Data", lambda d: fmt(d.day), lambda d: d.day),
                Column("Ziua săptămânii", lambda d: weekday_ro(d.day)),
                Column("Motivul (actul normativ)", lambda d: d.note),
            )
        )
        self.view.table.setModel(self.model)
        fit_columns(self.view.table, 2)
        self.view.year.setValue(today.year)
        self.view.year.valueChanged.connect(self._year_changed)
        self.view.add_button.clicked.connect(self.add)
        self.view.remove_button.clicked.connect(self.remove_selected)
        self.view.table.selectionModel().selectionChanged.connect(self._update_buttons)
        on_enter(self.view.note, self.add)
        on_enter(self.day, self.add)
        on_enter(self.view.year, lambda: None)

    @property
    def year(self) -> int:
        return self.view.year.value()

    def load(self) -> None:
        year = self.year
        days = self._core.settings.days_off(year)
        self.model.set_rows(days)
        self.view.configured_title.setText(f"Zile libere suplimentare în {year}")
        calendar = self._core.calendar.working_calendar()
        self.view.holidays_title.setText(f"Sărbători legale în {year}")
        self.view.holidays.clear()
        for day, name in calendar.holidays_in(year).items():
            self.view.holidays.addItem(f"{fmt_long(day)} – {name}")
        self.day.refresh_non_working_days()
        self._update_buttons()

    def _year_changed(self, year: int) -> None:
        current = from_qdate(self.day.date())
        if current.year != year:
            self.day.setDate(to_qdate(_same_day_in(current, year)))
        self.load()

    def _update_buttons(self, *_args: object) -> None:
        self.view.remove_button.setEnabled(self.selected() is not None)

    def selected(self) -> DayOffData | None:
        rows = self.view.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add(self) -> bool:
        self.errors.clear()
        day = from_qdate(self.day.date())
        note = self.view.note.text()
        if note.strip():  # without a reason the core refuses it: no moves to show first
            intro = f"Ziua {fmt_long(day)} devine zi liberă ({note.strip()})."
            if not self.confirm_moves(day, note, intro, "&Adaugă ziua liberă și mută termenele"):
                return False
        try:
            self._core.settings.add_day_off(day, note)
        except ValidationError as err:
            self.errors.show(err)
            return False
        except CicError as err:
            messages.show_error(self.view, err.message_ro)
            return False
        self.view.note.clear()
        if day.year != self.year:
            self.view.year.setValue(day.year)  # reloads
        else:
            self.load()
        self._on_changed()
        return True

    def remove_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        moves = self._moves(chosen.day, chosen.note, adding=False)
        if moves is None:
            return False
        if moves:
            intro = (
                f"Ziua {fmt_long(chosen.day)} ({chosen.note}) nu mai este zi liberă: "
                "devine zi lucrătoare."
            )
            apply_text = "&Elimină ziua liberă și mută termenele"
            if not deadline_moves_dialog.confirm_moves(self.view, intro, moves, apply_text):
                return False
        else:
            question = (
                f"Eliminați ziua liberă {fmt_long(chosen.day)} ({chosen.note})?\n\n"
                "Termenele calculate de acum înainte o vor socoti zi lucrătoare."
            )
            if not messages.ask_yes_no(self.view, question, "Eliminați ziua liberă"):
                return False
        try:
            self._core.settings.remove_day_off(chosen.day)
        except CicError as err:
            messages.show_error(self.view, err.message_ro)
            return False
        self.load()
        self._on_changed()
        return True

    def _moves(self, day: date, note: str, *, adding: bool) -> list[MoveLine] | None:
        """The open cases whose deadlines the change would move; None if they cannot be read."""
        try:
            moved = self._core.settings.preview_day_off(day, note, adding=adding)
            return [
                MoveLine(
                    m.number_text,
                    m.name,
                    m.register,
                    m.old_legal,
                    m.new_legal,
                    m.old_internal,
                    m.new_internal,
                )
                for m in moved
            ]
        except CicError as err:
            messages.show_error(self.view, err.message_ro)
            return None

    def confirm_moves(self, day: date, note: str, intro: str, apply_text: str) -> bool:
        """True when nothing moves and no audience is booked that day, or the clerk agreed to
        the moves listed (the booked audiences are listed for postponement)."""
        moves = self._moves(day, note, adding=True)
        if moves is None:
            return False
        try:
            booked = self._core.audiences.booked_on(day)
        except CicError as err:
            messages.show_error(self.view, err.message_ro)
            return False
        if not moves and not booked:
            return True
        if not moves:
            apply_text = "&Adaugă ziua liberă"
        return deadline_moves_dialog.confirm_moves(self.view, intro, moves, apply_text, booked)


def _same_day_in(d: date, year: int) -> date:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return d.replace(year=year, day=28)
