"""First run, keyboard only: the essentials are saved through the core, all or nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cic_desktop.core import CicCore
from ui.windows.first_run_dialog import FirstRunDialog

from .helpers import click, plain, press_enter, type_text


@pytest.fixture
def dialog(qtbot: QtBot, core: CicCore) -> FirstRunDialog:
    dialog = FirstRunDialog(core)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def tab(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    focused = dialog.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)


def test_fill_and_save_with_the_keyboard_only(
    qtbot: QtBot, dialog: FirstRunDialog, core: CicCore
) -> None:
    view = dialog.view
    assert not core.settings.is_configured()
    assert dialog.focusWidget() is view.commune
    # Tab order follows the page: commune, county, address, phone, e-mail, mayor, secretary, staff.
    for widget, text in (
        (view.commune, "Bălțătești"),
        (view.county, "Neamț"),
        (view.address, "Str. Principală nr. 12"),
        (view.phone, "0233 111 222"),
        (view.email, "primaria@baltatesti.ro"),
        (view.mayor, "Ion Țurcanu"),
        (view.secretary, "Elena Dumitrescu"),
    ):
        assert dialog.focusWidget() is widget
        type_text(qtbot, widget, text)
        tab(qtbot, dialog)
    assert dialog.focusWidget() is view.staff_name
    for name in ("Maria Ionescu", "Andrei Pop"):
        type_text(qtbot, view.staff_name, name)
        press_enter(qtbot, view.staff_name)  # adds the name, does not close the dialog
    assert dialog.isVisible()
    assert dialog.staff_names() == ["Maria Ionescu", "Andrei Pop"]
    press_enter(qtbot, view.staff_name)  # Enter on the empty name field: save

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert core.settings.is_configured()
    institution = core.settings.institution()
    assert institution.display_name == "Primăria comunei Bălțătești, județul Neamț"
    assert (institution.address, institution.phone, institution.email) == (
        "Str. Principală nr. 12",
        "0233 111 222",
        "primaria@baltatesti.ro",
    )
    assert sorted(s.name for s in core.settings.staff()) == ["Andrei Pop", "Maria Ionescu"]
    assert {(o.role, o.name) for o in core.settings.officials()} == {
        ("mayor", "Ion Țurcanu"),
        ("secretary", "Elena Dumitrescu"),
    }


def test_buttons_are_romanian(dialog: FirstRunDialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    Std = QDialogButtonBox.StandardButton
    assert plain(dialog.buttons.button(Std.Save).text()) == "Salvează și începe"
    assert plain(dialog.buttons.button(Std.Cancel).text()) == "Anulează"


def test_without_staff_nothing_is_saved(
    qtbot: QtBot, dialog: FirstRunDialog, core: CicCore
) -> None:
    type_text(qtbot, dialog.view.commune, "Agapia")
    type_text(qtbot, dialog.view.county, "Neamț")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert dialog.isVisible()
    assert dialog.errors.message("staff") == "Adăugați cel puțin o persoană care lucrează în CIC."
    assert dialog.focusWidget() is dialog.view.staff_name
    assert not core.settings.is_configured()
    assert core.settings.institution().commune == ""


def test_missing_commune_is_shown_at_the_field(
    qtbot: QtBot, dialog: FirstRunDialog, core: CicCore
) -> None:
    type_text(qtbot, dialog.view.staff_name, "Maria Ionescu")
    press_enter(qtbot, dialog.view.staff_name)
    press_enter(qtbot, dialog.view.staff_name)
    assert dialog.errors.message("commune") == "Completați câmpul „Comuna”."
    assert dialog.focusWidget() is dialog.view.commune
    assert core.settings.staff() == []


def test_bad_email_is_refused(qtbot: QtBot, dialog: FirstRunDialog, core: CicCore) -> None:
    type_text(qtbot, dialog.view.commune, "Agapia")
    type_text(qtbot, dialog.view.county, "Neamț")
    type_text(qtbot, dialog.view.email, "primaria-agapia")
    type_text(qtbot, dialog.view.staff_name, "Maria Ionescu")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert dialog.errors.message("email") == "Adresa de e-mail „primaria-agapia” nu este validă."
    assert not core.settings.is_configured()


def test_duplicate_and_removed_staff_names(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    view = dialog.view
    for name in ("Ana Pop", "ana pop"):
        type_text(qtbot, view.staff_name, name)
        press_enter(qtbot, view.staff_name)
    assert dialog.staff_names() == ["Ana Pop"]
    assert dialog.errors.message("staff") == "„ana pop” este deja în listă."
    view.staff_list.setCurrentRow(0)
    click(qtbot, view.remove_staff)
    assert dialog.staff_names() == []


def test_cancel_saves_nothing(qtbot: QtBot, dialog: FirstRunDialog, core: CicCore) -> None:
    type_text(qtbot, dialog.view.commune, "Agapia")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert core.settings.institution().commune == ""
