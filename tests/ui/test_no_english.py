"""No English in what the clerk sees: every text of every window, tab, menu, header and button."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cic_desktop.core import CicCore
from cic_desktop.dto import StaffData
from ui.context import AppContext
from ui.windows.first_run_dialog import FirstRunDialog
from ui.windows.main_window import MainWindow
from ui.windows.settings_dialog import SettingsDialog
from ui.windows.user_picker import UserPickerDialog

ENGLISH = """
Cancel Save Close Yes No Open Apply File Edit Help Settings Name Date Time View Tools About Quit
Exit Delete Remove Add New Back Next Finish Reset Discard Select Browse Search Filter Error
Warning Information Loading Today Year Month Week Status Active Inactive Role Title Phone Address
County Commune Staff Department Holiday Deadline Rule Start Result Preview Logo Image Choose
Undo Redo Cut Copy Paste Show Hide Details Please Wait Abort Retry Ignore Folder Size Type
January February March April June July September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split()
ENGLISH_RE = re.compile(r"\b(" + "|".join(ENGLISH) + r")\b")


def texts_of(widget: QWidget) -> Iterator[str]:
    """Every piece of text a clerk can see on `widget` and its children (menus included)."""
    widgets = [widget, *widget.findChildren(QWidget)]
    for w in widgets:
        if w.isWindow():
            yield w.windowTitle()
        yield w.toolTip()
        if isinstance(w, QLabel):
            yield w.text()
        if isinstance(w, QAbstractButton):
            yield w.text()
        if isinstance(w, QGroupBox):
            yield w.title()
        if isinstance(w, QLineEdit | QPlainTextEdit):
            yield w.placeholderText()
        if isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
        if isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        if isinstance(w, QListWidget):
            yield from (w.item(i).text() for i in range(w.count()))
        if isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            for column in range(w.horizontalHeader().count()):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if isinstance(w, QMenu):
            yield w.title()
            yield from (a.text() for a in w.actions())
        if isinstance(w, QDateEdit):
            calendar = w.calendarWidget()
            yield from (b.text() for b in calendar.findChildren(QToolButton))
            for b in calendar.findChildren(QToolButton):
                if b.menu() is not None:
                    yield from (a.text() for a in b.menu().actions())
    for action in widget.actions():
        yield action.text()


def english_in(widget: QWidget) -> list[str]:
    found = []
    for text in texts_of(widget):
        clean = text.replace("&", "")
        if ENGLISH_RE.search(clean):
            found.append(clean)
    return sorted(set(found))


def test_the_word_list_catches_english() -> None:
    assert ENGLISH_RE.search("Cancel")
    assert ENGLISH_RE.search("Select All")
    assert not ENGLISH_RE.search("Anulează OK Datele Numele file noiembrie")


def test_main_window_with_every_section(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for section in window.sections:
        window.show_section(section.key)
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=5000)
    menus = [a.menu() for a in window.menuBar().actions()]
    assert all(isinstance(m, QMenu) for m in menus)
    seen = {t.replace("&", "") for t in texts_of(window)}
    assert {"Ieșire", "Calculator de termene", "Termen legal:", "Fișier"} <= seen  # walk works
    assert english_in(window) == []


def test_settings_dialog_every_tab(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
    dialog.officials.view.table.selectRow(0)  # the form in editing mode too
    seen = {t.replace("&", "") for t in texts_of(dialog)}
    assert {"Nume și prenume", "Salvează", "Zile libere", "zz.ll.aaaa (opțional)"} <= seen
    assert english_in(dialog) == []


def test_calendar_popup_speaks_romanian(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    calendar = dialog.days_off.day.calendarWidget()
    month_button = next(
        b for b in calendar.findChildren(QToolButton) if b.objectName() == "qt_calendar_monthbutton"
    )
    assert month_button.text() == "noiembrie"


@pytest.mark.parametrize("configured", [False, True])
def test_setup_and_user_picker(qtbot: QtBot, core: CicCore, configured: bool) -> None:
    if configured:
        core.settings.save_staff(StaffData(name="Maria Ionescu"))
        picker = UserPickerDialog(core.settings.staff(), None, "Primăria comunei Agapia")
        qtbot.addWidget(picker)
        picker.show()
        assert english_in(picker) == []
    else:
        dialog = FirstRunDialog(core)
        qtbot.addWidget(dialog)
        dialog.show()
        assert english_in(dialog) == []
