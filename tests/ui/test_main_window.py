"""The main window: institution, user, navigation that lists what exists, Romanian menus."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from cic_desktop.dto import StaffData
from ui import bus
from ui.context import AppContext
from ui.sections.deadline_calculator import DeadlineCalculatorPage
from ui.sections.home import HomePage
from ui.sections.settings_page import SettingsPage
from ui.windows.main_window import MainWindow
from ui.windows.settings_dialog import SettingsDialog

from .conftest import DialogRecorder
from .helpers import click, plain


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def home(qtbot: QtBot, window: MainWindow) -> HomePage:
    page = window.page("home")
    assert isinstance(page, HomePage)
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    return page


def test_shows_the_institution_and_the_user(window: MainWindow) -> None:
    assert window.windowTitle() == "CIC Desktop – Primăria comunei Bălțătești, județul Neamț"
    assert window.institution_label.text() == "Primăria comunei Bălțătești, județul Neamț"
    assert window.user_label.text() == "Utilizator: Maria Ionescu"


def test_navigation_lists_only_what_exists(window: MainWindow) -> None:
    items = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert items == [
        "Acasă",
        "Petiții",
        "Informații publice",
        "Audiențe",
        "Calculator de termene",
        "Setări",
        "Siguranța datelor",
        "Tablou de bord",
        "Persoane",
        "Căutare",
    ]
    assert window.current_section() == "home"


def test_menus_are_romanian(window: MainWindow) -> None:
    menus = {
        plain(action.text()): [plain(a.text()) for a in action.menu().actions() if a.text()]
        for action in window.menuBar().actions()
    }
    assert menus["Fișier"] == ["Setări…", "Ieșire"]
    assert menus["Instrumente"] == ["Calculator de termene", "Solicitare verbală…"]
    assert menus["Ajutor"] == ["Despre CIC Desktop"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


def test_start_page(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    entries = [
        ctx.core.registry.register("petitions", subject=f"Petiția {i}", correspondent_name="Ion")
        for i in range(3)
    ]
    ctx.core.registry.register("public_info", subject="Solicitare 544")
    ctx.core.registry.annul(entries[0].id, "Înregistrată din greșeală")
    ctx.core.settings.add_day_off(date(2025, 12, 24), "HG nr. 1234/2025")
    page = window.page("home")
    assert isinstance(page, HomePage)
    qtbot.waitUntil(lambda: not ctx.tasks.busy)  # the first reading (before the data) is over
    page.loaded = False
    page.refresh()
    page = home(qtbot, window)
    view = page.view
    assert view.title.text() == "Primăria comunei Bălțătești, județul Neamț"
    assert view.today.text() == "Astăzi este joi, 20 noiembrie 2025."
    assert view.counts_box.title() == "Înregistrări în 2025"
    counts = {code: label.text() for code, label in page.count_values.items()}
    assert counts == {
        "petitions": "3",
        "public_info": "1",
        "audiences": "0",
        "consultations": "0",
        "complaints_544": "0",
    }
    label = view.counts.labelForField(page.count_values["petitions"])
    assert label.text() == "Registrul de evidență a petițiilor:"
    assert "24.12.2025 (miercuri) – HG nr. 1234/2025" in view.days_off.text()


def test_start_page_without_days_off(qtbot: QtBot, window: MainWindow) -> None:
    page = home(qtbot, window)
    assert "Nu este configurată nicio zi liberă suplimentară în 2025" in page.view.days_off.text()


def test_calculator_from_the_tools_menu(window: MainWindow) -> None:
    window.calculator_action.trigger()
    assert window.current_section() == "deadlines"
    assert isinstance(window.stack.currentWidget(), DeadlineCalculatorPage)


def test_settings_dialog_opens_without_blocking_and_changes_reach_the_window(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.settings_action.trigger()
    dialog = window.open_settings()  # a second request raises the same dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.isVisible()
    dialog.form.institution_view.commune.setText("Agapia")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.institution_label.text() == "Primăria comunei Agapia, județul Neamț"
    assert window.windowTitle() == "CIC Desktop – Primăria comunei Agapia, județul Neamț"
    qtbot.waitUntil(
        lambda: home(qtbot, window).view.title.text().startswith("Primăria comunei Agapia")
    )


def test_settings_page_summarizes_and_opens_the_dialog(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = window.show_section("settings")
    assert isinstance(page, SettingsPage)
    assert "Primar: Ion Țurcanu" in "\n".join(label.text() for label in page.findChildren(QLabel))
    click(qtbot, page.open_button)
    dialog = window.open_settings()
    assert dialog.isVisible()
    ctx.core.settings.save_staff(StaffData(name="Ioana Vlad"))
    ctx.bus.announce(bus.STAFF)
    assert "Ioana Vlad" in "\n".join(label.text() for label in page.findChildren(QLabel))


def test_about_box(window: MainWindow, dialogs: DialogRecorder) -> None:
    window.about_action.trigger()
    assert "Centrului de Informații pentru Cetățeni" in dialogs.infos[0]


def test_migration_backup_is_told_in_the_status_bar(window: MainWindow) -> None:
    window.show_migration_backup("/date/cic-2025-11-20.sqlite")
    assert "copia de siguranță" in window.statusBar().currentMessage().lower()
    assert "/date/cic-2025-11-20.sqlite" in window.statusBar().currentMessage()
