"""The audit check (intact, then broken after a change made behind the program's back) and
closing a year: refused while cases are open, then closed, then reopened with a reason."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
import shiboken6
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from cic_desktop.clock import FixedClock
from ui.context import AppContext
from ui.sections.safety import SafetyPage
from ui.windows.main_window import MainWindow
from ui.windows.safety.years import YearDialog

from .helpers import click, type_text
from .petitions_support import register


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> SafetyPage:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("safety")
    assert isinstance(page, SafetyPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    return page


def closed(dialog: QWidget) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def idle(qtbot: QtBot, ctx: AppContext) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=15000)


def test_audit_verify_intact_then_broken(qtbot: QtBot, page: SafetyPage, ctx: AppContext) -> None:
    ctx.core.registry.register("petitions", subject="Cerere", correspondent_name="Ion Pop")
    click(qtbot, page.view.verify_button)
    idle(qtbot, ctx)
    status = page.view.audit_status
    assert status.property("tone") == "ok"
    assert status.text() == "Jurnalul de audit este intact: lanțul și sigiliile corespund."
    assert "Evenimente de audit verificate:" in page.view.audit_lines.toPlainText()

    path = ctx.core.target.path
    assert path is not None
    with sqlite3.connect(path) as conn:  # a change made behind the program's back
        conn.execute("UPDATE registry_entry SET subject='x'")
    conn.close()
    click(qtbot, page.view.verify_button)
    idle(qtbot, ctx)
    assert status.property("tone") == "bad"
    assert status.text().startswith("JURNALUL DE AUDIT NU ESTE INTACT. Prima verigă ruptă:")
    assert "Prima verigă ruptă" in page.view.audit_lines.toPlainText()


def test_year_lock_refused_with_open_cases_then_locked_and_reopened(
    qtbot: QtBot, ctx: AppContext, ui_clock: FixedClock
) -> None:
    ui_clock.advance_to(datetime(2024, 3, 4, 10, 0))
    petition = register(ctx.core)
    ui_clock.advance_to(datetime(2025, 11, 20, 9, 0))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("safety")
    assert isinstance(page, SafetyPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    table = page.view.years
    years = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert years == ["2025", "2024", "2023", "2022", "2021"]
    assert table.item(0, 2).text() == "deschis (anul în curs)"
    assert table.item(1, 1).text() == "1"

    page.select_year(2025)
    assert not page.view.lock_button.isEnabled()  # the current year cannot be closed
    page.select_year(2024)
    assert page.view.lock_button.isEnabled() and not page.view.unlock_button.isEnabled()
    click(qtbot, page.view.lock_button)
    dialog = page.year_dialog
    assert isinstance(dialog, YearDialog)
    type_text(qtbot, dialog.view.note, "Rapoartele anuale au fost emise")
    ok = dialog.view.buttons.button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, ok)
    idle(qtbot, ctx)
    assert dialog.isVisible()
    error = dialog.view.general_error.text()
    assert "Anul 2024 nu se poate închide" in error
    assert petition.number_text in error
    assert dialog.view.open_cases.count() == 1
    assert dialog.view.open_cases.item(0).text() == petition.number_text
    assert not ctx.core.years.is_locked(2024)

    ctx.core.petitions.annul(petition.entry.id, "Înregistrată din greșeală")
    click(qtbot, ok)
    idle(qtbot, ctx)
    assert closed(dialog)
    assert ctx.core.years.is_locked(2024)
    qtbot.waitUntil(lambda: table.item(1, 2).text() == "închis", timeout=5000)
    assert page.selected_year() == 2024
    assert page.view.unlock_button.isEnabled() and not page.view.lock_button.isEnabled()

    click(qtbot, page.view.unlock_button)
    dialog = page.year_dialog
    assert isinstance(dialog, YearDialog) and dialog.unlocking
    ok = dialog.view.buttons.button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, ok)
    idle(qtbot, ctx)
    assert "Motivul redeschiderii" in dialog.errors.message("reason")
    assert ctx.core.years.is_locked(2024)
    type_text(qtbot, dialog.view.reason, "Corectarea adresei petentului, greșit scrisă")
    click(qtbot, ok)
    idle(qtbot, ctx)
    assert closed(dialog)
    assert not ctx.core.years.is_locked(2024)
    qtbot.waitUntil(lambda: table.item(1, 2).text() == "deschis", timeout=5000)
