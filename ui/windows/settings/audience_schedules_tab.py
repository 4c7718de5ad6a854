"""Controller of the settings tab „Program de audiențe”: each official's programmes (add, edit,
end — never delete), the days a programme does not take place, and the public notice (PDF)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QWidget

from cic_desktop.domain.dates_ro import fmt, weekday_ro
from cic_desktop.dto_audiences import CancellationData, ScheduleData, ScheduleInput
from cic_desktop.errors import CicError, ValidationError
from cic_desktop.labels import OFFICIAL_ROLE
from ui.models.rows import Column, RowsModel
from ui.views.audiences.schedules_view import SchedulesView
from ui.views.audiences.texts import MONTH_WEEKS, WEEKDAYS, recurrence_items
from ui.widgets import files, messages
from ui.widgets.dates import from_qdate, to_qdate
from ui.widgets.forms import FieldErrors
from ui.widgets.tables import fit_columns
from ui.windows.audiences import services
from ui.windows.audiences.small_dialogs import DayDialog

TAB_SCHEDULES = "Program de audiențe"
MONTHLY = "monthly"


def _hhmm(edit: Any) -> str:
    return edit.time().toString("HH:mm")


def _qtime(text: str) -> QTime:
    return QTime.fromString(text, "HH:mm")


def official_line(official: Any) -> str:
    role = OFFICIAL_ROLE.get(official.role, "")  # StrEnum keys match the stored text
    return f"{official.name} ({role.lower()})" if role else official.name


class AudienceSchedulesTab:
    def __init__(self, core: Any, on_changed: Callable[[], None]) -> None:
        self._core = core
        self._on_changed = on_changed
        self.view = SchedulesView(core.clock.today())
        v = self.view
        self.errors = FieldErrors(v.general_error)
        for field, label in v.errors.items():
            widget = {
                "official_id": v.official,
                "start_time": v.start_time,
                "end_time": v.end_time,
                "slot_minutes": v.slot_minutes,
                "day": v.cancel_day,
                "reason": v.cancel_reason,
            }.get(field) or getattr(v, field)
            self.errors.register(field, widget, label)
        self.model: RowsModel[ScheduleData] = RowsModel(
            (
                Column("Persoana", lambda s: s.official_name),
                Column("Programul", lambda s: s.description_ro),
                Column("De la", lambda s: fmt(s.valid_from), lambda s: s.valid_from),
                Column("Până la", lambda s: fmt(s.valid_until) if s.valid_until else "—"),
            ),
            is_inactive=lambda s: not s.active,
        )
        v.table.setModel(self.model)
        fit_columns(v.table, 1)
        self.days_model: RowsModel[CancellationData] = RowsModel(
            (
                Column("Ziua", lambda c: f"{weekday_ro(c.day)}, {fmt(c.day)}", lambda c: c.day),
                Column("Motivul", lambda c: c.reason),
            )
        )
        v.cancellations.setModel(self.days_model)
        fit_columns(v.cancellations, 1)
        for index, name in enumerate(WEEKDAYS):
            v.weekday.addItem(name, index)
        for value, label in recurrence_items():
            v.recurrence.addItem(label, value)
        for value, label in MONTH_WEEKS:
            v.month_week.addItem(label, value)
        self.current: ScheduleData | None = None
        self.dialog: QDialog | None = None
        v.recurrence.currentIndexChanged.connect(lambda _i: self._recurrence_changed())
        v.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        v.cancellations.selectionModel().selectionChanged.connect(lambda *_a: self._buttons())
        v.show_ended.toggled.connect(lambda _c: self.load())
        v.save_button.clicked.connect(self.save)
        v.new_button.clicked.connect(self.start_new)
        v.end_button.clicked.connect(self.ask_end)
        v.cancel_button.clicked.connect(self.cancel_day)
        v.restore_button.clicked.connect(self.restore_day)
        v.notice_button.clicked.connect(self.print_notice)
        self._recurrence_changed()

    @property
    def service(self) -> Any:
        return services.audiences(self._core)

    # -- loading -------------------------------------------------------------------------------

    def load(self, select_id: int | None = None) -> None:
        v = self.view
        chosen = v.official.currentData()
        v.official.blockSignals(True)
        v.official.clear()
        for official in self._core.settings.officials():
            v.official.addItem(official_line(official), official.id)
        v.official.setCurrentIndex(max(0, v.official.findData(chosen)))
        v.official.blockSignals(False)
        if select_id is None and self.current is not None:
            select_id = self.current.id
        try:
            rows = self.service.schedules(include_inactive=v.show_ended.isChecked())
        except ImportError:  # a build without the audiences service: the tab stays inert
            v.setEnabled(False)
            return
        self.model.set_rows(rows)
        for row, item in enumerate(rows):
            if item.id == select_id:
                v.table.selectRow(row)
                return
        self.start_new()

    def _selected(self) -> None:
        rows = self.view.table.selectionModel().selectedRows()
        self._edit(self.model.row_at(rows[0].row()) if rows else None)

    def selected_cancellation(self) -> CancellationData | None:
        rows = self.view.cancellations.selectionModel().selectedRows()
        return self.days_model.row_at(rows[0].row()) if rows else None

    def start_new(self) -> None:
        self.view.table.clearSelection()
        self._edit(None)

    def _edit(self, item: ScheduleData | None) -> None:
        v = self.view
        self.current = item
        self.errors.clear()
        today = self._core.clock.today()
        if item is None:
            v.form_box.setTitle("Program nou")
            v.save_button.setText("Adaugă pro&gramul")
            v.weekday.setCurrentIndex(2)
            v.recurrence.setCurrentIndex(0)
            v.start_time.setTime(QTime(9, 0))
            v.end_time.setTime(QTime(12, 0))
            v.slot_minutes.setValue(15)
            v.place.clear()
            v.signup_channels.clear()
            v.valid_from.setDate(to_qdate(today))
            v.valid_until.set_value(None)
            self.days_model.set_rows([])
        else:
            v.form_box.setTitle(f"Modificați: {item.description_ro}")
            v.save_button.setText("Salvează &modificările")
            v.official.setCurrentIndex(max(0, v.official.findData(item.official_id)))
            v.weekday.setCurrentIndex(max(0, v.weekday.findData(item.weekday)))
            v.recurrence.setCurrentIndex(max(0, v.recurrence.findData(item.recurrence)))
            v.month_week.setCurrentIndex(max(0, v.month_week.findData(item.month_week)))
            v.start_time.setTime(_qtime(item.start_time))
            v.end_time.setTime(_qtime(item.end_time))
            v.slot_minutes.setValue(item.slot_minutes)
            v.place.setText(item.place)
            v.signup_channels.setText(item.signup_channels)
            v.valid_from.setDate(to_qdate(item.valid_from))
            v.valid_until.set_value(item.valid_until)
            self.days_model.set_rows(self.service.cancellations(schedule_id=item.id))
        self._recurrence_changed()
        self._buttons()

    def _buttons(self) -> None:
        v = self.view
        chosen = self.current is not None
        v.end_button.setEnabled(chosen and bool(self.current and self.current.active))
        v.days_box.setEnabled(chosen)
        v.restore_button.setEnabled(chosen and self.selected_cancellation() is not None)

    def _recurrence_changed(self) -> None:
        self.view.show_month_week(self.view.recurrence.currentData() == MONTHLY)

    # -- saving --------------------------------------------------------------------------------

    def collect(self) -> ScheduleInput:
        v = self.view
        recurrence = v.recurrence.currentData()
        return ScheduleInput(
            official_id=v.official.currentData(),
            weekday=int(v.weekday.currentData()),
            recurrence=recurrence,
            start_time=_hhmm(v.start_time),
            end_time=_hhmm(v.end_time),
            slot_minutes=v.slot_minutes.value(),
            month_week=v.month_week.currentData() if recurrence == MONTHLY else None,
            place=v.place.text(),
            signup_channels=v.signup_channels.text(),
            valid_from=from_qdate(v.valid_from.date()),
            valid_until=v.valid_until.value(),
        )

    def _attempt(self, work: Callable[[], Any]) -> Any:
        self.errors.clear()
        try:
            return work()
        except ValidationError as err:
            self.errors.show(err)
        except CicError as err:
            messages.show_error(self.view, err.message_ro)
        return None

    def save(self) -> ScheduleData | None:
        current = self.current

        def work() -> ScheduleData:
            data = self.collect()
            if current is None:
                return self.service.add_schedule(data)
            return self.service.update_schedule(current.id, data)

        saved = self._attempt(work)
        if saved is not None:
            self.current = saved
            self.load(select_id=saved.id)
            self._on_changed()
        return saved

    def ask_end(self) -> QDialog | None:
        current = self.current
        if current is None:
            return None
        dialog = DayDialog(
            "Încheierea programului",
            f"{current.official_name}: {current.description_ro}\n\nDupă ultima zi nu se mai "
            "oferă programări; înscrierile existente rămân.",
            "În&cheie programul",
            self._core.clock.today(),
            self.view,
            "last_day",
        )
        dialog.action = lambda: self.end_schedule(current.id, dialog.chosen())
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def end_schedule(self, schedule_id: int, last_day: date) -> Any:
        """Raises the core's refusal (the dialog shows it)."""
        result = self.service.end_schedule(schedule_id, last_day)
        self.load(select_id=schedule_id)
        self._on_changed()
        return result

    def cancel_day(self) -> bool:
        current = self.current
        if current is None:
            return False
        day = from_qdate(self.view.cancel_day.date())
        reason = self.view.cancel_reason.text()
        if self._attempt(lambda: self.service.cancel_day(current.id, day, reason) or True) is None:
            return False
        self.view.cancel_reason.clear()
        self.days_model.set_rows(self.service.cancellations(schedule_id=current.id))
        self._buttons()
        self._on_changed()
        return True

    def restore_day(self) -> bool:
        current, chosen = self.current, self.selected_cancellation()
        if current is None or chosen is None:
            return False
        if not messages.ask_yes_no(
            self.view,
            f"Programul va avea loc din nou {weekday_ro(chosen.day)}, {fmt(chosen.day)}. "
            "Continuați?",
            "Restabiliți ziua",
        ):
            return False
        if self._attempt(lambda: self.service.restore_day(current.id, chosen.day) or True) is None:
            return False
        self.days_model.set_rows(self.service.cancellations(schedule_id=current.id))
        self._buttons()
        self._on_changed()
        return True

    def print_notice(self) -> None:
        parent: QWidget = self.view
        path = files.save_path(
            parent, "Salvați anunțul public", "program-audiente.pdf", files.PDF_FILTER
        )
        if path is None:
            return
        try:
            written = services.outputs(self._core).print_public_notice(path)
        except CicError as err:
            messages.show_error(parent, err.message_ro)
            return
        files.open_file(written or path)
