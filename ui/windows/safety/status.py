"""The main window's backup line: „Ultima copie de siguranță: …”, amber when older than a week,
with „Fă o copie acum” next to it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

from cic_desktop.core import CicCore
from cic_desktop.errors import CicError
from cic_desktop.services.backup import BackupInfo
from ui.views.safety.status_view import BackupStatusView
from ui.windows.safety import BACKUPS
from ui.windows.safety.texts import moment_text

if TYPE_CHECKING:
    from ui.windows.main_window import MainWindow

STALE_TEXT = "Ultima copie de siguranță are mai mult de o săptămână"
NONE_TEXT = "Nu există încă nicio copie de siguranță"


@dataclass(frozen=True)
class BackupState:
    last: BackupInfo | None
    stale: bool
    available: bool = True  # False for a PostgreSQL database: its server makes the backups


def read_state(core: CicCore) -> BackupState:
    """Runs on the worker: the backup log is a small file, but it is still disk access."""
    if core.target.path is None:
        return BackupState(None, False, available=False)
    return BackupState(core.backup.last_good_backup(), core.backup.backup_is_stale())


def last_text(state: BackupState) -> str:
    if state.last is None:
        return NONE_TEXT
    return f"Ultima copie de siguranță: {moment_text(state.last.created_at)}"


class BackupStatus(QObject):
    """Owns the view placed in the status bar; refreshes when a backup is made or the DB reopens."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.view = BackupStatusView()
        self.state: BackupState | None = None
        self.view.backup_now.clicked.connect(self.backup_now)
        self.listen()
        self.refresh()

    def listen(self) -> None:
        """Connect to the window's change bus (called again after the database was reopened)."""
        self._window.ctx.bus.changed.connect(self._changed)

    def _changed(self, flags: frozenset[str]) -> None:
        if BACKUPS in flags:
            self.refresh()

    def refresh(self) -> None:
        ctx = self._window.ctx
        core = ctx.core
        ctx.tasks.call(lambda: read_state(core), on_success=self._show, on_error=self._failed)

    def _show(self, state: BackupState) -> None:
        if not shiboken6.isValid(self.view):
            return
        self.state = state
        self.view.setVisible(state.available)
        self.view.last_backup.setText(last_text(state))
        self.view.warning.setText(STALE_TEXT if state.last is not None else NONE_TEXT)
        self.view.last_backup.setVisible(state.last is not None or not state.stale)
        self.view.show_stale(state.stale)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self.view):
            return
        text = exc.message_ro if isinstance(exc, CicError) else str(exc)
        self.view.last_backup.setText(f"Copiile de siguranță nu au putut fi citite: {text}")

    def backup_now(self) -> None:
        from ui.windows.safety.backup_dialog import make_backup

        make_backup(self._window.ctx, self._window, destination=None, password=None)
