"""The letter editor of a petition: pick the letter, start from the draft (the letter kept with the
case, else the commune's template filled from the case), edit, keep it with the case, print it."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cic_desktop.dto_petitions import PetitionDetails
from cic_desktop.errors import CicError
from ui.context import AppContext
from ui.widgets import files, messages
from ui.widgets.forms import error_label, hint_label
from ui.widgets.text import normalize_diacritics
from ui.windows.petitions import services
from ui.windows.petitions.receipt import safe_name

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


class LetterEditor(QDialog):
    saved = Signal()

    def __init__(
        self,
        ctx: AppContext,
        details: PetitionDetails,
        kind: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.details = details
        self.letters = services.letters(ctx.core)
        self.dirty = False
        self.last_pdf: Path | None = None
        self.setWindowTitle(f"Scrisori – petiția nr. {details.number_text}")
        self.resize(820, 680)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.kind = QComboBox()
        for code, label in letter_kinds().items():
            self.kind.addItem(label, code)
        kind_label = QLabel("&Scrisoarea:")
        kind_label.setBuddy(self.kind)
        row.addWidget(kind_label)
        row.addWidget(self.kind, 1)
        layout.addLayout(row)
        self.status = hint_label("")
        layout.addWidget(self.status)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        normalize_diacritics(self.body)
        layout.addWidget(self.body, 1)
        self.error = error_label("formError")
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton("Salvează în &dosar")
        self.print_button = QPushButton("&Tipărește")
        self.print_button.setToolTip("Deschide scrisoarea pe antet, în format PDF, pentru tipărire")
        self.pdf_button = QPushButton("Salvează &PDF…")
        self.close_button = QPushButton("Î&nchide")
        for button in (self.save_button, self.print_button, self.pdf_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.close_button.setAutoDefault(False)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        start = kind or DEFAULT_KIND.get(details.state, "answer")
        self.kind.setCurrentIndex(max(0, self.kind.findData(start)))
        self._current_kind = self.kind.currentData()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.body.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(lambda: self.print_letter(open_after=True))
        self.pdf_button.clicked.connect(lambda: self.print_letter(open_after=False))
        self.close_button.clicked.connect(self.reject)
        self.load()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def load(self) -> None:
        kind = self.current_kind()
        self.error.setVisible(False)
        try:
            draft = self.letters.draft(self.details.id, kind)
        except CicError as err:
            draft = ""
            self._show_error(err.message_ro)
        kept = next((x for x in self.details.letters if x.kind == kind), None)
        self.body.blockSignals(True)
        self.body.setPlainText(draft)
        self.body.blockSignals(False)
        self.dirty = False
        keepable = kind in KEPT_KINDS
        self.save_button.setEnabled(keepable)
        self.save_button.setToolTip(
            "" if keepable else "Adresa de înaintare se tipărește; nu se păstrează la dosar."
        )
        if kept is not None:
            when = (kept.updated_at or kept.created_at).strftime("%d.%m.%Y %H:%M")
            self.status.setText(f"Scrisoarea păstrată la dosar ({when}).")
        else:
            self.status.setText("Ciornă după model, completată din datele petiției; nesalvată.")

    def _edited(self) -> None:
        self.dirty = True

    def _kind_changed(self, _index: int) -> None:
        if self.dirty and not messages.ask_yes_no(
            self, "Scrisoarea are modificări nesalvate. Treceți la altă scrisoare fără ele?"
        ):
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(self.kind.findData(self._current_kind))
            self.kind.blockSignals(False)
            return
        self._current_kind = self.current_kind()
        self.load()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def save(self) -> bool:
        self.error.setVisible(False)
        try:
            kept = self.letters.save(self.details.id, self.current_kind(), self.body.toPlainText())
        except CicError as err:
            self._show_error(err.message_ro)
            return False
        self.details = self._ctx.core.petitions.details(self.details.id)
        self.dirty = False
        when = (kept.updated_at or kept.created_at).strftime("%d.%m.%Y %H:%M")
        self.status.setText(f"Scrisoarea a fost păstrată la dosar ({when}).")
        self.saved.emit()
        return True

    def print_letter(self, *, open_after: bool) -> None:
        kind = self.current_kind()
        name = f"scrisoare-{kind}-{safe_name(self.details.number_text)}.pdf"
        if open_after:
            path: Path | None = files.temporary_pdf(name)
        else:
            path = files.save_path(self, "Salvați scrisoarea", name, files.PDF_FILTER)
        if path is None:
            return
        body, entry_id, letters = self.body.toPlainText(), self.details.id, self.letters
        target = path
        self._ctx.tasks.call(
            lambda: letters.print_letter(entry_id, kind, target, body),
            on_success=lambda written: self._printed(Path(written), open_after),
            on_error=lambda exc: (
                self._show_error(exc.message_ro if isinstance(exc, CicError) else str(exc))
                if shiboken6.isValid(self)
                else None
            ),
            label="Se pregătește scrisoarea…",
            parent=self,
        )

    def _printed(self, path: Path, open_after: bool) -> None:
        self.last_pdf = path
        if open_after:
            files.open_file(path)
        if shiboken6.isValid(self):
            self.status.setText(f"PDF creat: {path}")

    def reject(self) -> None:
        if self.dirty and not messages.ask_yes_no(
            self, "Scrisoarea are modificări nesalvate. Închideți fără să le păstrați?"
        ):
            return
        super().reject()
