"""A new day off on a day with booked audiences: the confirmation lists them as „to postpone”,
the day off goes ahead on „yes” and the start page's agenda keeps them until they are postponed;
„Renunță” adds nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_audiences_gui import MONDAY, add_monday_programme, sign_up
from tests.ui.test_days_off_moves import DialogAnswer
from ui.context import AppContext
from ui.sections.home import HomePage
from ui.windows.settings.deadline_moves_dialog import DeadlineMovesDialog
from ui.windows.settings_dialog import SettingsDialog

from .helpers import click, show_active, type_date, type_text


def _settings(qtbot: QtBot, ctx: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.tabs.setCurrentWidget(dialog.days_off.view)
    return dialog


def _add_monday_off(qtbot: QtBot, dialog: SettingsDialog) -> None:
    tab = dialog.days_off
    type_date(qtbot, tab.day, MONDAY.strftime("%d%m%Y"))
    type_text(qtbot, tab.view.note, "HG nr. 1234/2025")
    click(qtbot, tab.view.add_button)


def test_booked_audiences_are_listed_and_the_day_off_goes_ahead(
    qtbot: QtBot, ctx: AppContext
) -> None:
    core = ctx.core
    add_monday_programme(core)
    first = sign_up(core, "Gheorghe Știrbu")
    second = sign_up(core, "Ana Pop", slot_time="09:15")
    dialog = _settings(qtbot, ctx)

    cancel = DialogAnswer(accept=False)
    cancel.arm()
    _add_monday_off(qtbot, dialog)
    assert cancel.shown == 1
    assert core.settings.days_off(MONDAY.year) == []

    answer = DialogAnswer(accept=True)
    seen: list[tuple[list[tuple[str, ...]], str, bool, bool]] = []
    original = answer._answer

    def keep_audiences() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, DeadlineMovesDialog):
            seen.append(
                (
                    shown.audience_rows(),
                    shown.audiences_title.text(),
                    shown.audiences.isVisibleTo(shown),
                    shown.table.isVisibleTo(shown),
                )
            )
        original()

    answer._answer = keep_audiences  # type: ignore[method-assign]
    answer.arm()
    _add_monday_off(qtbot, dialog)
    assert answer.shown == 1
    assert "Niciun termen nu se mută." in answer.intro
    rows, title, audiences_shown, moves_shown = seen[0]
    assert rows == [
        (first.entry.number_text, "Gheorghe Știrbu", "Ion Țurcanu (primar)", "09:00"),
        (second.entry.number_text, "Ana Pop", "Ion Țurcanu (primar)", "09:15"),
    ]
    assert "Audiențe programate în această zi – trebuie amânate</b> (2)" in title
    assert audiences_shown and not moves_shown  # no deadline moves: only the audiences
    assert [d.day for d in core.settings.days_off(MONDAY.year)] == [MONDAY]
    # The sign-ups stay booked, to be postponed by the clerk.
    assert [b.entry_id for b in core.audiences.booked_on(MONDAY)] == [
        first.entry.id,
        second.entry.id,
    ]

    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.show()
    qtbot.waitUntil(lambda: home.loaded, timeout=5000)
    tree = home.view.agenda
    groups = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
    }
    group = groups["Audiențe programate într-o zi liberă – amânați (2)"]
    names = {group.child(i).text(1) for i in range(group.childCount())}
    assert names == {"Gheorghe Știrbu", "Ana Pop"}
    assert "amânați" in group.child(0).toolTip(2)


def test_no_booked_audience_and_no_move_asks_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    add_monday_programme(ctx.core)
    dialog = _settings(qtbot, ctx)
    _add_monday_off(qtbot, dialog)  # a modal dialog here would block the test
    assert [d.day for d in ctx.core.settings.days_off(MONDAY.year)] == [MONDAY]
