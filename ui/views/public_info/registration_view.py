"""Layout of the 544 registration window: the request form (requester, receipt, the request) in
the order of the standard form (Anexa 4), and the result panel shown after saving."""

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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.dates import form_date_edit
from ui.widgets.forms import add_row, error_label, hint_label


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


class InfoRegistrationFormView(QWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        person_box = QGroupBox("Solicitantul")
        person = _form(person_box)
        self.name = QLineEdit()
        self.name.setPlaceholderText("scrieți câteva litere: apar persoanele din evidență")
        self.linked = hint_label("")
        self.linked.setVisible(False)
        self.requester_kind = QComboBox()
        self.address = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self._row(person, "name", "&Nume și prenume / denumire:", self.name)
        person.addRow("", self.linked)
        self._row(person, "requester_kind", "Tip &solicitant:", self.requester_kind)
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
        self._row(receipt, "received_on", "Primită l&a:", self.received_on)
        receipt.addRow(QLabel("Înregistrată la:"), self.registered_on)
        self._row(receipt, "channel", "&Modalitatea de adresare:", self.channel)
        left.addWidget(receipt_box)
        left.addStretch(1)

        request_box = QGroupBox("Solicitarea")
        request = _form(request_box)
        self.information = QPlainTextEdit()
        self.information.setTabChangesFocus(True)
        self.information.setPlaceholderText(
            "documentele sau informațiile solicitate, cât mai concret"
        )
        self.information.setMinimumHeight(110)
        self.information_counter = hint_label("")
        self.domain = QComboBox()
        self.domain_other = QLineEdit()
        self.delivery_preference = QComboBox()
        self.delivery_address = QLineEdit()
        self.delivery_address.setPlaceholderText("implicit: e-mailul sau adresa solicitantului")
        self.department = QComboBox()
        self._row(request, "information", "Informația s&olicitată:", self.information)
        request.addRow("", self.information_counter)
        self._row(request, "domain", "Domen&iul de interes:", self.domain)
        self._row(request, "domain_other", "Domeniul (al&tele):", self.domain_other)
        self._row(request, "delivery_preference", "Dorește &răspunsul:", self.delivery_preference)
        self._row(request, "delivery_address", "Adresa pentru răs&puns:", self.delivery_address)
        self._row(request, "department_id", "&Compartimentul:", self.department)
        right.addWidget(request_box)
        self.deadline_hint = hint_label("")
        right.addWidget(self.deadline_hint)
        right.addStretch(1)

        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        self.general_error = error_label("formError")
        outer.addWidget(self.general_error)
        buttons = QHBoxLayout()
        buttons.addWidget(hint_label("Ctrl+Enter sau Ctrl+S înregistrează; Esc renunță."), 1)
        self.save_button = QPushButton("Înre&gistrează")
        self.save_button.setToolTip("Înregistrează solicitarea (Ctrl+Enter)")
        self.cancel_button = QPushButton("Renunță")
        self.cancel_button.setToolTip("Închide fereastra fără să înregistreze (Esc)")
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)

    def _row(self, form: QFormLayout, field: str, text: str, widget: QWidget) -> None:
        label, err = add_row(form, text, widget)
        self.errors[field] = err
        self.labels[field] = label

    def show_row(self, field: str, visible: bool) -> None:
        label = self.labels[field]
        label.setVisible(visible)
        box = label.buddy().parentWidget() if label.buddy() else None
        if box is not None:
            box.setVisible(visible)

    def fields_in_tab_order(self) -> list[QWidget]:
        return [
            self.name,
            self.requester_kind,
            self.address,
            self.email,
            self.phone,
            self.received_on,
            self.channel,
            self.information,
            self.domain,
            self.domain_other,
            self.delivery_preference,
            self.delivery_address,
            self.department,
            self.save_button,
            self.cancel_button,
        ]


class InfoRegistrationResultView(QWidget):
    """After saving: the number and the three terms that matter in the first days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        heading = QLabel("Solicitarea a fost înregistrată")
        heading.setObjectName("sectionTitle")
        self.number = QLabel()
        self.number.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        box = QGroupBox("Termene (Legea nr. 544/2001, art. 7)")
        form = _form(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.legal_deadline = QLabel()
        self.legal_deadline.setObjectName("resultValue")
        self.explanation = hint_label("")
        self.refusal_deadline = QLabel()
        self.refusal_deadline.setObjectName("resultValue")
        self.notice_deadline = QLabel()
        form.addRow("Termen de răspuns (10 zile):", self.legal_deadline)
        form.addRow("", self.explanation)
        form.addRow("Termen pentru refuz motivat:", self.refusal_deadline)
        form.addRow("Notificare de prelungire până la:", self.notice_deadline)
        self.message = hint_label("")
        for widget in (heading, self.number, self.summary, box, self.message):
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


class InfoRegistrationView(QStackedWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = InfoRegistrationFormView(today)
        self.result = InfoRegistrationResultView()
        self.addWidget(self.form)
        self.addWidget(self.result)
