"""The register of audiences: the 17 SPEC §3.3 columns, export → import → export gives the same
cells, the import is all or nothing, and the book continues its leaves."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.dto_audiences import AudienceInput, AudienceRow
from cic_desktop.dto_petitions import PetitionInput
from cic_desktop.importing.audiences_import import check_audiences_file
from cic_desktop.importing.issues import ImportRejectedError
from cic_desktop.registers.audiences_register import COLUMNS, RegisterLine
from cic_desktop.render.xlsx.audiences_export import write_register_xlsx
from db.enums import RegisterCode
from db.models import Audience, Petition
from tests.cic_desktop.audiences.outputs_scenario import build
from tests.cic_desktop.render.pdftools import flat, pdf_text, requires_poppler
from tests.conftest import configure

SPEC_COLUMNS = (
    "Nr. crt.",
    "Data înscrierii",
    "Data și ora audienței",
    "Persoana care acordă audiența",
    "Numele și prenumele solicitantului",
    "Localitatea / adresa",
    "Telefon / e-mail (opțional)",
    "Nr. înregistrare cerere anterioară (dacă există)",
    "Problema prezentată (rezumat)",
    "Domeniu",
    "Participanți din aparatul de specialitate",
    "Rezoluția / măsura dispusă",
    "Compartiment responsabil",
    "Termen",
    "Înregistrată ca petiție: nr./data",
    "Data și modul comunicării răspunsului",
    "Observații",
)


def cells(path: Path) -> list[list[object]]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]


@pytest.fixture
def fresh_core(template_db: Path, tmp_path: Path) -> CicCore:
    """A second, empty database (same officials) to import into."""
    path = tmp_path / "other.sqlite"
    shutil.copyfile(template_db, path)
    core = CicCore.open(DbTarget(url=None, path=path), clock=FixedClock(date(2026, 11, 27)))
    configure(core)
    yield core  # type: ignore[misc]
    core.close()


def test_the_export_has_the_spec_columns_and_the_values(
    configured_core: CicCore, clock: FixedClock, tmp_path: Path
) -> None:
    sc = build(configured_core, clock)
    path = configured_core.audience_outputs.export_register(2026, "xlsx", tmp_path / "a.xlsx")
    rows = cells(path)
    assert COLUMNS == SPEC_COLUMNS
    assert tuple(rows[0]) == SPEC_COLUMNS
    data = {row[4]: row for row in rows[1:]}
    assert len(data) == 7
    first = data["Ștefan Popescu"]
    assert first[0] == 1 and first[1] == datetime(2026, 11, 2)
    assert first[2] == datetime(2026, 11, 4, 9, 0)
    assert first[3] == "Ion Țurcanu (primar)"
    assert first[6] == "0722 111 222"
    assert first[16] == "prezent; soluționat în audiență"
    dept = data["Ana-Maria Țîrlea"]
    assert dept[7] == "45/03.11.2026" and dept[13] == datetime(2026, 11, 20)
    assert dept[12] == "Urbanism și amenajarea teritoriului"
    petition = configured_core.audiences.details(sc.petition)
    assert data["Mihai Șerban"][14] == petition.petition_number
    assert data["Ioana Răducanu"][2] == datetime(2026, 11, 11, 9, 0)
    assert "amânat de la 04.11.2026 10:00 la 11.11.2026 09:00" in data["Ioana Răducanu"][16]
    assert data["Elena Bălan"][16].startswith("ANULAT – Înscrisă de două ori din greșeală. ")
    struck = openpyxl.load_workbook(path).worksheets[0]
    annulled_row = next(r for r in struck.iter_rows(min_row=3) if r[4].value == "Elena Bălan")
    assert all(c.font.strike for c in annulled_row if c.value is not None)


def test_the_screen_shows_the_cells_of_the_export(
    configured_core: CicCore, clock: FixedClock, tmp_path: Path
) -> None:
    """One builder: the rows the register screen lists are the rows of the Excel and the book."""
    build(configured_core, clock)
    path = configured_core.audience_outputs.export_register(2026, "xlsx", tmp_path / "a.xlsx")
    screen = configured_core.audiences.rows(2026)

    def same(value: object) -> object:
        """Excel keeps dates as midnight date-times and empty cells as None."""
        if value == "":
            return None
        if isinstance(value, datetime) and (value.hour, value.minute) == (0, 0):
            return value.date()
        return value

    assert [[same(v) for v in RegisterLine(r).cells()] for r in screen] == [
        [same(v) for v in row] for row in cells(path)[1:]
    ]
    notes = {r.name: r.notes for r in screen}
    assert notes["Gheorghe Ionescu"] == "neprezentat"
    assert notes["Constantin Dumitru"] == "prezent; răspuns verbal; fără programare"


def test_export_import_export_gives_the_same_cells(
    configured_core: CicCore, clock: FixedClock, fresh_core: CicCore, tmp_path: Path
) -> None:
    build(configured_core, clock)
    first = configured_core.audience_outputs.export_register(2026, "xlsx", tmp_path / "1.xlsx")
    report = fresh_core.audience_outputs.import_register(first)
    assert report.saved and report.imported == 7 and report.annulled == 1
    second = fresh_core.audience_outputs.export_register(2026, "xlsx", tmp_path / "2.xlsx")
    assert cells(second)[1:] == cells(first)[1:]
    entries = fresh_core.registry.entries(RegisterCode.AUDIENCES, 2026)
    assert all(e.imported for e in entries)
    # The audiences sequence continues after the highest imported number.
    mayor = next(o.id for o in fresh_core.settings.officials() if o.role == "mayor")
    walk_in = fresh_core.audiences.sign_up(
        AudienceInput(mayor, date(2026, 11, 27), "Cerere nouă", "Rodica Pârvu", walk_in=True)
    )
    assert walk_in.entry.number == 8


def test_the_import_links_sign_ups_to_people_on_file_or_creates_them(
    configured_core: CicCore, clock: FixedClock, fresh_core: CicCore, tmp_path: Path
) -> None:
    """As the petitions import does: same kind, name and address → the person on file (the kept
    one after a merge); otherwise one new person each, so the person file shows the audiences."""
    build(configured_core, clock)
    path = configured_core.audience_outputs.export_register(2026, "xlsx", tmp_path / "a.xlsx")
    known = fresh_core.petitions.register(
        PetitionInput(subject="Iluminat stradal", kind="request", channel="registry_desk",
                      name="Ștefan Popescu", address="Sat Valea Mare nr. 3")
    )  # fmt: skip
    merged = fresh_core.petitions.register(
        PetitionInput(subject="Drum", kind="request", channel="registry_desk",
                      name="Ioana Răducanu")
    )  # fmt: skip
    kept = fresh_core.petitions.register(
        PetitionInput(subject="Drum, revenire", kind="request", channel="registry_desk",
                      name="Ioana Răducanu-Pop", address="Sat Nou nr. 1")
    )  # fmt: skip
    with fresh_core.read() as session:
        known_person, merged_person, kept_person = (
            session.get(Petition, entry_id).person_id  # type: ignore[union-attr]
            for entry_id in (known.id, merged.id, kept.id)
        )
    assert None not in (known_person, merged_person, kept_person)
    fresh_core.person_file.merge(kept_person, merged_person, "Aceeași persoană")  # type: ignore[arg-type]
    people_before = len(fresh_core.person_file.search())
    check = check_audiences_file(fresh_core, path)
    assert (check.people_linked, check.people_created) == (2, 5)
    report = fresh_core.audience_outputs.import_register(path)
    assert (report.people_linked, report.people_created) == (2, 5)
    assert "Solicitanți: 2 găsiți în evidență, 5 adăugați." in report.lines()
    assert len(fresh_core.person_file.search()) == people_before + 5
    entries = {e.correspondent_name: e.id for e in fresh_core.registry.entries("audiences", 2026)}
    file = fresh_core.person_file.file(known_person)
    cases = {c.register: c.entry_id for c in file.cases}
    assert cases == {"petitions": known.id, "audiences": entries["Ștefan Popescu"]}
    with fresh_core.read() as session:
        linked = dict(session.execute(select(Audience.entry_id, Audience.person_id)).tuples().all())
    assert None not in linked.values() and len(set(linked.values())) == 7
    assert linked[entries["Ioana Răducanu"]] == kept_person  # the record kept after the merge
    newcomer = fresh_core.person_file.file(linked[entries["Ana-Maria Țîrlea"]])
    assert newcomer.person.address == "Sat Fântânele nr. 8"
    assert newcomer.person.email == "ana@example.ro"
    assert [c.entry_id for c in newcomer.cases] == [entries["Ana-Maria Țîrlea"]]


def test_hand_written_rows_survive_the_round_trip(fresh_core: CicCore, tmp_path: Path) -> None:
    """Rows the app itself never writes: unknown official, text petition, no hour, odd notes."""
    base = dict(
        entry_id=0, number_text="", slot_time=None, official="Ion Țurcanu (primar)", address="",
        contact="", previous_number="", domain="", participants="", resolution="", department="",
        term=None, petition_number="", answer="", state="present", outcome=None, annulled=False,
        imported=True,
    )  # fmt: skip
    rows = [
        AudienceRow(**{**base, "index": 1, "number": 3, "registered_on": date(2025, 3, 3),
            "audience_day": date(2025, 3, 5), "slot_time": "10:30", "name": "Rodica Pârvu",
            "subject": "Canalizare; racord", "contact": "0744 000 000 / rp@example.ro",
            "petition_number": "88/05.03.2025", "notes": "prezent; înregistrat ca petiție; "
            "amânat de la 26.02.2025 la 05.03.2025; a venit cu fiul; cere răspuns scris"}),
        AudienceRow(**{**base, "index": 2, "number": 9, "registered_on": date(2025, 4, 1),
            "audience_day": date(2025, 4, 2), "official": "Maria Popa (fost viceprimar)",
            "name": "Nicolae Drăgulescu", "subject": "Teren", "answer": "10.04.2025, poștă",
            "domain": "Fond funciar", "department": "Biroul juridic", "term": date(2025, 4, 30),
            "resolution": "Se verifică actele.", "notes": "prezent; trimis la compartiment"}),
        AudienceRow(**{**base, "index": 3, "number": 10, "registered_on": date(2025, 4, 1),
            "audience_day": date(2025, 4, 2), "name": "Vasile Cîrstea", "subject": "Dublură",
            "annulled": True, "notes": "ANULAT – greșeală. Înscris de 2 ori. neprezentat; "
            "fără programare"}),
    ]  # fmt: skip
    source = tmp_path / "istoric.xlsx"
    write_register_xlsx([RegisterLine(r) for r in rows], 2025, source)
    report = fresh_core.audience_outputs.import_register(source)
    assert report.years[0].missing == (1, 2, 4, 5, 6, 7, 8)
    assert any("Maria Popa" in w.text() for w in report.warnings)
    again = fresh_core.audience_outputs.export_register(2025, "xlsx", tmp_path / "again.xlsx")
    assert cells(again)[1:] == cells(source)[1:]


def test_a_bad_file_is_refused_row_by_row_and_nothing_is_saved(
    fresh_core: CicCore, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Registrul de audiențe"])
    sheet.append(list(SPEC_COLUMNS))
    good = [1, date(2026, 1, 5), datetime(2026, 1, 7, 9), "Ion Țurcanu (primar)", "Ana Pop"]
    sheet.append(good + [""] * 3 + ["Drum"] + [""] * 7 + ["prezent"])
    sheet.append([2, date(2026, 1, 5), "31.02.2026", "", "Ion Pop"] + [""] * 3 + ["Apă"]
                 + [""] * 7 + ["prezent"])  # fmt: skip
    sheet.append([1, date(2026, 1, 6), date(2026, 1, 7), "", ""] + [""] * 3 + ["Gard"]
                 + [""] * 7 + ["poate"])  # fmt: skip
    path = tmp_path / "gresit.xlsx"
    book.save(path)
    with pytest.raises(ImportRejectedError) as caught:
        fresh_core.audience_outputs.import_register(path)
    text = str(caught.value)
    assert "Rândul 4, coloana „Data și ora audienței”: Data „31.02.2026” nu există." in text
    assert "Rândul 5, coloana „Numele și prenumele solicitantului”" in text
    assert "nu s-a salvat nimic" in text
    assert fresh_core.registry.entries(RegisterCode.AUDIENCES) == []


@requires_poppler
def test_the_book_strikes_annulled_rows_and_continues_its_leaves(
    configured_core: CicCore, clock: FixedClock, tmp_path: Path
) -> None:
    build(configured_core, clock)
    books = configured_core.books
    first = books.print_book(RegisterCode.AUDIENCES, 2026, tmp_path / "carte1.pdf")
    assert first.rows == 7 and first.opening and first.struck_entries == frozenset({6})
    text = flat(pdf_text(tmp_path / "carte1.pdf"))
    assert "REGISTRUL DE AUDIENȚE" in text and "Persoana care acordă audiența" in text
    assert "Ana-Maria Țîrlea" in text and "soluționat în audiență" in text
    mayor = next(o.id for o in configured_core.settings.officials() if o.role == "mayor")
    configured_core.audiences.sign_up(
        AudienceInput(mayor, date(2026, 11, 27), "Cerere", "Rodica Pârvu", walk_in=True)
    )
    nxt = books.next_print(2026, RegisterCode.AUDIENCES)
    assert (nxt.first_index, nxt.pending_rows) == (8, 1)
    second = books.print_book(RegisterCode.AUDIENCES, 2026, tmp_path / "carte2.pdf")
    assert second.first_page == first.last_page + 1 and second.rows == 1
    assert "Rodica Pârvu" in pdf_text(tmp_path / "carte2.pdf")


def test_a_register_typed_from_paper_needs_no_attendance_word(
    fresh_core: CicCore, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(SPEC_COLUMNS))
    held = [1, date(2026, 1, 5), datetime(2026, 1, 7, 9), "Ion Țurcanu (primar)", "Ana Pop"]
    sheet.append(held + [""] * 3 + ["Drum"] + [""] * 7 + ["a venit cu avocatul"])
    coming = [2, date(2026, 11, 20), datetime(2026, 12, 2, 10), "Ion Țurcanu (primar)", "Ion Pop"]
    sheet.append(coming + [""] * 3 + ["Apă"] + [""] * 7 + [""])
    path = tmp_path / "din_registrul_de_hartie.xlsx"
    book.save(path)

    fresh_core.audience_outputs.import_register(path)

    rows = {r.number: r for r in fresh_core.audiences.rows(2026)}
    assert (rows[1].state, rows[2].state) == ("present", "scheduled")
    assert "a venit cu avocatul" in rows[1].notes
