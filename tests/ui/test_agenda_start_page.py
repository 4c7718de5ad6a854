"""The start page shows the agenda of the day; each line opens its case."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.dto_public_info import InfoRequestInput
from ui.context import AppContext
from ui.sections.home import HomePage
from ui.windows.main_window import MainWindow


def test_a_544_request_registered_10_days_ago_is_due_today(
    qtbot: QtBot, ctx: AppContext, configured_core: CicCore, ui_clock: FixedClock
) -> None:
    today = ui_clock.today()
    registered = today - timedelta(days=10)
    while not configured_core.calendar.working_calendar().is_working(registered):
        registered -= timedelta(days=1)
    ui_clock.advance_to(registered)
    request = configured_core.public_info.register(
        InfoRequestInput(
            information="Bugetul local pe capitole",
            channel="electronic",
            domain="public_money",
            delivery_preference="email",
            name="Ioana Răducanu",
            email="ioana@example.ro",
        )
    )
    ui_clock.advance_to(today)
    expected = configured_core.calendar.deadline("544_ANSWER_10", registered)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.page("home")
    assert isinstance(page, HomePage)
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    tree = page.view.agenda
    groups = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
    }
    label = (
        "Ultima zi (țintă internă) (1)"
        if expected.internal_target == today
        else "Ultima zi legală (1)"
        if expected.legal_deadline == today
        else None
    )
    assert label in groups, list(groups)
    line = groups[label].child(0)
    assert line.text(0) == request.entry.number_text and line.text(1) == "Ioana Răducanu"
    tree.setCurrentItem(line)
    tree.itemActivated.emit(line, 0)
    opened = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and type(w).__name__ == "InfoDetailsWindow"
    ]
    assert opened
    for w in opened:
        w.close()
