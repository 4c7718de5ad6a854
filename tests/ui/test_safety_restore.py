"""Restoring: the wizard shows what a copy lacks before anything changes, then the program goes
on with the restored data and never gives a number twice; a damaged file at start is set aside
and the newest good backup put in its place."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.services.backup import BackupInfo
from ui import app
from ui.context import AppContext
from ui.sections.home import HomePage
from ui.sections.safety import SafetyPage
from ui.views.safety.restore_view import STEP_CONFIRM, STEP_CONTENTS, STEP_DONE
from ui.windows.main_window import MainWindow
from ui.windows.safety import pickers, recover
from ui.windows.safety.restore_wizard import RestoreWizard

from .conftest import DialogRecorder, configure_sample
from .helpers import click, type_text


def idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=15000)


def register(core: CicCore, n: int) -> list[int]:
    return [
        core.registry.register("petitions", subject=f"Petiția {i}", correspondent_name="Ion").number
        for i in range(n)
    ]


@pytest.fixture
def backup_then_more(ctx: AppContext, ui_clock: FixedClock) -> BackupInfo:
    """Two petitions in the backup (nr. 1, 2); two more registered after it (nr. 3, 4)."""
    assert register(ctx.core, 2) == [1, 2]
    info = ctx.core.backup.create(kind="manual")
    ui_clock.advance_to(datetime(2025, 11, 20, 11, 0))
    assert register(ctx.core, 2) == [3, 4]
    return info


def open_wizard(qtbot: QtBot, window: MainWindow) -> RestoreWizard:
    page = window.show_section("safety")
    assert isinstance(page, SafetyPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    click(qtbot, page.view.restore_button)
    wizard = page.restore_wizard
    assert isinstance(wizard, RestoreWizard)
    return wizard


def test_restore_wizard_end_to_end(
    qtbot: QtBot, ctx: AppContext, backup_then_more: BackupInfo, ui_clock: FixedClock
) -> None:
    old_core = ctx.core
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.loaded, timeout=5000)
    assert home.count_values["petitions"].text() == "4"

    wizard = open_wizard(qtbot, window)
    view = wizard.view
    assert view.choose.known.count() == 1
    assert "20.11.2025 09:00 – manuală – fără parolă – 2 înregistrări" in (
        view.choose.known.item(0).text()
    )
    click(qtbot, view.next_button)
    assert wizard.errors.message("path") == "Alegeți copia de siguranță de restaurat."
    view.choose.known.setCurrentRow(0)
    assert view.choose.path.text() == str(backup_then_more.path)
    assert not view.choose.password.isEnabled()
    click(qtbot, view.next_button)
    qtbot.waitUntil(lambda: wizard.step == STEP_CONTENTS, timeout=10000)

    contents = view.contents
    assert contents.created.text() == "Copia de siguranță din 20.11.2025 09:00"
    assert contents.missing_title.property("tone") == "bad"
    assert "ATENȚIE: 2 înregistrări făcute după această copie NU se află în ea" in (
        contents.missing_title.text()
    )
    missing = [contents.missing.item(i).text() for i in range(contents.missing.count())]
    assert missing == [
        "3/20.11.2025 (Registrul de evidență a petițiilor)",
        "4/20.11.2025 (Registrul de evidență a petițiilor)",
    ]
    assert "numerele" in contents.note.text().lower()
    assert old_core.registry.counts(2025)["petitions"] == 4  # nothing changed yet

    click(qtbot, view.next_button)
    assert wizard.step == STEP_CONFIRM
    assert not view.restore_button.isEnabled()
    type_text(qtbot, view.confirm.word, "RESTAUREAZĂ")
    assert view.restore_button.isEnabled()
    click(qtbot, view.restore_button)
    qtbot.waitUntil(lambda: wizard.step == STEP_DONE, timeout=15000)
    idle(qtbot, ctx)

    assert ctx.core is not old_core
    assert ctx.core.current_user_name == "Maria Ionescu"
    assert window.user_label.text() == "Utilizator: Maria Ionescu"
    assert ctx.core.registry.counts(2025)["petitions"] == 2
    done = view.done
    assert done.result.property("tone") == "ok"
    assert "Programul lucrează acum pe datele restaurate" in done.result.text()
    safety_copy = wizard.outcome.result.safety_copy  # type: ignore[union-attr]
    assert safety_copy.exists() and str(safety_copy) in done.safety_copy.text()
    assert "Numerele 3–4/2025" in done.gaps.toPlainText()

    home = window.page("home")  # rebuilt on the restored data
    assert isinstance(home, HomePage)
    qtbot.waitUntil(lambda: home.loaded, timeout=5000)
    assert home.count_values["petitions"].text() == "2"
    safety = window.show_section("safety")
    assert isinstance(safety, SafetyPage)
    qtbot.waitUntil(lambda: safety.loaded, timeout=5000)
    kinds = [safety.view.backups.item(r, 1).text() for r in range(safety.view.backups.rowCount())]
    assert "înainte de restaurare" in kinds

    assert ctx.core.registry.register("petitions", subject="x").number == 5
    click(qtbot, view.close_button)
    assert not wizard.isVisible()
    ctx.core.close()


def test_restore_of_an_encrypted_copy_asks_for_its_password(
    qtbot: QtBot,
    ctx: AppContext,
    ui_clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register(ctx.core, 1)
    stick = tmp_path / "stick"
    stick.mkdir()
    info = ctx.core.backup.create(destination=stick, password="parola-lunga")
    ui_clock.advance_to(datetime(2025, 11, 20, 12, 0))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wizard = open_wizard(qtbot, window)
    view = wizard.view
    monkeypatch.setattr(pickers, "choose_backup_file", lambda _p, _t, _s: info.path)
    click(qtbot, view.choose.browse)
    assert view.choose.path.text() == str(info.path)
    assert view.choose.password.isEnabled()
    click(qtbot, view.next_button)
    idle(qtbot, ctx)
    assert (
        wizard.errors.message("password") == "Copia este protejată cu parolă: introduceți parola."
    )
    type_text(qtbot, view.choose.password, "parola-gresita")
    click(qtbot, view.next_button)
    idle(qtbot, ctx)
    assert "Parola nu este corectă" in wizard.errors.message("password")
    view.choose.password.clear()
    type_text(qtbot, view.choose.password, "parola-lunga")
    click(qtbot, view.next_button)
    qtbot.waitUntil(lambda: wizard.step == STEP_CONTENTS, timeout=10000)
    assert view.contents.missing_title.property("tone") == "ok"
    assert not view.contents.missing.isVisible()
    click(qtbot, view.next_button)
    type_text(qtbot, view.confirm.word, "restaureaza")  # without Ă, lower case: accepted too
    click(qtbot, view.restore_button)
    qtbot.waitUntil(lambda: wizard.step == STEP_DONE, timeout=15000)
    assert ctx.core.registry.counts(2025)["petitions"] == 1
    assert ctx.core.registry.register("petitions", subject="y").number == 2
    ctx.core.close()


def test_cancelling_the_wizard_changes_nothing(
    qtbot: QtBot, ctx: AppContext, backup_then_more: BackupInfo
) -> None:
    old_core = ctx.core
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    wizard = open_wizard(qtbot, window)
    wizard.view.choose.known.setCurrentRow(0)
    click(qtbot, wizard.view.next_button)
    qtbot.waitUntil(lambda: wizard.step == STEP_CONTENTS, timeout=10000)
    click(qtbot, wizard.view.cancel_button)
    assert not wizard.isVisible()
    assert ctx.core is old_core
    assert ctx.core.registry.counts(2025)["petitions"] == 4


# -- a damaged database at start --------------------------------------------------------------


def damage(path: Path) -> None:
    """Garbage over page 2 of a closed database."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with path.open("r+b") as handle:
        handle.seek(page_size)
        handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))


