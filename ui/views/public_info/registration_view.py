"""Layout of the 544 registration window: the request form (requester, receipt, the request) in
the order of the standard form (Anexa 4), and the result panel shown after saving."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QWidget,
)

from ui.views.registration_parts import RegistrationFormBase, RegistrationResultBase, group_form
from ui.widgets.dates import form_date_edit
from ui.widgets.forms import hint_label


class InfoRegistrationFormView(RegistrationFormBase):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        left, right = self.left, self.right
        self.requester_kind = self._person_group(
            "Solicitantul", "requester_kind", "Tip &solicitant:"
        )

        receipt_box = QGroupBox("Primirea")
        receipt = group_form(receipt_box)
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
        request = group_form(request_box)
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

        self._finish("Înregistrează solicitarea (Ctrl+Enter)")

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


class InfoRegistrationResultView(RegistrationResultBase):
    """After saving: the number and the three terms that matter in the first days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Solicitarea a fost înregistrată", parent)
        box, form = self._terms_form("Termene (Legea nr. 544/2001, art. 7)")
        self.refusal_deadline = QLabel()
        self.refusal_deadline.setObjectName("resultValue")
        self.notice_deadline = QLabel()
        form.addRow("Termen de răspuns (10 zile):", self.legal_deadline)
        form.addRow("", self.explanation)
        form.addRow("Termen pentru refuz motivat:", self.refusal_deadline)
        form.addRow("Notificare de prelungire până la:", self.notice_deadline)
        self._finish((self.heading, self.number, self.summary, box, self.message))


class InfoRegistrationView(QStackedWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = InfoRegistrationFormView(today)
        self.result = InfoRegistrationResultView()
        self.addWidget(self.form)
        self.addWidget(self.result)
