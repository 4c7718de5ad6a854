"""Layout of the registration window: the form (petitioner, receipt, petition, assignment) and the
result panel shown after saving. Fields are public; the controller fills and reads them."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.dates import form_date_edit
from ui.widgets.forms import add_row, error_label, hint_label

MAX_SUBJECT = 2000


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


def _spin(maximum: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setValue(value)
    spin.setMinimumWidth(80)
    return spin


class RegistrationFormView(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        person_box = QGroupBox("Petiționarul")
        person = _form(person_box)
        self.name = QLineEdit()
        self.name.setPlaceholderText("scrieți câteva litere: apar persoanele din evidență")
        self.linked = hint_label("")
        self.linked.setVisible(False)
        self.person_kind = QComboBox()
        self.address = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self._row(person, "name", "&Nume și prenume / denumire:", self.name)
        person.addRow("", self.linked)
        self._row(person, "person_kind", "Tip &petiționar:", self.person_kind)
        self._row(person, "address", "A&dresa:", self.address)
        self._row(person, "email", "&E-mail:", self.email)
        self._row(person, "phone", "Tele&fon:", self.phone)
        left.addWidget(person_box)

        receipt_box = QGroupBox("Primirea")
        receipt = _form(receipt_box)
        self.received_on = form_date_edit(today)
        self.registered_on = QLabel()
        self.registered_on.setObjectName("resultValue")
        self.channel = QComboBox()
        self.source_institution = QLineEdit()
        self.source_reference = QLineEdit()
        self.source_reference.setPlaceholderText("de exemplu: 1234/20.11.2026")
        self.audience_date = form_date_edit(today)
        self._row(receipt, "received_on", "Primită l&a:", self.received_on)
        registered_label = QLabel("Înregistrată la:")
        receipt.addRow(registered_label, self.registered_on)
        self._row(receipt, "channel", "&Modalitatea de primire:", self.channel)
        self._row(
            receipt, "source_institution", "In&stituția care a transmis-o:", self.source_institution
        )
        self._row(
            receipt, "source_reference", "Nr. și data la acea instituție:", self.source_reference
        )
        self._row(receipt, "audience_date", "Data a&udienței:", self.audience_date)
        left.addWidget(receipt_box)
        left.addStretch(1)

        petition_box = QGroupBox("Petiția")
        petition = _form(petition_box)
        self.kind = QComboBox()
        self.subject = QPlainTextEdit()
        self.subject.setTabChangesFocus(True)
        self.subject.setPlaceholderText("rezumatul cererii, reclamației, sesizării sau propunerii")
        self.subject.setMinimumHeight(110)
        self.subject_counter = hint_label("")
        self.domain = QComboBox()
        self.pages = _spin(10_000, 1)
        self.annexes = _spin(10_000, 0)
        self._row(petition, "kind", "&Tipul petiției:", self.kind)
        self._row(petition, "subject", "&Obiectul (rezumat):", self.subject)
        petition.addRow("", self.subject_counter)
        self._row(petition, "domain_id", "Domen&iul:", self.domain)
        counts = QHBoxLayout()
        counts.addWidget(self.pages)
        annexes_label = QLabel("Număr de ane&xe:")
        annexes_label.setBuddy(self.annexes)
        counts.addSpacing(12)
        counts.addWidget(annexes_label)
        counts.addWidget(self.annexes)
        counts.addStretch(1)
        counts_box = QWidget()
        counts_box.setLayout(counts)
        counts.setContentsMargins(0, 0, 0, 0)
        pages_label = QLabel("Număr de fi&le:")
        pages_label.setBuddy(self.pages)
        petition.addRow(pages_label, counts_box)
        self.errors["pages"] = self.errors["annexes"] = error_label()
        petition.addRow("", self.errors["pages"])
        right.addWidget(petition_box)

        assign_box = QGroupBox("Repartizarea")
        assign = _form(assign_box)
        self.department = QComboBox()
        self.internal_deadline = form_date_edit(today)
        self._row(assign, "department_id", "&Compartimentul:", self.department)
        self._row(assign, "internal_deadline", "Te&rmen intern:", self.internal_deadline)
        self.internal_hint = hint_label("")
        self.internal_hint.setWordWrap(False)
        assign.addRow("", self.internal_hint)
        right.addWidget(assign_box)
        right.addStretch(1)

        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        self.general_error = error_label("formError")
        outer.addWidget(self.general_error)
        buttons = QHBoxLayout()
        buttons.addWidget(hint_label("Ctrl+Enter sau Ctrl+S înregistrează; Esc renunță."), 1)
        self.save_button = QPushButton("Înre&gistrează")
        self.save_button.setToolTip("Înregistrează petiția (Ctrl+Enter)")
        self.cancel_button = QPushButton("Renunță")
        self.cancel_button.setToolTip("Închide fereastra fără să înregistreze (Esc)")
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)

    def _row(self, form: QFormLayout, field: str, text: str, widget: QWidget) -> None:
        label, err = add_row(form, text, widget)
        self.labels[field] = label
        self.errors[field] = err

    def show_row(self, field: str, visible: bool) -> None:
        """Hide or show a form row (the label, the field and its error line)."""
        label = self.labels[field]
        label.setVisible(visible)
        buddy = label.buddy()
        container = buddy.parentWidget() if buddy is not None else None
        if container is not None:
            container.setVisible(visible)

    def fields_in_tab_order(self) -> list[QWidget]:
        return [
            self.name,
            self.person_kind,
            self.address,
            self.email,
            self.phone,
            self.received_on,
            self.channel,
            self.source_institution,
            self.source_reference,
            self.audience_date,
            self.kind,
            self.subject,
            self.domain,
            self.pages,
            self.annexes,
            self.department,
            self.internal_deadline,
            self.save_button,
            self.cancel_button,
        ]


class RegistrationResultView(QWidget):
    """After saving: the number, the deadlines and what to do next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        heading = QLabel("Petiția a fost înregistrată")
        heading.setObjectName("sectionTitle")
        self.number = QLabel()
        self.number.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        box = QGroupBox("Termene")
        form = _form(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.legal_deadline = QLabel()
        self.legal_deadline.setObjectName("resultValue")
        self.internal_target = QLabel()
        self.explanation = hint_label("")
        form.addRow("Termen legal de răspuns:", self.legal_deadline)
        self.internal_caption = QLabel("Țintă internă:")
        form.addRow(self.internal_caption, self.internal_target)
        form.addRow("", self.explanation)
        self.follow_up = QLabel()
        self.follow_up.setWordWrap(True)
        self.follow_up.setObjectName("sectionTitle")
        self.message = hint_label("")
        for widget in (heading, self.number, self.summary, box, self.follow_up, self.message):
            outer.addWidget(widget)
        outer.addStretch(1)

        self.print_button = QPushButton("&Tipărește confirmarea")
        self.print_button.setToolTip("Deschide confirmarea în format PDF, pentru tipărire")
        self.pdf_button = QPushButton("&Salvează PDF…")
        self.copy_button = QPushButton("&Copiază textul pentru e-mail")
        self.new_button = QPushButton("Înregistrare &nouă")
        self.new_button.setToolTip("Ctrl+N")
        self.details_button = QPushButton("Deschide &fișa")
        self.close_button = QPushButton("Închide")
        self.close_button.setToolTip("Esc")
        row = QHBoxLayout()
        for button in (
            self.print_button,
            self.pdf_button,
            self.copy_button,
            self.new_button,
            self.details_button,
        ):
            button.setAutoDefault(True)  # Enter presses the button that has the focus
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        outer.addLayout(row)


class RegistrationView(QStackedWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = RegistrationFormView(today)
        self.result = RegistrationResultView()
        self.addWidget(self.form)
        self.addWidget(self.result)
