"""Engine factory: SQLite files with WAL and full sync, or any SQLAlchemy URL (PostgreSQL)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

BUSY_TIMEOUT_MS = 15_000
WRITE_OPTION = "cic_write"


def sqlite_url(path: Path, *, read_only: bool = False) -> str:
    """A pysqlite URL for a file; read-only uses SQLite's URI `mode=ro` so nothing can be written."""
    resolved = Path(path).resolve()
    if read_only:
        return f"sqlite:///file:{quote(resolved.as_posix())}?mode=ro&uri=true"
    return f"sqlite:///{resolved.as_posix()}"


def make_engine(url: str) -> Engine:
    """Create the engine. SQLite: WAL, synchronous=FULL, foreign keys, busy timeout, explicit BEGIN."""
    if url.startswith("sqlite"):
        # Pooled: opening a connection and setting its PRAGMAs costs more than most reads of
        # the GUI (a list page, a search). Connections are returned with no transaction open, so
        # they never hold a WAL snapshot; the worker threads share them (check_same_thread off).
        engine = create_engine(
            url,
            poolclass=QueuePool,
            pool_size=3,
            max_overflow=10,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Take transaction control from pysqlite so we can emit BEGIN IMMEDIATE ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA synchronous = FULL")
            mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                try:
                    cursor.execute("PRAGMA journal_mode = WAL")
                except sqlite3.OperationalError:
                    pass  # read-only file: it stays as it is, and writes are refused later

        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # A write unit of work takes the write lock at its start, so two writers never deadlock
        # on a lock upgrade; reads stay deferred and never block under WAL.
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")
