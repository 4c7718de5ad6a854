"""No English on the safety screens: the page, the status bar, every dialog and wizard step."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cic_desktop.clock import FixedClock
from cic_desktop.errors import DatabaseDamagedError
from ui.context import AppContext
from ui.sections.safety import SafetyPage
from ui.views.safety.restore_view import STEP_CONTENTS, STEP_DONE
from ui.windows.main_window import MainWindow
from ui.windows.safety import recover
from ui.windows.safety.backup_dialog import BackupDialog
from ui.windows.safety.restore_wizard import RestoreWizard
from ui.windows.safety.years import YearDialog

from .helpers import click, type_text
from .test_keyboard import clashes
from .test_no_english import ENGLISH_RE, english_in, texts_of


def check(widget: QWidget, *expected: str) -> None:
    seen = {t.replace("&", "") for t in texts_of(widget)}
    assert set(expected) <= seen, set(expected) - seen
    assert english_in(widget) == []


def test_page_and_status_bar(qtbot: QtBot, ctx: AppContext, ui_clock: FixedClock) -> None:
    ui_clock.advance_to(datetime(2025, 11, 1, 17, 5))
    ctx.core.backup.create(kind="manual")
    ui_clock.advance_to(datetime(2025, 11, 20, 9, 0))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("safety")
    assert isinstance(page, SafetyPage)
    qtbot.waitUntil(lambda: page.loaded and window.backup_status.state is not None, timeout=5000)
    click(qtbot, page.view.verify_button)
    qtbot.waitUntil(lambda: page.audit_report is not None, timeout=5000)
    check(
        window,
        "Siguranța datelor",
        "Copie de siguranță acum…",
        "Fă o copie acum",
        "Ultima copie de siguranță: 01.11.2025 17:05",
        "Felul",
        "Închide anul…",
    )
    assert clashes(window) == {}
    for table in (page.view.backups, page.view.years):  # cells: texts_of reads headers only
        cells = [
            table.item(r, c).text() + table.item(r, c).toolTip()
            for r in range(table.rowCount())
            for c in range(table.columnCount())
        ]
        assert "manuală" in cells or table is page.view.years
        assert [c for c in cells if ENGLISH_RE.search(c)] == []


def test_dialogs_and_every_wizard_step(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    ctx.core.registry.register("petitions", subject="Cerere")
    ctx.core.backup.create(kind="manual")
    backup = BackupDialog(ctx)
    qtbot.addWidget(backup)
    backup.show()
    check(backup, "Fă copia", "Anulează", "Protejează copia cu o parolă", "Arată parola")
    assert clashes(backup) == {}

    for unlocking in (False, True):
        dialog = YearDialog(ctx, 2024, unlocking=unlocking)
        qtbot.addWidget(dialog)
        dialog.show()
        check(dialog, "Anulează")
        assert clashes(dialog) == {}

    wizard = RestoreWizard(ctx, lambda _core: True, known=ctx.core.backup.backups())
    qtbot.addWidget(wizard)
    wizard.show()
    check(wizard, "Înainte", "Anulează", "Alege alt fișier…")
    assert clashes(wizard) == {}
    wizard.view.choose.known.setCurrentRow(0)
    click(qtbot, wizard.view.next_button)
    qtbot.waitUntil(lambda: wizard.step == STEP_CONTENTS, timeout=10000)
    check(wizard, "Înapoi", "Registrul de evidență a petițiilor:")
    click(qtbot, wizard.view.next_button)
    type_text(qtbot, wizard.view.confirm.word, "RESTAUREAZĂ")
    check(wizard, "Restaurează")
    assert clashes(wizard) == {}
    click(qtbot, wizard.view.restore_button)
    qtbot.waitUntil(lambda: wizard.step == STEP_DONE, timeout=15000)
    check(wizard, "Închide")
    if wizard.outcome is not None and wizard.outcome.core is not None:
        wizard.outcome.core.close()


def test_damaged_database_dialogs(qtbot: QtBot) -> None:
    err = DatabaseDamagedError("Baza de date „cic.sqlite” este deteriorată.")
    box = recover.recovery_box(recover.damaged_text(err, None), "Restaurează copia din 01.11.2025")
    qtbot.addWidget(box)
    box.show()
    check(box, "Alege altă copie…", "Închide programul", "Restaurează copia din 01.11.2025")
    password = recover.password_dialog("Parola copiei „cic.cicbak”:")
    qtbot.addWidget(password)
    password.show()
    check(password, "Restaurează", "Anulează")
