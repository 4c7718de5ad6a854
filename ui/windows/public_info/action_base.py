"""The action dialogs of a 544 request: the shared shape (`ui/windows/action_dialog.py`, as for
petitions) titled with the request's number; dates default to today and never lie ahead."""

from __future__ import annotations

from datetime import date

from cic_desktop.dto_public_info import InfoRequestDetails
from ui.widgets.dates import TabOutDateEdit, form_date_edit, to_qdate
from ui.windows.action_dialog import CaseActionDialog, StayOpen, line, text_box

__all__ = ["InfoActionDialog", "StayOpen", "line", "text_box"]


class InfoActionDialog(CaseActionDialog):
    details: InfoRequestDetails

    def case_text(self) -> str:
        return f"solicitarea nr. {self.details.entry.number_text}"

    def date_field(self, value: date | None = None) -> TabOutDateEdit:
        """Today by default, never in the future; earlier dates are the core's to judge."""
        edit = form_date_edit(value or self.today)
        edit.setMaximumDate(to_qdate(self.today))
        return edit
