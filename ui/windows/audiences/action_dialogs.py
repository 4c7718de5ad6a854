"""The dialogs of the day's actions: postpone to a free slot, record the outcome, register the
issue as a petition. Each runs one core call on „OK”; the core's refusal appears under the field
it names and nothing is saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from cic_desktop.domain.dates_ro import fmt_long
from cic_desktop.dto_audiences import AudienceDetails, OutcomeInput, Slot
from cic_desktop.dto_petitions import PetitionDetails
from cic_desktop.errors import ValidationError
from cic_desktop.labels import PETITION_KIND
from ui.views.audiences.texts import ANSWER_CHANNELS, outcome_items
from ui.widgets.dates import OptionalDateEdit, form_date_edit, from_qdate
from ui.windows.action_dialog import line, text_box
from ui.windows.audiences.signup import SLOT_ROLE, SLOTS_SHOWN, slot_line, when_text
from ui.windows.audiences.small_dialogs import ChoiceDialog

DEPARTMENT = "department"
NO_DEPARTMENT = "— alegeți compartimentul —"
NO_DEPARTMENT_YET = "— nerepartizată încă —"


def _who(d: AudienceDetails) -> str:
    return f"nr. {d.entry.number_text} – {d.entry.correspondent_name}"


class PostponeDialog(ChoiceDialog):
    """„Amână”: the same sign-up (same number) moves to a free slot; the old one stays in history."""

    def __init__(self, service: Any, details: AudienceDetails, parent: QWidget | None) -> None:
        super().__init__(
            f"Amânarea audienței {_who(details)}",
            f"Acum: {details.official_name}, {when_text(details)}. Înscrierea își păstrează "
            "numărul; programarea veche rămâne în istoricul ei.",
            "&Amână",
            parent,
        )
        self.slots = QListWidget()
        self.slots.setMinimumHeight(200)
        self.reason = line(placeholder="de exemplu: la cererea solicitantului")
        self.add_field("new_day", "&Programarea nouă:", self.slots)
        self.errors.register("new_time", self.slots, self.error_labels["new_day"])
        self.add_field("reason", "&Motivul:", self.reason)
        self.finish_layout()
        official_id = details.official_id
        found: list[Slot] = []
        if official_id is not None:
            found = service.free_slots(official_id, limit=SLOTS_SHOWN)
        for slot in found:
            if (slot.day, slot.time) == (details.audience_day, details.slot_time):
                continue
            item = QListWidgetItem(slot_line(slot))
            item.setData(SLOT_ROLE, slot)
            self.slots.addItem(item)
        if self.slots.count():
            self.slots.setCurrentRow(0)
        self.action = lambda: self._postpone(service, details.entry.id)

    def chosen(self) -> Slot | None:
        item = self.slots.currentItem()
        slot = item.data(SLOT_ROLE) if item is not None else None
        return slot if isinstance(slot, Slot) else None

    def _postpone(self, service: Any, entry_id: int) -> AudienceDetails:
        slot = self.chosen()
        if slot is None:
            raise ValidationError("new_day", "Alegeți programarea nouă din listă.")
        return service.postpone(entry_id, slot.day, slot.time, self.reason.text())


class OutcomeDialog(ChoiceDialog):
    """„Rezultat”: what was decided (after „Prezent”); a department needs a term."""

    def __init__(
        self, service: Any, core: Any, details: AudienceDetails, parent: QWidget | None
    ) -> None:
        super().__init__(
            f"Rezultatul audienței {_who(details)}",
            "Problemele care nu se pot rezolva în audiență se înregistrează ca petiție "
            "(butonul „Înregistrează ca petiție”).",
            "&Salvează",
            parent,
        )
        self.outcome = QComboBox()
        for value, label in outcome_items():
            self.outcome.addItem(label, value)
        self.participants = line(
            details.participants, "de exemplu: inspector urbanism, consilier juridic"
        )
        self.resolution = text_box(80, "rezoluția sau măsura dispusă")
        if details.resolution:
            self.resolution.setPlainText(details.resolution)
        self.department = QComboBox()
        self.department.addItem(NO_DEPARTMENT, None)
        for d in core.settings.departments():
            self.department.addItem(d.name, d.id)
        today = core.clock.today()
        self.term = form_date_edit(details.term or today)
        self.answer_on = OptionalDateEdit("answer_on")
        self.answer_on.set_value(details.answer_on)
        self.answer_channel = QComboBox()
        self.answer_channel.setEditable(True)
        self.answer_channel.addItems(["", *ANSWER_CHANNELS])
        self.answer_channel.setCurrentText(details.answer_channel)
        self.add_field("outcome", "&Rezultatul:", self.outcome)
        self.add_field("participants", "&Participanți:", self.participants)
        self.add_field("resolution", "Re&zoluția / măsura:", self.resolution)
        self.add_field("department_id", "&Compartimentul:", self.department)
        self.add_field("term", "&Termen:", self.term)
        self.add_field("answer_on", "Data com&unicării răspunsului:", self.answer_on)
        self.add_field("answer_channel", "Mo&dul comunicării:", self.answer_channel)
        self.finish_layout()
        if details.outcome:
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(details.outcome)))
        if details.department_id is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(details.department_id)))
        self.outcome.currentIndexChanged.connect(lambda _i: self._outcome_changed())
        self._outcome_changed()
        self.action = lambda: service.record_outcome(details.entry.id, self.collect())

    def _outcome_changed(self) -> None:
        to_department = self.outcome.currentData() == DEPARTMENT
        self.department.setEnabled(to_department)
        self.term.setEnabled(to_department)

    def collect(self) -> OutcomeInput:
        to_department = self.outcome.currentData() == DEPARTMENT
        return OutcomeInput(
            outcome=self.outcome.currentData(),
            resolution=self.resolution.toPlainText(),
            participants=self.participants.text(),
            department_id=self.department.currentData() if to_department else None,
            term=from_qdate(self.term.date()) if to_department else None,
            answer_on=self.answer_on.value(),
            answer_channel=self.answer_channel.currentText(),
        )


class ConvertDialog(ChoiceDialog):
    """„Înregistrează ca petiție…”: the clerk picks the kind of petition and, if already known,
    the department that answers; the petition is registered today, its term runs from the
    audience day (OG 27/2002)."""

    def __init__(
        self, service: Any, core: Any, details: AudienceDetails, parent: QWidget | None
    ) -> None:
        super().__init__(
            f"Înregistrarea ca petiție a audienței {_who(details)}",
            f"Problema prezentată se înregistrează în registrul petițiilor cu data de astăzi; "
            f"termenul de 30 de zile curge de la data audienței, "
            f"{fmt_long(details.audience_day)}.",
            "Înregist&rează petiția",
            parent,
        )
        self.kind = QComboBox()
        for value, label in PETITION_KIND.items():
            self.kind.addItem(label, str(value))
        self.department = QComboBox()
        self.department.addItem(NO_DEPARTMENT_YET, None)
        for d in core.settings.departments():
            self.department.addItem(d.name, d.id)
        if details.department_id is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(details.department_id)))
        self.add_field("kind", "&Tipul petiției:", self.kind)
        self.add_field("department_id", "&Compartimentul (opțional):", self.department)
        self.finish_layout()
        self.action = lambda: self._convert(service, details.entry.id)

    def _convert(self, service: Any, entry_id: int) -> PetitionDetails:
        return service.convert_to_petition(
            entry_id, kind=self.kind.currentData(), department_id=self.department.currentData()
        )

    def petition(self) -> PetitionDetails | None:
        value = self.result_value
        return value if isinstance(value, PetitionDetails) else None
