"""The registration receipt's buttons, shared by the petition and 544 result pages: print it
(a temporary PDF the viewer opens), save it as PDF, or copy its text for an e-mail. Writing runs
on the worker thread; the page may be closed before the PDF is ready."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

import shiboken6
from PySide6.QtGui import QGuiApplication

from cic_desktop.errors import CicError
from ui.context import AppContext
from ui.views.registration_parts import RegistrationResultBase
from ui.widgets import files, messages


def safe_name(number_text: str) -> str:
    """`12/20.03.2026` → `12-20.03.2026` (no slashes in a file name)."""
    return re.sub(r"[^\w.\-]+", "-", number_text).strip("-")


class ReceiptSource(Protocol):
    """The core service that writes a register's receipt."""

    def print_receipt(self, entry_id: int, path: Path) -> Path: ...

    def receipt_text(self, entry_id: int) -> str: ...


class ReceiptActionsBase:
    FILE_PREFIX = ""  # the PDF's name before the entry's number

    def __init__(self, ctx: AppContext, view: RegistrationResultBase) -> None:
        self._ctx = ctx
        self._view = view
        self.entry_id: int | None = None
        self._number = ""
        self.last_pdf: Path | None = None
        view.print_button.clicked.connect(self.print_receipt)
        view.pdf_button.clicked.connect(self.save_pdf)
        view.copy_button.clicked.connect(self.copy_text)

    def _source(self) -> ReceiptSource:
        raise NotImplementedError

    def _file_name(self) -> str:
        return f"{self.FILE_PREFIX}{safe_name(self._number)}.pdf"

    def print_receipt(self) -> None:
        """Write the PDF to a temporary file and open it: the viewer prints it."""
        if self.entry_id is not None:
            self._write(files.temporary_pdf(self._file_name()), open_after=True)

    def save_pdf(self) -> None:
        if self.entry_id is None:
            return
        path = files.save_path(
            self._view,
            "Salvați confirmarea de înregistrare",
            self._file_name(),
            files.PDF_FILTER,
        )
        if path is not None:
            self._write(path, open_after=False)

    def _write(self, path: Path, *, open_after: bool) -> None:
        entry_id = self.entry_id
        assert entry_id is not None
        source = self._source()
        self._view.message.setText("Se pregătește confirmarea…")
        self._ctx.tasks.call(
            lambda: source.print_receipt(entry_id, path),
            on_success=lambda written: self._written(Path(written), open_after),
            on_error=self._failed,
            label="Se pregătește confirmarea…",
            parent=self._view,
        )

    def _written(self, path: Path, open_after: bool) -> None:
        self.last_pdf = path
        if not shiboken6.isValid(self._view):
            return
        if open_after:
            files.open_file(path)
            self._view.message.setText("Confirmarea s-a deschis pentru tipărire.")
        else:
            self._view.message.setText(f"Confirmarea a fost salvată: {path}")

    def _failed(self, exc: BaseException) -> None:
        text = exc.message_ro if isinstance(exc, CicError) else str(exc)
        if shiboken6.isValid(self._view):
            self._view.message.setText("")
        messages.show_error(None, f"Confirmarea nu a putut fi creată: {text}")

    def copy_text(self) -> None:
        if self.entry_id is None:
            return
        try:
            text = self._source().receipt_text(self.entry_id)
        except CicError as err:
            messages.show_error(None, err.message_ro)
            return
        QGuiApplication.clipboard().setText(text)
        self._view.message.setText(
            "Textul confirmării a fost copiat: lipiți-l în răspunsul la e-mail (Ctrl+V)."
        )
