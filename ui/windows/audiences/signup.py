"""The sign-up window: pick the official, then one of the next free slots (or a walk-in today),
type who comes and why; Ctrl+Enter saves. The core refuses a taken slot or a missing field and the
message appears at the field. The result panel offers the printed sign-up slip."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from cic_desktop.domain.dates_ro import fmt, fmt_long, weekday_ro
from cic_desktop.dto_audiences import AudienceDetails, AudienceInput, Slot
from cic_desktop.errors import CicError, ValidationError
from ui import bus
from ui.context import AppContext
from ui.views.audiences.signup_view import MAX_SUBJECT, SignupView
from ui.widgets import files, messages
from ui.windows.audiences import services
from ui.windows.registration_dialog import RegistrationDialog
from ui.windows.settings.audience_schedules_tab import official_line

NO_DOMAIN = "— fără domeniu —"
SLOT_ROLE = Qt.ItemDataRole.UserRole + 1
SLOTS_SHOWN = 20


def slot_line(slot: Slot) -> str:
    """One offered slot; its place is in the item's tooltip (places are long)."""
    return f"{weekday_ro(slot.day)}, {fmt(slot.day)}, {slot.time}–{slot.end_time}"


def when_text(details: AudienceDetails) -> str:
    day = fmt_long(details.audience_day)  # „26.11.2026 (joi)”
    if details.walk_in:
        hour = f", ora {details.slot_time}" if details.slot_time else ""
        return f"{day}{hour} (fără programare)"
    place = f", {details.place}" if details.place else ""
    return f"{day}, ora {details.slot_time}{place}"


