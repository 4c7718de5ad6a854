"""What the petition and 544 letter editors share, so both behave alike: the letter picker on top,
the editable text, the save / print / PDF / close buttons, a question before edits are thrown
away, and printing on the worker thread (the dialog may be closed before the PDF is written)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

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

from cic_desktop.errors import CicError
from ui.context import AppContext
from ui.widgets import files, messages
from ui.widgets.forms import error_label, hint_label
from ui.widgets.text import normalize_diacritics


class KeptLetter(Protocol):
    created_at: datetime
    updated_at: datetime | None


def kept_when(kept: KeptLetter) -> str:
    """When a kept letter was last written, as the status line shows it."""
    return (kept.updated_at or kept.created_at).strftime("%d.%m.%Y %H:%M")


def error_text(exc: BaseException) -> str:
    return exc.message_ro if isinstance(exc, CicError) else str(exc)


class LetterEditorBase(QDialog):
    """The subclass builds the window with `_build_top`, its own rows, then `_build_bottom`."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.dirty = False
        self.last_pdf: Path | None = None

    def _build_top(self, title: str, width: int, kinds: dict[str, str]) -> QVBoxLayout:
        self.setWindowTitle(title)
        self.resize(width, 680)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.kind = QComboBox()
        for code, label in kinds.items():
            self.kind.addItem(label, code)
        kind_label = QLabel("&Scrisoarea:")
        kind_label.setBuddy(self.kind)
        row.addWidget(kind_label)
        row.addWidget(self.kind, 1)
        layout.addLayout(row)
        return layout

    def _build_bottom(self, layout: QVBoxLayout, save_text: str, save_tooltip: str = "") -> None:
        self.status = hint_label("")
        layout.addWidget(self.status)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        normalize_diacritics(self.body)
        layout.addWidget(self.body, 1)
        self.error = error_label("formError")
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(save_text)
        if save_tooltip:
            self.save_button.setToolTip(save_tooltip)
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

    def _connect_buttons(self) -> None:
        self.body.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(lambda: self.print_letter(open_after=True))
        self.pdf_button.clicked.connect(lambda: self.print_letter(open_after=False))
        self.close_button.clicked.connect(self.reject)

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def save(self) -> bool:
        raise NotImplementedError

    def print_letter(self, *, open_after: bool) -> None:
        raise NotImplementedError

    def _set_body(self, text: str) -> None:
        """Put a letter's text in the editor without counting it as an edit."""
        self.body.blockSignals(True)
        self.body.setPlainText(text)
        self.body.blockSignals(False)

    def _edited(self) -> None:
        self.dirty = True

    def _may_switch(self) -> bool:
        """Whether to leave the letter on screen (asks when it has unsaved edits)."""
        return not self.dirty or messages.ask_yes_no(
            self, "Scrisoarea are modificări nesalvate. Treceți la altă scrisoare fără ele?"
        )

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _kept(self, kept: KeptLetter) -> None:
        """After keeping the letter with the file: clean, say when, tell the owner."""
        self.dirty = False
        self.status.setText(f"Scrisoarea a fost păstrată la dosar ({kept_when(kept)}).")
        self.saved.emit()

    def _print_to_pdf(self, name: str, open_after: bool, write: Callable[[Path, str], Any]) -> None:
        """Ask where (or use a temporary file), then write the PDF of the text on screen."""
        if open_after:
            path: Path | None = files.temporary_pdf(name)
        else:
            path = files.save_path(self, "Salvați scrisoarea", name, files.PDF_FILTER)
        if path is None:
            return
        body, target = self.body.toPlainText(), path
        self._ctx.tasks.call(
            lambda: write(target, body),
            on_success=lambda written: self._printed(Path(written), open_after),
            on_error=lambda exc: (
                self._show_error(error_text(exc)) if shiboken6.isValid(self) else None
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
