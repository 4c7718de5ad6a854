"""core.search.find across registers: names, subject words, numbers, grouping, and the index kept
in step by every path that writes an entry (service, direct ORM rows as the importers build them,
edits, and the migration for databases that had entries before the index existed)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect

from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.errors import ValidationError
from cic_desktop.search.index import indexed_words
from db.base import Base
from db.engine import make_engine, sqlite_url
from db.migrate import upgrade
from db.models import RegistryEntry
from db.queries.search_fts import FTS_TABLES, include_name
from tests.cic_desktop.petitions.conftest import petition
from tests.cic_desktop.public_info.test_public_info_service import request
from tests.conftest import TODAY, configure


def ids(core: CicCore, text: str) -> set[int]:
    return set(core.search.find(text).entry_ids())


@pytest.fixture
def filled(configured_core: CicCore) -> CicCore:
    return configured_core


def register(core: CicCore, code: str = "petitions", **fields: object) -> int:
    values: dict[str, object] = {"subject": "Cerere", "correspondent_name": "Ion Vasile"}
    values.update(fields)
    return core.registry.register(code, **values).id  # type: ignore[arg-type]


def test_a_name_is_found_without_diacritics_case_or_cedilla(filled: CicCore) -> None:
    comma = register(filled, correspondent_name="Ștefan Țurcanu")
    cedilla = register(filled, correspondent_name="ŞTEFAN ŢURCANU")
    other = register(filled, correspondent_name="Ana Stan")

    assert ids(filled, "stefan") == {comma, cedilla}
    assert ids(filled, "ȘTEF ţurc") == {comma, cedilla}
    assert ids(filled, "tur ste") == {comma, cedilla}
    assert ids(filled, "st") == {comma, cedilla, other}
    assert ids(filled, "stefana") == set()
    assert ids(filled, "efan") == set()  # the start of a word, not any part of it


def test_every_word_must_match_name_subject_or_number(filled: CicCore) -> None:
    lamp = register(filled, subject="Iluminat public nefuncțional pe strada Morii")
    road = register(filled, subject="Repararea drumului comunal", correspondent_name="Maria Morar")

    assert ids(filled, "ilum str mor") == {lamp}
    assert ids(filled, "mor") == {lamp, road}
    assert ids(filled, "nefunctional") == {lamp}
    assert ids(filled, "morar drum") == {road}
    assert ids(filled, "morar ilum") == set()


def test_registration_numbers_in_every_printed_form(filled: CicCore, clock: FixedClock) -> None:
    clock.advance_to(date(2026, 12, 1))
    entries = [filled.registry.register("petitions", subject="Cerere") for _ in range(12)]
    twelfth = entries[11]
    assert twelfth.number == 12 and twelfth.number_text == "12/01.12.2026"

    assert ids(filled, "12/2026") == {twelfth.id}
    assert ids(filled, "12/01.12.2026") == {twelfth.id}
    assert ids(filled, "12/1.12.2026") == {twelfth.id}
    assert ids(filled, "12/2025") == set()
    assert ids(filled, "12/02.12.2026") == set()
    # A bare number is a word: it starts the number 12 (and nothing else here starts with 12).
    assert ids(filled, "12") == {twelfth.id}
    assert ids(filled, "1") == {entries[0].id, entries[9].id, entries[10].id, twelfth.id}
    assert ids(filled, "01.12") == {e.id for e in entries}


def test_the_configured_prefix_is_part_of_the_number(filled: CicCore) -> None:
    institution = filled.settings.institution()
    from dataclasses import replace

    filled.settings.save_institution(replace(institution, number_prefix="CIC"))
    entry = filled.registry.register("petitions", subject="Cerere")
    assert entry.number_text == f"{entry.number}/CIC/27.11.2026"

    assert ids(filled, entry.number_text) == {entry.id}
    assert ids(filled, f"{entry.number}/cic/27.11.2026") == {entry.id}
    assert ids(filled, f"{entry.number}/ABC/27.11.2026") == set()
    assert ids(filled, "cic") == {entry.id}


def test_groups_follow_the_register_order_newest_first_with_totals(
    filled: CicCore, clock: FixedClock
) -> None:
    info = filled.public_info.register(request(name="Ștefan Ionescu")).id
    first = filled.petitions.register(petition()).id
    clock.advance_to(date(2026, 11, 30))
    second = filled.petitions.register(petition()).id

    results = filled.search.find("stefan")
    assert [g.register_code for g in results.groups] == ["petitions", "public_info"]
    petitions, infos = results.groups
    assert [line.entry_id for line in petitions.lines] == [second, first]
    assert [line.entry_id for line in infos.lines] == [info]
    assert (petitions.total, infos.total, results.total) == (2, 1, 3)
    line = petitions.lines[0]
    assert line.number_text == "3/30.11.2026" and line.registered_on == date(2026, 11, 30)
    assert line.name == "Ştefan Popescu".replace("Ş", "Ș")
    assert line.state == "înregistrată" and not line.annulled
    assert infos.lines[0].state == "înregistrată"


def test_the_limit_keeps_the_newest_and_the_total_counts_all(
    filled: CicCore, clock: FixedClock
) -> None:
    made = [register(filled, subject=f"Sesizare {i}") for i in range(7)]
    results = filled.search.find("sesizare", limit_per_register=3)
    (group,) = results.groups
    assert group.total == 7
    assert [line.entry_id for line in group.lines] == made[::-1][:3]
    with pytest.raises(ValidationError):
        filled.search.find("sesizare", limit_per_register=0)


def test_annulled_entries_are_found_and_marked(filled: CicCore) -> None:
    entry = register(filled, subject="Dublură")
    filled.registry.annul(entry, "Înregistrare greșită")
    (line,) = filled.search.find("dublura").groups[0].lines
    assert line.annulled and line.state == "anulată"


def test_long_subjects_are_shortened_to_one_line(filled: CicCore) -> None:
    register(filled, subject="Cerere\n" + "cuvânt " * 60)
    (line,) = filled.search.find("cerere").groups[0].lines
    assert line.subject.startswith("Cerere cuvânt") and line.subject.endswith("…")
    assert len(line.subject) <= 120 and "\n" not in line.subject


def test_nothing_typed_finds_nothing(filled: CicCore) -> None:
    register(filled)
    assert filled.search.find("").groups == () and filled.search.find(" - ").groups == ()


def test_entries_built_directly_like_the_importers_do_are_indexed(filled: CicCore) -> None:
    with filled.write() as session:
        session.add_all(
            [
                RegistryEntry(
                    register_code="petitions",
                    sequence_code=None,
                    year=2019,
                    number=number,
                    registered_on=date(2019, 3, number),
                    received_on=date(2019, 3, number),
                    subject=f"Petiție veche {number}",
                    correspondent_name="Vasile Țăranu",
                    imported=True,
                    created_at=datetime(2026, 11, 27, 9),
                )
                for number in (4, 5)
            ]
        )
    found = filled.search.find("taranu petitie")
    assert [line.number_text for line in found.groups[0].lines] == ["5/05.03.2019", "4/04.03.2019"]
    assert [line.entry_id for line in filled.search.find("4/2019").groups[0].lines] == [
        found.groups[0].lines[1].entry_id
    ]


def test_editing_name_or_subject_reindexes_the_entry(filled: CicCore) -> None:
    entry = register(filled, subject="Cerere despre gunoi", correspondent_name="Ion Vasile")
    with filled.write() as session:
        row = session.get(RegistryEntry, entry)
        assert row is not None
        row.subject = "Sesizare despre iluminat"
        row.correspondent_name = "Ioana Mureșan"
    assert ids(filled, "gunoi") == set() and ids(filled, "vasile") == set()
    assert ids(filled, "iluminat muresan") == {entry}
    with filled.read() as session:
        words = indexed_words(session.connection(), entry)
    assert "gunoi" not in words and {"sesizare", "iluminat", "ioana"} <= words


def test_a_change_to_other_columns_leaves_the_words_alone(filled: CicCore) -> None:
    entry = register(filled, subject="Cerere")
    filled.registry.annul(entry, "Înregistrare greșită")
    assert ids(filled, "cerere") == {entry}


def test_migration_indexes_entries_registered_before_the_index(tmp_path: Path) -> None:
    path = tmp_path / "vechi.sqlite"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0007")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        for number, name, subject in (
            (7, "Ştefan Pârvu", "Cerere privind îngrijirea parcului"),
            (8, "Ana Stan", "Sesizare iluminat"),
        ):
            conn.execute(
                "INSERT INTO registry_entry (register_code, sequence_code, year, number, "
                "number_prefix, registered_on, received_on, subject, correspondent_name, "
                "correspondent_address, search_key, status, imported, created_at) VALUES "
                "('petitions', NULL, 2025, ?, 'CIC', '2025-01-15', '2025-01-15', ?, ?, '', '', "
                "'active', 1, '2025-01-15 09:00:00')",
                (number, subject, name),
            )
    conn.close()
    with CicCore.open(DbTarget(url=None, path=path), clock=FixedClock(TODAY)) as core:
        configure(core)
        (old,) = core.search.find("stefan ingrij").groups[0].lines
        assert old.number_text == "7/CIC/15.01.2025" and old.name == "Ştefan Pârvu"
        assert len(core.search.find("8/CIC/15.01.2025").entry_ids()) == 1
        assert len(core.search.find("15.01.2025").entry_ids()) == 2
        new = core.registry.register(
            "petitions", subject="Cerere nouă", correspondent_name="Ștefan"
        )
        assert ids(core, "stefan") == {old.entry_id, new.id}


def test_a_changed_number_or_register_moves_the_entry_in_the_index(filled: CicCore) -> None:
    entry = register(filled, subject="Cerere mutată", correspondent_name="Ion Vasile")
    with filled.write() as session:
        row = session.get(RegistryEntry, entry)
        assert row is not None
        row.number, row.year = 4321, 2019
    assert filled.search.find("4321/2019").entry_ids() == [entry]
    assert ids(filled, "mutata") == {entry}
    with filled.write() as session:
        row = session.get(RegistryEntry, entry)
        assert row is not None
        row.register_code = "public_info"
    (group,) = filled.search.find("mutata").groups
    assert (group.register_code, group.total, group.lines[0].entry_id) == ("public_info", 1, entry)
    with filled.write() as session:  # the old number never loaded: found by a scan, still gone
        row = session.get(RegistryEntry, entry)
        assert row is not None
        session.expire(row, ["number"])
        row.number = 4322
    assert filled.search.find("4322/2019").entry_ids() == [entry]
    assert filled.search.find("4321/2019").entry_ids() == []
    assert filled.search.find("mutata").total == 1


def test_the_sqlite_file_holds_the_models_plus_only_the_fts5_tables(core: CicCore) -> None:
    """What the schema comparison leaves out (db.queries.search_fts.include_name) is just that."""
    tables = set(inspect(core.engine).get_table_names())
    assert tables - set(Base.metadata.tables) - {"alembic_version"} == FTS_TABLES
    assert {name for name in tables if include_name(name, "table", {})} == tables - FTS_TABLES


def test_operator_words_are_plain_words(filled: CicCore) -> None:
    entry = register(filled, subject="Cerere AND sau OR, NOT NEAR gard")
    register(filled, subject="Cerere gard")
    assert ids(filled, "and or not near") == {entry}
    assert ids(filled, 'gard "') != set()
