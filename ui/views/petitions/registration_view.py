"""Layout of the registration window: the form (petitioner, receipt, petition, assignment) and the
result panel shown after saving. Fields are public; the controller fills and reads them."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from ui.views.registration_parts import RegistrationFormBase, RegistrationResultBase, group_form
from ui.widgets.dates import form_date_edit
from ui.widgets.forms import error_label, hint_label

MAX_SUBJECT = 2000


def _spin(maximum: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setValue(value)
    spin.setMinimumWidth(80)
    return spin


class RegistrationFormView(RegistrationFormBase):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        left, right = self.left, self.right
        self.person_kind = self._person_group("Petiționarul", "person_kind", "Tip &petiționar:")

        receipt_box = QGroupBox("Primirea")
        receipt = group_form(receipt_box)
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
        petition = group_form(petition_box)
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
        assign = group_form(assign_box)
        self.department = QComboBox()
        self.internal_deadline = form_date_edit(today)
        self._row(assign, "department_id", "&Compartimentul:", self.department)
        self._row(assign, "internal_deadline", "Te&rmen intern:", self.internal_deadline)
        self.internal_hint = hint_label("")
        self.internal_hint.setWordWrap(False)
        assign.addRow("", self.internal_hint)
        right.addWidget(assign_box)
        right.addStretch(1)

        self._finish("Înregistrează petiția (Ctrl+Enter)")

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


class RegistrationResultView(RegistrationResultBase):
    """After saving: the number, the deadlines and what to do next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Petiția a fost înregistrată", parent)
        box, form = self._terms_form("Termene")
        self.internal_target = QLabel()
        form.addRow("Termen legal de răspuns:", self.legal_deadline)
        self.internal_caption = QLabel("Țintă internă:")
        form.addRow(self.internal_caption, self.internal_target)
        form.addRow("", self.explanation)
        self.follow_up = QLabel()
        self.follow_up.setWordWrap(True)
        self.follow_up.setObjectName("sectionTitle")
        self._finish((self.heading, self.number, self.summary, box, self.follow_up, self.message))


class RegistrationView(QStackedWidget):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = RegistrationFormView(today)
        self.result = RegistrationResultView()
        self.addWidget(self.form)
        self.addWidget(self.result)
