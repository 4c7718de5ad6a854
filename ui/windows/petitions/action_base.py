"""The action dialogs of a petition: the shared shape (`ui/windows/action_dialog.py`) titled with
the petition's number; the result is the petition's details after the action."""

from __future__ import annotations

from datetime import date

from cic_desktop.dto_petitions import PetitionDetails
from ui.widgets.dates import TabOutDateEdit, form_date_edit, to_qdate
from ui.windows.action_dialog import CaseActionDialog, StayOpen, line, text_box

__all__ = ["ActionDialog", "StayOpen", "line", "text_box"]


class ActionDialog(CaseActionDialog):
    details: PetitionDetails

    def case_text(self) -> str:
        return f"petiția nr. {self.details.number_text}"

    def perform(self) -> PetitionDetails:
        raise NotImplementedError

    @property
    def result_details(self) -> PetitionDetails | None:
        return self.result_value

    def date_field(self, value: date, *, latest: date | None = None) -> TabOutDateEdit:
        edit = form_date_edit(value)
        if latest is not None:
            edit.setMaximumDate(to_qdate(latest))
        return edit
