"""Start-up: arguments, a database that cannot be opened, first run, „who are you”."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.dto import StaffData
from ui import app
from ui.preferences import Preferences
from ui.windows.user_picker import UserPickerDialog

from .conftest import DialogRecorder
from .helpers import press_enter


def test_parse_args() -> None:
    assert app.parse_args([]) is None
    assert app.parse_args(["--db", "C:\\Date\\cic.sqlite"]) == "C:\\Date\\cic.sqlite"
    assert app.parse_args(["gui", "--db", "x.sqlite"]) == "x.sqlite"


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(
    tmp_path: Path, dialogs: DialogRecorder
) -> None:
    path = tmp_path / "scrisoare.sqlite"
    path.write_bytes(b"Stimate domnule primar, " * 100)
    before = path.read_bytes()
    assert app.open_core(DbTarget(url=None, path=path)) is None
    assert len(dialogs.errors) == 1
    assert "nu este o bază de date CIC Desktop" in dialogs.errors[0]
    assert path.read_bytes() == before


def test_run_gui_exits_with_1_when_the_database_cannot_be_opened(
    tmp_path: Path, dialogs: DialogRecorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "setup_logging", lambda: None)
    monkeypatch.setattr(app, "install_excepthook", lambda: None)
    missing_folder = tmp_path / "nu-exista" / "cic.sqlite"
    assert app.run_gui(["--db", str(missing_folder)]) == 1
    assert "nu există" in dialogs.errors[0]
    assert not missing_folder.parent.exists()


def test_first_run_is_skipped_once_configured(configured_core: CicCore) -> None:
    assert app.run_first_run_if_needed(configured_core)


def test_first_run_cancelled_means_quit(core: CicCore, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.windows.first_run_dialog import FirstRunDialog

    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not app.run_first_run_if_needed(core)


def test_user_picker_preselects_the_last_user_and_enter_confirms(
    qtbot: QtBot, configured_core: CicCore
) -> None:
    staff = configured_core.settings.staff()
    andrei = next(s for s in staff if s.name == "Andrei Pop")
    picker = UserPickerDialog(staff, andrei.id, "Primăria comunei Bălțătești")
    qtbot.addWidget(picker)
    picker.show()
    assert picker.selected_id() == andrei.id
    with qtbot.waitSignal(picker.accepted):
        press_enter(qtbot, picker.list)
    assert picker.result() == QDialog.DialogCode.Accepted


def test_user_picker_arrow_keys_choose_another(qtbot: QtBot, configured_core: CicCore) -> None:
    staff = configured_core.settings.staff()
    picker = UserPickerDialog(staff, None, "Primăria comunei Bălțătești")
    qtbot.addWidget(picker)
    picker.show()
    assert picker.selected_id() == staff[0].id
    qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    assert picker.selected_id() == staff[1].id


def test_pick_user_sets_and_remembers_the_clerk(
    configured_core: CicCore, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    configured_core.settings.save_staff(StaffData(name="Ioana Vlad", job_title="consilier"))
    staff = {s.name: s.id for s in configured_core.settings.staff()}

    def choose_ioana(self: UserPickerDialog) -> QDialog.DialogCode:
        rows = [self.list.item(i).text() for i in range(self.list.count())]
        self.list.setCurrentRow(rows.index("Ioana Vlad – consilier"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UserPickerDialog, "exec", choose_ioana)
    assert app.pick_user(configured_core, preferences)
    assert configured_core.current_user_name == "Ioana Vlad"
    assert preferences.last_staff_id() == staff["Ioana Vlad"]

    monkeypatch.setattr(UserPickerDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not app.pick_user(configured_core, preferences)
