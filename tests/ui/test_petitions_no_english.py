"""No English and no clashing Alt+letter in the petitions windows and dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from cic_desktop.dto_petitions import Suggestion
from ui.context import AppContext
from ui.sections.petitions import PetitionsPage
from ui.windows.petitions.details import PetitionDetailsWindow
from ui.windows.petitions.output_dialogs import ReportTextDialog
from ui.windows.petitions.registration import RegistrationWindow
from ui.windows.petitions.suggestions import SuggestionsDialog

from .helpers import click, show_active, type_text
from .petitions_support import URBANISM, add_departments, register
from .test_keyboard import clashes
from .test_no_english import english_in


def check(qtbot: QtBot, window: QWidget) -> None:
    if not window.isVisible():
        qtbot.addWidget(window)
        window.show()
    assert english_in(window) == [], window.windowTitle()
    assert clashes(window) == {}, window.windowTitle()


def test_registration_window_form_and_result(qtbot: QtBot, ctx: AppContext) -> None:
    add_departments(ctx.core)
    window = RegistrationWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    for channel in ("registry_desk", "other_institution", "audience"):
        window.form.channel.setCurrentIndex(window.form.channel.findData(channel))
        check(qtbot, window)
    type_text(qtbot, window.form.name, "Ion Pop")
    type_text(qtbot, window.form.address, "Sat Izvoare nr. 4")
    type_text(qtbot, window.form.subject, "Cerere de lămuriri.")
    click(qtbot, window.form.save_button)
    assert window.view.currentWidget() is window.result_view
    check(qtbot, window)
    suggestions = SuggestionsDialog(
        [
            Suggestion("file_anonymous", "Anonimă."),
            Suggestion("join", "Aceeași problemă.", 1, "1/20.11.2025"),
            Suggestion("file_repeated", "Repetată.", 1, "1/20.11.2025"),
        ]
    )
    check(qtbot, suggestions)


def test_list_page_and_its_dialogs(qtbot: QtBot, ctx: AppContext) -> None:
    page = PetitionsPage(ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: not page.loading)
    check(qtbot, page)
    for opener in (
        page.outputs.dispatch_list,
        page.outputs.registry_book,
        page.outputs.semester_report,
    ):
        dialog = opener()
        check(qtbot, dialog)
        dialog.reject()
    check(qtbot, ReportTextDialog("Import respins", "Fișierul nu a fost importat.", "Rândul 2"))


def test_details_window_and_every_action(qtbot: QtBot, ctx: AppContext) -> None:
    departments = add_departments(ctx.core)
    petition = register(ctx.core, department_id=departments[URBANISM])
    window = PetitionDetailsWindow(ctx, petition.id)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    for index in range(window.view.tabs.count()):
        window.view.tabs.setCurrentIndex(index)
        check(qtbot, window)
    for button in window.view.action_buttons:
        if not button.isEnabled():
            continue
        click(qtbot, button)
        dialog = window.letter_editor if button is window.view.letters_button else None
        dialog = dialog or window.action_dialog
        assert isinstance(dialog, QDialog)
        check(qtbot, dialog)
        dialog.reject()
    ctx.core.petitions.answer(
        petition.id, answered_on=date(2025, 11, 20), outcome="favorable", legal_basis="art. 8"
    )
    window.refresh()
    click(qtbot, window.view.send_button)
    assert window.action_dialog is not None
    check(qtbot, window.action_dialog)
