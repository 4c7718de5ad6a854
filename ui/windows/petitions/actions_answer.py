"""Closing a petition: the answer (art. 13: outcome, legal basis, two signatories), marking the
letter as sent, annulment of the entry, and the free notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.dto_petitions import PetitionDetails
from cic_desktop.labels import PETITION_OUTCOME, SEND_CHANNEL
from ui.widgets import messages
from ui.windows.petitions.action_base import ActionDialog, StayOpen, line, text_box

REGISTERED_POST = "registered_post"


def answer_number(number_text: str, answered_on: date) -> str:
    """Partidă numbering: the petition's number with the answer's date (`12/20.03.2026`)."""
    head, _sep, _date = number_text.rpartition("/")
    return f"{head}/{fmt(answered_on)}" if head else number_text


class AnswerDialog(ActionDialog):
    title = "Răspuns"
    ok_text = "&Salvează răspunsul"
    intro = (
        "Art. 13 din OG nr. 27/2002: răspunsul indică temeiul legal al soluției și se semnează "
        "de primar și de șeful compartimentului care a soluționat petiția."
    )

    def build(self) -> None:
        today = self.core.clock.today()
        self.answered_on = self.date_field(today, latest=today)
        self.outcome = QComboBox()
        for outcome, label in PETITION_OUTCOME.items():
            self.outcome.addItem(label, outcome.value)
        self.legal_basis = text_box(60, "de exemplu: art. 2 alin. (1) din Legea nr. 50/1991")
        self.summary = text_box(80, "pe scurt, ce i s-a răspuns petiționarului")
        self.signatory_mayor = line(self._default_mayor(today))
        self.signatory_head = line(self._default_head())
        self.answer_number = line(answer_number(self.details.number_text, today))
        self._number_typed = False
        self.add_field("answered_on", "&Data răspunsului:", self.answered_on)
        self.add_field("outcome", "&Modul de soluționare:", self.outcome)
        self.add_field("legal_basis", "&Temei legal:", self.legal_basis)
        self.add_field("answer_summary", "&Rezumatul răspunsului:", self.summary)
        self.add_field("signatory_mayor", "Semnează &primarul:", self.signatory_mayor)
        self.add_field("signatory_head", "Semnează ș&eful compartimentului:", self.signatory_head)
        self.add_field(
            "answer_number",
            "&Nr. și data răspunsului:",
            self.answer_number,
            "Ca în registrul pe partidă: numărul petiției, cu data răspunsului.",
        )
        self.answered_on.dateChanged.connect(lambda _d: self._date_changed())
        self.answer_number.textEdited.connect(self._number_edited)

    def _default_mayor(self, on: date) -> str:
        official = self.core.settings.official_for("mayor", on)
        return official.name if official else ""

    def _default_head(self) -> str:
        department_id = self.details.department_id
        if department_id is None:
            return ""
        for department in self.core.settings.departments(include_inactive=True):
            if department.id == department_id:
                return department.head_name
        return ""

    def _number_edited(self, _text: str) -> None:
        self._number_typed = True

    def _date_changed(self) -> None:
        if not self._number_typed:
            self.answer_number.setText(
                answer_number(self.details.number_text, self.day(self.answered_on))
            )

    def perform(self) -> PetitionDetails:
        return self.core.petitions.answer(
            self.details.id,
            answered_on=self.day(self.answered_on),
            outcome=self.outcome.currentData(),
            legal_basis=self.legal_basis.toPlainText(),
            summary=self.summary.toPlainText(),
            signatory_mayor=self.signatory_mayor.text(),
            signatory_head=self.signatory_head.text(),
            answer_number=self.answer_number.text(),
        )


class SendDialog(ActionDialog):
    title = "Expedierea răspunsului"
    ok_text = "&Salvează expedierea"
    intro = "Data și modul în care răspunsul (sau notificarea) a plecat către petiționar."

    def build(self) -> None:
        today = self.core.clock.today()
        d = self.details
        self.sent_on = self.date_field(today, latest=today)
        self.channel = QComboBox()
        for channel, label in SEND_CHANNEL.items():
            self.channel.addItem(label, channel.value)
        by_email = d.petitioner_email and not d.petitioner_address
        self.channel.setCurrentIndex(self.channel.findData("email" if by_email else "post"))
        self.mail_no: QLineEdit = line("", "de exemplu: RR123456789RO")
        self.add_field("sent_on", "&Data expedierii:", self.sent_on)
        self.add_field("sent_channel", "&Modul de expediere:", self.channel)
        self.mail_label = self.add_field(
            "registered_mail_no",
            "&Nr. recomandatei:",
            self.mail_no,
            "Obligatoriu pentru poștă recomandată.",
        )
        self.channel.currentIndexChanged.connect(lambda _i: self._channel_changed())
        self._channel_changed()

    def _channel_changed(self) -> None:
        registered = self.channel.currentData() == REGISTERED_POST
        self.mail_no.setEnabled(registered)

    def perform(self) -> PetitionDetails:
        channel = self.channel.currentData()
        return self.core.petitions.mark_sent(
            self.details.id,
            sent_on=self.day(self.sent_on),
            channel=channel,
            registered_mail_no=self.mail_no.text() if channel == REGISTERED_POST else "",
        )


class AnnulDialog(ActionDialog):
    title = "Anularea înregistrării"
    ok_text = "&Anulează înregistrarea"

    def build(self) -> None:
        self.intro_label.setText(
            f"Înregistrarea nr. {self.details.number_text} se anulează: numărul rămâne ocupat "
            "(nu se mai folosește), iar în registru rândul apare tăiat, cu mențiunea ANULAT, "
            "motivul, data și numele dumneavoastră. Anularea nu se poate retrage."
        )
        self.intro_label.setVisible(True)
        self.reason = text_box(70, "de exemplu: înregistrată de două ori din greșeală")
        self.add_field("reason", "&Motivul anulării:", self.reason)

    def perform(self) -> PetitionDetails:
        if not messages.ask_yes_no(
            self,
            f"Anulați înregistrarea nr. {self.details.number_text}? Anularea nu se poate retrage.",
            "Confirmați anularea",
        ):
            raise StayOpen
        return self.core.petitions.annul(self.details.id, self.reason.toPlainText())


class NotesDialog(ActionDialog):
    title = "Observații"
    intro = "Mențiuni libere despre petiție; apar în coloana „Observații” a registrului."

    def build(self) -> None:
        self.notes = text_box(140)
        self.notes.setPlainText(self.details.notes)
        self.add_field("notes", "&Observații:", self.notes)

    def perform(self) -> PetitionDetails:
        return self.core.petitions.update_notes(self.details.id, self.notes.toPlainText())
