"""The registration receipt of a 544 request: print it, save it as PDF, or copy its text for an
e-mail (as for petitions, through `core.public_info_outputs`)."""

from __future__ import annotations

from ui.windows.receipt_actions import ReceiptActionsBase, ReceiptSource


class InfoReceiptActions(ReceiptActionsBase):
    FILE_PREFIX = "confirmare-solicitare-544-"

    def set_entry(self, entry_id: int | None, number_text: str = "") -> None:
        self.entry_id, self._number = entry_id, number_text
        self._view.message.setText("")

    def _source(self) -> ReceiptSource:
        return self._ctx.core.public_info_outputs
