"""Upgrading a database whose sealed tables gain columns keeps its audit chain verifiable, and
never launders a row changed behind the app's back (migration 0008, db/migration_seals.py)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from db import audit_chain
from db.engine import make_engine, sqlite_url
from db.migrate import upgrade

WHEN = datetime(2026, 3, 2, 9, 30)


def _row(table: sa.Table, **values: object) -> dict[str, object]:
    """Every NOT NULL column without a default gets a plain value, then `values` on top."""
    plain: dict[type, object] = {
        sa.String: "",
        sa.Text: "",
        sa.Integer: 0,
        sa.Date: date(2026, 3, 2),
        sa.DateTime: WHEN,
        sa.Boolean: False,
    }
    row: dict[str, object] = {}
    for column in table.columns:
        if column.nullable or column.primary_key or column.server_default is not None:
            continue
        row[column.name] = next(v for t, v in plain.items() if isinstance(column.type, t))
    row.update(values)
    return row


def _database_at_0007(path: Path) -> sa.Engine:
    engine = make_engine(sqlite_url(path))
    upgrade(engine, "0007")
    meta = sa.MetaData()
    meta.reflect(bind=engine)
    t = meta.tables
    with engine.begin() as conn:
        conn.execute(
            t["person"].insert(), [_row(t["person"], id=1, kind="natural", name="Ștefan Popescu")]
        )
        for entry_id, name in ((1, "Ștefan Popescu"), (2, "Ana Marin")):
            conn.execute(
                t["registry_entry"].insert(),
                [
                    _row(
                        t["registry_entry"],
                        id=entry_id,
                        register_code="petitions",
                        year=2026,
                        number=entry_id,
                        subject="Iluminat public",
                        correspondent_name=name,
                        status="active",
                    )
                ],
            )
            conn.execute(
                t["petition"].insert(),
                [
                    _row(
                        t["petition"],
                        entry_id=entry_id,
                        person_id=1,
                        petitioner_kind="natural",
                        channel="post",
                        kind="request",
                        state="registered",
                    )
                ],
            )
        session = Session(bind=conn)
        seals = {
            "registry_entry": audit_chain.state_hashes(session, "registry_entry", [1, 2], dict(t)),
            "person": audit_chain.state_hashes(session, "person", [1], dict(t)),
        }
        head = t["audit_head"]
        prev = conn.execute(sa.select(head.c.last_hash)).scalar() or audit_chain.GENESIS
        first = (conn.execute(sa.select(sa.func.max(t["audit_event"].c.id))).scalar() or 0) + 1
        for event_id, (entity, entity_id) in enumerate(
            (("person", 1), ("registry_entry", 1), ("registry_entry", 2)), start=first
        ):
            fields: dict[str, object] = {
                "id": event_id,
                "occurred_at": WHEN,
                "user_id": None,
                "user_name": "Maria Ionescu",
                "action": "create",
                "entity": entity,
                "entity_id": entity_id,
                "summary": "Înregistrat",
                "before_json": None,
                "after_json": None,
                "state_hash": seals[entity][entity_id],
                "prev_hash": prev,
            }
            fields["hash"] = prev = audit_chain.event_hash(fields)
            conn.execute(t["audit_event"].insert(), [fields])
        conn.execute(head.update().values(last_event_id=event_id, last_hash=prev))
    return engine


def _problems(engine: sa.Engine) -> list[str]:
    with Session(engine) as session:
        problems, _count = audit_chain.verify(session, None)
    return [p.message_ro for p in problems]


def test_upgrade_reseals_intact_rows_and_keeps_tampering_visible(tmp_path: Path) -> None:
    engine = _database_at_0007(tmp_path / "vechi.sqlite")
    with engine.begin() as conn:  # changed behind the app's back, before the upgrade
        conn.exec_driver_sql("UPDATE registry_entry SET subject = 'altceva' WHERE id = 2")

    upgrade(engine)

    problems = _problems(engine)
    assert len(problems) == 1 and "registry_entry 2" in problems[0]
    with engine.connect() as conn:
        resealed = conn.exec_driver_sql(
            "SELECT entity, entity_id FROM audit_event WHERE action = 'migrate' ORDER BY id"
        ).all()
        sort_keys = conn.exec_driver_sql("SELECT name_sort FROM person").scalars().all()
    assert [tuple(r) for r in resealed] == [("person", 1), ("registry_entry", 1)]
    assert sort_keys == ["s~1tefan popescu"]
    engine.dispose()


def test_upgrade_of_an_untouched_database_verifies(tmp_path: Path) -> None:
    engine = _database_at_0007(tmp_path / "vechi.sqlite")
    upgrade(engine)
    assert _problems(engine) == []
    engine.dispose()


def test_verifying_an_older_file_asks_to_open_it_first(tmp_path: Path) -> None:
    from cic_desktop.audit_verify import verify_audit
    from cic_desktop.config import DbTarget
    from cic_desktop.errors import DatabaseError

    path = tmp_path / "vechi.sqlite"
    _database_at_0007(path).dispose()
    with pytest.raises(DatabaseError) as err:
        verify_audit(DbTarget(url=None, path=path))
    assert "versiunea 0007" in err.value.message_ro and "Deschideți-o" in err.value.message_ro


def test_a_link_broken_before_the_upgrade_does_not_stop_it(tmp_path: Path) -> None:
    engine = _database_at_0007(tmp_path / "vechi.sqlite")
    raw = engine.raw_connection()
    try:  # an old file with a petition pointing to a person who is not there
        raw.driver_connection.execute("PRAGMA foreign_keys = OFF")
        raw.driver_connection.execute("UPDATE petition SET person_id = 999 WHERE entry_id = 2")
        raw.driver_connection.commit()
    finally:
        raw.close()
    engine.dispose()
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "0008"
    engine.dispose()


def test_an_upgrade_that_would_break_links_is_refused_in_romanian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cic_desktop import storage
    from cic_desktop.config import DbTarget
    from cic_desktop.errors import DatabaseError
    from db.migrate import MigrationForeignKeyError

    path = tmp_path / "vechi.sqlite"
    _database_at_0007(path).dispose()

    def breaking(_engine: sa.Engine, _revision: str = "head") -> None:
        raise MigrationForeignKeyError([("petition", 1, "person", 0)])

    monkeypatch.setattr(storage, "upgrade", breaking)
    with pytest.raises(DatabaseError) as err:
        storage.prepare(DbTarget(url=None, path=path), create=False, now=WHEN)
    assert "a fost oprită" in err.value.message_ro and "1 legături" in err.value.message_ro
