"""The automatic daily backup: when the main window closes, and at the first start of a day
that follows a day without one. At most one per calendar day (the core keeps the rule); SQLite
only. An error is told in Romanian but never keeps the clerk from quitting."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

from cic_desktop.errors import CicError
from cic_desktop.services.backup import BackupInfo
from ui.widgets import messages
from ui.windows.safety import BACKUPS
from ui.windows.safety.backup_dialog import error_text

if TYPE_CHECKING:
    from ui.tasks import CancelToken, Progress, Task
    from ui.windows.main_window import MainWindow

CLOSING_LABEL = "Se face copia de siguranță zilnică…"


def made_today(backups: Sequence[BackupInfo], today: date) -> bool:
    return any(b.kind == "auto" and b.created_at.date() == today for b in backups)


def due_at_start(backups: Sequence[BackupInfo], today: date) -> bool:
    """No automatic backup today, and the last one is from an earlier day: the previous working
    day ended without one (the program was not closed normally)."""
    autos = [b for b in backups if b.kind == "auto"]
    if not autos or made_today(autos, today):
        return False
    return max(b.created_at for b in autos).date() < today


class DailyBackup(QObject):
    """Attached to the main window by the start-up code (tests attach it when they need it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.closing_task: Task | None = None
        self.close_allowed = False
        self.start_task: Task | None = None
        self.made: list[BackupInfo] = []

    # -- helpers ---------------------------------------------------------------------------------

    def _backups(self) -> list[BackupInfo] | None:
        """The log of backups; None when this database has no file backups (PostgreSQL)."""
        core = self._window.ctx.core
        if core.target.path is None:
            return None
        try:
            return core.backup.backups()
        except (CicError, OSError):
            return None

    def _run(
        self, label: str, on_done: Callable[[BackupInfo | None, BaseException | None], None]
    ) -> Task:
        ctx = self._window.ctx
        core = ctx.core

        def op(_progress: Progress, _cancel: CancelToken) -> BackupInfo | None:
            return core.backup.auto_backup_if_due()

        return ctx.tasks.run(
            op,
            on_success=lambda info: on_done(info, None),
            on_error=lambda exc: on_done(None, exc),
            label=label,
            parent=self._window,
        )

    # -- at start --------------------------------------------------------------------------------

    def check_at_start(self) -> bool:
        """Start the backup in the background if it is due; True if started."""
        backups = self._backups()
        if backups is None or not due_at_start(backups, self._window.ctx.core.clock.today()):
            return False
        self._window.statusBar().showMessage(CLOSING_LABEL)
        self.start_task = self._run(CLOSING_LABEL, self._start_done)
        return True

    def _start_done(self, info: BackupInfo | None, exc: BaseException | None) -> None:
        if not shiboken6.isValid(self._window):
            return
        self._window.statusBar().clearMessage()
        if info is not None:
            self.made.append(info)
            self._window.ctx.bus.announce(BACKUPS)
        if exc is not None:
            messages.show_error(
                self._window,
                "Copia de siguranță zilnică nu a putut fi făcută. Puteți lucra în continuare; "
                f"faceți o copie din „Siguranța datelor” când se poate.\n\n{error_text(exc)}",
                "Copia de siguranță zilnică",
            )

    # -- at close --------------------------------------------------------------------------------

    def defer_close(self) -> bool:
        """Called by the window's closeEvent: True means „not yet” (the backup is running and the
        window closes by itself when it ends)."""
        if self.close_allowed:
            return False
        if self.closing_task is not None:
            return True  # already copying: a second click on ✕ waits for it
        backups = self._backups()
        if backups is None or made_today(backups, self._window.ctx.core.clock.today()):
            return False
        self.closing_task = self._run(CLOSING_LABEL, self._closing_done)
        return True

    def _closing_done(self, info: BackupInfo | None, exc: BaseException | None) -> None:
        self.close_allowed = True
        try:
            if info is not None:
                self.made.append(info)
            if exc is not None:
                messages.show_error(
                    self._window if shiboken6.isValid(self._window) else None,
                    "Copia de siguranță zilnică nu a putut fi făcută la închidere; datele "
                    "salvate nu sunt afectate. Faceți o copie la următoarea pornire, din "
                    f"„Siguranța datelor”.\n\n{error_text(exc)}",
                    "Copia de siguranță zilnică",
                )
        finally:
            if shiboken6.isValid(self._window):
                self._window.close()
