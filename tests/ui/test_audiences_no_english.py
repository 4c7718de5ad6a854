"""No English and no clashing Alt+letters in the audiences screens: the page's three tabs, the
sign-up window (form and result), the action dialogs and the settings tab."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_audiences_gui import MONDAY, add_monday_programme, sign_up
from tests.ui.test_keyboard import clashes
from tests.ui.test_no_english import english_in, texts_of
from ui.context import AppContext
from ui.sections.audiences import AudiencesPage
from ui.windows.settings_dialog import SettingsDialog


def _check(widget: QWidget) -> None:
    assert english_in(widget) == []
    assert clashes(widget) == {}


def test_audiences_screens_speak_romanian(qtbot: QtBot, ctx: AppContext) -> None:
    add_monday_programme(ctx.core)
    entry = sign_up(ctx.core)
    page = AudiencesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_day(MONDAY)
    page.select_entry(entry.entry.id)
    for index in range(page.view.tabs.count()):
        page.view.tabs.setCurrentIndex(index)
        _check(page)
    page.view.calendar_tab.month.setChecked(True)
    _check(page)
    seen = {t.replace("&", "") for t in texts_of(page)}
    assert {"Ziua de audiențe", "Registrul de audiențe", "Calendar"} <= seen

    window = page.new_signup()
    qtbot.addWidget(window)
    _check(window)
    window.form.walk_in.setChecked(True)
    window.view.setCurrentWidget(window.result_view)
    _check(window)

    for open_dialog in (
        page.day_actions.postpone,
        page.day_actions.outcome,
        page.day_actions.annul,
    ):
        dialog = open_dialog()
        assert dialog is not None
        _check(dialog)
        dialog.reject()

    details = page.open_details(entry.entry.id)
    qtbot.addWidget(details)
    _check(details)


def test_schedules_tab_speaks_romanian(qtbot: QtBot, ctx: AppContext) -> None:
    add_monday_programme(ctx.core)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.schedules.view)
    _check(dialog)
    dialog.schedules.view.table.selectRow(0)
    _check(dialog)
    end = dialog.schedules.ask_end()
    assert end is not None
    _check(end)
