"""Section „Persoane”: the person's file across registers, merging two records, GDPR export.

Driven like the clerk drives it (typing, clicking, Enter); the database and the files written
are the judge.
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from cic_desktop.core import CicCore
from cic_desktop.dto_petitions import PetitionInput
from cic_desktop.dto_public_info import InfoRequestInput
from ui.context import AppContext
from ui.sections.people import PeoplePage
from ui.windows.main_window import MainWindow
from ui.windows.people.merge_dialog import MergeDialog

from .conftest import DialogRecorder, FilesRecorder
from .helpers import click, type_text


def _petition(name: str, address: str, subject: str) -> PetitionInput:
    return PetitionInput(
        subject=subject, kind="request", channel="registry_desk", name=name, address=address
    )


@pytest.fixture
def people(ctx: AppContext) -> dict[str, int]:
    """Ștefan Popescu with a petition and a 544 request; the same man again as „Stefan
    Popescu” at another address, with a petition; and Ana Marin."""
    core = ctx.core
    pet = core.petitions.register(
        _petition("Ștefan Popescu", "Str. Morii 3", "Repararea podețului")
    )
    person = core.petitions.details(pet.id).person_id
    info = core.public_info.register(
        InfoRequestInput(
            information="Bugetul local pe 2025", channel="electronic", domain="public_money",
            delivery_preference="email", name="Ștefan Popescu", address="Str. Morii 3", email="stefan@example.ro",
            person_id=person,
        )
    )  # fmt: skip
    twin = core.petitions.register(
        _petition("Stefan Popescu", "Sat Valea Mare nr. 5", "Iluminat public")
    )
    core.petitions.register(_petition("Ana Marin", "Str. Lungă 1", "Salubrizare"))
    return {
        "person": person,  # type: ignore[dict-item]
        "twin": core.petitions.details(twin.id).person_id,  # type: ignore[dict-item]
        "petition": pet.id,
        "info": info.entry.id,
        "twin_petition": twin.id,
    }


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, people: dict[str, int]) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _open_page(qtbot: QtBot, window: MainWindow) -> PeoplePage:
    page = window.show_section("people")
    assert isinstance(page, PeoplePage)
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)
    return page


def _search(qtbot: QtBot, page: PeoplePage, text: str, expected: int) -> None:
    page.view.search.clear()
    page.view.search.setFocus()
    type_text(qtbot, page.view.search, text)
    qtbot.waitUntil(lambda: page.people_model.rowCount() == expected, timeout=5000)


def _choose(qtbot: QtBot, page: PeoplePage, person_id: int) -> None:
    ids = [p.id for p in page.people_model.rows()]
    page.view.people.selectRow(ids.index(person_id))
    qtbot.waitUntil(
        lambda: page.file is not None and page.file.person.id == person_id, timeout=5000
    )


def _registered(core: CicCore, entry_id: int) -> str:
    return core.registry.get(entry_id).number_text


def test_the_file_shows_petition_and_544_request_and_opens_them(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, people: dict[str, int]
) -> None:
    page = _open_page(qtbot, window)
    _search(qtbot, page, "ștefan pop", 2)  # both spellings, diacritics ignored
    _search(qtbot, page, "stefan", 2)
    counts = {p.id: p.case_count for p in page.people_model.rows()}
    assert counts == {people["person"]: 2, people["twin"]: 1}
    _choose(qtbot, page, people["person"])

    rows = [
        [page.cases_model.index(r, c).data() for c in range(page.cases_model.columnCount())]
        for r in range(page.cases_model.rowCount())
    ]
    by_register = {row[0]: row for row in rows}
    assert set(by_register) == {"Petiții", "Informații publice"}
    assert by_register["Petiții"][1] == _registered(ctx.core, people["petition"])
    assert by_register["Petiții"][2] == "Repararea podețului"
    assert by_register["Petiții"][3] == "înregistrată"
    assert by_register["Informații publice"][1] == _registered(ctx.core, people["info"])
    assert "Str. Morii 3" in page.view.person.text()

    row = rows.index(by_register["Petiții"])
    page.view.cases.setCurrentIndex(page.cases_model.index(row, 0))
    page.view.cases.setFocus()
    qtbot.keyClick(page.view.cases, Qt.Key.Key_Return)
    petitions = window.page("petitions")
    assert people["petition"] in petitions.details_windows  # type: ignore[attr-defined]


def test_merging_two_records_moves_the_cases(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    people: dict[str, int],
    dialogs: DialogRecorder,
) -> None:
    page = _open_page(qtbot, window)
    _search(qtbot, page, "popescu", 2)
    _choose(qtbot, page, people["person"])
    click(qtbot, page.view.merge_button)
    dialog = page.dialog
    assert isinstance(dialog, MergeDialog)
    dialog.text.clear()
    type_text(qtbot, dialog.text, "valea")  # no: the name, not the address, is searched
    assert dialog.model.rowCount() == 0
    dialog.text.clear()
    type_text(qtbot, dialog.text, "stefan")
    assert [p.id for p in dialog.model.rows()] == [people["twin"]]  # not the kept one itself
    type_text(qtbot, dialog.note, "aceeași persoană")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    assert len(dialogs.questions) == 1
    question = dialogs.questions[0]
    assert "Unificați „Stefan Popescu”" in question and "nu se șterge" in question
    qtbot.waitUntil(lambda: page.file is not None and len(page.file.merges) == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.people_model.rowCount() == 1, timeout=5000)

    core = ctx.core
    assert core.petitions.details(people["twin_petition"]).person_id == people["person"]
    assert core.registry.get(people["twin_petition"]).correspondent_name == "Stefan Popescu"
    merged = core.person_file.file(people["twin"])
    assert merged.redirected_from == people["twin"] and merged.person.id == people["person"]
    assert page.cases_model.rowCount() == 3
    assert "Stefan Popescu" in page.view.merges.text()


def test_saying_no_merges_nothing(
    qtbot: QtBot,
    window: MainWindow,
    ctx: AppContext,
    people: dict[str, int],
    dialogs: DialogRecorder,
) -> None:
    dialogs.answer = False
    page = _open_page(qtbot, window)
    _search(qtbot, page, "popescu", 2)
    _choose(qtbot, page, people["person"])
    click(qtbot, page.view.merge_button)
    dialog = page.dialog
    assert isinstance(dialog, MergeDialog)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert len(dialogs.questions) == 1
    ctx.tasks.wait_for_done()
    assert ctx.core.petitions.details(people["twin_petition"]).person_id == people["twin"]
    assert ctx.core.person_file.file(people["person"]).merges == ()


def test_gdpr_export_pdf_and_excel(
    qtbot: QtBot,
    window: MainWindow,
    people: dict[str, int],
    file_dialogs: FilesRecorder,
    dialogs: DialogRecorder,
) -> None:
    page = _open_page(qtbot, window)
    _search(qtbot, page, "stefan popescu", 2)
    _choose(qtbot, page, people["person"])

    click(qtbot, page.view.pdf_button)
    pdf = file_dialogs.folder / "date-personale-stefan-popescu.pdf"
    qtbot.waitUntil(lambda: page.last_export == pdf, timeout=10000)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert file_dialogs.opened == [pdf]

    click(qtbot, page.view.xlsx_button)
    xlsx = file_dialogs.folder / "date-personale-stefan-popescu.xlsx"
    qtbot.waitUntil(lambda: page.last_export == xlsx, timeout=10000)
    book = load_workbook(xlsx)
    subjects = {row[2] for row in book["Cazuri"].iter_rows(min_row=2, values_only=True)}
    assert subjects == {"Repararea podețului", "Bugetul local pe 2025"}
    assert any("GDPR" in text for text in dialogs.infos)
    assert dialogs.errors == []
