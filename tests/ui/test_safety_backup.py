"""Backups from the GUI: the dialog (with and without password), the status-bar warning when the
last copy is older than a week, and the daily automatic backup on closing the main window."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from cic_desktop.clock import FixedClock
from cic_desktop.services.backup import BackupInfo
from ui.context import AppContext
from ui.sections.safety import SafetyPage
from ui.windows.main_window import MainWindow
from ui.windows.safety import pickers
from ui.windows.safety.backup_dialog import BackupDialog
from ui.windows.safety.daily import DailyBackup, due_at_start

from .conftest import DialogRecorder
from .helpers import click, type_text


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.backup_status.state is not None, timeout=5000)
    return window


def safety_page(qtbot: QtBot, window: MainWindow) -> SafetyPage:
    page = window.show_section("safety")
    assert isinstance(page, SafetyPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    return page


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Space on a focused check box, as from the keyboard (a click at the centre of a wide
    check box may land beside its text)."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=15000)


def test_manual_backup_without_password_to_a_usb_stick(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    tmp_path: Path,
    dialogs: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx.core.registry.register("petitions", subject="Cerere de adeverință")
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(pickers, "choose_folder", lambda _p, _t, _s: stick)
    page = safety_page(qtbot, window)
    click(qtbot, page.view.backup_button)
    dialog = page.backup_dialog
    assert isinstance(dialog, BackupDialog)
    assert dialog.view.folder.text() == str(ctx.core.backup.auto_dir())
    assert not dialog.view.password.isEnabled()
    click(qtbot, dialog.view.choose_folder)
    assert dialog.view.folder.text() == str(stick)
    click(qtbot, dialog.view.buttons.button(QDialogButtonBox.StandardButton.Ok))
    idle(qtbot, ctx)
    made = list(stick.glob("cic-*.sqlite"))
    assert len(made) == 1
    assert [b.path for b in ctx.core.backup.backups()] == made
    assert not ctx.core.backup.backups()[0].encrypted
    assert "a fost făcută și verificată (1 înregistrare)" in dialogs.infos[0]
    assert str(made[0]) in dialogs.infos[0]
    qtbot.waitUntil(lambda: page.view.backups.rowCount() == 1, timeout=5000)
    assert page.view.backups.item(0, 1).text() == "manuală"
    assert page.view.backups.item(0, 2).text() == "nu"
    assert "Ultima copie de siguranță bună: 20.11.2025 09:00" in page.view.last_backup.text()


def test_manual_backup_with_password(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, dialogs: DialogRecorder
) -> None:
    page = safety_page(qtbot, window)
    dialog = page.open_backup_dialog()
    tick(qtbot, dialog.view.protect)
    assert dialog.view.password.isEnabled()
    type_text(qtbot, dialog.view.password, "scurtă")
    type_text(qtbot, dialog.view.confirm, "scurtă")
    ok = dialog.view.buttons.button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, ok)
    idle(qtbot, ctx)
    assert "cel puțin 8 caractere" in dialog.errors.message("password")  # said by the core
    assert ctx.core.backup.backups() == []

    dialog.view.password.clear()
    dialog.view.confirm.clear()
    type_text(qtbot, dialog.view.password, "Parolă-sigură-2025")
    type_text(qtbot, dialog.view.confirm, "Parolă-sigură-2024")
    click(qtbot, ok)
    assert (
        dialog.errors.message("confirm") == "Cele două parole nu sunt la fel. Scrieți-le din nou."
    )

    dialog.view.confirm.clear()
    type_text(qtbot, dialog.view.confirm, "Parolă-sigură-2025")
    tick(qtbot, dialog.view.show_password)
    assert dialog.view.password.echoMode() == dialog.view.password.EchoMode.Normal
    click(qtbot, ok)
    idle(qtbot, ctx)
    [info] = ctx.core.backup.backups()
    assert info.encrypted and info.path.suffix == ".cicbak" and info.path.exists()
    assert info.path.parent == ctx.core.backup.auto_dir()
    assert b"SQLite format 3" not in info.path.read_bytes()[:100]
    assert "protejată cu parolă" in dialogs.infos[0]
    qtbot.waitUntil(lambda: page.view.backups.rowCount() == 1, timeout=5000)
    assert page.view.backups.item(0, 2).text() == "da"


def test_stale_warning_and_backup_now(
    qtbot: QtBot, ctx: AppContext, ui_clock: FixedClock, dialogs: DialogRecorder
) -> None:
    ui_clock.advance_to(datetime(2025, 11, 10, 16, 30))
    ctx.core.backup.create(kind="manual")
    ui_clock.advance_to(datetime(2025, 11, 20, 9, 0))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    status = window.backup_status
    qtbot.waitUntil(lambda: status.state is not None, timeout=5000)
    view = status.view
    assert view.last_backup.text() == "Ultima copie de siguranță: 10.11.2025 16:30"
    assert view.warning.isVisible()
    assert view.warning.text() == "Ultima copie de siguranță are mai mult de o săptămână"
    assert view.warning.property("tone") == "warn"
    assert view.backup_now.isVisible()
    page = safety_page(qtbot, window)
    assert page.view.stale_warning.isVisible()

    click(qtbot, view.backup_now)
    qtbot.waitUntil(lambda: not view.warning.isVisible(), timeout=15000)
    assert not view.backup_now.isVisible()
    assert view.last_backup.text() == "Ultima copie de siguranță: 20.11.2025 09:00"
    assert len(ctx.core.backup.backups()) == 2
    assert "a fost făcută și verificată" in dialogs.infos[0]
    qtbot.waitUntil(lambda: not page.view.stale_warning.isVisible(), timeout=5000)


def test_no_backup_at_all_is_a_warning_too(qtbot: QtBot, window: MainWindow) -> None:
    view = window.backup_status.view
    assert view.warning.isVisible()
    assert view.warning.text() == "Nu există încă nicio copie de siguranță"


def test_closing_the_window_makes_the_daily_backup_once(
    qtbot: QtBot, ctx: AppContext, ui_clock: FixedClock
) -> None:
    for attempt in range(2):
        ui_clock.advance_to(datetime(2025, 11, 20, 16 + attempt, 0))
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.daily_backup = DailyBackup(window)
        window.show()
        window.close()
        qtbot.waitUntil(lambda w=window: not w.isVisible(), timeout=15000)
        idle(qtbot, ctx)
    autos = [b for b in ctx.core.backup.backups() if b.kind == "auto"]
    assert len(autos) == 1
    assert autos[0].created_at == datetime(2025, 11, 20, 16, 0)
    assert autos[0].path.parent == ctx.core.backup.auto_dir() / "auto"


def test_an_error_in_the_daily_backup_is_told_but_the_window_closes(
    qtbot: QtBot, ctx: AppContext, dialogs: DialogRecorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cic_desktop.errors import DatabaseError

    def disk_full() -> None:
        raise DatabaseError("Discul este plin: înregistrarea nu a fost salvată.")

    monkeypatch.setattr(ctx.core.backup, "auto_backup_if_due", disk_full)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.daily_backup = DailyBackup(window)
    window.show()
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15000)
    assert "Discul este plin" in dialogs.errors[0]
    assert "nu a putut fi făcută la închidere" in dialogs.errors[0]


def _auto(moment: datetime) -> BackupInfo:
    return BackupInfo(Path("x.sqlite"), moment, "auto", False, True)


def test_the_start_backup_is_due_only_after_a_day_without_one() -> None:
    today = datetime(2025, 11, 20, 9, 0).date()
    assert not due_at_start([], today)  # nothing yet: the first close makes it
    assert due_at_start([_auto(datetime(2025, 11, 18, 17, 0))], today)
    assert not due_at_start(
        [_auto(datetime(2025, 11, 18, 17, 0)), _auto(datetime(2025, 11, 20, 8, 0))], today
    )
    manual_today = BackupInfo(Path("m.sqlite"), datetime(2025, 11, 20, 8, 0), "manual", False, True)
    assert due_at_start([_auto(datetime(2025, 11, 19, 17, 0)), manual_today], today)


def test_start_of_day_backup_runs_in_the_background(
    qtbot: QtBot, ctx: AppContext, ui_clock: FixedClock
) -> None:
    ui_clock.advance_to(datetime(2025, 11, 19, 17, 0))
    ctx.core.backup.auto_backup_if_due()
    ui_clock.advance_to(datetime(2025, 11, 20, 8, 30))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    daily = DailyBackup(window)
    window.show()
    assert daily.check_at_start()
    idle(qtbot, ctx)
    assert [b.created_at.day for b in ctx.core.backup.backups() if b.kind == "auto"] == [19, 20]
    assert not daily.check_at_start()  # already made today
