"""The audit trail is append-only and hash-chained; tampering behind the app's back is named."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cic_desktop.audit_head import head_path, read_head
from cic_desktop.audit_verify import verify_audit
from cic_desktop.cli import run_headless
from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from db.engine import make_engine, sqlite_url
from db.migrate import upgrade
from tests.cic_desktop.petitions.conftest import petition
from tests.conftest import TODAY, configure


@pytest.fixture
def filled(configured_core: CicCore, db_path: Path) -> Path:
    core = configured_core
    for i in range(5):
        core.petitions.register(petition(subject=f"Cerere numărul {i} despre drum"))
    core.petitions.annul(1, "Înregistrată de două ori")
    core.close()
    return db_path


def target(path: Path) -> DbTarget:
    return DbTarget(url=None, path=path)


def sql(path: Path, statement: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(statement)
    conn.close()


def test_an_untouched_database_verifies(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = verify_audit(target(filled))
    assert report.ok, report.lines()
    assert report.events > 10
    assert read_head(target(filled)) is not None
    assert run_headless(["audit", "verify", "--db", str(filled)]) == 0
    assert "intact" in capsys.readouterr().out


def test_a_registry_row_edited_with_sqlite3_is_named(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sql(filled, "UPDATE registry_entry SET subject = 'altceva' WHERE number = 3")
    report = verify_audit(target(filled))
    assert not report.ok
    assert any("registry_entry 3" in p.message_ro for p in report.problems)
    assert run_headless(["audit", "verify", "--db", str(filled)]) == 1
    out = capsys.readouterr().out
    assert "NU ESTE INTACT" in out and "Prima verigă ruptă" in out


def test_a_petition_detail_edited_is_named(filled: Path) -> None:
    sql(filled, "UPDATE petition SET state = 'sent' WHERE entry_id = 2")
    report = verify_audit(target(filled))
    assert any("registry_entry 2" in p.message_ro for p in report.problems)


def test_an_audit_row_edited_is_named(filled: Path) -> None:
    sql(filled, "UPDATE audit_event SET user_name = 'Altcineva' WHERE id = 4")
    report = verify_audit(target(filled))
    assert not report.ok
    assert report.problems[0].event_id == 4


def test_an_audit_row_deleted_breaks_the_chain_at_the_next(filled: Path) -> None:
    sql(filled, "DELETE FROM audit_event WHERE id = 4")
    report = verify_audit(target(filled))
    assert report.problems[0].event_id == 5
    assert "întrerupt" in report.problems[0].message_ro


def test_rows_cut_from_the_end_are_detected(filled: Path) -> None:
    with sqlite3.connect(filled) as conn:
        last = conn.execute("SELECT max(id) FROM audit_event").fetchone()[0]
        conn.execute("DELETE FROM audit_event WHERE id > ?", (last - 2,))
        # Even a careful forger who also rewinds the head inside the file is caught by the
        # copy outside it.
        row = conn.execute("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
        conn.execute("UPDATE audit_head SET last_event_id = ?, last_hash = ?", row)
    conn.close()
    report = verify_audit(target(filled))
    assert not report.ok
    assert any("șterse evenimente de la sfârșit" in p.message_ro for p in report.problems)


def test_an_entry_inserted_behind_the_apps_back_is_named(filled: Path) -> None:
    sql(
        filled,
        "INSERT INTO registry_entry (register_code, sequence_code, year, number, "
        "number_prefix, registered_on, received_on, subject, correspondent_name, "
        "correspondent_address, search_key, status, imported, created_at) VALUES ('petitions', "
        "'general', 2026, 99, '', '2026-11-27', '2026-11-27', 'fals', '', '', '', 'active', 0, "
        "'2026-11-27 09:00:00')",
    )
    report = verify_audit(target(filled))
    assert any("99/2026" in p.message_ro for p in report.problems)


def test_migration_seals_events_recorded_before_the_chain_existed(tmp_path: Path) -> None:
    path = tmp_path / "vechi.sqlite"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0003")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO staff (id, name, job_title, active) VALUES (1, 'Maria', '', 1)")
        conn.execute(
            "INSERT INTO audit_event (occurred_at, user_id, user_name, action, entity, "
            "entity_id, summary) VALUES ('2026-01-05 09:00:00', 1, 'Maria', 'settings', "
            "'staff', 1, 'Personal CIC: Maria')"
        )
    conn.close()
    with CicCore.open(target(path), clock=FixedClock(TODAY)) as core:
        configure(core)
        core.registry.register("petitions", subject="După actualizare")
    assert verify_audit(target(path)).ok


def test_head_file_sits_beside_the_database(filled: Path) -> None:
    assert head_path(target(filled)).parent == filled.parent
