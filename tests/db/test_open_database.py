"""Opening a database: new, outdated (backed up, then migrated), newer, foreign, damaged, read-only."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget, resolve_db_target
from cic_desktop.core import CicCore
from cic_desktop.dto import InstitutionData
from cic_desktop.errors import (
    DatabaseFolderMissingError,
    DatabaseNewerError,
    DatabaseReadOnlyError,
    NotADatabaseError,
)
from db.base import Base
from db.engine import make_engine, sqlite_url
from db.migrate import SchemaState, head_revision, known_revisions, schema_status, upgrade
from db.queries.search_fts import include_name
from tests.conftest import TODAY, configure


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_core(path: Path, **kw: object) -> CicCore:
    return CicCore.open(DbTarget(url=None, path=path), clock=FixedClock(TODAY), **kw)  # type: ignore[arg-type]


def test_new_file_is_created_and_migrated_to_head(tmp_path: Path) -> None:
    path = tmp_path / "nou.sqlite"
    with open_core(path) as core:
        assert schema_status(core.engine).state is SchemaState.CURRENT
        assert core.migration_backup is None
    assert path.exists()


def test_fresh_upgrade_matches_the_models(core: CicCore) -> None:
    with core.engine.connect() as conn:
        # The FTS5 search tables (SQLite only) are made by the migration, not by models.
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_sqlite_pragmas(core: CicCore) -> None:
    with core.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_every_shipped_revision_upgrades_with_a_backup_first(tmp_path: Path) -> None:
    for revision in known_revisions()[:-1]:
        path = tmp_path / f"vechi-{revision}.sqlite"
        engine = make_engine(sqlite_url(path))
        upgrade(engine, revision)
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO institution (id, commune, county, address, cif, phone, email, website,"
                " public_hours, responsible_544, responsible_52, dpo_contact, number_prefix,"
                " reminder_lead_days) VALUES (1, 'Sânmartin', 'Bihor', '', '', '', '', '', '', '',"
                " '', '', '', 2)"
            )
        engine.dispose()
        before = digest(path)

        with open_core(path) as core:
            assert schema_status(core.engine).current == head_revision()
            assert core.settings.institution().commune == "Sânmartin"
            backup = core.migration_backup
        assert backup is not None and backup.exists()
        assert backup.parent == path.parent / "backups"
        assert revision in backup.name
        with sqlite3.connect(backup) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
            assert conn.execute("SELECT commune FROM institution").fetchone()[0] == "Sânmartin"
        assert digest(path) != before


def test_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_viitor'")
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseNewerError) as err:
        open_core(db_path)
    assert "versiune mai nouă" in err.value.message_ro
    assert "nu a fost modificat" in err.value.message_ro
    assert digest(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "scrisoare.sqlite"
    path.write_text("Stimate domnule primar, ...", encoding="utf-8")
    before = digest(path)
    with pytest.raises(NotADatabaseError) as err:
        open_core(path)
    assert "nu este o bază de date" in err.value.message_ro
    assert digest(path) == before


def test_a_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "alt-program.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE clienti (id INTEGER PRIMARY KEY, nume TEXT)")
    conn.close()
    before = digest(path)
    with pytest.raises(NotADatabaseError):
        open_core(path)
    assert digest(path) == before


def test_a_path_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nu-exista" / "cic.sqlite"
    with pytest.raises(DatabaseFolderMissingError) as err:
        open_core(path)
    assert "nu există" in err.value.message_ro
    assert not path.parent.exists()


def read_only_target(path: Path) -> DbTarget:
    return resolve_db_target(f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true")


def test_read_only_database_refuses_writes_and_changes_nothing(db_path: Path) -> None:
    with open_core(db_path) as core:
        configure(core)
        core.registry.register("petitions", subject="Cerere de reparare a drumului")
    before = digest(db_path)
    target = read_only_target(db_path)
    assert target.read_only
    with CicCore.open(target, clock=FixedClock(TODAY)) as core:
        assert core.settings.institution().commune == "Sânmartin"
        with pytest.raises(DatabaseReadOnlyError) as err:
            core.registry.register("petitions", subject="Altă cerere")
        assert "doar citită" in err.value.message_ro
        with pytest.raises(DatabaseReadOnlyError):
            core.settings.save_institution(InstitutionData(commune="Altă comună", county="Cluj"))
        assert len(core.registry.entries()) == 1
    assert digest(db_path) == before


def test_read_only_outdated_database_is_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "vechi.sqlite"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, known_revisions()[0])
    engine.dispose()
    before = digest(path)
    with pytest.raises(DatabaseReadOnlyError):
        CicCore.open(read_only_target(path), clock=FixedClock(TODAY))
    assert digest(path) == before


def test_resolve_db_target_precedence(tmp_path: Path) -> None:
    env = {"CIC_DB": str(tmp_path / "din-mediu.sqlite")}
    assert resolve_db_target(None, env).path == tmp_path / "din-mediu.sqlite"
    assert resolve_db_target(str(tmp_path / "cli.sqlite"), env).path == tmp_path / "cli.sqlite"
    default = resolve_db_target(None, {})
    assert default.is_default and default.path is not None and default.path.name == "cic.sqlite"
    # A Windows path is a path, not a URL: only values with "://" are URLs.
    windows = resolve_db_target(r"C:\Date\cic.sqlite", {})
    assert windows.url is None and windows.path is not None
    pg = resolve_db_target("postgresql+psycopg://cic@server/cic", {})
    assert pg.path is None and pg.url == "postgresql+psycopg://cic@server/cic"
    assert "parola" not in resolve_db_target("postgresql+psycopg://u:parola@h/d", {}).describe()
