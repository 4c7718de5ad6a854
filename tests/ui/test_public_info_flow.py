"""Legea 544/2001 screens, typed and clicked like the clerk; the core is the judge."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from cic_desktop.clock import FixedClock
from cic_desktop.dto_public_info import InfoRequestDetails, InfoRequestInput, TariffData
from ui.context import AppContext
from ui.sections.public_info import PublicInfoPage
from ui.windows.public_info.action_base import InfoActionDialog
from ui.windows.public_info.actions import (
    AnswerDialog,
    ExtensionNoticeDialog,
    RefuseDialog,
)
from ui.windows.public_info.actions_legal import ComplaintAnswerDialog, ComplaintDialog
from ui.windows.public_info.details import InfoDetailsWindow
from ui.windows.public_info.registration import InfoRegistrationWindow
from ui.windows.public_info.verbal import VerbalLogDialog

from .conftest import DialogRecorder
from .helpers import click, retype, show_active, type_text
from .test_keyboard import clashes
from .test_no_english import english_in

Ctrl = Qt.KeyboardModifier.ControlModifier

BASE = InfoRequestInput(
    information="Copia contractului de achiziție pentru iluminatul public din 2025.",
    channel="paper",
    domain="public_money",
    delivery_preference="email",
    name="Ana Vasilescu",
    email="ana.vasilescu@example.ro",
)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: QtBot, expected: QWidget) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is expected, f"Tab went to {type(focused()).__name__}"


@pytest.fixture
def request_(ctx: AppContext) -> InfoRequestDetails:
    return ctx.core.public_info.register(BASE)


def open_file(qtbot: QtBot, ctx: AppContext, entry_id: int) -> InfoDetailsWindow:
    window = InfoDetailsWindow(ctx, entry_id)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


def action(qtbot: QtBot, window: InfoDetailsWindow, button: QWidget) -> InfoActionDialog:
    click(qtbot, button)  # type: ignore[arg-type]
    dialog = window.action_dialog
    assert isinstance(dialog, InfoActionDialog) and dialog.isVisible()
    return dialog


def test_register_with_the_keyboard(qtbot: QtBot, ctx: AppContext) -> None:
    window = InfoRegistrationWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    f = window.form
    assert focused() is f.name
    type_text(qtbot, f.name, "Ştefan Munteanu")  # cedilla ş becomes comma-below ș
    tab(qtbot, f.requester_kind)
    tab(qtbot, f.address)
    type_text(qtbot, f.address, "Str. Școlii nr. 7, sat Valea Mare")
    tab(qtbot, f.email)
    type_text(qtbot, f.email, "stefan@example.ro")
    tab(qtbot, f.phone)
    tab(qtbot, f.received_on)
    tab(qtbot, f.channel)
    qtbot.keyClick(f.channel, Qt.Key.Key_Down)  # pe suport electronic
    tab(qtbot, f.information)
    type_text(qtbot, f.information, "Lista investițiilor din bugetul local pe 2025.")
    tab(qtbot, f.domain)
    tab(qtbot, f.delivery_preference)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Ctrl)
    assert window.view.currentWidget() is window.result_view, window.errors.message("name")
    r = window.result_view
    assert r.number.text() == "Nr. 1/20.11.2025"
    assert r.legal_deadline.text() == "02.12.2025 (marți)"  # 10 free days; 1 December is a holiday
    assert "10" in r.explanation.text()
    assert r.refusal_deadline.text().startswith("26.11.2025 (miercuri)")
    d = ctx.core.public_info.details(window.result.id)  # type: ignore[union-attr]
    assert (d.entry.correspondent_name, d.channel, d.domain) == (
        "Ștefan Munteanu",
        "electronic",
        "public_money",
    )
    assert d.delivery_address == "stefan@example.ro"


def test_missing_information_shows_the_core_message(qtbot: QtBot, ctx: AppContext) -> None:
    window = InfoRegistrationWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    type_text(qtbot, window.form.name, "Ion Pop")
    type_text(qtbot, window.form.email, "ion@example.ro")
    click(qtbot, window.form.save_button)
    assert "Informația solicitată" in window.errors.message("information")
    assert ctx.core.registry.entries("public_info", 2025) == []


def test_extension_notice_then_answer_within_thirty_days(
    qtbot: QtBot, ctx: AppContext, request_: InfoRequestDetails, ui_clock: FixedClock
) -> None:
    ctx.core.public_info.add_tariff(
        TariffData(date(2025, 1, 1), Decimal("0.50"), "Dispoziția primarului nr. 12/2025")
    )
    window = open_file(qtbot, ctx, request_.id)
    dialog = action(qtbot, window, window.view.notice_button)
    assert isinstance(dialog, ExtensionNoticeDialog)
    assert not dialog.late.isVisibleTo(dialog)
    with qtbot.waitSignal(ctx.bus.changed):
        click(qtbot, dialog.ok_button)
    d = ctx.core.public_info.details(request_.id)
    assert d.state == "extended" and d.notice_sent_on == date(2025, 11, 20)
    assert d.entry.legal_deadline == date(2025, 12, 22)  # 30 days
    assert window.view.state.text() == "notificare de prelungire trimisă"
    assert not window.view.notice_button.isEnabled()

    ui_clock.advance_to(date(2025, 12, 15))
    dialog = action(qtbot, window, window.view.answer_button)
    assert isinstance(dialog, AnswerDialog)
    dialog.mode.setCurrentIndex(dialog.mode.findData("paper"))
    retype(qtbot, dialog.pages.lineEdit(), "12")
    assert dialog.fee.text() == "6,00 lei"
    with qtbot.waitSignal(ctx.bus.changed):
        click(qtbot, dialog.ok_button)
    d = ctx.core.public_info.details(request_.id)
    assert (d.state, d.answered_on, d.delivery_mode) == ("answered", date(2025, 12, 15), "paper")
    assert (d.copies_pages, d.amount_due, d.amount_collected) == (
        12,
        Decimal("6.00"),
        Decimal("6.00"),
    )
    assert d.warnings == ()
    assert window.view.send_button.isEnabled()


def test_answer_dated_before_registration_is_refused(
    qtbot: QtBot, ctx: AppContext, request_: InfoRequestDetails
) -> None:
    window = open_file(qtbot, ctx, request_.id)
    dialog = action(qtbot, window, window.view.answer_button)
    dialog.fields["answered_on"].setDate(date(2025, 11, 10))  # type: ignore[attr-defined]
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.message("answered_on") == (
        "Data răspunsului nu poate fi înainte de data înregistrării (20.11.2025)."
    )
    d = ctx.core.public_info.details(request_.id)
    assert d.state == "registered" and d.answered_on is None


def test_late_extension_notice_shows_the_warning(
    qtbot: QtBot, ctx: AppContext, request_: InfoRequestDetails, ui_clock: FixedClock
) -> None:
    ui_clock.advance_to(date(2025, 12, 3))
    window = open_file(qtbot, ctx, request_.id)
    dialog = action(qtbot, window, window.view.notice_button)
    assert dialog.late.isVisibleTo(dialog)  # type: ignore[attr-defined]
    assert "termenul de răspuns rămâne de 10 zile" in dialog.late.text()  # type: ignore[attr-defined]
    click(qtbot, dialog.ok_button)
    d = ctx.core.public_info.details(request_.id)
    assert d.notice_late and d.entry.legal_deadline == date(2025, 12, 2)
    assert window.view.warnings.isVisibleTo(window)
    assert "după termenul ei" in window.view.warnings.text()


def test_refuse_as_exempt_then_complaint_answered(
    qtbot: QtBot, ctx: AppContext, request_: InfoRequestDetails
) -> None:
    window = open_file(qtbot, ctx, request_.id)
    assert not window.view.complaint_button.isEnabled()
    dialog = action(qtbot, window, window.view.refuse_button)
    assert isinstance(dialog, RefuseDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("nonexistent"))
    assert not dialog.letter.isVisibleTo(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("exempt"))
    assert dialog.letter.isVisibleTo(dialog)
    dialog.letter.setCurrentIndex(dialog.letter.findData("d"))
    type_text(qtbot, dialog.text, "Documentul conține date cu caracter personal.")
    click(qtbot, dialog.ok_button)
    d = ctx.core.public_info.details(request_.id)
    assert (d.state, d.refusal_reason, d.exempt_letter) == ("refused", "exempt", "d")
    assert "lit. d)" in window.view.outcome.values()["Motivul respingerii"]

    dialog = action(qtbot, window, window.view.complaint_button)
    assert isinstance(dialog, ComplaintDialog)
    type_text(qtbot, dialog.summary, "Contest refuzul; contractul este public.")
    click(qtbot, dialog.ok_button)
    d = ctx.core.public_info.details(request_.id)
    assert len(d.complaints) == 1
    complaint = ctx.core.public_info.complaint(d.complaints[0])
    assert complaint.outcome == "pending" and complaint.request_entry_id == request_.id
    assert window.complaints_model.rowCount() == 1

    dialog = action(qtbot, window, window.view.complaint_answer_button)
    assert isinstance(dialog, ComplaintAnswerDialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("favorable"))
    click(qtbot, dialog.ok_button)
    complaint = ctx.core.public_info.complaint(d.complaints[0])
    assert (complaint.outcome, complaint.answered_on) == ("favorable", date(2025, 11, 20))
    assert not window.view.complaint_answer_button.isEnabled()


def test_verbal_request_in_three_keystrokes(qtbot: QtBot, ctx: AppContext) -> None:
    page = PublicInfoPage(ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: not page.loading)
    qtbot.keyClick(page, Qt.Key.Key_V, Ctrl | Qt.KeyboardModifier.ShiftModifier)  # 1
    dialog = page.verbal_dialog
    assert isinstance(dialog, VerbalLogDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.domain)
    qtbot.keyClicks(dialog.domain, "3")  # 2: „3. Acte normative, reglementări”
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.keyClick(dialog.domain, Qt.Key.Key_Return)  # 3
    [logged] = ctx.core.public_info.verbal_requests(2025)
    assert (logged.domain, logged.outcome, logged.requester_kind, logged.asked_on) == (
        "regulations",
        "answered_on_spot",
        "natural",
        date(2025, 11, 20),
    )
    assert dialog.result() == QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: page.verbal_model.rowCount() == 1)


def test_list_filters_and_opens_with_enter(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.core.public_info.register(BASE)
    ctx.core.public_info.register(
        InfoRequestInput(
            information="Hotărârile consiliului local din 2025.",
            channel="electronic",
            domain="regulations",
            delivery_preference="email",
            name="Ștefan Ene",
            email="ene@example.ro",
        )
    )
    page = PublicInfoPage(ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: not page.loading)
    assert page.model.rowCount() == 2
    assert page.view.count.text() == "2 solicitări scrise"
    type_text(qtbot, page.view.text, "stefan")
    assert page.model.rowCount() == 1 and page.model.rows()[0].requester == "Ștefan Ene"
    page.view.table.setFocus()
    qtbot.keyClick(page.view.table, Qt.Key.Key_Return)
    [window] = page.details_windows.values()
    assert isinstance(window, InfoDetailsWindow)
    assert window.windowTitle() == "Solicitarea nr. 2/20.11.2025 – Ștefan Ene"
    qtbot.keyClick(page, Qt.Key.Key_N, Ctrl)
    assert len(page.registration_windows) == 1


def check(qtbot: QtBot, window: QWidget) -> None:
    if not window.isVisible():
        qtbot.addWidget(window)
        window.show()
    assert english_in(window) == [], window.windowTitle()
    assert clashes(window) == {}, window.windowTitle()


def test_no_english_in_the_new_windows(
    qtbot: QtBot, ctx: AppContext, request_: InfoRequestDetails, dialogs: DialogRecorder
) -> None:
    page = PublicInfoPage(ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: not page.loading)
    check(qtbot, page)
    check(qtbot, page.new_request())
    check(qtbot, page.log_verbal())
    window = open_file(qtbot, ctx, request_.id)
    for index in range(window.view.tabs.count()):
        window.view.tabs.setCurrentIndex(index)
        check(qtbot, window)
    for button in window.view.action_buttons:
        if button.isEnabled():
            check(qtbot, action(qtbot, window, button))
            window.action_dialog.reject()  # type: ignore[union-attr]


def test_copying_tariff_added_in_settings(qtbot: QtBot, ctx: AppContext) -> None:
    from ui.windows.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    tab = dialog.tariffs
    retype(qtbot, tab.price.lineEdit(), "0,50")
    type_text(qtbot, tab.act, "Dispoziția primarului nr. 12/2025")
    click(qtbot, tab.add_button)
    [tariff] = ctx.core.public_info.tariffs()
    assert (tariff.lei_per_page, tariff.act_reference) == (
        Decimal("0.50"),
        "Dispoziția primarului nr. 12/2025",
    )
    assert tab.model.rowCount() == 1
    check(qtbot, dialog)
