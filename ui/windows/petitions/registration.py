"""The registration window: keyboard first, the core validates, the number comes back.

Flow: the clerk fills the form (Tab from top to bottom), Ctrl+Enter saves. The core's OG 27
proposals are shown first when there are any; then `register`, and if the clerk chose so, at once
`file_without_action` or `join`. The result panel shows the number and the deadlines and offers the
receipt (print, PDF, text for an e-mail) and a new registration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from cic_desktop.domain.dates_ro import fmt, fmt_long
from cic_desktop.dto_petitions import PetitionDetails, PetitionInput
from cic_desktop.errors import CicError
from cic_desktop.labels import PERSON_KIND, PETITION_CHANNEL, PETITION_KIND
from ui import bus
from ui.context import AppContext
from ui.views.petitions.registration_view import MAX_SUBJECT, RegistrationView
from ui.widgets import messages
from ui.widgets.dates import from_qdate, to_qdate
from ui.windows.petitions.receipt import ReceiptActions
from ui.windows.petitions.suggestions import FollowUp, SuggestionsDialog
from ui.windows.registration_dialog import RegistrationDialog

ANSWER_RULE = "OG27_ANSWER_30"
AUDIENCE_RULE = "AUDIENCE_PETITION_30"
OTHER_INSTITUTION = "other_institution"
AUDIENCE = "audience"
NO_DOMAIN = "— fără domeniu —"
NO_DEPARTMENT = "— nerepartizată încă —"


@dataclass(frozen=True)
class Registered:
    details: PetitionDetails
    follow_up: FollowUp | None
    follow_up_error: str = ""


class RegistrationWindow(RegistrationDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        open_details: Callable[[int], object] | None = None,
    ) -> None:
        super().__init__(ctx, parent, open_details)
        self.setWindowTitle("Înregistrare petiție – OG nr. 27/2002")
        self.resize(1100, 620)
        self._install_view(RegistrationView(ctx.core.clock.today()))
        self.result: Registered | None = None
        self.suggestions_dialog: SuggestionsDialog | None = None
        self._internal_default: date | None = None
        self.receipt = ReceiptActions(ctx, self, self.result_view)
        self._fill_choices()
        self._connect()
        self._set_tab_order()
        self.start_new()

    def _person_kind(self) -> QComboBox | None:
        return self.form.person_kind

    def _result_id(self) -> int | None:
        return self.result.details.id if self.result is not None else None

    # -- setup ---------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        f = self.form
        for kind, label in PERSON_KIND.items():
            f.person_kind.addItem(label, kind.value)
        for channel, label in PETITION_CHANNEL.items():
            f.channel.addItem(label, channel.value)
        for kind, label in PETITION_KIND.items():
            f.kind.addItem(label, kind.value)
        f.domain.addItem(NO_DOMAIN, None)
        for domain_id, name in self._ctx.core.petitions.domains():
            f.domain.addItem(name, domain_id)
        f.department.addItem(NO_DEPARTMENT, None)
        for department in self._ctx.core.settings.departments():
            f.department.addItem(department.name, department.id)

    def _connect(self) -> None:
        f = self.form
        self._connect_person(
            f.name, f.address, f.email, f.phone, f.source_institution, f.source_reference
        )
        self._connect_text(f.subject, f.subject_counter, MAX_SUBJECT)
        for combo in (f.person_kind, f.kind, f.domain):
            combo.currentIndexChanged.connect(self._touched)
        for spin in (f.pages, f.annexes):
            spin.valueChanged.connect(self._touched)
        f.channel.currentIndexChanged.connect(self._channel_changed)
        f.department.currentIndexChanged.connect(self._department_changed)
        f.audience_date.dateChanged.connect(lambda _d: self._update_internal_default())
        f.received_on.dateChanged.connect(self._touched)
        f.internal_deadline.dateChanged.connect(self._touched)
        self._connect_buttons()

    # -- state of the form ---------------------------------------------------------------------

    def start_new(self) -> None:
        """An empty form (today's dates); keeps the channel and department the clerk used last."""
        f = self.form
        today = self._ctx.core.clock.today()
        for edit in (f.name, f.address, f.email, f.phone, f.source_institution, f.source_reference):
            edit.clear()
        f.subject.clear()
        f.person_kind.setCurrentIndex(0)
        f.kind.setCurrentIndex(0)
        f.domain.setCurrentIndex(0)
        f.pages.setValue(1)
        f.annexes.setValue(0)
        f.received_on.setDate(to_qdate(today))
        f.received_on.setMaximumDate(to_qdate(today))
        f.audience_date.setDate(to_qdate(today))
        f.audience_date.setMaximumDate(to_qdate(today))
        f.registered_on.setText(fmt_long(today))
        self._forget()
        self._channel_changed()
        self._department_changed()
        self._show_page(f, f.name)

    def _channel_changed(self, *_args: object) -> None:
        channel = self.form.channel.currentData()
        self.form.show_row("source_institution", channel == OTHER_INSTITUTION)
        self.form.show_row("source_reference", channel == OTHER_INSTITUTION)
        self.form.show_row("audience_date", channel == AUDIENCE)
        self._update_internal_default()
        self.dirty = True

    def _department_changed(self, *_args: object) -> None:
        assigned = self.form.department.currentData() is not None
        self.form.internal_deadline.setEnabled(assigned)
        self._update_internal_default()
        self.dirty = True

    def _deadline_start(self) -> tuple[str, date]:
        if self.form.channel.currentData() == AUDIENCE:
            return AUDIENCE_RULE, from_qdate(self.form.audience_date.date())
        return ANSWER_RULE, self._ctx.core.clock.today()

    def _update_internal_default(self) -> None:
        """The internal deadline starts at the internal target of the legal term."""
        rule, start = self._deadline_start()
        try:
            result = self._ctx.core.calendar.deadline(rule, start)
        except CicError:
            return
        f = self.form
        self._internal_default = result.internal_target
        if result.internal_target is not None:
            f.internal_deadline.blockSignals(True)
            f.internal_deadline.setDate(to_qdate(result.internal_target))
            f.internal_deadline.blockSignals(False)
        f.internal_deadline.setMaximumDate(to_qdate(result.legal_deadline))
        legal = fmt(result.legal_deadline)
        if result.internal_target in (None, result.legal_deadline):
            f.internal_hint.setText(f"Termenul legal de răspuns: {legal}.")
        else:
            target = fmt(result.internal_target)
            f.internal_hint.setText(f"Termenul legal: {legal}; ținta internă: {target}.")

    # -- saving --------------------------------------------------------------------------------

    def collect(self) -> PetitionInput:
        f = self.form
        channel = f.channel.currentData()
        department = f.department.currentData()
        internal = from_qdate(f.internal_deadline.date()) if department is not None else None
        if internal == self._internal_default:
            internal = None  # the core's own default
        return PetitionInput(
            subject=f.subject.toPlainText(),
            kind=f.kind.currentData(),
            channel=channel,
            person_kind=f.person_kind.currentData(),
            name=f.name.text(),
            address=f.address.text(),
            email=f.email.text(),
            phone=f.phone.text(),
            person_id=self.person_id,
            received_on=from_qdate(f.received_on.date()),
            domain_id=f.domain.currentData(),
            pages=f.pages.value(),
            annexes=f.annexes.value(),
            department_id=department,
            internal_deadline=internal,
            source_institution=f.source_institution.text() if channel == OTHER_INSTITUTION else "",
            source_reference=f.source_reference.text() if channel == OTHER_INSTITUTION else "",
            audience_date=from_qdate(f.audience_date.date()) if channel == AUDIENCE else None,
        )

    def save(self) -> None:
        """Show the OG 27 proposals if any (the clerk chooses), else register at once."""
        self.errors.clear()
        data = self.collect()
        try:
            suggestions = self._ctx.core.petitions.suggestions(data)
        except CicError as err:
            messages.show_error(self, err.message_ro)
            return
        if not suggestions:
            self.register(data, None)
            return
        dialog = SuggestionsDialog(suggestions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.register(data, dialog.chosen()))
        dialog.destroyed.connect(self._suggestions_closed)
        self.suggestions_dialog = dialog
        dialog.open()

    def _suggestions_closed(self) -> None:
        self.suggestions_dialog = None

    def register(self, data: PetitionInput, follow_up: FollowUp | None) -> Registered | None:
        details = self._submit(lambda: self._ctx.core.petitions.register(data))
        if details is None:
            return None
        error = ""
        if follow_up is not None:
            try:
                details = self._apply(details.id, follow_up)
            except CicError as err:
                error = err.message_ro
        self.result = Registered(details, follow_up, error)
        self._ctx.bus.announce(bus.PETITIONS, bus.REGISTRY)
        self._show_result(self.result)
        return self.result

    def _apply(self, entry_id: int, follow_up: FollowUp) -> PetitionDetails:
        petitions = self._ctx.core.petitions
        if follow_up.action == "join" and follow_up.related_entry_id is not None:
            return petitions.join(entry_id, follow_up.related_entry_id)
        if follow_up.action == "file_repeated":
            note = f"Același conținut cu petiția nr. {follow_up.related_number}, soluționată."
            return petitions.file_without_action(entry_id, "repeated", note)
        return petitions.file_without_action(entry_id, "anonymous")

    def _show_result(self, result: Registered) -> None:
        d = result.details
        r = self.result_view
        r.number.setText(f"Nr. {d.number_text}")
        who = d.entry.correspondent_name or "petiționar neidentificat"
        r.summary.setText(f"{who} – {' '.join(d.entry.subject.split())[:300]}")
        legal = d.entry.legal_deadline
        r.legal_deadline.setText(fmt_long(legal) if legal else "—")
        internal = d.internal_deadline or d.entry.internal_target
        suffix = f" ({d.department_name})" if d.department_name else ""
        r.internal_caption.setText("Termen intern:" if d.department_name else "Țintă internă:")
        r.internal_target.setText(f"{fmt_long(internal)}{suffix}" if internal else "—")
        r.explanation.setText(d.deadline_explanation.replace(" Țintă internă:", "\nȚintă internă:"))
        if result.follow_up is None:
            r.follow_up.setText("")
        elif result.follow_up_error:
            r.follow_up.setText(
                "Petiția a fost înregistrată, dar acțiunea propusă nu s-a putut face: "
                f"{result.follow_up_error} O puteți face din fișa petiției."
            )
        else:
            r.follow_up.setText(result.follow_up.done_text)
        r.follow_up.setVisible(bool(r.follow_up.text()))
        r.message.setText("")
        self.receipt.set_entry(d.id, d.number_text)
        self._show_page(r, r.print_button)
