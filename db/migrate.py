"""Schema status and upgrades through Alembic: the only way a schema is created or changed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaState(StrEnum):
    EMPTY = "empty"  # no tables at all: a new database
    OUTDATED = "outdated"  # ours, at an older revision
    CURRENT = "current"
    NEWER = "newer"  # a revision this program does not know: written by a newer version
    FOREIGN = "foreign"  # tables, but not a CIC Desktop database


@dataclass(frozen=True)
class SchemaStatus:
    state: SchemaState
    current: str | None
    head: str


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> list[str]:
    """Revisions from base to head, oldest first."""
    return [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]


def schema_status(engine: Engine) -> SchemaStatus:
    head = head_revision()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    if current is None:
        state = SchemaState.FOREIGN if tables - {"alembic_version"} else SchemaState.EMPTY
    elif current == head:
        state = SchemaState.CURRENT
    elif current in known_revisions():
        state = SchemaState.OUTDATED
    else:
        state = SchemaState.NEWER
    return SchemaStatus(state=state, current=current, head=head)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade in one transaction (SQLite and PostgreSQL both have transactional DDL).

    SQLite: foreign keys are switched off for the upgrade, as SQLite's own procedure for schema
    changes says (https://sqlite.org/lang_altertable.html#otheralter): a batch migration rebuilds a
    table by copy, drop and rename, and dropping a table others point to would fail. Before the
    commit `PRAGMA foreign_key_check` must find nothing, or the whole upgrade is rolled back.
    """
    from db.engine import WRITE_OPTION

    with engine.execution_options(**{WRITE_OPTION: True}).connect() as conn:
        on_sqlite = conn.dialect.name == "sqlite"
        if on_sqlite:
            # Outside any transaction (the pragma is ignored inside one).
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                before = _broken_links(conn) if on_sqlite else set()
                config = alembic_config()
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                if on_sqlite:
                    # Only what the upgrade broke stops it; older problems are `check`'s to report.
                    new = sorted(_broken_links(conn) - before)
                    if new:
                        raise MigrationForeignKeyError(new)
        finally:
            if on_sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")


def _broken_links(conn: Connection) -> set[tuple[object, ...]]:
    """SQLite's foreign_key_check rows as (table, rowid, parent table): the constraint's index is
    left out, it changes when a migration rebuilds a table with one more foreign key."""
    return {tuple(row)[:3] for row in conn.exec_driver_sql("PRAGMA foreign_key_check")}


class MigrationForeignKeyError(RuntimeError):
    """An upgrade left a row pointing to nothing: it was rolled back, the file is unchanged."""

    def __init__(self, links: list[tuple[object, ...]]) -> None:
        super().__init__(f"{len(links)} broken links, first: {links[0]}")
        self.links = links
