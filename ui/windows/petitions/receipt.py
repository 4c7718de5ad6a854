"""The registration receipt (SPEC §6): print it, save it as PDF, or copy its text for an e-mail."""

from __future__ import annotations

from ui.context import AppContext
from ui.views.petitions.registration_view import RegistrationResultView
from ui.windows.petitions import services
from ui.windows.receipt_actions import ReceiptActionsBase, ReceiptSource


class ReceiptActions(ReceiptActionsBase):
    FILE_PREFIX = "confirmare-petitie-"

    def __init__(self, ctx: AppContext, window: object, view: RegistrationResultView) -> None:
        super().__init__(ctx, view)
        self._window = window

    def set_entry(self, entry_id: int, number_text: str) -> None:
        self.entry_id, self._number = entry_id, number_text

    def _source(self) -> ReceiptSource:
        return services.letters(self._ctx.core)
