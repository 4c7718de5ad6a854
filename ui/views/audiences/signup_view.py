"""Layout of the sign-up window: the official and the slot on the left, the citizen and the
problem on the right; after saving, the result panel with the number and the slip."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.views.audiences.common import button, form_layout
from ui.widgets.forms import add_row, error_label, hint_label

MAX_SUBJECT = 2000


class SignupFormView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        columns = QHBoxLayout()
        slot_box = QGroupBox("Audiența")
        slot = form_layout()
        QVBoxLayout(slot_box).addLayout(slot)
        self.official = QComboBox()
        self.slots = QListWidget()
        self.slots.setMinimumWidth(260)
        self.slots.setMinimumHeight(220)
        self.walk_in = QCheckBox("Fără programare (prezentare &directă, astăzi)")
        self._row(slot, "official_id", "&Persoana care acordă audiența:", self.official)
        self._row(slot, "slot_time", "Programări &libere:", self.slots)
        self.errors["audience_day"] = self.errors["slot_time"]
        slot.addRow("", self.walk_in)
        self.slots_hint = hint_label("")
        slot.addRow("", self.slots_hint)
        columns.addWidget(slot_box, 2)

        person_box = QGroupBox("Solicitantul și problema")
        person = form_layout()
        QVBoxLayout(person_box).addLayout(person)
        self.name = QLineEdit()
        self.name.setPlaceholderText("scrieți câteva litere: apar persoanele din evidență")
        self.linked = hint_label("")
        self.linked.setVisible(False)
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.subject = QPlainTextEdit()
        self.subject.setTabChangesFocus(True)
        self.subject.setPlaceholderText("problema prezentată, pe scurt")
        self.subject.setMinimumHeight(90)
        self.subject_counter = hint_label("")
        self.domain = QComboBox()
        self.previous_number = QLineEdit()
        self.previous_number.setPlaceholderText("de exemplu: 1234/20.10.2026 (dacă există)")
        self.notes = QLineEdit()
        self._row(person, "name", "&Nume și prenume:", self.name)
        person.addRow("", self.linked)
        self._row(person, "address", "Locali&tatea / adresa:", self.address)
        self._row(person, "phone", "Tele&fon:", self.phone)
        self._row(person, "email", "&E-mail:", self.email)
        self._row(person, "subject", "Pro&blema prezentată:", self.subject)
        person.addRow("", self.subject_counter)
        self._row(person, "domain_id", "Do&meniul:", self.domain)
        self._row(person, "previous_number", "Nr. cererii &anterioare:", self.previous_number)
        self._row(person, "notes", "&Observații:", self.notes)
        columns.addWidget(person_box, 3)

        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        self.general_error = error_label("formError")
        outer.addWidget(self.general_error)
        row = QHBoxLayout()
        row.addWidget(hint_label("Ctrl+Enter sau Ctrl+S înscrie; Esc renunță."), 1)
        self.save_button = button("Înscr&ie", "Înscrie la audiență (Ctrl+Enter)")
        self.cancel_button = button("Renunță", "Închide fereastra fără să înscrie (Esc)")
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        outer.addLayout(row)

    def _row(self, form, field: str, text: str, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
        _label, err = add_row(form, text, widget)
        self.errors[field] = err

    def fields_in_tab_order(self) -> list[QWidget]:
        return [
            self.official,
            self.slots,
            self.walk_in,
            self.name,
            self.address,
            self.phone,
            self.email,
            self.subject,
            self.domain,
            self.previous_number,
            self.notes,
            self.save_button,
            self.cancel_button,
        ]


class SignupResultView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        heading = QLabel("Înscrierea la audiență a fost făcută")
        heading.setObjectName("sectionTitle")
        self.number = QLabel()
        self.number.setObjectName("pageTitle")
        self.when = QLabel()
        self.when.setObjectName("resultValue")
        self.when.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        for widget in (heading, self.number, self.when, self.summary):
            outer.addWidget(widget)
        outer.addStretch(1)
        self.print_button = button(
            "&Tipărește formularul de înscriere", "Formularul de audiență, în format PDF"
        )
        self.new_button = button("Înscriere &nouă", "Ctrl+N")
        self.details_button = button("Deschide &fișa")
        self.close_button = button("Închide", "Esc")
        row = QHBoxLayout()
        for b in (self.print_button, self.new_button, self.details_button):
            b.setAutoDefault(True)
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.close_button)
        outer.addLayout(row)


class SignupView(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = SignupFormView()
        self.result = SignupResultView()
        self.addWidget(self.form)
        self.addWidget(self.result)
