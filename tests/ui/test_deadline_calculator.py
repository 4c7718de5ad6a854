"""The deadline calculator recomputes live from the rule and the typed start date."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cic_desktop.domain.deadlines import load_rules
from ui.context import AppContext
from ui.sections.deadline_calculator import DeadlineCalculatorPage
from ui.widgets.dates import from_qdate

from .helpers import type_date, type_text


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> DeadlineCalculatorPage:
    page = DeadlineCalculatorPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_lists_all_rules_and_starts_today(page: DeadlineCalculatorPage, ctx: AppContext) -> None:
    combo = page.view.rule
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert codes == list(load_rules())
    assert len(codes) == 13
    assert combo.itemText(codes.index("OG27_ANSWER_30")) == "OG27_ANSWER_30 – Răspuns la petiție"
    assert from_qdate(page.start.date()) == ctx.core.clock.today()
    assert page.start.displayFormat() == "dd.MM.yyyy"
    assert page.start.calendarPopup()


def test_s01_petition_over_new_year(qtbot: QtBot, page: DeadlineCalculatorPage) -> None:
    """SPEC S01: petition registered Friday 20.12.2024 → legal deadline Monday 20.01.2025."""
    page.view.rule.setFocus()
    type_text(qtbot, page.view.rule, "OG27_A")
    assert page.view.rule.currentData() == "OG27_ANSWER_30"
    type_date(qtbot, page.start, "20122024")
    assert page.view.start_event.text() == "data înregistrării"
    assert page.view.law.text() == "art. 8 alin. (1) din OG nr. 27/2002"
    assert page.view.legal_caption.text() == "Termen legal:"
    assert page.view.legal_value.text() == "20.01.2025 (luni)"
    assert page.view.target_caption.text() == "Țintă internă:"
    assert page.view.target_value.text() == "20.01.2025 (luni)"
    explanation = page.view.explanation
    assert explanation.wordWrap()
    assert "20.12.2024 + 31 de zile = 20.01.2025 (luni)" in explanation.text()
    assert explanation.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_l52_rule_shows_the_earliest_allowed_date(page: DeadlineCalculatorPage) -> None:
    page.set_inputs("L52_RECOMMENDATIONS_10", date(2025, 2, 24))
    assert page.view.legal_caption.text() == "Data cea mai apropiată permisă:"
    assert page.view.target_value.isHidden()
    assert page.view.target_caption.isHidden()
    assert page.view.start_event.text() == "data publicării anunțului"
    assert page.result is not None and page.result.earliest_allowed
    page.set_inputs("544_ANSWER_10", date(2024, 12, 23))  # SPEC S02
    assert not page.view.target_value.isHidden()
    assert page.view.legal_value.text() == "03.01.2025 (vineri)"


def test_calendar_opens_from_the_keyboard_in_romanian(
    qtbot: QtBot, page: DeadlineCalculatorPage
) -> None:
    page.start.setFocus()
    qtbot.keyClick(page.start, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = page.start.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=5000)
    assert calendar.locale().monthName(11) == "noiembrie"
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert from_qdate(page.start.date()) == date(2025, 11, 20)  # opening does not change it
    calendar.window().close()


def test_calendar_marks_holidays_and_days_off(
    qtbot: QtBot, page: DeadlineCalculatorPage, ctx: AppContext
) -> None:
    from PySide6.QtCore import QDate

    from ui import bus

    calendar = page.start.calendarWidget()
    assert calendar.dateTextFormat(QDate(2025, 12, 25)).toolTip() == (
        "sărbătoare legală: Crăciunul"
    )
    assert calendar.dateTextFormat(QDate(2025, 12, 24)).toolTip() == ""
    ctx.core.settings.add_day_off(date(2025, 12, 24), "HG nr. 1234/2025")
    ctx.bus.announce(bus.DAYS_OFF)
    assert calendar.dateTextFormat(QDate(2025, 12, 24)).toolTip() == "zi liberă: HG nr. 1234/2025"
