"""The registration receipt of a 544 request: print it, save it as PDF, or copy its text for an
e-mail (as for petitions, through `core.public_info_outputs`)."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtGui import QGuiApplication

from cic_desktop.errors import CicError
from ui.context import AppContext
from ui.views.public_info.registration_view import InfoRegistrationResultView
from ui.widgets import files, messages
from ui.windows.petitions.receipt import safe_name


class InfoReceiptActions:
    def __init__(self, ctx: AppContext, view: InfoRegistrationResultView) -> None:
        self._ctx = ctx
        self._view = view
        self.entry_id: int | None = None
        self._number = ""
        self.last_pdf: Path | None = None
        view.print_button.clicked.connect(self.print_receipt)
        view.pdf_button.clicked.connect(self.save_pdf)
        view.copy_button.clicked.connect(self.copy_text)

    def set_entry(self, entry_id: int | None, number_text: str = "") -> None:
        self.entry_id, self._number = entry_id, number_text
        self._view.message.setText("")

    def _file_name(self) -> str:
        return f"confirmare-solicitare-544-{safe_name(self._number)}.pdf"

    def print_receipt(self) -> None:
        """Write the PDF to a temporary file and open it: the viewer prints it."""
        if self.entry_id is not None:
            self._write(files.temporary_pdf(self._file_name()), open_after=True)

    def save_pdf(self) -> None:
        if self.entry_id is None:
            return
        path = files.save_path(
            self._view, "Salvați confirmarea de înregistrare", self._file_name(), files.PDF_FILTER
        )
        if path is not None:
            self._write(path, open_after=False)

    def _write(self, path: Path, *, open_after: bool) -> None:
        entry_id = self.entry_id
        assert entry_id is not None
        outputs = self._ctx.core.public_info_outputs
        self._view.message.setText("Se pregătește confirmarea…")
        self._ctx.tasks.call(
            lambda: outputs.print_receipt(entry_id, path),
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
            text = self._ctx.core.public_info_outputs.receipt_text(self.entry_id)
        except CicError as err:
            messages.show_error(None, err.message_ro)
            return
        QGuiApplication.clipboard().setText(text)
        self._view.message.setText(
            "Textul confirmării a fost copiat: lipiți-l în răspunsul la e-mail (Ctrl+V)."
        )
