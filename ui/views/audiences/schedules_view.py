"""Layout of the settings tab „Program de audiențe”: the programmes, the form of one programme,
the days on which the selected programme does not take place."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.views.audiences.common import button, button_row, form_layout, row_table
from ui.widgets.dates import OptionalDateEdit, form_date_edit
from ui.widgets.forms import add_row, error_label, hint_label


def time_edit(hour: int, minute: int = 0) -> QTimeEdit:
    edit = QTimeEdit(QTime(hour, minute))
    edit.setDisplayFormat("HH:mm")
    return edit


class SchedulesView(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.addWidget(
            hint_label(
                "Programul de audiențe al primarului, viceprimarului și secretarului general "
                "(Legea nr. 544/2001, art. 5 alin. (1) lit. b). Un program nu se șterge: se "
                "încheie la o dată, iar înscrierile făcute rămân în registru."
            )
        )
        top = QHBoxLayout()
        self.show_ended = QCheckBox("Arată și programele încheiat&e")
        self.notice_button = button(
            "&Tipărește anunțul public…", "Anunțul programului de audiențe, în format PDF"
        )
        top.addWidget(self.show_ended)
        top.addStretch(1)
        top.addWidget(self.notice_button)
        outer.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = row_table()
        splitter.addWidget(self.table)

        lower = QWidget()
        columns = QHBoxLayout(lower)
        columns.setContentsMargins(0, 0, 0, 0)
        self.form_box = QGroupBox("Program nou")
        box = QVBoxLayout(self.form_box)
        form = form_layout()
        self.official = QComboBox()
        self.weekday = QComboBox()
        self.recurrence = QComboBox()
        self.month_week = QComboBox()
        hours = QHBoxLayout()
        self.start_time = time_edit(9)
        self.end_time = time_edit(12)
        self.slot_minutes = QSpinBox()
        self.slot_minutes.setRange(5, 240)
        self.slot_minutes.setSingleStep(5)
        self.slot_minutes.setValue(15)
        self.slot_minutes.setSuffix(" min")
        hours.setContentsMargins(0, 0, 0, 0)
        hours.addWidget(self.start_time)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.end_time)
        hours.addSpacing(12)
        slot_label = QLabel("durata unei programări:")
        slot_label.setBuddy(self.slot_minutes)
        hours.addWidget(slot_label)
        hours.addWidget(self.slot_minutes)
        hours.addStretch(1)
        hours_box = QWidget()
        hours_box.setLayout(hours)
        self.place = QLineEdit()
        self.place.setPlaceholderText("de exemplu: Cabinetul primarului, etaj 1")
        self.signup_channels = QLineEdit()
        self.signup_channels.setPlaceholderText("de exemplu: la CIC, telefonic la 0233 000 000")
        self.valid_from = form_date_edit(today)
        self.valid_until = OptionalDateEdit("valid_until")
        self._row(form, "official_id", "&Persoana:", self.official)
        self._row(form, "weekday", "&Ziua:", self.weekday)
        self._row(form, "recurrence", "&Recurența:", self.recurrence)
        self.month_week_label, _ = self._row(
            form, "month_week", "A câta zi din &lună:", self.month_week
        )
        self._row(form, "start_time", "&Intervalul orar:", hours_box)
        self.errors["end_time"] = self.errors["slot_minutes"] = self.errors["start_time"]
        self._row(form, "place", "Lo&cul:", self.place)
        self._row(form, "signup_channels", "Înscrierea se &face:", self.signup_channels)
        self._row(form, "valid_from", "Valabil &de la:", self.valid_from)
        self._row(form, "valid_until", "Vala&bil până la:", self.valid_until)
        box.addLayout(form)
        self.general_error = error_label("formError")
        box.addWidget(self.general_error)
        self.save_button = button("Adaugă pro&gramul")
        self.new_button = button("N&ou")
        self.end_button = button("Înc&heie programul…", "Ultima zi în care programul are loc")
        box.addLayout(button_row(self.save_button, self.new_button, self.end_button, stretch_at=2))
        columns.addWidget(self.form_box, 3)

        self.days_box = QGroupBox("Zile în care programul nu are loc")
        days = QVBoxLayout(self.days_box)
        self.cancellations = row_table()
        days.addWidget(self.cancellations, 1)
        day_form = form_layout()
        self.cancel_day = form_date_edit(today)
        self.cancel_reason = QLineEdit()
        self.cancel_reason.setPlaceholderText("de exemplu: concediu de odihnă, deplasare")
        self._row(day_form, "day", "Ziua &anulată:", self.cancel_day)
        self._row(day_form, "reason", "Moti&vul:", self.cancel_reason)
        days.addLayout(day_form)
        self.cancel_button = button("An&ulează ziua")
        self.restore_button = button(
            "Restabilește ziua", "Programul va avea loc în ziua aleasă din listă"
        )
        days.addLayout(button_row(self.cancel_button, self.restore_button))
        columns.addWidget(self.days_box, 2)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)

    def _row(self, form, field: str, text: str, widget: QWidget) -> tuple[QLabel, QLabel]:  # type: ignore[no-untyped-def]
        label, err = add_row(form, text, widget)
        self.errors[field] = err
        return label, err

    def show_month_week(self, visible: bool) -> None:
        self.month_week_label.setVisible(visible)
        container = self.month_week.parentWidget()
        if container is not None:
            container.setVisible(visible)
