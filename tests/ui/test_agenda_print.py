"""The start page prints „Agenda zilei” as a one-page PDF, off the GUI thread, then opens it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from tests.cic_desktop.render.pdftools import flat, pdf_pages, pdf_text, requires_poppler
from ui.context import AppContext
from ui.sections import home as home_module
from ui.sections.home import HomePage
from ui.windows.main_window import MainWindow

from .conftest import DialogRecorder, FilesRecorder
from .petitions_support import register


def _late_petition(core: CicCore, clock: FixedClock) -> str:
    """A petition registered 40 days ago: late today, so it is on the agenda."""
    today = clock.today()
    clock.advance_to(today - timedelta(days=40))
    petition = register(core, name="Ștefan Țăran")
    clock.advance_to(today)
    return petition.entry.number_text


def _home(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, HomePage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.page("home")
    assert isinstance(page, HomePage)
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    return window, page


@requires_poppler
def test_the_button_saves_the_agenda_pdf_and_opens_it(
    qtbot: QtBot,
    ctx: AppContext,
    configured_core: CicCore,
    ui_clock: FixedClock,
    file_dialogs: FilesRecorder,
    dialogs: DialogRecorder,
) -> None:
    number = _late_petition(configured_core, ui_clock)
    _window, page = _home(qtbot, ctx)
    assert page.view.print_button.text() == "Tipărește agenda zilei…"
    qtbot.mouseClick(page.view.print_button, Qt.MouseButton.LeftButton)
    assert not page.view.print_button.isEnabled()  # busy while the worker writes it
    qtbot.waitUntil(lambda: page.printed is not None, timeout=15000)
    path = file_dialogs.folder / "agenda-zilei-20.11.2025.pdf"
    assert page.printed == path and path.exists()
    assert file_dialogs.opened == [path]
    assert page.view.print_button.isEnabled()
    text = flat(pdf_text(path))
    assert "Agenda zilei – joi, 20 noiembrie 2025" in text
    assert "Termen depășit (1)" in text
    assert number in text and "Ștefan Țăran" in text
    assert pdf_pages(path) == 1
    assert any(str(path) in info for info in dialogs.infos)


def test_ctrl_p_on_the_start_page_prints_and_cancel_writes_nothing(
    qtbot: QtBot, ctx: AppContext, file_dialogs: FilesRecorder
) -> None:
    window, page = _home(qtbot, ctx)
    file_dialogs.cancel = True
    page.view.agenda.setFocus()
    qtbot.keyClick(page.view.agenda, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert page.printed is None and list(file_dialogs.folder.iterdir()) == []
    file_dialogs.cancel = False
    qtbot.keyClick(page.view.agenda, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.printed is not None, timeout=15000)
    assert page.printed.exists()
    assert window.current_section() == "home"


def test_a_failed_printing_says_why_and_frees_the_button(
    qtbot: QtBot,
    ctx: AppContext,
    dialogs: DialogRecorder,
    monkeypatch: object,
) -> None:
    _window, page = _home(qtbot, ctx)

    def broken(_core: CicCore, _path: object) -> None:
        raise OSError("discul este plin")

    monkeypatch.setattr(home_module, "write_todays_agenda", broken)  # type: ignore[attr-defined]
    page.print_agenda()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=5000)
    assert "Agenda zilei nu a putut fi salvată" in dialogs.errors[0]
    assert "discul este plin" in dialogs.errors[0]
    assert page.view.print_button.isEnabled() and page.printed is None


def test_a_huge_group_shows_a_capped_number_of_lines(
    qtbot: QtBot, ctx: AppContext, configured_core: CicCore, ui_clock: FixedClock, monkeypatch
) -> None:
    monkeypatch.setattr(home_module, "MAX_LINES_PER_GROUP", 3)
    for _ in range(5):
        _late_petition(configured_core, ui_clock)
    _window, page = _home(qtbot, ctx)
    group = page.view.agenda.topLevelItem(0)
    assert group.text(0) == "Termen depășit (5)"
    assert group.childCount() == 4
    assert group.child(3).text(0) == "… și încă 2 (toate sunt în agenda tipărită)"
    assert group.child(3).data(0, home_module.ENTRY_ROLE) is None
