"""The settings dialog, driven like the clerk drives it; the database is the judge."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from cic_desktop.dto import DayOffData
from ui.context import AppContext
from ui.sections.deadline_calculator import DeadlineCalculatorPage
from ui.windows.settings_dialog import SettingsDialog

from .conftest import DialogRecorder
from .helpers import click, plain, press_enter, retype, type_date, type_text


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_buttons_and_tabs_are_romanian(dialog: SettingsDialog) -> None:
    assert plain(dialog.save_button.text()) == "Salvează"
    assert plain(dialog.close_button.text()) == "Închide"
    tabs = [plain(dialog.tabs.tabText(i)) for i in range(dialog.tabs.count())]
    assert tabs == [
        "Instituție",
        "Conducere",
        "Compartimente",
        "Personal CIC",
        "Responsabili",
        "Numerotare și termene",
        "Zile libere",
        "Domenii petiții",
        "Tarife copiere",
        "Program de audiențe",
    ]


def test_change_the_commune(qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext) -> None:
    view = dialog.form.institution_view
    assert view.commune.text() == "Bălțătești"
    retype(qtbot, view.commune, "Dumbrava Roșie")
    retype(qtbot, view.phone, "0233 123 456")
    retype(qtbot, view.public_hours, "Luni–Vineri: 8:00–16:00")
    with qtbot.waitSignal(ctx.bus.changed):
        click(qtbot, dialog.save_button)
    saved = ctx.core.settings.institution()
    assert saved.commune == "Dumbrava Roșie"
    assert saved.phone == "0233 123 456"
    assert saved.public_hours == "Luni–Vineri: 8:00–16:00"
    assert saved.display_name == "Primăria comunei Dumbrava Roșie, județul Neamț"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_in_a_field_saves(qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext) -> None:
    retype(qtbot, dialog.form.institution_view.county, "Iași")
    press_enter(qtbot, dialog.form.institution_view.county)
    assert ctx.core.settings.institution().county == "Iași"


def test_empty_commune_is_refused_in_romanian_and_nothing_is_saved(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    view = dialog.form.institution_view
    retype(qtbot, view.county, "Vaslui")
    dialog.tabs.setCurrentWidget(dialog.staff.view)  # the error must bring its tab back
    retype(qtbot, view.commune, "")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is view
    assert view.errors["commune"].isVisible()
    assert view.errors["commune"].text() == "Completați câmpul „Comuna”."
    assert dialog.focusWidget() is view.commune
    saved = ctx.core.settings.institution()
    assert (saved.commune, saved.county) == ("Bălțătești", "Neamț")
    retype(qtbot, view.commune, "Agapia")
    click(qtbot, dialog.save_button)
    assert not view.errors["commune"].isVisible()
    assert ctx.core.settings.institution().commune == "Agapia"


def test_bad_number_prefix_shows_on_its_tab(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    numbering = dialog.form.numbering_view
    retype(qtbot, numbering.number_prefix, "CIC")
    assert numbering.preview.text() == "123/CIC/20.11.2025"
    retype(qtbot, numbering.number_prefix, "")
    assert numbering.preview.text() == "123/20.11.2025"
    retype(qtbot, numbering.number_prefix, "CIȘ")
    click(qtbot, dialog.save_button)
    assert dialog.tabs.currentWidget() is numbering
    assert "litere fără diacritice" in numbering.errors["number_prefix"].text()
    assert ctx.core.settings.institution().number_prefix == ""


def test_numbering_and_reminder_are_saved(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    numbering = dialog.form.numbering_view
    assert numbering.reminder_lead_days.value() == 2
    retype(qtbot, numbering.number_prefix, "CIC")
    numbering.reminder_lead_days.setFocus()
    qtbot.keyClick(numbering.reminder_lead_days, Qt.Key.Key_Up)
    click(qtbot, dialog.save_button)
    saved = ctx.core.settings.institution()
    assert (saved.number_prefix, saved.reminder_lead_days) == ("CIC", 3)


def test_responsible_people_are_saved(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    view = dialog.form.responsible_view
    retype(qtbot, view.responsible_544, "Maria Ionescu")
    retype(qtbot, view.responsible_52, "Andrei Pop")
    retype(qtbot, view.dpo_contact, "dpo@primarie.ro")
    click(qtbot, dialog.save_button)
    saved = ctx.core.settings.institution()
    assert (saved.responsible_544, saved.responsible_52, saved.dpo_contact) == (
        "Maria Ionescu",
        "Andrei Pop",
        "dpo@primarie.ro",
    )


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext, dialogs: DialogRecorder
) -> None:
    retype(qtbot, dialog.form.institution_view.commune, "Altceva")
    dialogs.answer = False
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert "nesalvate" in dialogs.questions[0]
    dialogs.answer = True
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    assert ctx.core.settings.institution().commune == "Bălțătești"


def test_logo_is_loaded_previewed_and_removed(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext, tmp_path
) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(1600, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    path = tmp_path / "sigla.png"
    image.save(str(path))
    assert dialog.form.set_logo_from_file(path)
    view = dialog.form.institution_view
    assert not view.logo_preview.pixmap().isNull()
    click(qtbot, dialog.save_button)
    logo = ctx.core.settings.institution().logo
    assert logo is not None
    stored = QImage.fromData(logo)
    assert (stored.width(), stored.height()) == (800, 400)

    not_an_image = tmp_path / "text.png"
    not_an_image.write_text("nu este imagine", encoding="utf-8")
    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert not again.form.set_logo_from_file(not_an_image)
    assert "nu este o imagine" in again.form.institution_view.errors["logo"].text()
    click(qtbot, again.form.institution_view.remove_logo)
    click(qtbot, again.save_button)
    assert ctx.core.settings.institution().logo is None


# -- list tabs -----------------------------------------------------------------------------------


def test_add_an_official_with_the_keyboard(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    editor = dialog.officials
    dialog.tabs.setCurrentWidget(editor.view)
    assert editor.model.rowCount() == 2
    click(qtbot, editor.view.new_button)
    editor.role.setFocus()
    type_text(qtbot, editor.role, "Vice")
    type_text(qtbot, editor.name, "Vasile Ștefănescu")
    type_text(qtbot, editor.term_start, "27.10.2024")
    press_enter(qtbot, editor.name)
    added = [o for o in ctx.core.settings.officials() if o.name == "Vasile Ștefănescu"]
    assert len(added) == 1
    assert added[0].role == "deputy_mayor"
    assert added[0].term_start == date(2024, 10, 27)
    assert added[0].term_end is None
    assert editor.model.rowCount() == 3
    assert editor.current == added[0]
    assert dialog.isVisible()  # Enter in a list form never closes the dialog


def test_edit_and_deactivate_an_official(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    editor = dialog.officials
    row = next(i for i, o in enumerate(editor.model.rows()) if o.name == "Ion Țurcanu")
    editor.view.table.selectRow(row)
    assert editor.name.text() == "Ion Țurcanu"
    assert "Modificați" in editor.view.form_box.title()
    retype(qtbot, editor.title, "Primarul comunei")
    click(qtbot, editor.view.save_button)
    mayor = next(o for o in ctx.core.settings.officials() if o.name == "Ion Țurcanu")
    assert mayor.title == "Primarul comunei"
    click(qtbot, editor.view.toggle_button)
    assert [o.name for o in ctx.core.settings.officials()] == ["Elena Dumitrescu"]
    assert any(not o.active for o in ctx.core.settings.officials(include_inactive=True))


def test_bad_term_date_is_shown_at_its_field(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    editor = dialog.officials
    click(qtbot, editor.view.new_button)
    type_text(qtbot, editor.name, "Dan Radu")
    type_text(qtbot, editor.term_end, "31.02.2025")
    click(qtbot, editor.view.save_button)
    assert editor.errors.message("term_end") == "Data „31.02.2025” nu există."
    retype(qtbot, editor.term_end, "01.01.2020")
    type_text(qtbot, editor.term_start, "01.01.2021")
    click(qtbot, editor.view.save_button)
    assert (
        editor.errors.message("term_end") == "Sfârșitul mandatului nu poate fi înainte de început."
    )
    assert "Dan Radu" not in [o.name for o in ctx.core.settings.officials(include_inactive=True)]


def test_add_a_department_then_deactivate_it(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    editor = dialog.departments
    dialog.tabs.setCurrentWidget(editor.view)
    type_text(qtbot, editor.name, "Registratură")
    type_text(qtbot, editor.head_name, "Ana Marin")
    press_enter(qtbot, editor.head_name)
    departments = ctx.core.settings.departments()
    assert [(d.name, d.head_name, d.active) for d in departments] == [
        ("Registratură", "Ana Marin", True)
    ]
    click(qtbot, editor.view.toggle_button)
    assert ctx.core.settings.departments() == []
    assert ctx.core.settings.departments(include_inactive=True)[0].active is False
    assert editor.model.rowCount() == 0
    editor.view.show_inactive.setFocus()
    qtbot.keyClick(editor.view.show_inactive, Qt.Key.Key_Space)
    assert editor.model.rowCount() == 1
    editor.view.table.selectRow(0)
    assert plain(editor.view.toggle_button.text()) == "Reactivează"


def test_duplicate_department_is_refused(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    editor = dialog.departments
    for _ in range(2):
        click(qtbot, editor.view.new_button)
        type_text(qtbot, editor.name, "Urbanism")
        click(qtbot, editor.view.save_button)
    assert editor.errors.message("name") == "Compartimentul „Urbanism” există deja."
    assert len(ctx.core.settings.departments(include_inactive=True)) == 1


def test_add_a_staff_member(qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext) -> None:
    editor = dialog.staff
    dialog.tabs.setCurrentWidget(editor.view)
    assert editor.model.rowCount() == 2
    type_text(qtbot, editor.name, "Ioana Vlad")
    type_text(qtbot, editor.job_title, "consilier")
    press_enter(qtbot, editor.job_title)
    staff = {s.name: s for s in ctx.core.settings.staff()}
    assert staff["Ioana Vlad"].job_title == "consilier"
    assert editor.model.rowCount() == 3


def test_staff_name_is_required(qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext) -> None:
    editor = dialog.staff
    type_text(qtbot, editor.job_title, "referent")
    click(qtbot, editor.view.save_button)
    assert editor.errors.message("name") == "Completați câmpul „Nume și prenume”."
    assert len(ctx.core.settings.staff(include_inactive=True)) == 2


# -- days off ------------------------------------------------------------------------------------


def test_day_off_is_added_and_moves_the_deadline(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    """SPEC S12: petition registered 24.11.2025; with 24.12.2025 off the target is 29.12.2025."""
    calculator = DeadlineCalculatorPage(ctx)
    qtbot.addWidget(calculator)
    calculator.set_inputs("OG27_ANSWER_30", date(2025, 11, 24))
    assert calculator.view.legal_value.text() == "29.12.2025 (luni)"
    assert calculator.view.target_value.text() == "24.12.2025 (miercuri)"

    tab = dialog.days_off
    dialog.tabs.setCurrentWidget(tab.view)
    assert tab.year == 2025
    type_date(qtbot, tab.day, "24122025")
    type_text(qtbot, tab.view.note, "HG nr. 1234/2025")
    with qtbot.waitSignal(ctx.bus.changed):
        click(qtbot, tab.view.add_button)
    assert ctx.core.settings.days_off(2025) == [DayOffData(date(2025, 12, 24), "HG nr. 1234/2025")]
    assert tab.model.rowCount() == 1
    assert tab.view.note.text() == ""

    assert calculator.view.legal_value.text() == "29.12.2025 (luni)"
    assert calculator.view.target_value.text() == "29.12.2025 (luni)"
    assert "HG nr. 1234/2025" in calculator.view.explanation.text()


@pytest.mark.parametrize(
    ("digits", "message"),
    [
        ("27122025", "27.12.2025 este zi de weekend; nu trebuie adăugată."),
        ("25122025", "25.12.2025 este deja zi nelucrătoare (sărbătoare legală: Crăciunul)."),
    ],
)
def test_a_day_already_off_is_refused_with_the_core_message(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext, digits: str, message: str
) -> None:
    tab = dialog.days_off
    type_date(qtbot, tab.day, digits)
    type_text(qtbot, tab.view.note, "HG nr. 1/2025")
    press_enter(qtbot, tab.view.note)
    assert tab.errors.message("day") == message
    assert ctx.core.settings.days_off() == []
    assert dialog.isVisible()


def test_day_off_needs_a_reason(qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext) -> None:
    tab = dialog.days_off
    type_date(qtbot, tab.day, "24122025")
    click(qtbot, tab.view.add_button)
    assert tab.errors.message("note") == "Completați câmpul „Motivul (actul normativ)”."
    assert ctx.core.settings.days_off() == []


def test_removing_a_day_off_asks_first(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext, dialogs: DialogRecorder
) -> None:
    ctx.core.settings.add_day_off(date(2025, 12, 24), "HG nr. 1234/2025")
    tab = dialog.days_off
    tab.load()
    assert not tab.view.remove_button.isEnabled()
    tab.view.table.selectRow(0)
    dialogs.answer = False
    click(qtbot, tab.view.remove_button)
    assert "24.12.2025 (miercuri)" in dialogs.questions[-1]
    assert len(ctx.core.settings.days_off()) == 1
    dialogs.answer = True
    click(qtbot, tab.view.remove_button)
    assert ctx.core.settings.days_off() == []
    assert tab.model.rowCount() == 0


def test_other_years_and_their_holidays(qtbot: QtBot, dialog: SettingsDialog) -> None:
    tab = dialog.days_off
    tab.view.year.setFocus()
    qtbot.keyClick(tab.view.year, Qt.Key.Key_Up)
    assert tab.year == 2026
    assert plain(tab.view.holidays_title.text()) == "Sărbători legale în 2026"
    items = [tab.view.holidays.item(i).text() for i in range(tab.view.holidays.count())]
    assert "01.06.2026 (luni) – Rusaliile și Ziua Copilului" in items
    assert tab.day.date().year() == 2026
