"""Alembic environment: the app passes a connection in; no logging configuration of its own."""

from __future__ import annotations

from alembic import context

import db.models  # noqa: F401  (registers every table)
from db.base import Base
from db.queries.search_fts import include_name

target_metadata = Base.metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("CIC Desktop migrations run only through db.migrate with a connection.")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,  # autogenerate must not drop the FTS5 search tables
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
