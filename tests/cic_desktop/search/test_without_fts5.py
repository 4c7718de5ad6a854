"""A SQLite library built without FTS5 still searches: the database gets the word table instead."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.dto import InstitutionData
from db.queries import search_fts
from tests.cic_desktop.petitions.conftest import petition


def test_without_fts5_the_word_table_finds_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_fts, "fts5_compiled", lambda _bind: False)
    core = CicCore.open(
        DbTarget(url=None, path=tmp_path / "fara_fts.sqlite"), clock=FixedClock(date(2026, 11, 27))
    )
    try:
        core.settings.complete_first_run(
            InstitutionData(commune="Valea Mare", county="Argeș"), ["Maria Ionescu"], []
        )
        core.set_current_user(core.settings.staff()[0].id)
        first = core.petitions.register(petition(name="Ștefan Popescu", subject="Iluminat public"))
        core.petitions.register(petition(name="Ana Marin", subject="Drum lateral"))

        with core.engine.connect() as connection:
            assert not search_fts.uses_fts(connection)
            tables = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name = 'search_fts'"
            ).all()
            words = connection.exec_driver_sql("SELECT count(*) FROM search_word").scalar()
        assert tables == [] and words > 0

        found = core.search.find("stefan ilum")
        assert [line.entry_id for group in found.groups for line in group.lines] == [first.id]
        assert core.search.find("marin").total == 1
    finally:
        core.close()
