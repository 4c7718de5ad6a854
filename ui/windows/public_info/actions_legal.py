"""After a refusal (explicit or tacit): the reclamație administrativă to the mayor (art. 21, its
own registered entry, answered within 15 days) and the plângere in court (art. 22)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.dto_public_info import ComplaintDetails, CourtCaseData
from cic_desktop.errors import ValidationError
from cic_desktop.labels import COMPLAINT_OUTCOME
from ui.widgets.dates import OptionalDateEdit
from ui.windows.public_info.action_base import InfoActionDialog, line, text_box


def _outcomes(pending_first: bool) -> QComboBox:
    combo = QComboBox()
    items = list(COMPLAINT_OUTCOME.items())
    if pending_first:
        items = items[-1:] + items[:-1]
    for outcome, label in items:
        combo.addItem(label, outcome.value)
    return combo


def outcome_label(outcome: str) -> str:
    return next((label for key, label in COMPLAINT_OUTCOME.items() if key == outcome), outcome)


class ComplaintDialog(InfoActionDialog):
    title = "Reclamație administrativă"
    ok_text = "Înre&gistrează reclamația"
    intro = (
        "Art. 21 din Legea nr. 544/2001: solicitantul refuzat (explicit sau tacit) se poate "
        "plânge primarului în 30 de zile. Reclamația primește număr propriu și se răspunde "
        "în 15 zile de la depunere."
    )

    def build(self) -> None:
        self.received_on = self.date_field()
        self.summary = text_box(80, "ce reclamă solicitantul")
        self.add_field("received_on", "&Depusă la:", self.received_on)
        self.add_field("summary", "&Obiectul reclamației:", self.summary)

    def perform(self) -> ComplaintDetails:
        return self.core.public_info.register_complaint(
            self.details.id,
            summary=self.summary.toPlainText(),
            received_on=self.day(self.received_on),
        )


class ComplaintAnswerDialog(InfoActionDialog):
    title = "Răspuns la reclamația administrativă"
    ok_text = "&Salvează răspunsul"

    def build(self) -> None:
        self.complaint = QComboBox()
        for complaint_id in self.details.complaints:
            c = self.core.public_info.complaint(complaint_id)
            self.complaint.addItem(
                f"nr. {c.entry.number_text} – {outcome_label(c.outcome)}", complaint_id
            )
        pending = [
            i
            for i in range(self.complaint.count())
            if self.core.public_info.complaint(self.complaint.itemData(i)).outcome == "pending"
        ]
        if pending:
            self.complaint.setCurrentIndex(pending[0])
        self.outcome = _outcomes(pending_first=False)
        self.answered_on = self.date_field()
        self.summary = text_box(70, "pe scurt: ce s-a hotărât")
        self.add_field("complaint", "&Reclamația:", self.complaint)
        self.add_field("outcome", "Re&zultatul:", self.outcome)
        self.add_field("answered_on", "&Data răspunsului:", self.answered_on)
        self.add_field("answer_summary", "Rez&umatul răspunsului:", self.summary)
        self.complaint.currentIndexChanged.connect(lambda _i: self._show_term())
        self._show_term()

    def _show_term(self) -> None:
        complaint_id = self.complaint.currentData()
        if complaint_id is None:
            self.set_intro("Nu există reclamații înregistrate pentru această solicitare.")
            return
        c = self.core.public_info.complaint(complaint_id)
        term = fmt(c.entry.legal_deadline) if c.entry.legal_deadline else "—"
        self.set_intro(
            f"Reclamația nr. {c.entry.number_text}: {' '.join(c.entry.subject.split())[:200]}\n"
            f"Termenul de răspuns (15 zile de la depunere): {term}."
        )

    def perform(self) -> ComplaintDetails:
        complaint_id = self.complaint.currentData()
        if complaint_id is None:
            raise ValidationError("complaint", "Alegeți reclamația.")
        return self.core.public_info.answer_complaint(
            complaint_id,
            outcome=self.outcome.currentData(),
            answered_on=self.day(self.answered_on),
            summary=self.summary.toPlainText(),
        )


class CourtCaseDialog(InfoActionDialog):
    title = "Plângere în instanță"
    ok_text = "&Adaugă plângerea"
    intro = (
        "Art. 22: plângerea se depune la secția de contencios administrativ a tribunalului, "
        "în 30 de zile de la expirarea termenului de răspuns; este scutită de taxa de timbru."
    )

    def build(self) -> None:
        self.court = line("", "de exemplu: Tribunalul Neamț – Secția de contencios administrativ")
        self.filed_on = self.date_field()
        self.case_number = line("", "de exemplu: 1234/103/2025")
        self.outcome = _outcomes(pending_first=True)
        self.add_field("court", "&Instanța:", self.court)
        self.add_field("filed_on", "&Depusă la:", self.filed_on)
        self.add_field("case_number", "Nr. d&osar:", self.case_number)
        self.add_field("outcome", "S&tadiul:", self.outcome)

    def perform(self) -> CourtCaseData:
        return self.core.public_info.add_court_case(
            self.details.id,
            court=self.court.text(),
            filed_on=self.day(self.filed_on),
            case_number=self.case_number.text(),
            outcome=self.outcome.currentData(),
        )


class CourtUpdateDialog(InfoActionDialog):
    title = "Soluția instanței"
    ok_text = "&Salvează"
    intro = "Stadiul sau soluția plângerii în instanță, pentru raportul anual."

    def build(self) -> None:
        self.case = QComboBox()
        for number, case_id in enumerate(self.details.court_cases, start=1):
            self.case.addItem(f"plângerea {number}", case_id)
        self.case.setCurrentIndex(self.case.count() - 1)
        self.outcome = _outcomes(pending_first=False)
        self.decided_on = OptionalDateEdit("decided_on")
        self.add_field("case", "&Plângerea:", self.case)
        self.add_field("outcome", "S&tadiul:", self.outcome)
        self.add_field("decided_on", "&Hotărâtă la:", self.decided_on)

    def perform(self) -> CourtCaseData:
        case_id = self.case.currentData()
        if case_id is None:
            raise ValidationError("case", "Alegeți plângerea.")
        return self.core.public_info.update_court_case(
            case_id, outcome=self.outcome.currentData(), decided_on=self.decided_on.value()
        )
