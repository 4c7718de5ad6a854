"""What the list pages' toolbar work (petitions, 544 requests, audiences) shares: the core's call
runs on the worker (`ui/tasks.py`) with a progress dialog, its result or error comes back to the
page, the written file opens, and the small dialog open now is kept for the tests to drive."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget

from cic_desktop.jobs import Cancelled
from ui.context import AppContext
from ui.widgets import files, messages
from ui.windows.petitions.output_dialogs import ReportTextDialog

Operation = Callable[[Any, Any], Any]  # (progress, cancel) -> result, on the worker


class PageOutputs:
    def __init__(self, ctx: AppContext, page: QWidget, year: Callable[[], int]) -> None:
        self._ctx = ctx
        self._page = page
        self._year = year
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        self.last_result: Any = None

    @property
    def core(self) -> Any:
        return self._ctx.core

    def _show(self, dialog: QDialog, on_accept: Callable[[], None]) -> QDialog:
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _run(
        self,
        op: Operation,
        label: str,
        on_done: Callable[[Any], None],
        *,
        on_error: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
    ) -> None:
        """Runs `op` on the worker; nothing comes back to a page closed meanwhile."""

        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self._page):
                return
            if isinstance(exc, Cancelled):
                messages.show_info(self._page, exc.message_ro)
            elif on_error is not None:
                on_error(exc)
            else:
                messages.show_error(self._page, messages.error_text(exc))

        def done(result: Any) -> None:
            self.last_result = result
            if shiboken6.isValid(self._page):
                on_done(result)

        self._ctx.tasks.run(
            op, on_success=done, on_error=failed, label=label, parent=self._page,
            cancellable=cancellable,
        )  # fmt: skip

    def _finished_file(self, path: Path, text: str) -> None:
        files.open_file(path)  # the PDF viewer prints it
        messages.show_info(self._page, f"{text}\n\nFișierul: {path}")

    def _show_text(self, title: str, heading: str, text: str) -> None:
        if not shiboken6.isValid(self._page):
            return
        dialog = ReportTextDialog(title, heading, text, self._page)
        self._show(dialog, lambda: None)
