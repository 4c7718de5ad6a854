"""The list's toolbar: dispatch list, registry book, Excel export and import, semester report;
and the petition domains tab of the settings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.sections.petitions import PetitionsPage
from ui.windows.petitions.output_dialogs import (
    BookDialog,
    DispatchDialog,
    ReportTextDialog,
    SemesterDialog,
)
from ui.windows.settings_dialog import SettingsDialog

from .conftest import DialogRecorder, FilesRecorder
from .helpers import click, show_active, type_text
from .petitions_support import URBANISM, add_departments, register

Ok = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> PetitionsPage:
    departments = add_departments(ctx.core)
    sent = register(ctx.core, department_id=departments[URBANISM])
    ctx.core.petitions.answer(
        sent.id, answered_on=date(2025, 11, 20), outcome="favorable", legal_basis="art. 8"
    )
    ctx.core.petitions.mark_sent(
        sent.id, sent_on=date(2025, 11, 20), channel="registered_post", registered_mail_no="RR1RO"
    )
    register(ctx.core, name="Ana Țîrlea", subject="Cerere de adeverință.")
    page = PetitionsPage(ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: not page.loading)
    return page


def accept(qtbot: QtBot, page: PetitionsPage) -> None:
    dialog = page.outputs.dialog
    assert dialog is not None and dialog.isVisible()
    box = dialog.findChild(QDialogButtonBox)
    click(qtbot, box.button(Ok))


def finished_file(qtbot: QtBot, ctx: AppContext, files: FilesRecorder) -> Path:
    qtbot.waitUntil(lambda: bool(files.opened) and not ctx.tasks.busy, timeout=15_000)
    return files.opened[-1]


def test_dispatch_list_of_a_day(
    qtbot: QtBot,
    page: PetitionsPage,
    ctx: AppContext,
    file_dialogs: FilesRecorder,
    dialogs: DialogRecorder,
) -> None:
    click(qtbot, page.view.dispatch_button)
    dialog = page.outputs.dialog
    assert isinstance(dialog, DispatchDialog)
    assert dialog.count.text() == "1 scrisoare expediată"
    accept(qtbot, page)
    path = finished_file(qtbot, ctx, file_dialogs)
    assert path.name == "borderou-20.11.2025.pdf" and path.read_bytes().startswith(b"%PDF")
    assert dialogs.infos[-1].startswith("Borderoul din 20.11.2025 este gata.")


def test_registry_book_continues_where_the_last_print_ended(
    qtbot: QtBot, page: PetitionsPage, ctx: AppContext, file_dialogs: FilesRecorder
) -> None:
    click(qtbot, page.view.book_button)
    dialog = page.outputs.dialog
    assert isinstance(dialog, BookDialog)
    assert dialog.next_info.text() == (
        "2 înregistrări netipărite: de la nr. crt. 1, fila 1 (prima tipărire a anului)."
    )
    accept(qtbot, page)
    path = finished_file(qtbot, ctx, file_dialogs)
    assert path.name == "registrul-petitiilor-2025-continuare.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    click(qtbot, page.view.book_button)
    dialog = page.outputs.dialog
    assert isinstance(dialog, BookDialog)
    assert dialog.next_info.text() == "Toate înregistrările anului au fost deja tipărite."


def test_export_to_excel(
    qtbot: QtBot,
    page: PetitionsPage,
    ctx: AppContext,
    file_dialogs: FilesRecorder,
    dialogs: DialogRecorder,
) -> None:
    click(qtbot, page.view.export_button)
    qtbot.waitUntil(lambda: bool(dialogs.infos) and not ctx.tasks.busy, timeout=15_000)
    path = file_dialogs.folder / "registrul-petitiilor-2025.xlsx"
    assert path.exists()
    assert dialogs.infos[-1] == f"S-au exportat 2 petiții din 2025 în {path}."


def test_a_rejected_import_lists_its_problems(
    qtbot: QtBot, page: PetitionsPage, ctx: AppContext, file_dialogs: FilesRecorder
) -> None:
    bad = file_dialogs.folder / "registru-vechi.xlsx"
    workbook = Workbook()
    workbook.active.append(["ceva", "altceva"])
    workbook.active.append(["x", "y"])
    workbook.save(bad)
    file_dialogs.to_open = bad
    click(qtbot, page.view.import_button)
    qtbot.waitUntil(lambda: isinstance(page.outputs.dialog, ReportTextDialog), timeout=15_000)
    dialog = page.outputs.dialog
    assert isinstance(dialog, ReportTextDialog)
    assert dialog.windowTitle() == "Import respins"
    assert "„registru-vechi.xlsx”" in dialog.text.toPlainText()
    assert ctx.core.registry.counts(2025)["petitions"] == 2


def test_semester_report_as_pdf(
    qtbot: QtBot, page: PetitionsPage, ctx: AppContext, file_dialogs: FilesRecorder
) -> None:
    click(qtbot, page.view.report_button)
    dialog = page.outputs.dialog
    assert isinstance(dialog, SemesterDialog)
    assert dialog.semester.currentData() == 2
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    accept(qtbot, page)
    path = finished_file(qtbot, ctx, file_dialogs)
    assert path.name == "raport-petitii-2025-semestrul-II.pdf"
    assert path.read_bytes().startswith(b"%PDF")


def test_petition_domains_are_edited_in_the_settings(
    qtbot: QtBot, page: PetitionsPage, ctx: AppContext
) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    editor = dialog.domains
    dialog.tabs.setCurrentWidget(editor.view)
    count = editor.row_count()
    click(qtbot, editor.view.new_button)
    type_text(qtbot, editor.name, "Cimitire")
    click(qtbot, editor.view.save_button)
    assert (editor.row_count(), editor.current.name) == (count + 1, "Cimitire")
    assert page.view.domain.findText("Cimitire") >= 0  # the list's filter heard of it
    editor.name.setText("Cimitire și capele")
    click(qtbot, editor.view.save_button)
    click(qtbot, editor.view.toggle_button)  # deactivate
    active = [name for _id, name in ctx.core.petitions.domains()]
    everything = [name for _id, name in ctx.core.petitions.domains(include_inactive=True)]
    assert "Cimitire și capele" not in active and "Cimitire și capele" in everything
    assert editor.row_count() == count
