"""A day off added or removed lists the open cases whose deadlines move; they move only on „yes”.

Issue #6 item 5: with one open petition affected, one open petition not affected and one answered
petition, adding 24.12.2025 lists exactly the affected one; confirming moves it in the database
and leaves the others; cancelling changes nothing at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.dto_petitions import PetitionInput
from ui.context import AppContext
from ui.windows.settings.deadline_moves_dialog import DeadlineMovesDialog
from ui.windows.settings_dialog import SettingsDialog

from .helpers import click, type_date, type_text

DAY_OFF = date(2025, 12, 24)


def _petition(name: str) -> PetitionInput:
    return PetitionInput(
        subject="Solicit repararea drumului comunal", kind="request", channel="registry_desk",
        name=name, address="Sat Valea Mare nr. 5",
    )  # fmt: skip


@dataclass
class Cases:
    affected: int
    unaffected: int
    answered: int


@dataclass
class DialogAnswer:
    """Answers the moves dialog when it opens (it is modal) and keeps what it showed."""

    accept: bool
    rows: list[tuple[str, ...]] = field(default_factory=list)
    intro: str = ""
    shown: int = 0

    def arm(self) -> None:
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DeadlineMovesDialog):
            QTimer.singleShot(20, self._answer)
            return
        self.shown += 1
        self.rows = dialog.rows()
        self.intro = dialog.intro.text()
        button = (
            QDialogButtonBox.StandardButton.Ok
            if self.accept
            else QDialogButtonBox.StandardButton.Cancel
        )
        dialog.buttons.button(button).click()


@pytest.fixture
def cases(ctx: AppContext, ui_clock: FixedClock) -> Cases:
    core = ctx.core
    unaffected = core.petitions.register(_petition("Ana Marin")).id  # 20.11.2025: not near 24.12
    ui_clock.advance_to(date(2025, 11, 24))  # SPEC S12: internal target 24.12.2025
    affected = core.petitions.register(_petition("Ștefan Popescu")).id
    answered = core.petitions.register(_petition("Ioana Răducanu")).id
    core.petitions.answer(
        answered, answered_on=date(2025, 11, 24), outcome="favorable", legal_basis="art. 8",
        signatory_head="Radu Georgescu",
    )  # fmt: skip
    return Cases(affected, unaffected, answered)


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.days_off.view)
    return dialog


def _deadlines(core: CicCore, c: Cases) -> dict[int, tuple[date | None, date | None]]:
    result = {}
    for entry_id in (c.affected, c.unaffected, c.answered):
        entry = core.registry.get(entry_id)
        result[entry_id] = (entry.legal_deadline, entry.internal_target)
    return result


def _add_day_off(qtbot: QtBot, dialog: SettingsDialog) -> None:
    tab = dialog.days_off
    type_date(qtbot, tab.day, "24122025")
    type_text(qtbot, tab.view.note, "HG nr. 1234/2025")
    click(qtbot, tab.view.add_button)


def test_confirming_moves_only_the_affected_open_case(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext, cases: Cases
) -> None:
    core = ctx.core
    before = _deadlines(core, cases)
    assert before[cases.affected] == (date(2025, 12, 29), date(2025, 12, 24))
    number = core.registry.get(cases.affected).number_text
    answer = DialogAnswer(accept=True)
    answer.arm()
    _add_day_off(qtbot, dialog)

    assert answer.shown == 1
    assert answer.rows == [
        (number, "Ștefan Popescu", "Petiții", "29.12.2025", "24.12.2025 → 29.12.2025")
    ]
    assert "24.12.2025" in answer.intro and "1 caz deschis" in answer.intro
    assert [d.day for d in core.settings.days_off(2025)] == [DAY_OFF]
    after = _deadlines(core, cases)
    assert after[cases.affected] == (date(2025, 12, 29), date(2025, 12, 29))
    assert after[cases.unaffected] == before[cases.unaffected]
    assert after[cases.answered] == before[cases.answered]


def test_cancelling_changes_nothing(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext, cases: Cases
) -> None:
    core = ctx.core
    before = _deadlines(core, cases)
    answer = DialogAnswer(accept=False)
    answer.arm()
    _add_day_off(qtbot, dialog)

    assert answer.shown == 1 and len(answer.rows) == 1
    assert core.settings.days_off(2025) == []
    assert _deadlines(core, cases) == before
    assert dialog.days_off.view.note.text() == "HG nr. 1234/2025"  # her typing is kept


def test_removing_the_day_off_lists_the_move_back(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext, cases: Cases
) -> None:
    core = ctx.core
    core.settings.add_day_off(DAY_OFF, "HG nr. 1234/2025")
    tab = dialog.days_off
    tab.load()
    tab.view.table.selectRow(0)
    answer = DialogAnswer(accept=True)
    answer.arm()
    click(qtbot, tab.view.remove_button)

    assert [row[1] for row in answer.rows] == ["Ștefan Popescu"]
    assert answer.rows[0][4] == "29.12.2025 → 24.12.2025"
    assert core.settings.days_off(2025) == []
    assert core.registry.get(cases.affected).internal_target == date(2025, 12, 24)
