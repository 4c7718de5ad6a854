"""Small dialogs of the list's toolbar: dispatch list day, registry book scope, semester report,
and the import report. They only collect choices; `outputs.py` runs the work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cic_desktop.domain.dates_ro import count_ro
from ui.widgets.buttons import romanian_button_box
from ui.widgets.dates import date_edit, from_qdate
from ui.widgets.forms import hint_label

Std = QDialogButtonBox.StandardButton


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = romanian_button_box(QDialogButtonBox(Std.Ok | Std.Cancel), Ok=ok_text, Cancel="Renunță")
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class DispatchDialog(QDialog):
    """„Borderou expediere”: the day whose sent letters are listed."""

    def __init__(
        self, today: date, count_for: Callable[[date], int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Borderou de expediere")
        self._count_for = count_for
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                "Borderoul cuprinde răspunsurile și notificările marcate ca expediate în ziua "
                "aleasă, cu numărul recomandatei acolo unde există."
            )
        )
        form = QFormLayout()
        self.day = date_edit(today)
        self.day.setMaximumDate(self.day.date())
        label = QLabel("&Ziua expedierii:")
        label.setBuddy(self.day)
        form.addRow(label, self.day)
        self.count = QLabel()
        self.count.setObjectName("resultValue")
        form.addRow("", self.count)
        layout.addLayout(form)
        self.buttons = _buttons(self, "&Creează PDF…")
        self.ok_button = self.buttons.button(Std.Ok)
        layout.addWidget(self.buttons)
        self.day.dateChanged.connect(lambda _d: self.update_count())
        self.update_count()

    def chosen_day(self) -> date:
        return from_qdate(self.day.date())

    def update_count(self) -> None:
        count = self._count_for(self.chosen_day())
        if count:
            self.count.setText(f"{count_ro(count, 'scrisoare expediată', 'scrisori expediate')}")
        else:
            self.count.setText("Nicio scrisoare expediată în această zi.")
        self.ok_button.setEnabled(count > 0)


class BookDialog(QDialog):
    """„Tipărește registrul”: only what was not printed yet, or the whole year again."""

    def __init__(
        self,
        years: list[int],
        year: int,
        describe_next: Callable[[int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Tipărirea registrului de petiții")
        self._describe_next = describe_next
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.year = QComboBox()
        for value in years:
            self.year.addItem(str(value), value)
        self.year.setCurrentIndex(max(0, self.year.findData(year)))
        year_label = QLabel("&Anul:")
        year_label.setBuddy(self.year)
        form.addRow(year_label, self.year)
        layout.addLayout(form)
        self.new_only = QRadioButton("d&oar înregistrările netipărite încă")
        self.full_year = QRadioButton(
            "&tot anul, de la fila 1 (de exemplu, pentru un registru nou)"
        )
        group = QButtonGroup(self)
        group.addButton(self.new_only)
        group.addButton(self.full_year)
        self.new_only.setChecked(True)
        self.next_info = hint_label("")
        layout.addWidget(self.new_only)
        layout.addWidget(self.next_info)
        layout.addWidget(self.full_year)
        layout.addWidget(
            hint_label(
                "Filele se numerotează în continuarea ultimei tipăriri; registrul tipărit se "
                "semnează și se ștampilează. Înregistrările anulate apar tăiate."
            )
        )
        layout.addWidget(_buttons(self, "&Creează PDF…"))
        self.year.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def chosen_year(self) -> int:
        return int(self.year.currentData())

    def is_full_year(self) -> bool:
        return self.full_year.isChecked()

    def _update(self) -> None:
        self.next_info.setText(self._describe_next(self.chosen_year()))


class SemesterDialog(QDialog):
    """„Raport semestrial” (OG 27 art. 14): year, semester, file type, conclusions."""

    def __init__(self, years: list[int], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Raportul semestrial al petițiilor")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.year = QComboBox()
        for value in years:
            self.year.addItem(str(value), value)
        self.year.setCurrentIndex(max(0, self.year.findData(today.year)))
        self.semester = QComboBox()
        self.semester.addItem("semestrul I (01.01–30.06)", 1)
        self.semester.addItem("semestrul al II-lea (01.07–31.12)", 2)
        self.semester.setCurrentIndex(0 if today.month <= 6 else 1)
        self.format = QComboBox()
        self.format.addItem("Excel (.xlsx)", "xlsx")
        self.format.addItem("PDF", "pdf")
        self.conclusions = QPlainTextEdit()
        self.conclusions.setTabChangesFocus(True)
        self.conclusions.setPlaceholderText("opțional: concluzii și măsuri propuse")
        self.conclusions.setMaximumHeight(100)
        for text, widget in (
            ("&Anul:", self.year),
            ("&Semestrul:", self.semester),
            ("&Format:", self.format),
            ("C&oncluzii:", self.conclusions),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addWidget(
            hint_label(
                "Pentru semestrul în curs, situația este cea de astăzi; pentru un semestru "
                "încheiat, cea de la sfârșitul lui."
            )
        )
        layout.addWidget(_buttons(self, "&Creează raportul…"))

    def chosen(self) -> tuple[int, int, str, str]:
        return (
            int(self.year.currentData()),
            int(self.semester.currentData()),
            str(self.format.currentData()),
            self.conclusions.toPlainText(),
        )


class ReportTextDialog(QDialog):
    """A long Romanian text to read and copy: the import's row-by-row errors or its summary."""

    def __init__(self, title: str, heading: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading)
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        box = romanian_button_box(QDialogButtonBox(Std.Close))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
