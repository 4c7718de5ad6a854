"""A damaged database at start: explain that the file was NOT changed and offer the newest good
backup (or another copy the clerk chooses).

The damaged file is never written in place: it is copied aside as
`<name>.deteriorat-<timestamp>.sqlite` (with its -wal/-shm journal files) and kept; the backup is
made into a checked plain SQLite file next to it, which then replaces the damaged one in a single
rename. The database is then opened normally (migrated if the copy is older) and the core's
`restore` runs on it with the same copy, so the number sequences continue above every number
ever issued and the gaps are recorded and explained, exactly as after a restore from the
„Siguranța datelor” page.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from cic_desktop import APP_NAME, backup_crypto
from cic_desktop.clock import Clock, SystemClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.errors import CicError, DatabaseDamagedError, DatabaseError, ValidationError
from cic_desktop.services.backup import BackupInfo, RestoreResult, newest_good_backup
from ui.tasks import CancelToken, Progress, TaskRunner
from ui.widgets import messages
from ui.widgets.buttons import romanian_message_box
from ui.windows.safety import pickers
from ui.windows.safety.texts import moment_text

log = logging.getLogger(__name__)

JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")
NEWEST, CHOOSE = "newest", "choose"


@dataclass(frozen=True)
class Recovery:
    core: CicCore
    damaged_copy: Path
    restored_from: Path
    result: RestoreResult


# -- the file work (no Qt) -------------------------------------------------------------------


def damaged_copy_path(db_path: Path, now: datetime) -> Path:
    return db_path.with_name(f"{db_path.stem}.deteriorat-{now:%Y%m%d-%H%M%S}.sqlite")


def plain_copy(backup: Path, password: str | None, folder: Path) -> Path:
    """The backup as a checked plain SQLite file in `folder` (decrypted if it has a password).
    Raises ValidationError(field="password") or WrongPasswordError before anything is touched."""
    with backup.open("rb") as handle:
        encrypted = backup_crypto.is_encrypted(handle.read(16))
    if encrypted and not password:
        raise ValidationError("password", "Copia este protejată cu parolă: introduceți parola.")
    handle_no, name = tempfile.mkstemp(prefix=".restaurare-", suffix=".sqlite", dir=folder)
    os.close(handle_no)
    plain = Path(name)
    try:
        if encrypted:
            assert password is not None
            plain.write_bytes(backup_crypto.decrypt(backup.read_bytes(), password))
        else:
            src = sqlite3.connect(f"file:{backup.as_posix()}?mode=ro", uri=True)
            try:
                dst = sqlite3.connect(plain)
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dst.close()
            finally:
                src.close()
        conn = sqlite3.connect(f"file:{plain.as_posix()}?mode=ro", uri=True)
        try:
            check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
        if check != "ok":
            raise DatabaseError(f"Copia „{backup.name}” este și ea deteriorată: {check}.")
        return plain
    except sqlite3.DatabaseError as err:
        plain.unlink(missing_ok=True)
        raise DatabaseError(
            f"„{backup.name}” nu este o copie de siguranță CIC Desktop validă ({err})."
        ) from err
    except BaseException:
        plain.unlink(missing_ok=True)
        raise


def set_damaged_aside(db_path: Path, now: datetime) -> Path:
    """Copy the damaged file (and its journal files) aside; the copies are never deleted."""
    aside = damaged_copy_path(db_path, now)
    shutil.copy2(db_path, aside)
    for suffix in JOURNAL_SUFFIXES:
        journal = db_path.with_name(db_path.name + suffix)
        if journal.exists():
            shutil.copy2(journal, aside.with_name(aside.name + suffix))
    return aside


def put_in_place(db_path: Path, plain: Path) -> None:
    """Replace the damaged file by the checked copy in one rename. Its journal files go first
    (their copies are aside): a stale -wal would otherwise be replayed onto the restored file."""
    for suffix in JOURNAL_SUFFIXES:
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(plain, db_path)


def recover(
    target: DbTarget,
    backup: Path,
    password: str | None,
    *,
    clock: Clock | None = None,
    progress: Progress | None = None,
) -> Recovery:
    """Put `backup` in place of the damaged database and open it; see the module docstring."""
    db_path = target.path
    assert db_path is not None
    clock = clock or SystemClock()
    report = progress or (lambda _f, _m="": None)
    report(0.1, "Se pregătește copia de siguranță…")
    plain = plain_copy(backup, password, db_path.parent)
    try:
        report(0.4, "Se pune deoparte fișierul deteriorat…")
        aside = set_damaged_aside(db_path, clock.now())
        put_in_place(db_path, plain)
    finally:
        plain.unlink(missing_ok=True)
    log.warning("Baza deteriorată păstrată ca %s; restaurată din %s", aside, backup)
    report(0.6, "Se deschide baza de date restaurată…")
    core = CicCore.open(target, clock=clock)
    try:
        report(0.8, "Se continuă numerotarea după ultimul număr dat…")
        result = core.backup.restore(backup, password)
    finally:
        core.close()
    return Recovery(CicCore.open(target, clock=clock), aside, backup, result)


# -- asking the clerk (tests replace these) --------------------------------------------------


def recovery_box(text: str, newest_label: str | None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, f"{APP_NAME} – baza de date deteriorată", text)
    newest = (
        box.addButton(newest_label, QMessageBox.ButtonRole.AcceptRole) if newest_label else None
    )
    choose = box.addButton("Alege altă copie…", QMessageBox.ButtonRole.ActionRole)
    quit_button = box.addButton("Închide programul", QMessageBox.ButtonRole.RejectRole)
    for button, choice in ((newest, NEWEST), (choose, CHOOSE), (quit_button, "")):
        if button is not None:
            button.setProperty("choice", choice)
    box.setDefaultButton(newest or choose)
    box.setEscapeButton(quit_button)
    return romanian_message_box(box)


def ask_recovery(text: str, newest_label: str | None) -> str | None:
    """NEWEST, CHOOSE, or None to quit."""
    box = recovery_box(text, newest_label)
    box.exec()
    clicked = box.clickedButton()
    choice = clicked.property("choice") if clicked is not None else ""
    return str(choice) or None


def password_dialog(text: str, parent: QWidget | None = None) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle("Parola copiei de siguranță")
    dialog.setLabelText(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText("&Restaurează")
    dialog.setCancelButtonText("&Anulează")
    return dialog


def ask_password(text: str, parent: QWidget | None = None) -> str | None:
    dialog = password_dialog(text, parent)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


# -- the flow --------------------------------------------------------------------------------


def damaged_text(err: DatabaseDamagedError, newest: BackupInfo | None) -> str:
    text = (
        f"{err.message_ro}\n\nFișierul NU a fost atins: programul nu scrie nimic într-o bază "
        "de date deteriorată. Poate pune în locul ei o copie de siguranță, iar fișierul "
        "deteriorat se păstrează alături, neschimbat."
    )
    if newest is None:
        return text + (
            "\n\nNu s-a găsit nicio copie de siguranță bună în dosarul copiilor. Dacă aveți "
            "o copie pe un stick USB, alegeți-o cu „Alege altă copie…”."
        )
    return text + (
        f"\n\nCea mai nouă copie bună este din {moment_text(newest.created_at)}"
        f" ({newest.path}). Înregistrările făcute după ea nu se află în copie; numerele lor "
        "nu se vor refolosi."
    )


def recovered_text(recovery: Recovery) -> str:
    lines = [
        f"Baza de date a fost refăcută din copia „{recovery.restored_from.name}”.",
        f"Fișierul deteriorat a fost păstrat, neschimbat, ca „{recovery.damaged_copy}”.",
    ]
    lines += list(recovery.result.gaps)
    return "\n\n".join(lines)


def run_and_wait(op: Callable[[Progress, CancelToken], Any], label: str) -> Any:
    """Run `op` through a task runner (progress dialog) before the app's event loop exists."""
    runner = TaskRunner()
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    runner.run(
        op,
        on_success=lambda r: finish("result", r),
        on_error=lambda e: finish("error", e),
        label=label,
    )
    loop.exec()
    runner.wait_for_done()
    runner.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def offer_recovery(
    target: DbTarget, err: DatabaseDamagedError, *, clock: Clock | None = None
) -> CicCore | None:
    """The damaged-database dialog at start; the reopened core, or None if the clerk quits."""
    db_path = target.path
    if db_path is None or target.read_only:
        messages.show_error(None, err.message_ro, f"{APP_NAME} – baza de date deteriorată")
        return None
    newest = newest_good_backup(db_path)
    newest_label = f"Restaurează copia din {moment_text(newest.created_at)}" if newest else None
    while True:
        choice = ask_recovery(damaged_text(err, newest), newest_label)
        if choice is None:
            return None
        if choice == NEWEST and newest is not None:
            backup, encrypted = newest.path, newest.encrypted
        else:
            chosen = pickers.choose_backup_file(
                None, "Alegeți copia de siguranță de restaurat", db_path.parent / "backups"
            )
            if chosen is None:
                continue
            backup = chosen
            with backup.open("rb") as handle:
                encrypted = backup_crypto.is_encrypted(handle.read(16))
        recovery = _recover_asking_password(target, backup, encrypted, clock)
        if recovery is not None:
            messages.show_info(None, recovered_text(recovery), "Baza de date a fost refăcută")
            return recovery.core


def _recover_asking_password(
    target: DbTarget, backup: Path, encrypted: bool, clock: Clock | None
) -> Recovery | None:
    prompt = f"Copia „{backup.name}” este protejată cu parolă. Introduceți parola:"
    while True:
        password = None
        if encrypted:
            password = ask_password(prompt)
            if password is None:
                return None
        try:
            return run_and_wait(
                lambda progress, _cancel, pw=password: recover(
                    target, backup, pw, clock=clock, progress=progress
                ),
                "Se restaurează copia de siguranță…",
            )
        except backup_crypto.WrongPasswordError as wrong:
            prompt = f"{wrong.message_ro}\nIntroduceți din nou parola copiei „{backup.name}”:"
        except CicError as failed:
            if isinstance(failed, ValidationError) and failed.field == "password":
                prompt = f"{failed.message_ro}\nParola copiei „{backup.name}”:"
                encrypted = True
                continue
            messages.show_error(None, failed.message_ro, "Restaurarea nu a reușit")
            return None
        except OSError as failed:
            messages.show_error(
                None,
                f"Restaurarea nu a reușit: {failed.strerror or failed}. Fișierul deteriorat "
                "a rămas neschimbat sau este păstrat alături.",
                "Restaurarea nu a reușit",
            )
            return None
