"""„Tablou de bord”: loads on the worker, its tables show the right counts, its charts paint."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.dto_public_info import InfoRequestInput
from ui import bus
from ui.context import AppContext
from ui.sections.dashboard import DashboardPage
from ui.widgets.charts import IN_TERM_COLOR, LATE_COLOR, series_color
from ui.windows.main_window import MainWindow

from .petitions_support import URBANISM, add_departments, register


def _fill(core: CicCore, clock: FixedClock) -> None:
    """Today 20.11.2025: 3 petitions (+1 annulled) and one 544 request of 2025, one of 2024."""
    today = clock.today()
    departments = add_departments(core)
    clock.advance_to(date(2024, 6, 3))
    register(core)
    clock.advance_to(date(2025, 9, 1))
    late = register(core)  # open, term 02.10 passed: late
    core.petitions.assign(late.id, departments[URBANISM])
    clock.advance_to(date(2025, 10, 6))
    request = core.public_info.register(
        InfoRequestInput(
            information="Bugetul local pe capitole",
            channel="electronic",
            domain="public_money",
            delivery_preference="email",
            name="Ioana Răducanu",
            email="ioana@example.ro",
        )
    )
    clock.advance_to(date(2025, 10, 8))
    core.public_info.answer(request.id, answered_on=date(2025, 10, 8), delivery_mode="electronic")
    clock.advance_to(date(2025, 11, 3))
    register(core)  # open, not yet due: not judged
    answered = register(core)
    core.petitions.annul(register(core).id, "Înregistrată de două ori din greșeală")
    clock.advance_to(date(2025, 11, 5))
    core.petitions.answer(
        answered.id,
        answered_on=date(2025, 11, 5),
        outcome="favorable",
        legal_basis="OG nr. 27/2002",
        signatory_head="Radu Georgescu",
    )
    clock.advance_to(today)


def cells(table: QTableWidget) -> dict[str, dict[str, str]]:
    """The table as {row header: {column header: text}}."""
    columns = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return {
        table.verticalHeaderItem(r).text(): {
            columns[c]: table.item(r, c).text() for c in range(table.columnCount())
        }
        for r in range(table.rowCount())
    }


def pixels_of(widget: QWidget, color: str) -> int:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    wanted = QColor(color).rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == wanted
    )


def open_dashboard(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, DashboardPage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 900)
    window.show()
    qtbot.waitExposed(window)
    go_to = next(a for a in window.findChildren(QAction) if a.text() == "Tablou de bord")
    assert go_to.shortcut().toString() == "Ctrl+8"
    go_to.trigger()
    assert window.current_section() == "dashboard"
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    return window, page


def test_the_tables_show_the_year_s_counts(
    qtbot: QtBot, ctx: AppContext, configured_core: CicCore, ui_clock: FixedClock
) -> None:
    _fill(configured_core, ui_clock)
    _window, page = open_dashboard(qtbot, ctx)
    view = page.view
    assert view.year.currentText() == "2025"
    assert [view.year.itemText(i) for i in range(view.year.count())] == ["2025", "2024"]
    assert view.monthly_box.title() == "Înregistrări pe luni în 2025"
    monthly = cells(view.monthly_table)
    assert list(monthly)[:12] == [
        "Ianuarie", "Februarie", "Martie", "Aprilie", "Mai", "Iunie", "Iulie", "August",
        "Septembrie", "Octombrie", "Noiembrie", "Decembrie",
    ]  # fmt: skip
    assert monthly["Septembrie"] == {
        "Petiții": "1", "Informații publice (544)": "0", "Total": "1"
    }  # fmt: skip
    assert monthly["Octombrie"] == {"Petiții": "0", "Informații publice (544)": "1", "Total": "1"}
    assert monthly["Noiembrie"] == {"Petiții": "2", "Informații publice (544)": "0", "Total": "2"}
    assert monthly["Anulate (neincluse)"] == {
        "Petiții": "1", "Informații publice (544)": "0", "Total": "1"
    }  # fmt: skip
    assert monthly["Total"] == {"Petiții": "3", "Informații publice (544)": "1", "Total": "4"}
    terms = cells(view.terms_table)
    assert terms["Petiții"] == {
        "În termen": "1", "Cu întârziere": "1", "Total judecate": "2", "% în termen": "50 %"
    }  # fmt: skip
    assert terms["Informații publice (544)"]["% în termen"] == "100 %"
    assert terms["Total"] == {
        "În termen": "2", "Cu întârziere": "1", "Total judecate": "3", "% în termen": "67 %"
    }  # fmt: skip
    assert cells(view.departments_table) == {
        URBANISM: {"Petiții": "1", "Informații publice (544)": "0", "Total": "1"},
        "Nerepartizate": {"Petiții": "1", "Informații publice (544)": "0", "Total": "1"},
        "Total": {"Petiții": "2", "Informații publice (544)": "0", "Total": "2"},
    }
    assert view.status.text() == "Situația la 20.11.2025."


def test_the_charts_paint_their_bars(
    qtbot: QtBot, ctx: AppContext, configured_core: CicCore, ui_clock: FixedClock
) -> None:
    _fill(configured_core, ui_clock)
    _window, page = open_dashboard(qtbot, ctx)
    view = page.view
    petitions, public_info = series_color(0).name(), series_color(1).name()
    assert pixels_of(view.monthly_chart, petitions) > 20
    assert pixels_of(view.monthly_chart, public_info) > 5
    assert pixels_of(view.terms_chart, IN_TERM_COLOR) > 20
    assert pixels_of(view.terms_chart, LATE_COLOR) > 20
    assert pixels_of(view.departments_chart, petitions) > 20


def test_an_empty_year_paints_a_message_not_bars(qtbot: QtBot, ctx: AppContext) -> None:
    _window, page = open_dashboard(qtbot, ctx)
    view = page.view
    assert cells(view.monthly_table)["Total"] == {"Total": "0"}
    assert view.terms_table.rowCount() == 1  # only the total row
    assert pixels_of(view.monthly_chart, series_color(0).name()) == 0
    image = view.monthly_chart.grab().toImage()
    assert any(  # the „no data” text is drawn
        image.pixelColor(x, y).lightness() < 128
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    )


def test_choosing_a_year_and_changes_announced_on_the_bus_reload_it(
    qtbot: QtBot, ctx: AppContext, configured_core: CicCore, ui_clock: FixedClock
) -> None:
    _fill(configured_core, ui_clock)
    _window, page = open_dashboard(qtbot, ctx)
    view = page.view
    page.loaded = False
    view.year.setCurrentIndex(1)
    view.year.activated.emit(1)
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    assert page.board is not None and page.board.year == 2024
    assert view.year.currentText() == "2024"
    assert cells(view.monthly_table)["Iunie"] == {"Petiții": "1", "Total": "1"}
    assert cells(view.terms_table)["Petiții"]["Cu întârziere"] == "1"
    view.year.setCurrentIndex(0)
    view.year.activated.emit(0)
    qtbot.waitUntil(lambda: page.board is not None and page.board.year == 2025, timeout=10000)
    register(configured_core)
    with qtbot.waitSignal(page.data_shown, timeout=10000):
        ctx.bus.announce(bus.PETITIONS)
    assert cells(view.monthly_table)["Noiembrie"]["Petiții"] == "3"


def test_a_change_while_hidden_is_read_when_shown(
    qtbot: QtBot, ctx: AppContext, configured_core: CicCore
) -> None:
    window, page = open_dashboard(qtbot, ctx)
    window.show_section("home")
    register(configured_core)
    ctx.bus.announce(bus.PETITIONS)
    qtbot.wait(50)
    assert cells(page.view.monthly_table)["Total"]["Total"] == "0"  # not read while hidden
    with qtbot.waitSignal(page.data_shown, timeout=10000):
        window.show_section("dashboard")
    assert cells(page.view.monthly_table)["Noiembrie"]["Total"] == "1"
