"""„Copie de siguranță acum…”: choose the folder (a USB stick), optionally a password, then copy
on the worker with a progress dialog. `make_backup` is also used by „Fă o copie acum”."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from cic_desktop.errors import CicError, ValidationError
from cic_desktop.services.backup import BackupInfo
from ui.context import AppContext
from ui.tasks import CancelToken, Progress
from ui.views.safety.backup_dialog_view import BackupDialogView
from ui.views.safety.tones import set_tone
from ui.widgets import messages
from ui.widgets.forms import FieldErrors
from ui.widgets.text import normalize_diacritics
from ui.windows.safety import BACKUPS, pickers
from ui.windows.safety.texts import entries_text, moment_text


def success_text(info: BackupInfo) -> str:
    protected = " Copia este protejată cu parolă." if info.encrypted else ""
    return (
        f"Copia de siguranță din {moment_text(info.created_at)} a fost făcută și verificată "
        f"({entries_text(sum(info.counts.values()))}).{protected}\n\nFișierul: {info.path}"
    )


def error_text(exc: BaseException) -> str:
    if isinstance(exc, CicError):
        return exc.message_ro
    if isinstance(exc, OSError):
        return (
            f"Copia de siguranță nu a putut fi scrisă: {exc.strerror or exc}. Verificați că "
            "dosarul (stick-ul) este conectat, că puteți scrie în el și că are spațiu liber."
        )
    return f"Copia de siguranță nu a putut fi făcută ({type(exc).__name__}: {exc})."


def visible_parent(widget: QWidget | None) -> QWidget | None:
    """The nearest widget still alive and shown (a dialog that just closed hands over to its
    parent), for placing a message box."""
    while widget is not None:
        if shiboken6.isValid(widget) and widget.isVisible():
            return widget
        widget = widget.parentWidget() if shiboken6.isValid(widget) else None
    return None


def make_backup(
    ctx: AppContext,
    parent: QWidget | None,
    *,
    destination: Path | None,
    password: str | None,
    on_success: Callable[[BackupInfo], None] | None = None,
    on_error: Callable[[BaseException], bool] | None = None,
) -> None:
    """Run `core.backup.create` on the worker; tell the clerk where the copy is.

    `on_error` may handle the error itself (a field message) and return True; otherwise the
    error is shown in a message box.
    """
    core = ctx.core

    def op(progress: Progress, cancel: CancelToken) -> BackupInfo:
        return core.backup.create(
            destination=destination, password=password, progress=progress, cancel=cancel
        )

    def succeeded(info: BackupInfo) -> None:
        ctx.bus.announce(BACKUPS)
        if on_success is not None:
            on_success(info)
        messages.show_info(visible_parent(parent), success_text(info), "Copie de siguranță făcută")

    def failed(exc: BaseException) -> None:
        if on_error is not None and on_error(exc):
            return
        messages.show_error(
            visible_parent(parent), error_text(exc), "Copia de siguranță nu a fost făcută"
        )

    ctx.tasks.run(
        op,
        on_success=succeeded,
        on_error=failed,
        label="Se face copia de siguranță…",
        parent=parent,
        cancellable=True,
    )


class BackupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle("Copie de siguranță acum")
        self.view = BackupDialogView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.default_folder = ctx.core.backup.auto_dir()
        self.view.folder.setText(str(self.default_folder))
        self.errors = FieldErrors(self.view.general_error)
        self.errors.register("destination", self.view.folder, self.view.folder_error)
        self.errors.register("password", self.view.password, self.view.password_error)
        self.errors.register("confirm", self.view.confirm, self.view.confirm_error)
        self.info: BackupInfo | None = None
        self.running = False
        for edit in (self.view.password, self.view.confirm):
            edit.setEnabled(False)
        normalize_diacritics(self.view.folder)
        self.view.choose_folder.clicked.connect(self.choose_folder)
        self.view.protect.toggled.connect(self._protect_toggled)
        self.view.show_password.toggled.connect(self._show_password)
        self.view.show_password.setEnabled(False)
        self.view.buttons.accepted.connect(self.start)
        self.view.buttons.rejected.connect(self.reject)
        self.resize(640, self.sizeHint().height())

    def _protect_toggled(self, on: bool) -> None:
        for widget in (self.view.password, self.view.confirm, self.view.show_password):
            widget.setEnabled(on)
        if on:
            self.view.password.setFocus()

    def _show_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.view.password.setEchoMode(mode)
        self.view.confirm.setEchoMode(mode)

    def choose_folder(self) -> None:
        start = Path(self.view.folder.text().strip() or self.default_folder)
        chosen = pickers.choose_folder(self, "Alegeți dosarul copiei de siguranță", start)
        if chosen is not None:
            self.view.folder.setText(str(chosen))

    def destination(self) -> Path | None:
        """None for the default folder (the core creates it if needed)."""
        text = self.view.folder.text().strip()
        if not text or Path(text) == self.default_folder:
            return None
        return Path(text)

    def password(self) -> str | None:
        """The password typed (checked twice), or None for an unprotected copy."""
        if not self.view.protect.isChecked():
            return None
        password = self.view.password.text()
        if not password:
            raise ValidationError("password", "Scrieți parola sau debifați protecția cu parolă.")
        if password != self.view.confirm.text():
            raise ValidationError("confirm", "Cele două parole nu sunt la fel. Scrieți-le din nou.")
        return password

    def start(self) -> None:
        if self.running:
            return
        self.errors.clear()
        try:
            password = self.password()
        except ValidationError as err:
            self.errors.show(err)
            return
        self.running = True
        self._set_busy(True)
        make_backup(
            self._ctx,
            self,
            destination=self.destination(),
            password=password,
            on_success=self._done,
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.view.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _done(self, info: BackupInfo) -> None:
        self.info = info
        self.running = False
        if shiboken6.isValid(self):
            set_tone(self.view.result, "ok")
            self.view.result.setText(f"Copia a fost făcută: {info.path}")
            self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self.running = False
        if not shiboken6.isValid(self):
            return False
        self._set_busy(False)
        if isinstance(exc, ValidationError) and self.errors.widget(exc.field) is not None:
            self.errors.show(exc)
            return True
        return False
