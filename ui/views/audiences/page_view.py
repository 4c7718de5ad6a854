"""Layout of the „Audiențe” page: three tabs — the day (sign-ups of a day and the actions on
them), the register of a year (with export, import, statistics) and the calendar of a week or a
month. Mnemonics avoid the menu bar's letters (F, I, M, J)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.views.audiences.common import button, row_table
from ui.widgets.dates import date_edit
from ui.widgets.forms import hint_label

TAB_DAY = "Ziua de audiențe"
TAB_REGISTER = "Registrul de audiențe"
TAB_CALENDAR = "Calendar"


def _labelled(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class DayTabView(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.previous_button = button("◀ Ziua anterioară", "Ziua de audiențe anterioară (Alt+←)")
        self.day = date_edit(today)
        self.next_button = button("Ziua următoare ▶", "Ziua de audiențe următoare (Alt+→)")
        self.today_button = button("A&stăzi")
        self.official = QComboBox()
        self.official.setMinimumContentsLength(16)
        bar.addWidget(self.previous_button)
        bar.addWidget(_labelled("&Data:", self.day))
        bar.addWidget(self.day)
        bar.addWidget(self.next_button)
        bar.addWidget(self.today_button)
        bar.addSpacing(16)
        bar.addWidget(_labelled("&Persoana:", self.official))
        bar.addWidget(self.official)
        bar.addStretch(1)
        self.print_day_button = button("Tipărește &lista zilei…", "Lista audiențelor zilei, PDF")
        bar.addWidget(self.print_day_button)
        outer.addLayout(bar)
        self.sessions = hint_label("")
        outer.addWidget(self.sessions)
        self.table = row_table()
        outer.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.present_button = button("P&rezent", "Solicitantul s-a prezentat")
        self.absent_button = button("Neprezen&tat", "Solicitantul nu s-a prezentat")
        self.postpone_button = button("&Amână…", "Mută înscrierea pe altă programare liberă")
        self.outcome_button = button("Re&zultat…", "Ce s-a hotărât în audiență")
        self.convert_button = button(
            "Înre&gistrează ca petiție…", "Problema nerezolvată devine petiție (OG nr. 27/2002)"
        )
        self.note_button = button("N&otă de audiență…", "Nota către compartiment, PDF")
        self.annul_button = button("Anul&ează…", "Anulează înscrierea (rămâne în registru)")
        self.open_button = button("Desc&hide fișa", "Enter")
        for b in (
            self.present_button,
            self.absent_button,
            self.postpone_button,
            self.outcome_button,
            self.convert_button,
            self.note_button,
            self.annul_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        outer.addLayout(actions)
        bottom = QHBoxLayout()
        self.count = QLabel()
        self.status = hint_label("")
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.status)
        outer.addLayout(bottom)


class RegisterTabView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QComboBox()
        self.year.setMinimumContentsLength(6)
        self.text = QLineEdit()
        self.text.setPlaceholderText("caută după nume, număr sau problemă")
        self.text.setClearButtonEnabled(True)
        bar.addWidget(_labelled("&Anul:", self.year))
        bar.addWidget(self.year)
        bar.addWidget(_labelled("&Caută:", self.text))
        bar.addWidget(self.text, 1)
        outer.addLayout(bar)
        tools = QHBoxLayout()
        self.export_xlsx_button = button("Export E&xcel…", "Registrul anului în format .xlsx")
        self.export_pdf_button = button("&Registrul în PDF…", "Registrul anului, pentru tipărire")
        self.import_button = button("Im&portă registru…", "Un registru ținut până acum în Excel")
        self.stats_xlsx_button = button(
            "&Statistici Excel…", "Pe persoane, domenii, luni, rezultat"
        )
        self.stats_pdf_button = button("Sta&tistici PDF…", "Pe persoane, domenii, luni, rezultat")
        for b in (
            self.export_xlsx_button,
            self.export_pdf_button,
            self.import_button,
            self.stats_xlsx_button,
            self.stats_pdf_button,
        ):
            tools.addWidget(b)
        tools.addStretch(1)
        self.open_button = button("&Deschide fișa", "Enter")
        tools.addWidget(self.open_button)
        outer.addLayout(tools)
        self.table = row_table()
        outer.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count = QLabel()
        self.status = hint_label("")
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.status)
        outer.addLayout(bottom)


class CalendarTabView(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.official = QComboBox()
        self.official.setMinimumContentsLength(16)
        self.week = QRadioButton("Săp&tămâna")
        self.month = QRadioButton("&Luna")
        self.week.setChecked(True)
        self.previous_button = button("◀", "Perioada anterioară")
        self.day = date_edit(today)
        self.next_button = button("▶", "Perioada următoare")
        bar.addWidget(_labelled("&Persoana:", self.official))
        bar.addWidget(self.official)
        bar.addSpacing(12)
        bar.addWidget(self.week)
        bar.addWidget(self.month)
        bar.addSpacing(12)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.day)
        bar.addWidget(self.next_button)
        self.period = QLabel()
        self.period.setObjectName("sectionTitle")
        bar.addSpacing(12)
        bar.addWidget(self.period)
        bar.addStretch(1)
        outer.addLayout(bar)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        outer.addWidget(self.grid, 1)
        outer.addWidget(
            hint_label(
                "Dublu clic (sau Enter) pe o programare liberă începe înscrierea pe ea; pe una "
                "ocupată deschide fișa. În vederea pe lună, o zi deschide săptămâna ei."
            )
        )


class AudiencesPageView(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title = QLabel("Audiențe")
        title.setObjectName("pageTitle")
        title_row.addWidget(title)
        title_row.addStretch(1)
        self.new_button = button("Înscriere &nouă…", "Ctrl+N")
        title_row.addWidget(self.new_button)
        outer.addLayout(title_row)
        self.tabs = QTabWidget()
        self.day_tab = DayTabView(today)
        self.register_tab = RegisterTabView()
        self.calendar_tab = CalendarTabView(today)
        self.tabs.addTab(self.day_tab, TAB_DAY)
        self.tabs.addTab(self.register_tab, TAB_REGISTER)
        self.tabs.addTab(self.calendar_tab, TAB_CALENDAR)
        outer.addWidget(self.tabs, 1)