@pytest.fixture
def damaged_db(ui_template_db: Path, tmp_path: Path) -> tuple[Path, BackupInfo]:
    """A database with a good automatic backup (3 petitions), then one more, then damaged."""
    path = tmp_path / "date" / "cic.sqlite"
    path.parent.mkdir()
    path.write_bytes(ui_template_db.read_bytes())
    clock = FixedClock(datetime(2025, 11, 19, 17, 0))
    core = CicCore.open(DbTarget(url=None, path=path), clock=clock)
    configure_sample(core)
    register(core, 3)
    info = core.backup.create(kind="auto")
    register(core, 1)
    core.close()
    damage(path)
    return path, info


def test_a_damaged_database_is_set_aside_and_the_backup_restored(
    damaged_db: tuple[Path, BackupInfo],
    dialogs: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
) -> None:
    path, info = damaged_db
    damaged_bytes = path.read_bytes()
    asked: list[tuple[str, str | None]] = []

    def answer(text: str, newest_label: str | None) -> str:
        asked.append((text, newest_label))
        return recover.NEWEST

    monkeypatch.setattr(recover, "ask_recovery", answer)
    core = app.open_core(DbTarget(url=None, path=path))
    assert core is not None
    try:
        [(text, label)] = asked
        assert "este deteriorată" in text and "NU a fost atins" in text
        assert label == "Restaurează copia din 19.11.2025 17:00"
        [aside] = path.parent.glob("cic.deteriorat-*.sqlite")
        assert aside.read_bytes() == damaged_bytes  # kept, untouched
        assert core.registry.counts(2025)["petitions"] == 3
        assert core.settings.is_configured()
        assert "a fost refăcută din copia" in dialogs.infos[0]
        assert str(aside) in dialogs.infos[0]
        assert "Numerele 4–4/2025" in dialogs.infos[0]
        core.clock = FixedClock(datetime(2025, 11, 20, 9, 0))  # the machine's clock is elsewhere
        assert core.registry.register("petitions", subject="după refacere").number == 5
    finally:
        core.close()


