"""A full disk or a locked file gets a clear Romanian message, and nothing is left half-written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from cic_desktop.core import CicCore
from cic_desktop.errors import DatabaseError
from tests.cic_desktop.petitions.conftest import petition


def _numbers(path: Path) -> tuple[list[int], str]:
    conn = sqlite3.connect(path)
    try:
        numbers = [
            r[0]
            for r in conn.execute(
                "SELECT e.number FROM registry_entry e JOIN petition p ON p.entry_id = e.id ORDER BY 1"
            )
        ]
        return numbers, conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_full_disk(configured_core: CicCore, db_path: Path) -> None:
    core = configured_core
    with core.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(core.engine, "connect")
    def _small_disk(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 3}")

    core.engine.dispose()  # pooled connections were opened before the disk "filled up"
    saved = 0
    with pytest.raises(DatabaseError) as err:
        for i in range(5000):
            core.petitions.register(petition(subject=f"Cerere lungă {i} " + "text " * 300))
            saved += 1
    assert "Discul este plin" in err.value.message_ro
    numbers, integrity = _numbers(db_path)
    assert integrity == "ok"
    assert numbers == list(range(1, saved + 1))


def test_locked_file(configured_core: CicCore, db_path: Path) -> None:
    core = configured_core
    core.petitions.register(petition())

    @event.listens_for(core.engine, "connect")
    def _impatient(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA busy_timeout = 100")

    core.engine.dispose()  # the pooled connections keep their long timeout

    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError) as err:
            core.petitions.register(petition(subject="În timp ce alt program ține fișierul"))
        assert "folosită de alt program" in err.value.message_ro
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert core.petitions.register(petition(subject="După")).entry.number == 2
