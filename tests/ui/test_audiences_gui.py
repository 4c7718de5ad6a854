"""The audiences screens driven like the clerk does: sign up, the day's list, attendance,
postponement, conversion to a petition, the programme in the settings, the calendar."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cic_desktop.core import CicCore
from cic_desktop.dto import DepartmentData
from cic_desktop.dto_audiences import AudienceDetails, AudienceInput, ScheduleInput
from db.models.petitions import Petition
from tests.ui.conftest import UI_TODAY, DialogRecorder, FilesRecorder
from tests.ui.helpers import click, plain, type_text
from ui import bus
from ui.context import AppContext
from ui.sections.audiences import AudiencesPage
from ui.widgets.dates import to_qdate
from ui.windows.audiences.signup import SignupWindow
from ui.windows.settings_dialog import SettingsDialog

MONDAY = date(2025, 11, 24)  # the first Monday after UI_TODAY (Thursday 20.11.2025)


def mayor_id(core: CicCore) -> int:
    return next(o.id for o in core.settings.officials() if o.role == "mayor")


def add_monday_programme(core: CicCore) -> int:
    data = ScheduleInput(
        official_id=mayor_id(core),
        weekday=0,
        recurrence="weekly",
        start_time="09:00",
        end_time="10:00",
        slot_minutes=15,
        place="Cabinetul primarului",
        valid_from=UI_TODAY,
    )
    return core.audiences.add_schedule(data).id


def sign_up(core: CicCore, name: str = "Gheorghe Știrbu", **kwargs: object) -> AudienceDetails:
    values: dict[str, object] = {
        "official_id": mayor_id(core),
        "audience_day": MONDAY,
        "slot_time": "09:00",
        "subject": "Drumul de pe strada Morii este impracticabil",
        "name": name,
    }
    values.update(kwargs)
    return core.audiences.sign_up(AudienceInput(**values))  # type: ignore[arg-type]


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> AudiencesPage:
    add_monday_programme(ctx.core)
    page = AudiencesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_sign_up_for_a_free_slot(qtbot: QtBot, ctx: AppContext, page: AudiencesPage) -> None:
    window = page.new_signup()
    qtbot.addWidget(window)
    assert isinstance(window, SignupWindow)
    form = window.form
    assert form.slots.count() > 1
    first = plain(form.slots.item(0).text())
    assert first.startswith("luni, 24.11.2025, 09:00–09:15")
    form.slots.setFocus()
    qtbot.keyClick(form.slots, Qt.Key.Key_Down)  # the second slot, by keyboard
    type_text(qtbot, form.name, "Ana Țăranu")
    type_text(qtbot, form.subject, "Certificat de urbanism întârziat")
    type_text(qtbot, form.phone, "0744 123 456")
    click(qtbot, form.save_button)

    assert window.result is not None, window.errors.message("slot_time")
    saved = ctx.core.audiences.details(window.result.entry.id)
    assert (saved.audience_day, saved.slot_time) == (MONDAY, "09:15")
    assert saved.entry.correspondent_name == "Ana Țăranu"
    assert saved.phone == "0744 123 456"
    assert window.view.currentWidget() is window.result_view
    assert saved.entry.number_text in window.result_view.number.text()
    # the slot is no longer offered
    window.start_new()
    offered = [plain(form.slots.item(i).text()) for i in range(form.slots.count())]
    assert not any("09:15–09:30" in line and "24.11.2025" in line for line in offered)


def test_sign_up_shows_missing_name_next_to_the_field(
    qtbot: QtBot, ctx: AppContext, page: AudiencesPage
) -> None:
    window = page.new_signup()
    qtbot.addWidget(window)
    type_text(qtbot, window.form.subject, "O problemă")
    click(qtbot, window.form.save_button)
    assert window.result is None
    assert window.errors.message("name")
    assert ctx.core.audiences.rows(2025) == []


def test_the_signup_slip_is_printed(
    qtbot: QtBot, ctx: AppContext, page: AudiencesPage, file_dialogs: FilesRecorder
) -> None:
    window = page.new_signup()
    qtbot.addWidget(window)
    type_text(qtbot, window.form.name, "Ion Bălan")
    type_text(qtbot, window.form.subject, "Iluminat public")
    click(qtbot, window.form.save_button)
    click(qtbot, window.result_view.print_button)
    assert len(file_dialogs.opened) == 1
    assert file_dialogs.opened[0].read_bytes().startswith(b"%PDF")


def test_print_the_day_list(
    qtbot: QtBot, ctx: AppContext, page: AudiencesPage, file_dialogs: FilesRecorder
) -> None:
    sign_up(ctx.core, "Vasile Pădureanu")
    page.set_day(MONDAY)
    assert page.day_model.rowCount() == 1
    click(qtbot, page.day_tab.print_day_button)
    qtbot.waitUntil(lambda: bool(file_dialogs.opened), timeout=20_000)
    pdf = file_dialogs.opened[0]
    assert pdf.name == "audiente-24.11.2025.pdf"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Vasile Pădureanu" in text


def test_mark_attendance(qtbot: QtBot, ctx: AppContext, page: AudiencesPage) -> None:
    first = sign_up(ctx.core, "Maria Ciobanu")
    second = sign_up(ctx.core, "Petru Avram", slot_time="09:15")
    ctx.core.clock.advance_to(MONDAY)  # type: ignore[attr-defined]
    page.set_day(MONDAY)
    assert page.select_entry(first.entry.id)
    click(qtbot, page.day_tab.present_button)
    assert page.select_entry(second.entry.id)
    click(qtbot, page.day_tab.absent_button)
    assert ctx.core.audiences.details(first.entry.id).state == "present"
    assert ctx.core.audiences.details(second.entry.id).state == "absent"
    page.select_entry(first.entry.id)
    state = page.day_model.index(0, 4).data()
    assert state == "prezent"


def test_attendance_before_the_day_is_refused(
    qtbot: QtBot, ctx: AppContext, page: AudiencesPage, dialogs: object
) -> None:
    entry = sign_up(ctx.core)
    page.set_day(MONDAY)
    page.select_entry(entry.entry.id)
    click(qtbot, page.day_tab.present_button)
    assert ctx.core.audiences.details(entry.entry.id).state == "scheduled"
    assert "ziua audienței" in dialogs.errors[0]  # type: ignore[attr-defined]


def test_postpone_keeps_the_number(qtbot: QtBot, ctx: AppContext, page: AudiencesPage) -> None:
    entry = sign_up(ctx.core)
    page.set_day(MONDAY)
    page.select_entry(entry.entry.id)
    dialog = page.day_actions.postpone()
    assert dialog is not None
    qtbot.addWidget(dialog)
    slots = dialog.slots  # type: ignore[attr-defined]
    target = next(
        i
        for i in range(slots.count())
        if plain(slots.item(i).text()).startswith("luni, 01.12")
        or plain(slots.item(i).text()).startswith("luni, 08.12")
    )
    slots.setCurrentRow(target)
    type_text(qtbot, dialog.reason, "la cererea solicitantului")  # type: ignore[attr-defined]
    click(qtbot, dialog.ok_button)  # type: ignore[attr-defined]
    moved = ctx.core.audiences.details(entry.entry.id)
    assert moved.entry.number_text == entry.entry.number_text
    assert moved.audience_day == date(2025, 12, 8)  # 1 December is a public holiday
    assert moved.times_postponed == 1
    assert [m.from_day for m in moved.moves] == [MONDAY]
    assert moved.moves[0].reason == "la cererea solicitantului"
    assert page.day_model.rowCount() == 0  # gone from the Monday list


def test_record_the_outcome_to_a_department(
    qtbot: QtBot, ctx: AppContext, page: AudiencesPage
) -> None:
    entry = sign_up(ctx.core)
    ctx.core.clock.advance_to(MONDAY)  # type: ignore[attr-defined]
    ctx.core.audiences.mark_present(entry.entry.id)
    department = ctx.core.settings.departments()
    page.set_day(MONDAY)
    page.select_entry(entry.entry.id)
    dialog = page.day_actions.outcome()
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("department"))  # type: ignore[attr-defined]
    click(qtbot, dialog.ok_button)  # type: ignore[attr-defined]
    if department:  # no department chosen: refused at the field
        assert dialog.message("department_id")  # type: ignore[attr-defined]
        assert ctx.core.audiences.details(entry.entry.id).outcome is None
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("solved"))  # type: ignore[attr-defined]
    type_text(qtbot, dialog.resolution, "S-a dispus nivelarea drumului.")  # type: ignore[attr-defined]
    click(qtbot, dialog.ok_button)  # type: ignore[attr-defined]
    saved = ctx.core.audiences.details(entry.entry.id)
    assert saved.outcome == "solved"
    assert saved.resolution == "S-a dispus nivelarea drumului."


def test_convert_to_a_petition(
    qtbot: QtBot, ctx: AppContext, page: AudiencesPage, dialogs: object
) -> None:
    ctx.core.settings.save_department(
        DepartmentData(name="Urbanism și amenajarea teritoriului", head_name="Radu Georgescu")
    )
    urbanism = ctx.core.settings.departments()[-1]
    entry = sign_up(ctx.core)
    ctx.core.clock.advance_to(MONDAY + timedelta(days=2))  # type: ignore[attr-defined]
    ctx.core.audiences.mark_present(entry.entry.id)
    page.set_day(MONDAY)
    page.select_entry(entry.entry.id)
    # The clerk changes their mind: nothing is registered.
    click(qtbot, page.day_tab.convert_button)
    first = page.day_actions.dialog
    assert first is not None
    first.reject()
    assert ctx.core.registry.entries("petitions") == []
    click(qtbot, page.day_tab.convert_button)
    dialog = page.day_actions.dialog
    assert dialog is not None
    kinds = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]  # type: ignore[attr-defined]
    assert kinds == ["cerere", "reclamație", "sesizare", "propunere"]
    assert dialog.department.currentData() is None  # type: ignore[attr-defined]
    dialog.kind.setCurrentIndex(dialog.kind.findText("reclamație"))  # type: ignore[attr-defined]
    dialog.department.setCurrentIndex(dialog.department.findData(urbanism.id))  # type: ignore[attr-defined]
    dialogs.answer = False  # type: ignore[attr-defined]  # do not open the petition's file
    click(qtbot, dialog.ok_button)  # type: ignore[attr-defined]
    petition = page.day_actions.last_petition
    assert petition is not None
    assert (petition.kind, petition.department_id) == ("complaint", urbanism.id)
    expected = ctx.core.calendar.deadline("OG27_ANSWER_30", MONDAY).legal_deadline
    assert petition.entry.legal_deadline == expected
    assert petition.entry.received_on == MONDAY
    assert petition.entry.registered_on == MONDAY + timedelta(days=2)
    converted = ctx.core.audiences.details(entry.entry.id)
    assert converted.petition_entry_id == petition.entry.id
    assert converted.outcome == "petition"
    with ctx.core.read() as session:
        row = session.scalars(select(Petition).where(Petition.entry_id == petition.entry.id)).one()
        assert row.audience_entry_id == entry.entry.id
        assert (row.kind, row.department_id) == ("complaint", urbanism.id)
    questions = dialogs.questions  # type: ignore[attr-defined]
    assert questions == [
        f"S-a înregistrat petiția nr. {petition.entry.number_text}, cu termenul legal de "
        f"răspuns {expected:%d.%m.%Y}.\n\nDeschideți fișa petiției?"
    ]
    assert not page.day_tab.convert_button.isEnabled()  # converted once only


def test_annul_keeps_the_entry(qtbot: QtBot, ctx: AppContext, page: AudiencesPage) -> None:
    entry = sign_up(ctx.core)
    page.set_day(MONDAY)
    page.select_entry(entry.entry.id)
    dialog = page.day_actions.annul()  # deletes itself once done: not handed to qtbot
    click(qtbot, dialog.ok_button)  # type: ignore[attr-defined]
    assert dialog.message("reason")  # type: ignore[attr-defined]
    type_text(qtbot, dialog.reason, "Solicitantul a renunțat")  # type: ignore[attr-defined]
    click(qtbot, dialog.ok_button)  # type: ignore[attr-defined]
    rows = ctx.core.audiences.rows(2025)
    assert [r.annulled for r in rows] == [True]
    qtbot.waitUntil(lambda: page.register_model.rowCount() == 1)


def test_register_lists_and_opens_details(
    qtbot: QtBot, ctx: AppContext, page: AudiencesPage
) -> None:
    sign_up(ctx.core, "Elisabeta Munteanu")
    second = sign_up(ctx.core, "Costel Dobre", slot_time="09:30", address="Sat Poiana nr. 4")
    ctx.bus.announce(bus.AUDIENCES)  # as a sign-up window does
    qtbot.waitUntil(lambda: page.register_model.rowCount() == 2)  # read on the worker thread
    type_text(qtbot, page.register_tab.text, "dobre")
    assert page.register_model.rowCount() == 1
    window = page.open_details(second.entry.id)
    qtbot.addWidget(window)
    html = window.text.toPlainText()  # type: ignore[attr-defined]
    assert "Costel Dobre" in html and second.entry.number_text in html
    assert "Localitatea / adresa:\nSat Poiana nr. 4" in html


def test_calendar_week_double_click_signs_up(
    qtbot: QtBot, ctx: AppContext, page: AudiencesPage
) -> None:
    booked = sign_up(ctx.core, "Florin Stan")
    tab = page.view.calendar_tab
    tab.day.setDate(to_qdate(MONDAY))
    cell = page.calendar.cell_of(MONDAY, "09:00")
    assert cell is not None
    assert "Florin Stan" in tab.grid.item(*cell).text()
    free = page.calendar.cell_of(MONDAY, "09:30")
    assert free is not None and tab.grid.item(*free).text() == "liber"
    page.calendar.activate(*free)
    window = page.signup_windows[-1]
    qtbot.addWidget(window)
    slot = window.chosen_slot()  # type: ignore[attr-defined]
    assert (slot.day, slot.time) == (MONDAY, "09:30")
    page.calendar.activate(*cell)
    assert booked.entry.id in page.details_windows
    tab.month.setChecked(True)
    texts = [tab.grid.item(r, 0).text() for r in range(tab.grid.rowCount())]
    assert any(t.startswith("24\n1/4 ocupate") for t in texts)


def test_schedule_tab_adds_a_programme(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    tab = dialog.schedules
    dialog.tabs.setCurrentWidget(tab.view)
    v = tab.view
    v.official.setCurrentIndex(v.official.findData(mayor_id(ctx.core)))
    v.weekday.setCurrentIndex(2)  # miercuri
    v.recurrence.setCurrentIndex(v.recurrence.findData("biweekly"))
    type_text(qtbot, v.place, "Sala de ședințe")
    click(qtbot, v.save_button)
    schedules = ctx.core.audiences.schedules()
    assert [(s.weekday, s.recurrence, s.place) for s in schedules] == [
        (2, "biweekly", "Sala de ședințe")
    ]
    assert tab.model.rowCount() == 1
    # a day it does not take place: 03.12 is the week off (every other week from 26.11)
    v.cancel_day.setDate(to_qdate(date(2025, 12, 3)))
    type_text(qtbot, v.cancel_reason, "Deplasare la Consiliul Județean")
    click(qtbot, v.cancel_button)
    assert tab.errors.message("day")
    v.cancel_day.setDate(to_qdate(date(2025, 12, 10)))
    click(qtbot, v.cancel_button)
    cancelled = ctx.core.audiences.cancellations(schedule_id=schedules[0].id)
    assert [(c.day, c.reason) for c in cancelled] == [
        (date(2025, 12, 10), "Deplasare la Consiliul Județean")
    ]
    assert tab.days_model.rowCount() == 1


def test_schedule_tab_prints_the_public_notice(
    qtbot: QtBot, ctx: AppContext, file_dialogs: FilesRecorder
) -> None:
    add_monday_programme(ctx.core)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    click(qtbot, dialog.schedules.view.notice_button)
    assert [p.name for p in file_dialogs.opened] == ["program-audiente.pdf"]
    assert Path(file_dialogs.opened[0]).read_bytes().startswith(b"%PDF")


def test_alt_right_goes_to_the_next_session_from_the_navigation(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """The page's hint says „(Alt+→)”: it works right after choosing „Audiențe” in the list on
    the left, not only once the clerk has clicked inside the day tab."""
    from ui.windows.main_window import MainWindow

    add_monday_programme(ctx.core)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    page = window.show_section("audiences")
    assert isinstance(page, AudiencesPage)
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    assert "(Alt+→)" in page.day_tab.sessions.text()
    qtbot.keyClick(window.nav, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.day() == MONDAY
    qtbot.keyClick(window.nav, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.day() == MONDAY  # no session before it: the day stays


def test_schedule_tab_restores_a_cancelled_day(
    qtbot: QtBot, ctx: AppContext, dialogs: DialogRecorder
) -> None:
    schedule_id = add_monday_programme(ctx.core)
    ctx.core.audiences.cancel_day(schedule_id, date(2025, 12, 8), "Deplasare la Consiliul Județean")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    tab = dialog.schedules
    tab.view.table.selectRow(0)
    tab.view.cancellations.selectRow(0)
    assert tab.restore_day()
    # the weekday is said once: „luni, 08.12.2025”, not „luni, 08.12.2025 (luni)”
    assert dialogs.questions == ["Programul va avea loc din nou luni, 08.12.2025. Continuați?"]
    assert ctx.core.audiences.cancellations(schedule_id=schedule_id) == []
    assert tab.days_model.rowCount() == 0