def test_a_damaged_database_with_an_encrypted_copy_asks_the_password(
    ui_template_db: Path, tmp_path: Path, dialogs: DialogRecorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cic.sqlite"
    path.write_bytes(ui_template_db.read_bytes())
    core = CicCore.open(DbTarget(url=None, path=path), clock=FixedClock(datetime(2025, 11, 19)))
    configure_sample(core)
    register(core, 2)
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = core.backup.create(destination=stick, password="parola-lunga").path
    core.close()
    damage(path)
    monkeypatch.setattr(recover, "ask_recovery", lambda _text, _label: recover.CHOOSE)
    monkeypatch.setattr(pickers, "choose_backup_file", lambda _p, _t, _s: backup)
    passwords = iter(["gresita-de-tot", "parola-lunga"])
    prompts: list[str] = []

    def ask_password(prompt: str, _parent: object = None) -> str:
        prompts.append(prompt)
        return next(passwords)

    monkeypatch.setattr(recover, "ask_password", ask_password)
    core = app.open_core(DbTarget(url=None, path=path))
    assert core is not None
    try:
        assert "Parola nu este corectă" in prompts[1]
        assert core.registry.counts(2025)["petitions"] == 2
    finally:
        core.close()


def test_quitting_at_the_damaged_database_dialog_touches_nothing(
    damaged_db: tuple[Path, BackupInfo], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _info = damaged_db
    before = path.read_bytes()
    monkeypatch.setattr(recover, "ask_recovery", lambda _text, _label: None)
    assert app.open_core(DbTarget(url=None, path=path)) is None
    assert path.read_bytes() == before
    assert list(path.parent.glob("*.deteriorat-*")) == []
