"""The registration window, driven with the keyboard like the clerk does; the core is the judge."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cic_desktop.dto_petitions import PersonData
from ui.context import AppContext
from ui.windows.main_window import MainWindow
from ui.windows.petitions.registration import RegistrationWindow

from .conftest import DialogRecorder, FilesRecorder
from .helpers import click, plain, show_active, type_text
from .petitions_support import TAXES, add_departments, register

Ctrl = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(
    qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), k, modifier)


def tab(qtbot: QtBot, expected: QWidget) -> None:
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is expected, f"Tab went to {type(focused()).__name__}"


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> RegistrationWindow:
    add_departments(ctx.core)
    window = RegistrationWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


def test_ctrl_n_in_the_list_opens_the_registration_window(qtbot: QtBot, ctx: AppContext) -> None:
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    show_active(qtbot, main)
    qtbot.keyClick(main, Qt.Key.Key_2, Ctrl)  # „Petiții”
    page = main.page("petitions")
    assert main.current_section() == "petitions"
    qtbot.keyClick(main.nav, Qt.Key.Key_N, Ctrl)
    assert len(page.registration_windows) == 1
    opened = page.registration_windows[0]
    assert isinstance(opened, RegistrationWindow) and opened.isVisible()
    assert opened.windowTitle() == "Înregistrare petiție – OG nr. 27/2002"
    opened.close()


def test_register_with_the_keyboard_only(
    qtbot: QtBot, window: RegistrationWindow, ctx: AppContext
) -> None:
    f = window.form
    assert focused() is f.name
    assert f.registered_on.text() == "20.11.2025 (joi)"
    type_text(qtbot, f.name, "Ştefan Popescu")  # cedilla ş, as an old keyboard layout types it
    assert f.name.text() == "Ștefan Popescu"
    tab(qtbot, f.person_kind)
    tab(qtbot, f.address)
    type_text(qtbot, f.address, "Str. Morii nr. 3, sat Valea Mare")
    tab(qtbot, f.email)
    type_text(qtbot, f.email, "stefan.popescu@example.ro")
    tab(qtbot, f.phone)
    type_text(qtbot, f.phone, "0744 123 456")
    tab(qtbot, f.received_on)
    type_text(qtbot, f.received_on, "18112025")
    tab(qtbot, f.channel)
    key(qtbot, Qt.Key.Key_Down)  # depusă la registratură → poștă
    assert f.channel.currentData() == "post"
    tab(qtbot, f.kind)
    key(qtbot, Qt.Key.Key_Down)  # cerere → reclamație
    tab(qtbot, f.subject)
    type_text(qtbot, f.subject, "Reclam groapa din drumul comunal, în dreptul casei nr. 3.")
    assert f.subject_counter.text() == "57 / 2000"
    tab(qtbot, f.domain)
    key(qtbot, Qt.Key.Key_Down)
    domain = f.domain.currentText()
    tab(qtbot, f.pages)
    key(qtbot, Qt.Key.Key_Up)  # 2 pages
    tab(qtbot, f.annexes)
    tab(qtbot, f.department)
    key(qtbot, Qt.Key.Key_Down)
    assert f.department.currentText() == TAXES
    assert f.internal_deadline.isEnabled()
    key(qtbot, Qt.Key.Key_Return, Ctrl)

    result = window.result
    assert result is not None and result.follow_up is None
    d = ctx.core.petitions.details(result.details.id)
    assert d.number_text == "1/20.11.2025"
    assert d.entry.correspondent_name == "Ștefan Popescu"
    assert d.petitioner_address == "Str. Morii nr. 3, sat Valea Mare"
    assert d.petitioner_email == "stefan.popescu@example.ro"
    assert d.entry.received_on == date(2025, 11, 18)
    assert (d.channel, d.kind, d.domain_name, d.pages, d.annexes) == (
        "post",
        "complaint",
        domain,
        2,
        0,
    )
    assert d.department_name == TAXES and d.state == "assigned"
    assert d.internal_deadline == d.entry.internal_target
    assert d.person_id is not None
    person = ctx.core.people.get(d.person_id)
    assert person.phone == "0744 123 456"
    # the result panel: number and deadlines
    r = window.result_view
    assert window.view.currentWidget() is r
    assert r.number.text() == "Nr. 1/20.11.2025"
    assert r.legal_deadline.text() == "22.12.2025 (luni)"
    assert "30 de zile" in r.explanation.text()
    assert focused() is r.print_button


def test_autocomplete_finds_without_diacritics_and_fills_the_person(
    qtbot: QtBot, window: RegistrationWindow, ctx: AppContext
) -> None:
    saved = ctx.core.people.save(
        PersonData("natural", "Ștefan Popescu", "Str. Morii nr. 3", "sp@example.ro", "0744 1")
    )
    f = window.form
    type_text(qtbot, f.name, "stefan")
    popup = window.completer.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert (
        window.completer.model.item(0).text() == "Ștefan Popescu — Str. Morii nr. 3, sp@example.ro"
    )
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert f.name.text() == "Ștefan Popescu"
    assert (f.address.text(), f.email.text(), f.phone.text()) == (
        "Str. Morii nr. 3",
        "sp@example.ro",
        "0744 1",
    )
    assert window.person_id == saved.id and f.linked.isVisibleTo(window)
    type_text(qtbot, f.subject, "Solicit o adeverință de rol agricol pentru APIA.")
    qtbot.keyClick(f.subject, Qt.Key.Key_S, Ctrl)
    assert window.result is not None
    assert ctx.core.petitions.details(window.result.details.id).person_id == saved.id
    # a name typed over the picked one is a new person
    click(qtbot, window.result_view.new_button)
    type_text(qtbot, f.name, "stef")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert window.person_id is None


def test_anonymous_petition_is_registered_and_filed_as_proposed(
    qtbot: QtBot, window: RegistrationWindow, ctx: AppContext
) -> None:
    type_text(qtbot, window.form.subject, "Sesizez că nu funcționează iluminatul public.")
    click(qtbot, window.form.save_button)
    dialog = window.suggestions_dialog
    assert dialog is not None and dialog.isVisible()
    texts = [plain(radio.text()) for radio, _f in dialog.options]
    assert texts == [
        "Înregistrează și clasează (petiție anonimă, art. 7)",
        "Înregistrează doar petiția, fără altă acțiune",
    ]
    assert dialog.options[0][0].isChecked()  # the proposal is the default
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    result = window.result
    assert result is not None and result.follow_up is not None
    d = ctx.core.petitions.details(result.details.id)
    assert (d.state, d.filing_reason) == ("filed", "anonymous")
    assert d.entry.correspondent_name == ""
    assert "Clasată: petiție anonimă (art. 7" in window.result_view.follow_up.text()


def test_same_problem_again_proposes_joining(
    qtbot: QtBot, window: RegistrationWindow, ctx: AppContext
) -> None:
    first = register(ctx.core)
    f = window.form
    type_text(qtbot, f.name, "Ștefan Popescu")
    type_text(qtbot, f.address, "Str. Morii nr. 3, sat Valea Mare")
    type_text(
        qtbot,
        f.subject,
        "Solicit din nou repararea drumului comunal DC 12 din satul Valea Mare, deteriorat.",
    )
    qtbot.keyClick(f.subject, Qt.Key.Key_Return, Ctrl)
    dialog = window.suggestions_dialog
    assert dialog is not None
    assert plain(dialog.options[0][0].text()) == "Înregistrează și conexează la nr. 1/20.11.2025"
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert window.result is not None
    d = ctx.core.petitions.details(window.result.details.id)
    assert (d.state, d.joined_to_id) == ("joined", first.id)


def test_going_back_from_the_proposals_saves_nothing(
    qtbot: QtBot, window: RegistrationWindow, ctx: AppContext
) -> None:
    type_text(qtbot, window.form.subject, "Anonimă.")
    click(qtbot, window.form.save_button)
    dialog = window.suggestions_dialog
    assert dialog is not None
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert window.result is None
    assert ctx.core.registry.counts(2025)["petitions"] == 0


def test_a_refused_field_shows_its_error_under_it_and_nothing_is_saved(
    qtbot: QtBot, window: RegistrationWindow, ctx: AppContext
) -> None:
    f = window.form
    type_text(qtbot, f.name, "Ion Pop")
    type_text(qtbot, f.address, "Sat Izvoare nr. 4")
    type_text(qtbot, f.email, "ion.pop@")
    type_text(qtbot, f.subject, "Cerere de lămuriri.")
    key(qtbot, Qt.Key.Key_Return, Ctrl)
    assert window.result is None
    assert f.errors["email"].isVisible()
    assert f.errors["email"].text() == "Adresa de e-mail „ion.pop@” nu este validă."
    assert focused() is f.email
    assert ctx.core.registry.counts(2025)["petitions"] == 0


def test_subject_counter_and_the_limit(qtbot: QtBot, window: RegistrationWindow) -> None:
    f = window.form
    f.subject.setPlainText("a" * 2001)
    assert f.subject_counter.text() == "2001 / 2000 – prea lung"
    assert f.subject_counter.objectName() == "fieldError"
    type_text(qtbot, f.name, "Ion Pop")
    type_text(qtbot, f.address, "Sat Izvoare nr. 4")
    click(qtbot, f.save_button)
    assert "sunt permise cel mult 2000" in f.errors["subject"].text()


def test_pasted_cedillas_become_comma_below(window: RegistrationWindow) -> None:
    f = window.form
    f.subject.setFocus()
    f.subject.insertPlainText("Grădiniţa din satul Şerbăneşti")  # as pasted from an old document
    assert f.subject.toPlainText() == "Grădinița din satul Șerbănești"


def test_channel_rows_appear_when_needed(qtbot: QtBot, window: RegistrationWindow) -> None:
    f = window.form
    assert not f.source_institution.isVisibleTo(window)
    assert not f.audience_date.isVisibleTo(window)
    f.channel.setCurrentIndex(f.channel.findData("other_institution"))
    assert f.source_institution.isVisibleTo(window) and f.source_reference.isVisibleTo(window)
    f.channel.setCurrentIndex(f.channel.findData("audience"))
    assert f.audience_date.isVisibleTo(window) and not f.source_institution.isVisibleTo(window)


def test_escape_asks_before_losing_typed_data(
    qtbot: QtBot, window: RegistrationWindow, dialogs: DialogRecorder
) -> None:
    type_text(qtbot, window.form.name, "Ion Pop")
    dialogs.answer = False
    key(qtbot, Qt.Key.Key_Escape)
    assert window.isVisible()
    assert dialogs.questions == ["Datele completate nu au fost înregistrate. Renunțați la ele?"]
    dialogs.answer = True
    key(qtbot, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_result_panel_receipt_actions(
    qtbot: QtBot, window: RegistrationWindow, ctx: AppContext, file_dialogs: FilesRecorder
) -> None:
    f = window.form
    type_text(qtbot, f.name, "Ion Pop")
    type_text(qtbot, f.address, "Sat Izvoare nr. 4")
    type_text(qtbot, f.subject, "Cerere de lămuriri privind impozitul.")
    click(qtbot, f.save_button)
    r = window.result_view
    click(qtbot, r.copy_button)
    copied = QGuiApplication.clipboard().text()
    assert "1/20.11.2025" in copied and "Ion Pop" in copied
    click(qtbot, r.print_button)
    qtbot.waitUntil(lambda: bool(file_dialogs.opened), timeout=10_000)
    assert file_dialogs.opened[0].name == "temp-confirmare-petitie-1-20.11.2025.pdf"
    assert file_dialogs.opened[0].read_bytes().startswith(b"%PDF")
    click(qtbot, r.pdf_button)
    saved = file_dialogs.folder / "confirmare-petitie-1-20.11.2025.pdf"
    qtbot.waitUntil(saved.exists, timeout=10_000)
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    # Ctrl+N starts the next registration
    key(qtbot, Qt.Key.Key_N, Ctrl)
    assert window.view.currentWidget() is f
    assert f.name.text() == "" and focused() is f.name
