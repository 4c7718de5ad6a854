"""The registry list: a lazy model over ids, filters and sort done by the core, colour cues."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QBrush, QFont
from pytestqt.qtbot import QtBot

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from ui.context import AppContext
from ui.models.petitions_table import (
    COL_ANSWER,
    COL_DEADLINE,
    COL_NUMBER,
    COL_PETITIONER,
    COL_STATE,
    COL_SUBJECT,
    DEADLINE_COLOURS,
    DEADLINE_STATE_ROLE,
    HEADERS,
    ID_ROLE,
    SORT_ROLE,
    PetitionsTableModel,
)
from ui.sections.petitions import PetitionsPage
from ui.windows.petitions.details import PetitionDetailsWindow

from .helpers import click, show_active, type_text
from .petitions_support import add_departments, register

NAMES = ("Ștefan Popescu", "Ana Țîrlea", "Ion Barbu", "Maria Ștefănescu")


def fill(core: CicCore) -> list[int]:
    ids = [
        register(core, name=name, subject=f"Subiectul numărul {i} al petiției").id
        for i, name in enumerate(NAMES)
    ]
    core.petitions.annul(ids[2], "Înregistrată de două ori din greșeală")
    return ids


def wait_loaded(qtbot: QtBot, page: PetitionsPage) -> None:
    qtbot.waitUntil(lambda: not page.loading, timeout=5000)


def shown(page: PetitionsPage, column: int = COL_PETITIONER) -> list[str]:
    model = page.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> PetitionsPage:
    add_departments(ctx.core)
    fill(ctx.core)
    page = PetitionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    show_active(qtbot, page)
    wait_loaded(qtbot, page)
    return page


def test_model_passes_qt_model_tester(qtmodeltester, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    ids = fill(ctx.core)
    model = PetitionsTableModel(ctx.core.petition_list.rows, page_size=3)
    model.set_ids(ids)
    qtmodeltester.check(model, force_py=True)
    model.set_ids([])
    qtmodeltester.check(model, force_py=True)


def test_model_reads_rows_a_page_at_a_time(ctx: AppContext) -> None:
    ids = fill(ctx.core) + [register(ctx.core, subject=f"Alta {i}").id for i in range(6)]
    asked: list[list[int]] = []

    def rows(chunk):  # type: ignore[no-untyped-def]
        asked.append(list(chunk))
        return ctx.core.petition_list.rows(chunk)

    model = PetitionsTableModel(rows, page_size=4)
    model.set_ids(ids)
    assert model.rowCount() == 10 and model.fetch_count == 0  # only ids so far
    assert model.data(model.index(0, COL_NUMBER)) == "1/20.11.2025"
    model.data(model.index(3, COL_SUBJECT))
    assert asked == [ids[0:4]]
    assert model.data(model.index(9, COL_NUMBER), SORT_ROLE) == 10
    assert asked[-1] == ids[8:10]
    assert model.data(model.index(5, COL_NUMBER), ID_ROLE) == ids[5]
    assert model.fetch_count == 2  # row 5's id came from the ids, no page read
    assert model.headerData(COL_DEADLINE, Qt.Orientation.Horizontal) == "Termen legal"
    assert len(HEADERS) == model.columnCount() == 9


def test_annulled_rows_are_grey_and_struck_through(ctx: AppContext) -> None:
    ids = fill(ctx.core)
    model = PetitionsTableModel(ctx.core.petition_list.rows)
    model.set_ids(ids)
    annulled = model.index(2, COL_PETITIONER)
    font = model.data(annulled, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert model.data(model.index(2, COL_STATE)) == "ANULAT"
    assert model.data(model.index(0, COL_PETITIONER), Qt.ItemDataRole.FontRole) is None


def test_the_page_lists_the_year_newest_first_with_a_count(page: PetitionsPage) -> None:
    assert page.view.year.currentText() == "2025"
    assert shown(page, COL_NUMBER) == [
        "4/20.11.2025",
        "3/20.11.2025",
        "2/20.11.2025",
        "1/20.11.2025",
    ]
    assert page.view.count.text() == "4 petiții"
    assert page.selected_id() == page.model.id_at(0)


def test_text_without_diacritics_finds_them(qtbot: QtBot, page: PetitionsPage) -> None:
    type_text(qtbot, page.view.text, "stefan")
    wait_loaded(qtbot, page)
    qtbot.waitUntil(lambda: page.view.count.text() == "2 petiții", timeout=3000)
    assert sorted(shown(page)) == ["Maria Ștefănescu", "Ștefan Popescu"]


def test_without_annulled_and_by_state(qtbot: QtBot, page: PetitionsPage) -> None:
    click(qtbot, page.view.without_annulled)
    wait_loaded(qtbot, page)
    assert "Ion Barbu" not in shown(page) and page.view.count.text() == "3 petiții"
    page.view.state.setCurrentIndex(page.view.state.findData("annulled"))
    wait_loaded(qtbot, page)
    assert shown(page) == []
    page.view.without_annulled.setChecked(False)
    wait_loaded(qtbot, page)
    assert shown(page) == ["Ion Barbu"]


def test_clicking_a_header_sorts_through_the_core(qtbot: QtBot, page: PetitionsPage) -> None:
    header = page.view.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(COL_PETITIONER) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    wait_loaded(qtbot, page)
    assert page.sort_key == "petitioner"
    ascending = ["Ana Țîrlea", "Ion Barbu", "Maria Ștefănescu", "Ștefan Popescu"]
    assert shown(page) == (ascending[::-1] if page.descending else ascending)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)  # the other way
    wait_loaded(qtbot, page)
    assert shown(page) == (ascending[::-1] if page.descending else ascending)
    assert len(set(map(tuple, [shown(page)]))) == 1


def test_overdue_filter_and_red_rows_when_time_passes(
    qtbot: QtBot, ctx: AppContext, ui_clock: FixedClock
) -> None:
    fill(ctx.core)
    ui_clock.advance_to(date(2025, 12, 23))  # the 30 days ended on 22.12.2025
    late = register(ctx.core, name="Elena Bălan", subject="Petiție încă în termen")
    page = PetitionsPage(ctx)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    wait_loaded(qtbot, page)
    click(qtbot, page.view.overdue)
    wait_loaded(qtbot, page)
    assert sorted(shown(page)) == ["Ana Țîrlea", "Maria Ștefănescu", "Ștefan Popescu"]
    model = page.model
    first = model.index(0, COL_PETITIONER)
    assert model.data(first, DEADLINE_STATE_ROLE) == "overdue"
    brush = model.data(first, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color().name() == DEADLINE_COLOURS["overdue"]
    assert model.data(first, Qt.ItemDataRole.ToolTipRole).startswith(
        "Termen depășit: termen legal 22.12.2025"
    )
    page.view.overdue.setChecked(False)
    wait_loaded(qtbot, page)
    row = model.row_of(late.id)
    assert row is not None
    assert model.data(model.index(row, COL_PETITIONER), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(row, COL_ANSWER)) == ""


def test_enter_opens_the_file_of_the_selected_petition(qtbot: QtBot, page: PetitionsPage) -> None:
    table = page.view.table
    table.setFocus()
    table.selectRow(1)
    table.setCurrentIndex(page.model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    entry_id = page.model.id_at(1)
    window = page.details_windows[entry_id]
    assert isinstance(window, PetitionDetailsWindow) and window.isVisible()
    assert window.view.number.text() == "Petiția nr. 3/20.11.2025"
    assert page.open_details(entry_id) is window  # asked again: the same window, raised
    window.close()


def test_a_change_elsewhere_refreshes_the_list(
    qtbot: QtBot, page: PetitionsPage, ctx: AppContext
) -> None:
    from ui import bus

    register(ctx.core, name="Nou Venit")
    ctx.bus.announce(bus.PETITIONS)
    wait_loaded(qtbot, page)
    assert shown(page)[0] == "Nou Venit"
    assert page.view.count.text() == "5 petiții"
    assert QModelIndex().isValid() is False
