"""Workflow actions on a 544 request: assignment, the extension notice (art. 7(1)), the answer
with copies and fee, the reasoned refusal (art. 7(2), art. 12(1)), redirection, reclassification
as a petition (norms art. 21), dispatch and annulment."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLabel, QSpinBox

from cic_desktop.domain.dates_ro import fmt, fmt_long
from cic_desktop.dto_public_info import InfoRequestDetails
from cic_desktop.errors import ValidationError
from cic_desktop.labels import (
    DELIVERY_MODE,
    EXEMPT_LETTERS,
    REFUSAL_REASON,
    SEND_CHANNEL,
)
from ui.widgets import messages
from ui.windows.public_info.action_base import InfoActionDialog, StayOpen, line, text_box


def warning_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class AssignDialog(InfoActionDialog):
    title = "Repartizare"
    intro = "Compartimentul care pregătește informațiile solicitate."

    def build(self) -> None:
        self.department = QComboBox()
        for department in self.core.settings.departments():
            self.department.addItem(department.name, department.id)
        if self.details.department_id is not None:
            index = self.department.findData(self.details.department_id)
            self.department.setCurrentIndex(max(0, index))
        self.add_field("department_id", "&Compartimentul:", self.department)

    def perform(self) -> InfoRequestDetails:
        department = self.department.currentData()
        if department is None:
            raise ValidationError("department_id", "Alegeți compartimentul.")
        return self.core.public_info.assign(self.details.id, department)


class ExtensionNoticeDialog(InfoActionDialog):
    title = "Notificare de prelungire"
    ok_text = "Trimite &notificarea"

    def build(self) -> None:
        d = self.details
        self.set_intro(
            "Art. 7 alin. (1) din Legea nr. 544/2001: când 10 zile nu sunt suficiente, "
            f"solicitantul este anunțat în scris în 10 zile, adică până la "
            f"{fmt_long(d.notice_deadline)}; răspunsul se dă atunci în cel mult 30 de zile "
            "de la înregistrare."
        )
        self.sent_on = self.date_field()
        self.add_field("notice_sent_on", "&Trimisă la:", self.sent_on)
        self.late = warning_label()
        self.add_note(self.late)
        self.sent_on.dateChanged.connect(lambda _d: self._check())
        self._check()

    def _check(self) -> None:
        late = self.day(self.sent_on) > self.details.notice_deadline
        self.late.setText(
            f"Atenție: termenul notificării a expirat la {fmt(self.details.notice_deadline)}. "
            "Notificarea se păstrează, dar termenul de răspuns rămâne de 10 zile."
            if late
            else ""
        )
        self.late.setVisible(late)

    def perform(self) -> InfoRequestDetails:
        return self.core.public_info.send_extension_notice(self.details.id, self.day(self.sent_on))


class AnswerDialog(InfoActionDialog):
    title = "Răspuns"
    ok_text = "&Salvează răspunsul"

    def build(self) -> None:
        legal = self.details.entry.legal_deadline
        self.set_intro(
            "Informațiile se comunică în termenul legal"
            f"{f' ({fmt_long(legal)})' if legal else ''}. Accesul este gratuit; copiile "
            "se plătesc după tariful în vigoare (art. 9)."
        )
        self.answered_on = self.date_field()
        self.mode = QComboBox()
        for mode, label in DELIVERY_MODE.items():
            self.mode.addItem(label, mode.value)
        if self.details.delivery_preference == "paper":
            self.mode.setCurrentIndex(self.mode.findData("paper"))
        self.partial = QCheckBox("răspuns &parțial (unele informații nu se comunică)")
        self.withheld = text_box(60, "ce informații nu se comunică și de ce")
        self.pages = QSpinBox()
        self.pages.setRange(0, 100_000)
        self.pages.setSuffix(" pagini")
        self.handed_on = self.date_field()
        self.collected = QDoubleSpinBox()
        self.collected.setRange(0, 1_000_000)
        self.collected.setDecimals(2)
        self.collected.setSuffix(" lei")
        self.fee = QLabel()
        self.fee.setObjectName("resultValue")
        self.add_field("answered_on", "&Data răspunsului:", self.answered_on)
        self.add_field("delivery_mode", "&Comunicat:", self.mode)
        self.form.addRow("", self.partial)
        self.add_field("withheld_items", "Informații &nefurnizate:", self.withheld)
        self.add_field("copies_pages", "Pagini c&opiate:", self.pages)
        self.add_field("copies_handed_on", "Copiile predate &la:", self.handed_on)
        self.form.addRow("Contravaloarea copiilor:", self.fee)
        self.add_field("amount_collected", "Suma înc&asată:", self.collected)
        self.partial.toggled.connect(lambda _c: self._update())
        self.pages.valueChanged.connect(lambda _v: self._update(fee_changed=True))
        self.handed_on.dateChanged.connect(lambda _d: self._update(fee_changed=True))
        self._update()

    def due(self) -> Decimal | None:
        """Pages × the tariff in force on the day the copies are handed over (None: no tariff)."""
        day = self.day(self.handed_on)
        for tariff in reversed(self.core.public_info.tariffs()):
            if tariff.valid_from <= day and (tariff.valid_to is None or day <= tariff.valid_to):
                amount = tariff.lei_per_page * self.pages.value()
                return amount.quantize(Decimal("0.01"), ROUND_HALF_UP)
        return None

    def _update(self, fee_changed: bool = False) -> None:
        self.show_field("withheld_items", self.partial.isChecked())
        copies = self.pages.value() > 0
        self.show_field("copies_handed_on", copies)
        self.show_field("amount_collected", copies)
        if not copies:
            self.fee.setText("fără copii – gratuit")
            return
        due = self.due()
        if due is None:
            self.fee.setText("nu există un tarif de copiere în vigoare (Setări › Tarife copiere)")
            return
        self.fee.setText(f"{due} lei".replace(".", ","))
        if fee_changed:
            self.collected.setValue(float(due))

    def perform(self) -> InfoRequestDetails:
        copies = self.pages.value() > 0
        return self.core.public_info.answer(
            self.details.id,
            answered_on=self.day(self.answered_on),
            delivery_mode=self.mode.currentData(),
            partial=self.partial.isChecked(),
            withheld_items=self.withheld.toPlainText() if self.partial.isChecked() else "",
            copies_pages=self.pages.value(),
            copies_handed_on=self.day(self.handed_on) if copies else None,
            amount_collected=Decimal(f"{self.collected.value():.2f}") if copies else None,
        )


class RefuseDialog(InfoActionDialog):
    title = "Respingere"
    ok_text = "&Respinge"

    def build(self) -> None:
        d = self.details
        self.set_intro(
            "Art. 7 alin. (2): refuzul motivat se comunică în 5 zile de la primirea solicitării, "
            f"adică până la {fmt_long(d.refusal_deadline)}."
        )
        self.refused_on = self.date_field()
        self.reason = QComboBox()
        for reason, label in REFUSAL_REASON.items():
            self.reason.addItem(label, reason.value)
        self.letter = QComboBox()
        for letter, label in EXEMPT_LETTERS.items():
            self.letter.addItem(f"{letter}) {label}", letter)
        self.text = text_box(70, "motivarea refuzului")
        self.add_field("refused_on", "&Data refuzului:", self.refused_on)
        self.add_field("refusal_reason", "&Motivul:", self.reason)
        self.add_field("exempt_letter", "Art. 12 alin. (1) &litera:", self.letter)
        self.add_field("refusal_text", "Mo&tivarea:", self.text)
        self.late = warning_label()
        self.add_note(self.late)
        self.reason.currentIndexChanged.connect(lambda _i: self._update())
        self.refused_on.dateChanged.connect(lambda _d: self._update())
        self._update()

    def _update(self) -> None:
        reason = self.reason.currentData()
        self.show_field("exempt_letter", reason == "exempt")
        late = self.day(self.refused_on) > self.details.refusal_deadline
        self.late.setText(
            f"Atenție: termenul de 5 zile a expirat la {fmt(self.details.refusal_deadline)}; "
            "refuzul va apărea ca întârziat."
            if late
            else ""
        )
        self.late.setVisible(late)

    def perform(self) -> InfoRequestDetails:
        reason = self.reason.currentData()
        return self.core.public_info.refuse(
            self.details.id,
            refused_on=self.day(self.refused_on),
            reason=reason,
            exempt_letter=self.letter.currentData() if reason == "exempt" else None,
            text=self.text.toPlainText(),
        )


class RedirectDialog(InfoActionDialog):
    title = "Redirecționare"
    ok_text = "&Redirecționează"

    def build(self) -> None:
        self.set_intro(
            "Solicitarea se trimite instituției competente în 5 zile de la înregistrare, adică "
            f"până la {fmt_long(self.details.redirect_deadline)}, iar solicitantul este anunțat."
        )
        self.institution = line("", "de exemplu: Consiliul Județean Neamț")
        self.redirected_on = self.date_field()
        self.add_field("redirected_to", "&Instituția competentă:", self.institution)
        self.add_field("redirected_on", "&Data redirecționării:", self.redirected_on)

    def perform(self) -> InfoRequestDetails:
        return self.core.public_info.redirect(
            self.details.id, self.institution.text(), self.day(self.redirected_on)
        )


class ReclassifyDialog(InfoActionDialog):
    """Returns the entry id, now a petition (same number and date, the OG 27 term)."""

    title = "Reîncadrare ca petiție"
    ok_text = "&Reîncadrează"

    def build(self) -> None:
        self.set_intro(
            "Norme, art. 21 (HG nr. 830/2022): solicitarea care nu privește informații de interes "
            "public se reîncadrează ca petiție (OG nr. 27/2002), în cel mult 5 zile. Documentul își "
            "păstrează numărul și data; termenul devine cel de 30 de zile al petițiilor, iar "
            "solicitantul este informat."
        )
        self.reclassified_on = self.date_field()
        self.add_field("reclassified_on", "&Data reîncadrării:", self.reclassified_on)

    def perform(self) -> int:
        if not messages.ask_yes_no(
            self,
            f"Reîncadrați solicitarea nr. {self.details.entry.number_text} ca petiție? "
            "Operația nu se poate anula.",
            "Reîncadrare ca petiție",
        ):
            raise StayOpen
        return self.core.public_info.reclassify(self.details.id, self.day(self.reclassified_on))


class SendDialog(InfoActionDialog):
    title = "Expedierea răspunsului"
    ok_text = "&Salvează"

    def build(self) -> None:
        done = self.details.answered_on or self.details.redirected_on
        self.sent_on = self.date_field()
        self.channel = QComboBox()
        for channel, label in SEND_CHANNEL.items():
            self.channel.addItem(label, channel.value)
        if self.details.delivery_preference != "paper":
            self.channel.setCurrentIndex(self.channel.findData("email"))
        self.add_field("sent_on", "&Expediat la:", self.sent_on)
        self.add_field("sent_channel", "&Modul de expediere:", self.channel)
        if done:
            self.set_intro(f"Răspunsul este din {fmt_long(done)}.")

    def perform(self) -> InfoRequestDetails:
        return self.core.public_info.mark_sent(
            self.details.id, sent_on=self.day(self.sent_on), channel=self.channel.currentData()
        )


class AnnulDialog(InfoActionDialog):
    title = "Anularea înregistrării"
    ok_text = "&Anulează înregistrarea"
    intro = "Numărul rămâne ocupat în registru; înregistrarea apare tăiată, cu motivul anulării."

    def build(self) -> None:
        self.reason = text_box(60, "de exemplu: înregistrată de două ori din greșeală")
        self.add_field("reason", "&Motivul anulării:", self.reason)

    def perform(self) -> InfoRequestDetails:
        return self.core.public_info.annul(self.details.id, self.reason.toPlainText())
