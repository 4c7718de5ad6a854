"""Legea 544 outputs: the receipt after registering, letters and forms of a file, the list's
toolbar (registry book, Excel, annual report) and Ctrl+Shift+V from anywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from cic_desktop.dto_public_info import InfoRequestDetails, InfoRequestInput
from ui.context import AppContext
from ui.sections.public_info import PublicInfoPage
from ui.windows.main_window import MainWindow
from ui.windows.petitions.output_dialogs import ReportTextDialog
from ui.windows.public_info.details import InfoDetailsWindow
from ui.windows.public_info.letters import FormsDialog, InfoLetterEditor
from ui.windows.public_info.output_dialogs import Report544Dialog
from ui.windows.public_info.registration import InfoRegistrationWindow
from ui.windows.public_info.verbal import VerbalLogDialog

from .conftest import DialogRecorder, FilesRecorder
from .helpers import click, retype, show_active, type_text
from .test_keyboard import clashes
from .test_no_english import english_in

Ok = QDialogButtonBox.StandardButton.Ok
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
BASE = InfoRequestInput(
    information="Copia contractului de achiziție pentru iluminatul public din 2025.",
    channel="paper",
    domain="public_money",
    delivery_preference="email",
    name="Ana Vasilescu",
    email="ana.vasilescu@example.ro",
)


@pytest.fixture
def request_(ctx: AppContext) -> InfoRequestDetails:
    return ctx.core.public_info.register(BASE)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, request_: InfoRequestDetails) -> PublicInfoPage:
    page = PublicInfoPage(ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: not page.loading)
    return page


def open_file(qtbot: QtBot, ctx: AppContext, entry_id: int) -> InfoDetailsWindow:
    window = InfoDetailsWindow(ctx, entry_id)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


def no_english(window: object) -> None:
    assert english_in(window) == [], window.windowTitle()  # type: ignore[attr-defined]
    assert clashes(window) == {}, window.windowTitle()  # type: ignore[attr-defined]


def test_receipt_after_registration(
    qtbot: QtBot, ctx: AppContext, file_dialogs: FilesRecorder
) -> None:
    window = InfoRegistrationWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    f = window.form
    type_text(qtbot, f.name, "Ana Vasilescu")
    type_text(qtbot, f.email, "ana.vasilescu@example.ro")
    type_text(qtbot, f.information, "Bugetul local pe anul 2025.")
    details = window.save()
    assert details is not None
    r = window.result_view
    QGuiApplication.clipboard().clear()
    click(qtbot, r.copy_button)
    copied = QGuiApplication.clipboard().text()
    assert details.entry.number_text in copied and "Ana Vasilescu" in copied
    assert r.message.text().startswith("Textul confirmării a fost copiat")
    click(qtbot, r.print_button)
    qtbot.waitUntil(lambda: bool(file_dialogs.opened) and not ctx.tasks.busy, timeout=15_000)
    assert file_dialogs.opened[-1].read_bytes().startswith(b"%PDF")
    click(qtbot, r.pdf_button)
    qtbot.waitUntil(lambda: window.receipt.last_pdf is not None and not ctx.tasks.busy)
    saved = file_dialogs.folder / "confirmare-solicitare-544-1-20.11.2025.pdf"
    qtbot.waitUntil(saved.exists)
    assert english_in(window) == []


def test_letter_drafted_edited_kept_and_found_again(
    qtbot: QtBot,
    ctx: AppContext,
    request_: InfoRequestDetails,
    file_dialogs: FilesRecorder,
    dialogs: DialogRecorder,
) -> None:
    window = open_file(qtbot, ctx, request_.id)
    assert window.view.letters_button.isEnabled()
    click(qtbot, window.view.letters_button)
    editor = window.letters_dialog
    assert isinstance(editor, InfoLetterEditor) and editor.isVisible()
    no_english(editor)
    assert editor.current_kind() == "extension_notice"  # the request is still open
    assert editor.why["answer"] and editor.why["refusal"]  # not before answering or refusing
    draft = editor.body.toPlainText()
    assert "Ana Vasilescu" in draft or request_.entry.number_text in draft
    assert "nesalvată" in editor.status.text()
    retype(qtbot, editor.body, "Vă comunicăm că termenul se prelungește cu 20 de zile.")
    click(qtbot, editor.save_button)
    kept = ctx.core.public_info_outputs.saved_letter(request_.id, "extension_notice")
    assert kept is not None and kept.body.startswith("Vă comunicăm că termenul")
    click(qtbot, editor.pdf_button)
    qtbot.waitUntil(lambda: editor.last_pdf is not None, timeout=15_000)
    assert editor.last_pdf is not None and editor.last_pdf.read_bytes().startswith(b"%PDF")
    editor.reject()
    assert dialogs.questions == []  # nothing unsaved
    click(qtbot, window.view.letters_button)
    again = window.letters_dialog
    assert isinstance(again, InfoLetterEditor) and again is not editor
    assert again.body.toPlainText() == "Vă comunicăm că termenul se prelungește cu 20 de zile."
    assert again.status.text().startswith("Scrisoarea păstrată la dosar")
    again.reject()


def test_forms_pre_filled_from_the_request(
    qtbot: QtBot, ctx: AppContext, request_: InfoRequestDetails, file_dialogs: FilesRecorder
) -> None:
    window = open_file(qtbot, ctx, request_.id)
    click(qtbot, window.view.forms_button)
    dialog = window.forms_dialog
    assert isinstance(dialog, FormsDialog)
    no_english(dialog)
    assert dialog.chosen() == "anexa4"
    click(qtbot, dialog.print_button)
    qtbot.waitUntil(lambda: bool(file_dialogs.opened) and not ctx.tasks.busy, timeout=15_000)
    assert file_dialogs.opened[-1].name == "temp-anexa4-1-20.11.2025.pdf"
    dialog.choices["anexa6"].setChecked(True)
    click(qtbot, dialog.pdf_button)
    path = file_dialogs.folder / "anexa6-1-20.11.2025.pdf"
    qtbot.waitUntil(lambda: path.exists() and not ctx.tasks.busy, timeout=15_000)
    assert path.read_bytes().startswith(b"%PDF")


def test_book_pdf_and_excel_from_the_toolbar(
    qtbot: QtBot,
    page: PublicInfoPage,
    ctx: AppContext,
    file_dialogs: FilesRecorder,
    dialogs: DialogRecorder,
) -> None:
    no_english(page)
    click(qtbot, page.view.book_button)
    qtbot.waitUntil(lambda: bool(file_dialogs.opened) and not ctx.tasks.busy, timeout=15_000)
    book = file_dialogs.opened[-1]
    assert book.name == "registrul-544-2025.pdf" and book.read_bytes().startswith(b"%PDF")
    assert dialogs.infos[-1].startswith("Registrul solicitărilor de informații publice pe anul")
    click(qtbot, page.view.export_button)
    qtbot.waitUntil(lambda: len(dialogs.infos) == 2 and not ctx.tasks.busy, timeout=15_000)
    excel = file_dialogs.folder / "registrul-544-2025.xlsx"
    assert excel.exists()
    assert dialogs.infos[-1].startswith("S-au exportat 1 solicitare scrisă din 2025")
    click(qtbot, page.view.forms_button)
    blank = page.outputs.dialog
    assert isinstance(blank, FormsDialog) and blank.details is None
    no_english(blank)
    blank.reject()


def test_annual_report_keeps_the_answers_and_writes_the_file(
    qtbot: QtBot, page: PublicInfoPage, ctx: AppContext, file_dialogs: FilesRecorder
) -> None:
    click(qtbot, page.view.report_button)
    dialog = page.outputs.dialog
    assert isinstance(dialog, Report544Dialog) and dialog.isVisible()
    no_english(dialog)
    assert dialog.combos["overall"].currentData() == ""
    dialog.combos["overall"].setCurrentIndex(dialog.combos["overall"].findData("good"))
    dialog.combos["open_format"].setCurrentIndex(dialog.combos["open_format"].findData("yes"))
    dialog.published["website"].setChecked(True)
    dialog.published["seat"].setChecked(True)
    type_text(qtbot, dialog.texts["late_causes"], "Volumul mare de documente cerute.")
    type_text(qtbot, dialog.texts["operating_costs"], "12 500 lei")
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    click(qtbot, dialog.ok_button)
    answers = ctx.core.public_info_outputs.report_answers(2025)
    assert (answers.overall, answers.open_format) == ("good", "yes")
    assert set(answers.published_where) == {"website", "seat"}
    assert answers.late_causes == "Volumul mare de documente cerute."
    assert answers.operating_costs == "12 500 lei"
    qtbot.waitUntil(lambda: bool(file_dialogs.opened) and not ctx.tasks.busy, timeout=15_000)
    path = file_dialogs.opened[-1]
    assert path == file_dialogs.folder / "raport-544-2025.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    # the request is still open: the warning is shown, not hidden
    remarks = page.outputs.dialog
    assert isinstance(remarks, ReportTextDialog)
    assert "1/20.11.2025" in remarks.text.toPlainText()
    remarks.reject()
    click(qtbot, page.view.report_button)  # the answers come back for the year
    again = page.outputs.dialog
    assert isinstance(again, Report544Dialog)
    assert again.combos["overall"].currentData() == "good"
    assert again.published["seat"].isChecked() and not again.published["press"].isChecked()
    assert again.texts["operating_costs"].text() == "12 500 lei"  # type: ignore[union-attr]
    again.reject()


def test_verbal_log_from_the_tools_menu_on_the_start_page(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    assert window.sections[window.nav.currentRow()].key != "public_info"
    assert window.verbal_action.shortcut().toString() == "Ctrl+Shift+V"
    qtbot.keyClick(window.nav, Qt.Key.Key_V, CTRL_SHIFT)
    dialog = window._verbal_log_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, VerbalLogDialog) and dialog.isVisible()
    no_english(dialog)
    dialog.reject()
    page = window.show_section("public_info")
    assert isinstance(page, PublicInfoPage)
    qtbot.waitUntil(lambda: not page.loading)
    assert page.verbal_action.shortcut().isEmpty()  # the menu's action owns the keys here
    show_active(qtbot, window)
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_V, CTRL_SHIFT)
    second = window._verbal_log_dialog  # type: ignore[attr-defined]
    assert second is not dialog and isinstance(second, VerbalLogDialog) and second.isVisible()
    second.reject()
