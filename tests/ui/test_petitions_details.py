"""The file of a petition and its actions, clicked and typed like the clerk; the core is the judge."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from cic_desktop.clock import FixedClock
from cic_desktop.dto_petitions import PetitionDetails
from ui.context import AppContext
from ui.windows.petitions.action_base import ActionDialog
from ui.windows.petitions.actions_answer import AnnulDialog, AnswerDialog, SendDialog
from ui.windows.petitions.actions_workflow import (
    ExtendDialog,
    FileDialog,
    ForwardDialog,
    JoinDialog,
)
from ui.windows.petitions.details import PetitionDetailsWindow
from ui.windows.petitions.letters import LetterEditor

from .conftest import DialogRecorder, FilesRecorder
from .helpers import click, plain, retype, show_active, type_text
from .petitions_support import URBANISM, add_departments, register


@pytest.fixture
def petition(ctx: AppContext) -> PetitionDetails:
    departments = add_departments(ctx.core)
    return register(ctx.core, department_id=departments[URBANISM])


def open_window(qtbot: QtBot, ctx: AppContext, entry_id: int) -> PetitionDetailsWindow:
    window = PetitionDetailsWindow(ctx, entry_id)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, petition: PetitionDetails) -> PetitionDetailsWindow:
    return open_window(qtbot, ctx, petition.id)


def action(qtbot: QtBot, window: PetitionDetailsWindow, button: QPushButton) -> ActionDialog:
    click(qtbot, button)
    dialog = window.action_dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    return dialog


def save(qtbot: QtBot, dialog: ActionDialog) -> None:
    click(qtbot, dialog.ok_button)


def test_the_file_shows_the_case_and_what_can_be_done(window: PetitionDetailsWindow) -> None:
    v = window.view
    assert window.windowTitle() == "Petiția nr. 1/20.11.2025 – Ștefan Popescu"
    assert v.state.text() == "repartizată"
    deadlines = v.deadlines.values()
    assert deadlines["Termen legal de răspuns"] == "22.12.2025 (luni)"
    assert "30 de zile" in v.deadlines.note.text()
    assert v.workflow.values()["Compartimentul"] == URBANISM
    assert v.person.values()["Adresa"] == "Str. Morii nr. 3, sat Valea Mare"
    assert not v.warnings.isVisibleTo(window)
    history = window.history_model.rows()
    assert history and {h.user_name for h in history} == {"Maria Ionescu"}
    enabled = {plain(b.text()) for b in v.action_buttons if b.isEnabled()}
    assert "Marchează expedierea…" not in enabled
    assert {
        "Repartizează…",
        "Prelungește termenul…",
        "Răspuns…",
        "Anulează înregistrarea…",
    } <= enabled


def test_extend_by_ten_days(
    qtbot: QtBot, window: PetitionDetailsWindow, ctx: AppContext, petition: PetitionDetails
) -> None:
    dialog = action(qtbot, window, window.view.extend_button)
    assert isinstance(dialog, ExtendDialog)
    assert dialog.approved_by.text() == "Ion Țurcanu"  # the mayor decides (art. 9)
    retype(qtbot, dialog.days.lineEdit(), "10")
    type_text(qtbot, dialog.reason, "Sunt necesare verificări pe teren.")
    assert dialog.new_deadline.text() == "31.12.2025 (miercuri)"
    with qtbot.waitSignal(ctx.bus.changed):
        save(qtbot, dialog)
    d = ctx.core.petitions.details(petition.id)
    assert (d.state, d.extension_days, d.extension_approved_by) == ("extended", 10, "Ion Țurcanu")
    assert d.entry.legal_deadline == date(2025, 12, 31)
    assert window.view.state.text() == "prelungită"
    assert not window.view.extend_button.isEnabled()  # once only
    assert "prelungit cu 10 zile" in window.view.deadlines.values()["Prelungire"]


def test_more_than_fifteen_days_is_refused_with_the_core_message(
    qtbot: QtBot, window: PetitionDetailsWindow, ctx: AppContext, petition: PetitionDetails
) -> None:
    dialog = action(qtbot, window, window.view.extend_button)
    retype(qtbot, dialog.days.lineEdit(), "20")
    save(qtbot, dialog)
    assert dialog.isVisible()
    message = dialog.message("extension_days")
    assert message.startswith("Prelungirea poate fi de cel mult 15 zile")
    assert message.endswith("ați indicat 20 de zile.")
    assert ctx.core.petitions.details(petition.id).extension_days is None


def test_extension_is_refused_after_the_legal_deadline(
    qtbot: QtBot, ctx: AppContext, petition: PetitionDetails, ui_clock: FixedClock
) -> None:
    ui_clock.advance_to(date(2025, 12, 23))
    window = open_window(qtbot, ctx, petition.id)
    dialog = action(qtbot, window, window.view.extend_button)
    save(qtbot, dialog)
    assert dialog.message("extension_decided_on").startswith(
        "Prelungirea trebuie decisă până la termenul legal de 30 de zile (22.12.2025)"
    )


def test_forward_shows_the_five_day_term(
    qtbot: QtBot, ctx: AppContext, petition: PetitionDetails, ui_clock: FixedClock
) -> None:
    ui_clock.advance_to(date(2025, 11, 27))  # after the 5 days (26.11.2025)
    window = open_window(qtbot, ctx, petition.id)
    dialog = action(qtbot, window, window.view.forward_button)
    assert isinstance(dialog, ForwardDialog)
    assert "până la 26.11.2025 (miercuri)" in dialog.intro_label.text()
    assert dialog.term_warning.isVisibleTo(dialog)
    assert "termenul de 5 zile a expirat la 26.11.2025" in dialog.term_warning.text()
    type_text(qtbot, dialog.institution, "Direcția Silvică Argeș")
    save(qtbot, dialog)
    d = ctx.core.petitions.details(petition.id)
    assert (d.state, d.forwarded_to, d.forwarded_on) == (
        "forwarded",
        "Direcția Silvică Argeș",
        date(2025, 11, 27),
    )
    assert window.view.warnings.isVisibleTo(window)
    assert "după termenul de 5 zile" in window.view.warnings.text()
    assert window.view.send_button.isEnabled()  # the notice to the petitioner can be sent


def test_join_by_typing_the_number(
    qtbot: QtBot, ctx: AppContext, petition: PetitionDetails
) -> None:
    second = register(
        ctx.core, subject="Solicit din nou repararea drumului comunal DC 12 din satul Valea Mare."
    )
    window = open_window(qtbot, ctx, second.id)
    dialog = action(qtbot, window, window.view.join_button)
    assert isinstance(dialog, JoinDialog)
    assert dialog.suggested.item(0).text().startswith("nr. 1/20.11.2025")
    type_text(qtbot, dialog.number, "99")
    save(qtbot, dialog)
    assert dialog.message("joined_to") == "Nu există petiția nr. 99 în registrul pe anul 2025."
    retype(qtbot, dialog.number, "1/2025")
    assert dialog.found.text().startswith("Nr. 1/20.11.2025 – Ștefan Popescu")
    save(qtbot, dialog)
    d = ctx.core.petitions.details(second.id)
    assert (d.state, d.joined_to_id) == ("joined", petition.id)
    assert window.view.state.text() == "conexată la nr. 1/20.11.2025"
    assert not window.view.answer_button.isEnabled()


def test_file_for_another_reason_needs_the_details(
    qtbot: QtBot, window: PetitionDetailsWindow, ctx: AppContext, petition: PetitionDetails
) -> None:
    dialog = action(qtbot, window, window.view.file_button)
    assert isinstance(dialog, FileDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    save(qtbot, dialog)
    assert dialog.message("filing_note") == "Completați câmpul „Motivul clasării (detalii)”."
    type_text(qtbot, dialog.note, "Petentul și-a retras petiția în scris.")
    save(qtbot, dialog)
    d = ctx.core.petitions.details(petition.id)
    assert (d.state, d.filing_reason, d.filed_on) == ("filed", "other", date(2025, 11, 20))


def test_answer_with_the_signatories_prefilled(
    qtbot: QtBot, window: PetitionDetailsWindow, ctx: AppContext, petition: PetitionDetails
) -> None:
    dialog = action(qtbot, window, window.view.answer_button)
    assert isinstance(dialog, AnswerDialog)
    assert dialog.signatory_mayor.text() == "Ion Țurcanu"
    assert dialog.signatory_head.text() == "Radu Georgescu"
    assert dialog.answer_number.text() == "1/20.11.2025"
    save(qtbot, dialog)
    assert dialog.message("legal_basis") == "Completați câmpul „Temei legal”."
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("partial"))
    type_text(qtbot, dialog.legal_basis, "art. 8 din OG nr. 27/2002")
    type_text(qtbot, dialog.summary, "Drumul va fi reparat în primăvară.")
    save(qtbot, dialog)
    d = ctx.core.petitions.details(petition.id)
    assert (d.state, d.outcome, d.answer_number) == ("answered", "partial", "1/20.11.2025")
    assert (d.signatory_mayor, d.signatory_head) == ("Ion Țurcanu", "Radu Georgescu")
    assert window.view.send_button.isEnabled() and not window.view.answer_button.isEnabled()


def test_mark_sent_by_registered_post_needs_its_number(
    qtbot: QtBot, ctx: AppContext, petition: PetitionDetails
) -> None:
    ctx.core.petitions.answer(
        petition.id, answered_on=date(2025, 11, 20), outcome="favorable", legal_basis="art. 8"
    )
    window = open_window(qtbot, ctx, petition.id)
    dialog = action(qtbot, window, window.view.send_button)
    assert isinstance(dialog, SendDialog)
    assert not dialog.mail_no.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("registered_post"))
    assert dialog.mail_no.isEnabled()
    save(qtbot, dialog)
    assert dialog.message("registered_mail_no") == "Completați câmpul „Nr. recomandatei”."
    type_text(qtbot, dialog.mail_no, "RR123456789RO")
    save(qtbot, dialog)
    d = ctx.core.petitions.details(petition.id)
    assert (d.state, d.sent_channel, d.registered_mail_no) == (
        "sent",
        "registered_post",
        "RR123456789RO",
    )
    assert window.view.answer.values()["Expediată"] == (
        "20.11.2025, poștă recomandată, recomandata nr. RR123456789RO"
    )


def test_annul_with_a_reason_after_confirmation(
    qtbot: QtBot,
    window: PetitionDetailsWindow,
    ctx: AppContext,
    petition: PetitionDetails,
    dialogs: DialogRecorder,
) -> None:
    dialog = action(qtbot, window, window.view.annul_button)
    assert isinstance(dialog, AnnulDialog)
    assert plain(dialog.ok_button.text()) == "Anulează înregistrarea"
    type_text(qtbot, dialog.reason, "Înregistrată de două ori din greșeală.")
    dialogs.answer = False
    save(qtbot, dialog)
    assert dialog.isVisible() and not ctx.core.petitions.details(petition.id).is_annulled
    dialogs.answer = True
    save(qtbot, dialog)
    d = ctx.core.petitions.details(petition.id)
    assert d.is_annulled and d.number_text == "1/20.11.2025"
    assert d.entry.annul_reason == "Înregistrată de două ori din greșeală."
    assert window.view.state.text() == "ANULAT"
    assert not any(b.isEnabled() for b in window.view.action_buttons)
    assert window.view.annulment.values()["Motivul"] == "Înregistrată de două ori din greșeală."


def test_notes_are_kept(
    qtbot: QtBot, window: PetitionDetailsWindow, ctx: AppContext, petition: PetitionDetails
) -> None:
    dialog = action(qtbot, window, window.view.notes_button)
    type_text(qtbot, dialog.fields["notes"], "Petentul a sunat pe 21.11.")
    save(qtbot, dialog)
    assert ctx.core.petitions.details(petition.id).notes == "Petentul a sunat pe 21.11."
    assert window.view.petition.values()["Observații"] == "Petentul a sunat pe 21.11."


def test_letter_editor_drafts_keeps_and_prints(
    qtbot: QtBot, ctx: AppContext, petition: PetitionDetails, file_dialogs: FilesRecorder
) -> None:
    ctx.core.petitions.answer(
        petition.id,
        answered_on=date(2025, 11, 20),
        outcome="favorable",
        legal_basis="art. 8 din OG nr. 27/2002",
    )
    window = open_window(qtbot, ctx, petition.id)
    click(qtbot, window.view.letters_button)
    editor = window.letter_editor
    assert isinstance(editor, LetterEditor) and editor.isVisible()
    assert editor.current_kind() == "answer"
    assert "nr. 1/20.11.2025" in editor.body.toPlainText()
    assert editor.status.text().startswith("Ciornă după model")
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    type_text(qtbot, editor.body, "Anexăm schița.")
    click(qtbot, editor.save_button)
    kept = ctx.core.petitions.details(petition.id).letters
    assert [x.kind for x in kept] == ["answer"] and kept[0].body.endswith("Anexăm schița.")
    assert editor.status.text().startswith("Scrisoarea a fost păstrată la dosar")
    qtbot.waitUntil(lambda: window.letters_model.rowCount() == 1)
    click(qtbot, editor.print_button)
    qtbot.waitUntil(lambda: bool(file_dialogs.opened), timeout=10_000)
    assert file_dialogs.opened[0].read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    qtbot.keyClick(editor.body, Qt.Key.Key_Escape)
    assert not editor.isVisible()
