"""Registering a written request for public information (Legea 544/2001), keyboard first: the
clerk types, Tab moves on, Ctrl+Enter saves; the number and the terms appear at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from cic_desktop.domain.dates_ro import fmt_long
from cic_desktop.dto_petitions import PersonData
from cic_desktop.dto_public_info import InfoRequestDetails, InfoRequestInput
from cic_desktop.errors import CicError, ValidationError
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
from ui.widgets import messages
from ui.widgets.dates import from_qdate, to_qdate
from ui.widgets.forms import FieldErrors
from ui.widgets.text import attach_counter, normalize_diacritics
from ui.windows.petitions.person_completer import PersonCompleter
from ui.windows.petitions.registration import SAVE_KEYS
from ui.windows.public_info.receipt import InfoReceiptActions

MAX_INFORMATION = 2000
NO_DEPARTMENT = "— nerepartizată încă —"
WRITTEN_CHANNELS = (InfoChannel.PAPER, InfoChannel.ELECTRONIC)


class InfoRegistrationWindow(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        open_details: Callable[[int], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._open_details = open_details
        self.setWindowTitle("Înregistrare solicitare de informații publice – Legea nr. 544/2001")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1100, 600)
        self.view = InfoRegistrationView(ctx.core.clock.today())
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.form = self.view.form
        self.result_view = self.view.result
        self.errors = FieldErrors(self.form.general_error)
        for field, label in self.form.errors.items():
            widget = getattr(self.form, field.removesuffix("_id"), None)
            if widget is not None:
                self.errors.register(field, widget, label)
        self.person_id: int | None = None
        self._linked_name = ""
        self.dirty = False
        self.result: InfoRequestDetails | None = None
        self.result_view.details_button.setVisible(open_details is not None)
        self.receipt = InfoReceiptActions(ctx, self.result_view)
        self._fill_choices()
        self._connect()
        fields = self.form.fields_in_tab_order()
        for first, second in zip(fields, fields[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.start_new()

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
        self.completer = PersonCompleter(f.name, self._ctx.core.people.search)
        self.completer.picked.connect(self.pick_person)
        f.name.textEdited.connect(self._name_edited)
        for edit in (f.name, f.address, f.email, f.phone, f.domain_other, f.delivery_address):
            normalize_diacritics(edit)
            edit.textEdited.connect(self._touched)
        normalize_diacritics(f.information)
        attach_counter(f.information, f.information_counter, MAX_INFORMATION)
        f.information.textChanged.connect(self._touched)
        for combo in (f.requester_kind, f.channel, f.delivery_preference, f.department):
            combo.currentIndexChanged.connect(self._touched)
        f.domain.currentIndexChanged.connect(self._domain_changed)
        f.received_on.dateChanged.connect(self._touched)
        f.save_button.clicked.connect(self.save)
        f.cancel_button.clicked.connect(self.reject)
        r = self.result_view
        r.new_button.clicked.connect(self.start_new)
        r.details_button.clicked.connect(self._show_details)
        r.close_button.clicked.connect(self.accept)
        for keys in SAVE_KEYS:
            QShortcut(keys, self, activated=self._save_shortcut)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self._new_shortcut)

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
        self._unlink()
        self.errors.clear()
        self.result = None
        self._domain_changed()
        self.view.setCurrentWidget(f)
        self.dirty = False
        f.name.setFocus()

    def _touched(self, *_args: object) -> None:
        self.dirty = True

    def _domain_changed(self, *_args: object) -> None:
        self.form.show_row("domain_other", self.form.domain.currentData() == InfoDomain.OTHER)
        self.dirty = True

    def _name_edited(self, text: str) -> None:
        self.dirty = True
        if self.person_id is not None and text != self._linked_name:
            self._unlink()

    def _unlink(self) -> None:
        self.person_id = None
        self._linked_name = ""
        self.form.linked.setVisible(False)

    def pick_person(self, person: PersonData) -> None:
        f = self.form
        f.name.setText(person.name)
        f.requester_kind.setCurrentIndex(max(0, f.requester_kind.findData(person.kind)))
        f.address.setText(person.address)
        f.email.setText(person.email)
        f.phone.setText(person.phone)
        self.person_id = person.id
        self._linked_name = person.name
        f.linked.setText("Persoană din evidență: datele ei au fost completate (le puteți corecta).")
        f.linked.setVisible(True)
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

    def _save_shortcut(self) -> None:
        if self.view.currentWidget() is self.form:
            self.save()

    def _new_shortcut(self) -> None:
        if self.view.currentWidget() is self.result_view:
            self.start_new()

    def save(self) -> InfoRequestDetails | None:
        self.errors.clear()
        try:
            details = self._ctx.core.public_info.register(self.collect())
        except ValidationError as err:
            self.errors.show(err)
            return None
        except CicError as err:
            messages.show_error(self, err.message_ro)
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
        self.view.setCurrentWidget(r)
        self.dirty = False
        r.new_button.setFocus()

    def _show_details(self) -> None:
        if self.result is not None and self._open_details is not None:
            self._open_details(self.result.id)

    def reject(self) -> None:
        if (
            self.view.currentWidget() is self.form
            and self.dirty
            and not messages.ask_yes_no(
                self,
                "Datele completate nu au fost înregistrate. Renunțați la ele?",
                "Renunțați la înregistrare?",
            )
        ):
            return
        super().reject()
