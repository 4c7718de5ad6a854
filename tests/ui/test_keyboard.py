"""Keyboard use: no two visible Alt+letter mnemonics clash in any tab or dialog."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cic_desktop.core import CicCore
from ui.context import AppContext
from ui.windows.first_run_dialog import FirstRunDialog
from ui.windows.main_window import MainWindow
from ui.windows.settings_dialog import SettingsDialog

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(window: QWidget) -> Counter[str]:
    letters: Counter[str] = Counter()
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window):
            continue
        if isinstance(w, QLabel) and w.buddy() is not None or isinstance(w, QAbstractButton):
            match = MNEMONIC.search(w.text())
            if match:
                letters[match.group(1).casefold()] += 1
    return letters


def clashes(window: QWidget) -> dict[str, int]:
    return {letter: n for letter, n in mnemonics(window).items() if n > 1}


def test_settings_tabs_have_no_clashing_mnemonics(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert clashes(dialog) == {}, dialog.tabs.tabText(index)
    for editor in (dialog.officials, dialog.departments, dialog.staff):
        dialog.tabs.setCurrentWidget(editor.view)
        editor.view.table.selectRow(0)  # editing mode: other button texts
        assert clashes(dialog) == {}, editor.add_title


def test_first_run_has_no_clashing_mnemonics(qtbot: QtBot, core: CicCore) -> None:
    dialog = FirstRunDialog(core)
    qtbot.addWidget(dialog)
    dialog.show()
    assert clashes(dialog) == {}
    assert len(mnemonics(dialog)) >= 10


def test_main_window_pages_have_no_clashing_mnemonics(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    menu_letters = Counter(
        MNEMONIC.search(a.text()).group(1).casefold() for a in window.menuBar().actions()
    )
    for section in window.sections:
        window.show_section(section.key)
        letters = mnemonics(window) + menu_letters
        assert {k: n for k, n in letters.items() if n > 1} == {}, section.key


def test_escape_closes_the_settings_dialog(qtbot: QtBot, ctx: AppContext) -> None:
    from PySide6.QtCore import Qt

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.form.institution_view.commune, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
