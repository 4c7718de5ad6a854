"""Registering a written request for public information (Legea 544/2001), keyboard first: the
clerk types, Tab moves on, Ctrl+Enter saves; the number and the terms appear at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from cic_desktop.domain.dates_ro import fmt_long
from cic_desktop.dto_public_info import InfoRequestDetails, InfoRequestInput
from cic_desktop.errors import CicError
from cic_desktop.labels import (
    DELIVERY_PREFERENCE,
    INFO_CHANNEL,
    INFO_DOMAIN,
    PERSON_KIND,
    InfoChannel,
    InfoDomain,
)
from ui import bus
from ui.context import AppContext
from ui.views.public_info.registration_view import InfoRegistrationView
from ui.widgets.dates import from_qdate, to_qdate
from ui.windows.public_info.receipt import InfoReceiptActions
from ui.windows.registration_dialog import RegistrationDialog

MAX_INFORMATION = 2000
NO_DEPARTMENT = "— nerepartizată încă —"
WRITTEN_CHANNELS = (InfoChannel.PAPER, InfoChannel.ELECTRONIC)


class InfoRegistrationWindow(RegistrationDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        open_details: Callable[[int], object] | None = None,
    ) -> None:
        super().__init__(ctx, parent, open_details)
        self.setWindowTitle("Înregistrare solicitare de informații publice – Legea nr. 544/2001")
        self.resize(1100, 600)
        self._install_view(InfoRegistrationView(ctx.core.clock.today()))
        self.result: InfoRequestDetails | None = None
        self.receipt = InfoReceiptActions(ctx, self.result_view)
        self._fill_choices()
        self._connect()
        self._set_tab_order()
        self.start_new()

    def _person_kind(self) -> QComboBox | None:
        return self.form.requester_kind

    def _result_id(self) -> int | None:
        return self.result.id if self.result is not None else None

    def _fill_choices(self) -> None:
        f = self.form
        for kind, label in PERSON_KIND.items():
            f.requester_kind.addItem(label, kind.value)
        for channel in WRITTEN_CHANNELS:
            f.channel.addItem(INFO_CHANNEL[channel], channel.value)
        for domain, label in INFO_DOMAIN.items():
            f.domain.addItem(label, domain.value)
        for preference, label in DELIVERY_PREFERENCE.items():
            f.delivery_preference.addItem(label, preference.value)
        f.department.addItem(NO_DEPARTMENT, None)
        for department in self._ctx.core.settings.departments():
            f.department.addItem(department.name, department.id)

    def _connect(self) -> None:
        f = self.form
        self._connect_person(
            f.name, f.address, f.email, f.phone, f.domain_other, f.delivery_address
        )
        self._connect_text(f.information, f.information_counter, MAX_INFORMATION)
        for combo in (f.requester_kind, f.channel, f.delivery_preference, f.department):
            combo.currentIndexChanged.connect(self._touched)
        f.domain.currentIndexChanged.connect(self._domain_changed)
        f.received_on.dateChanged.connect(self._touched)
        self._connect_buttons()

    # -- state of the form ---------------------------------------------------------------------

    def start_new(self) -> None:
        """An empty form dated today; keeps the channel the clerk used last."""
        f = self.form
        today = self._ctx.core.clock.today()
        for edit in (f.name, f.address, f.email, f.phone, f.domain_other, f.delivery_address):
            edit.clear()
        f.information.clear()
        for combo in (f.requester_kind, f.domain, f.delivery_preference, f.department):
            combo.setCurrentIndex(0)
        f.received_on.setDate(to_qdate(today))
        f.received_on.setMaximumDate(to_qdate(today))
        f.registered_on.setText(fmt_long(today))
        try:
            answer = self._ctx.core.calendar.deadline("544_ANSWER_10", today)
            f.deadline_hint.setText(
                f"Termenul de răspuns va fi {fmt_long(answer.legal_deadline)} (10 zile de la "
                "înregistrare); un refuz motivat se comunică în 5 zile de la primire."
            )
        except CicError:
            f.deadline_hint.setText("")
        self._forget()
        self._domain_changed()
        self._show_page(f, f.name)

    def _domain_changed(self, *_args: object) -> None:
        self.form.show_row("domain_other", self.form.domain.currentData() == InfoDomain.OTHER)
        self.dirty = True

    # -- saving --------------------------------------------------------------------------------

    def collect(self) -> InfoRequestInput:
        f = self.form
        domain = f.domain.currentData()
        return InfoRequestInput(
            information=f.information.toPlainText(),
            channel=f.channel.currentData(),
            domain=domain,
            delivery_preference=f.delivery_preference.currentData(),
            requester_kind=f.requester_kind.currentData(),
            name=f.name.text(),
            address=f.address.text(),
            email=f.email.text(),
            phone=f.phone.text(),
            person_id=self.person_id,
            received_on=from_qdate(f.received_on.date()),
            domain_other=f.domain_other.text() if domain == InfoDomain.OTHER else "",
            delivery_address=f.delivery_address.text(),
            department_id=f.department.currentData(),
        )

    def save(self) -> InfoRequestDetails | None:
        self.errors.clear()
        details = self._submit(lambda: self._ctx.core.public_info.register(self.collect()))
        if details is None:
            return None
        self.result = details
        self._ctx.bus.announce(bus.PUBLIC_INFO, bus.REGISTRY)
        self._show_result(details)
        return details

    def _show_result(self, d: InfoRequestDetails) -> None:
        r = self.result_view
        r.number.setText(f"Nr. {d.entry.number_text}")
        who = d.entry.correspondent_name
        r.summary.setText(f"{who} – {' '.join(d.entry.subject.split())[:300]}")
        legal = d.entry.legal_deadline
        r.legal_deadline.setText(fmt_long(legal) if legal else "—")
        r.explanation.setText(d.answer_deadline_explanation)
        r.refusal_deadline.setText(
            f"{fmt_long(d.refusal_deadline)} (5 zile de la primire, {fmt_long(d.entry.received_on)})"
        )
        r.notice_deadline.setText(
            f"{fmt_long(d.notice_deadline)} (atunci răspunsul se dă în cel mult 30 de zile)"
        )
        self.receipt.set_entry(d.id, d.entry.number_text)
        self._show_page(r, r.new_button)
