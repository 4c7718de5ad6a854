"""„Căutare”: typing in the field finds cases in every register; a line opens its case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from cic_desktop.core import CicCore
from cic_desktop.dto_public_info import InfoRequestInput
from tests.ui.helpers import type_text
from tests.ui.petitions_support import register
from ui.context import AppContext
from ui.sections.search import ENTRY_ROLE, SearchPage
from ui.windows.main_window import MainWindow


def lines(page: SearchPage) -> dict[str, list[QTreeWidgetItem]]:
    tree = page.view.results
    return {
        tree.topLevelItem(i).text(0): [
            tree.topLevelItem(i).child(j) for j in range(tree.topLevelItem(i).childCount())
        ]
        for i in range(tree.topLevelItemCount())
    }


def search(qtbot: QtBot, page: SearchPage, text: str) -> dict[str, list[QTreeWidgetItem]]:
    page.view.field.clear()
    before = page.shown
    type_text(qtbot, page.view.field, text)
    qtbot.waitUntil(lambda: page.shown is not before and page.shown.text == text, timeout=5000)
    return lines(page)


def open_window(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, SearchPage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    (action,) = [a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+F"]
    action.trigger()
    page = window.page("search")
    assert isinstance(page, SearchPage) and window.current_section() == "search"
    return window, page


def test_typing_finds_by_name_without_diacritics_and_opens_the_case(
    qtbot: QtBot, ctx: AppContext, configured_core: CicCore
) -> None:
    wanted = register(configured_core)  # Ștefan Popescu
    register(configured_core, name="Ana Stan", subject="Iluminat public pe strada Morii")
    info = configured_core.public_info.register(
        InfoRequestInput(
            information="Bugetul local pe capitole",
            channel="electronic",
            domain="public_money",
            delivery_preference="email",
            name="Ștefania Ionescu",
            email="ioana@example.ro",
        )
    )
    window, page = open_window(qtbot, ctx)

    found = search(qtbot, page, "stefan")
    assert list(found) == [
        "Registrul de evidență a petițiilor (1)",
        "Registrul de evidență a solicitărilor de informații de interes public (1)",
    ]
    petition_line = found["Registrul de evidență a petițiilor (1)"][0]
    assert petition_line.text(0) == wanted.entry.number_text
    assert petition_line.text(1) == "Ștefan Popescu"
    assert petition_line.text(3) == "înregistrată"
    assert petition_line.data(0, ENTRY_ROLE) == ("petitions", wanted.entry.id)
    assert page.view.status.text() == "S-au găsit 2 înregistrări."

    found = search(qtbot, page, "pop ste")
    assert [item.text(1) for items in found.values() for item in items] == ["Ștefan Popescu"]

    found = search(qtbot, page, "ștefania")
    assert [item.data(0, ENTRY_ROLE) for items in found.values() for item in items] == [
        ("public_info", info.entry.id)
    ]

    number = f"{wanted.entry.number}/{wanted.entry.year}"
    found = search(qtbot, page, number)
    assert [item.text(0) for items in found.values() for item in items] == [
        wanted.entry.number_text
    ]

    found = search(qtbot, page, "morii ana")
    (line,) = [item for items in found.values() for item in items]
    assert line.text(1) == "Ana Stan"

    found = search(qtbot, page, "nimeni")
    assert found == {} and page.view.status.text() == "Nu s-a găsit nimic pentru „nimeni”."

    found = search(qtbot, page, "stefan popescu")
    (line,) = [item for items in found.values() for item in items]
    tree = page.view.results
    tree.setFocus()
    tree.setCurrentItem(line)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    opened = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and type(w).__name__ == "PetitionDetailsWindow"
    ]
    assert len(opened) == 1
    for w in opened:
        w.close()
    window.close()


def test_the_last_typed_text_wins_and_empty_clears(
    qtbot: QtBot, ctx: AppContext, configured_core: CicCore
) -> None:
    register(configured_core)
    _window, page = open_window(qtbot, ctx)
    type_text(qtbot, page.view.field, "ste")
    page.search_now()
    type_text(qtbot, page.view.field, "fanx")
    qtbot.waitUntil(lambda: page.shown is not None and page.shown.text == "stefanx", timeout=5000)
    ctx.tasks.wait_for_done()
    assert lines(page) == {} and page.shown.text == "stefanx"
    page.view.field.clear()
    qtbot.waitUntil(lambda: page.shown.text == "", timeout=5000)
    assert lines(page) == {} and page.view.status.text() == ""


def test_annulled_lines_are_struck_through_as_in_the_book(
    qtbot: QtBot, ctx: AppContext, configured_core: CicCore
) -> None:
    kept = register(configured_core, name="Ana Stan", subject="Cerere iluminat")
    annulled = register(configured_core, name="Ana Stan", subject="Cerere iluminat (dublură)")
    configured_core.registry.annul(annulled.entry.id, "Înregistrare greșită")
    _window, page = open_window(qtbot, ctx)

    (items,) = search(qtbot, page, "ana ilum").values()
    by_entry = {item.data(0, ENTRY_ROLE)[1]: item for item in items}
    struck = by_entry[annulled.entry.id]
    assert struck.text(3) == "anulată"
    assert all(struck.font(column).strikeOut() for column in range(4))
    assert not any(by_entry[kept.entry.id].font(column).strikeOut() for column in range(4))