class SignupWindow(RegistrationDialog):
    discard_question = "Datele completate nu au fost salvate. Renunțați la înscriere?"
    discard_title = "Renunțați la înscriere?"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        slot: Slot | None = None,
        official_id: int | None = None,
        open_details: Callable[[int], object] | None = None,
    ) -> None:
        super().__init__(ctx, parent, open_details)
        self._wanted = slot
        self.setWindowTitle("Înscriere la audiență")
        self.resize(1080, 600)
        self._install_view(SignupView())
        self.result: AudienceDetails | None = None
        self._fill_choices(slot.official_id if slot else official_id)
        self._connect()
        self._set_tab_order()
        self.start_new()

    def _field_widget(self, field: str) -> QWidget | None:
        if field in ("slot_time", "audience_day"):
            return self.form.slots
        return super()._field_widget(field)

    def _result_id(self) -> int | None:
        return self.result.entry.id if self.result is not None else None

    @property
    def service(self) -> Any:
        return services.audiences(self._ctx.core)

    def _fill_choices(self, official_id: int | None) -> None:
        f = self.form
        for official in self._ctx.core.settings.officials():
            f.official.addItem(official_line(official), official.id)
        if official_id is not None:
            f.official.setCurrentIndex(max(0, f.official.findData(official_id)))
        f.domain.addItem(NO_DOMAIN, None)
        for domain_id, name in self._ctx.core.petitions.domains():
            f.domain.addItem(name, domain_id)

    def _connect(self) -> None:
        f = self.form
        self._connect_person(f.name, f.address, f.phone, f.email, f.previous_number, f.notes)
        self._connect_text(f.subject, f.subject_counter, MAX_SUBJECT)
        f.official.currentIndexChanged.connect(lambda _i: self.fill_slots())
        f.walk_in.toggled.connect(self._walk_in_toggled)
        self.result_view.print_button.clicked.connect(self.print_slip)
        self._connect_buttons()

    # -- the slots -----------------------------------------------------------------------------

    def fill_slots(self) -> None:
        """The next free slots of the chosen official (the wanted one first, when given)."""
        f = self.form
        f.slots.clear()
        official_id = f.official.currentData()
        if official_id is None:
            f.slots_hint.setText("Adăugați întâi conducerea, în Setări.")
            return
        wanted = self._wanted if self._wanted and self._wanted.official_id == official_id else None
        try:
            found = self.service.free_slots(
                official_id, start=wanted.day if wanted else None, limit=SLOTS_SHOWN
            )
        except CicError as err:
            f.slots_hint.setText(err.message_ro)
            return
        for slot in found:
            item = QListWidgetItem(slot_line(slot))
            item.setData(SLOT_ROLE, slot)
            item.setToolTip(slot.place)
            f.slots.addItem(item)
        chosen = 0
        if wanted is not None:
            chosen = next(
                (i for i, s in enumerate(found) if (s.day, s.time) == (wanted.day, wanted.time)), 0
            )
        if found:
            f.slots.setCurrentRow(chosen)
            f.slots_hint.setText("Săgețile sus / jos aleg programarea.")
        else:
            f.slots_hint.setText(
                "Nu există programări libere: verificați programul de audiențe din Setări "
                "sau înscrieți fără programare."
            )

    def chosen_slot(self) -> Slot | None:
        item = self.form.slots.currentItem()
        slot = item.data(SLOT_ROLE) if item is not None else None
        return slot if isinstance(slot, Slot) else None

    def select_slot(self, day: Any, time: str) -> bool:
        f = self.form
        for row in range(f.slots.count()):
            slot = f.slots.item(row).data(SLOT_ROLE)
            if (slot.day, slot.time) == (day, time):
                f.slots.setCurrentRow(row)
                return True
        return False

    def _walk_in_toggled(self, checked: bool) -> None:
        self.form.slots.setEnabled(not checked)
        self.dirty = True

    # -- saving --------------------------------------------------------------------------------

    def start_new(self) -> None:
        f = self.form
        for edit in (f.name, f.address, f.phone, f.email, f.previous_number, f.notes):
            edit.clear()
        f.subject.clear()
        f.domain.setCurrentIndex(0)
        f.walk_in.setChecked(False)
        self._forget()
        self.fill_slots()
        self._wanted = None
        self._show_page(f, f.name if self.chosen_slot() is not None else f.official)

    def collect(self) -> AudienceInput:
        f = self.form
        walk_in = f.walk_in.isChecked()
        slot = None if walk_in else self.chosen_slot()
        today = self._ctx.core.clock.today()
        return AudienceInput(
            official_id=f.official.currentData(),
            audience_day=slot.day if slot is not None else today,
            subject=f.subject.toPlainText(),
            name=f.name.text(),
            slot_time=slot.time if slot is not None else None,
            walk_in=walk_in,
            address=f.address.text(),
            phone=f.phone.text(),
            email=f.email.text(),
            person_id=self.person_id,
            domain_id=f.domain.currentData(),
            previous_number=f.previous_number.text(),
            notes=f.notes.text(),
        )

    def save(self) -> AudienceDetails | None:
        self.errors.clear()
        f = self.form
        if not f.walk_in.isChecked() and self.chosen_slot() is None:
            self.errors.show(
                ValidationError(
                    "slot_time",
                    "Alegeți o programare liberă sau bifați „Fără programare”.",
                )
            )
            return None
        # After a refusal the slot may have been taken meanwhile: offer the free ones again.
        details = self._submit(lambda: self.service.sign_up(self.collect()), self.fill_slots)
        if details is None:
            return None
        self.result = details
        self._ctx.bus.announce(bus.AUDIENCES, bus.REGISTRY)
        self._show_result(details)
        return details

    def _show_result(self, details: AudienceDetails) -> None:
        r = self.result_view
        r.number.setText(f"Nr. {details.entry.number_text}")
        r.when.setText(f"{details.official_name} — {when_text(details)}")
        subject = " ".join(details.entry.subject.split())[:300]
        r.summary.setText(f"{details.entry.correspondent_name} – {subject}")
        self._show_page(r, r.print_button)

    def print_slip(self) -> None:
        if self.result is None:
            return
        number = self.result.entry.number_text.replace("/", "-")
        path = files.temporary_pdf(f"formular-audienta-{number}.pdf")
        try:
            written = services.outputs(self._ctx.core).print_signup_slip(self.result.entry.id, path)
        except CicError as err:
            messages.show_error(self, err.message_ro)
            return
        files.open_file(written or path)
