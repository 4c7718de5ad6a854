"""The letter editor of a petition: pick the letter, start from the draft (the letter kept with the
case, else the commune's template filled from the case), edit, keep it with the case, print it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cic_desktop.dto_petitions import PetitionDetails
from cic_desktop.errors import CicError
from ui.context import AppContext
from ui.windows.letter_editor import LetterEditorBase, kept_when
from ui.windows.petitions import services
from ui.windows.receipt_actions import safe_name

KEPT_KINDS = frozenset({"answer", "forward_notice", "extension_notice", "filing_notice"})
DEFAULT_KIND = {
    "answered": "answer",
    "sent": "answer",
    "forwarded": "forward_notice",
    "extended": "extension_notice",
    "filed": "filing_notice",
}


def letter_kinds() -> dict[str, str]:
    from cic_desktop.render.pdf.letter import LETTER_KINDS

    return dict(LETTER_KINDS)


class LetterEditor(LetterEditorBase):
    def __init__(
        self,
        ctx: AppContext,
        details: PetitionDetails,
        kind: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.details = details
        self.letters = services.letters(ctx.core)
        title = f"Scrisori – petiția nr. {details.number_text}"
        layout = self._build_top(title, 820, letter_kinds())
        self._build_bottom(layout, "Salvează în &dosar")

        start = kind or DEFAULT_KIND.get(details.state, "answer")
        self.kind.setCurrentIndex(max(0, self.kind.findData(start)))
        self._current_kind = self.kind.currentData()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._connect_buttons()
        self.load()

    def load(self) -> None:
        kind = self.current_kind()
        self.error.setVisible(False)
        try:
            draft = self.letters.draft(self.details.id, kind)
        except CicError as err:
            draft = ""
            self._show_error(err.message_ro)
        kept = next((x for x in self.details.letters if x.kind == kind), None)
        self._set_body(draft)
        self.dirty = False
        keepable = kind in KEPT_KINDS
        self.save_button.setEnabled(keepable)
        self.save_button.setToolTip(
            "" if keepable else "Adresa de înaintare se tipărește; nu se păstrează la dosar."
        )
        if kept is not None:
            self.status.setText(f"Scrisoarea păstrată la dosar ({kept_when(kept)}).")
        else:
            self.status.setText("Ciornă după model, completată din datele petiției; nesalvată.")

    def _kind_changed(self, _index: int) -> None:
        if not self._may_switch():
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(self.kind.findData(self._current_kind))
            self.kind.blockSignals(False)
            return
        self._current_kind = self.current_kind()
        self.load()

    def save(self) -> bool:
        self.error.setVisible(False)
        try:
            kept = self.letters.save(self.details.id, self.current_kind(), self.body.toPlainText())
        except CicError as err:
            self._show_error(err.message_ro)
            return False
        self.details = self._ctx.core.petitions.details(self.details.id)
        self._kept(kept)
        return True

    def print_letter(self, *, open_after: bool) -> None:
        kind = self.current_kind()
        name = f"scrisoare-{kind}-{safe_name(self.details.number_text)}.pdf"
        entry_id, letters = self.details.id, self.letters
        self._print_to_pdf(
            name,
            open_after,
            lambda path, body: letters.print_letter(entry_id, kind, path, body),
        )
