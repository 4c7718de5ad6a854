"""Which database to open: `--db` beats the CIC_DB variable, which beats the per-user default file."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote

from sqlalchemy.engine import make_url

from cic_desktop.paths import default_db_path

ENV_VAR = "CIC_DB"


@dataclass(frozen=True)
class DbTarget:
    """A database location. `path` is set for SQLite files; `url` is used for everything else."""

    url: str | None
    path: Path | None
    read_only: bool = False
    is_default: bool = False

    @property
    def is_sqlite_file(self) -> bool:
        return self.path is not None

    def describe(self) -> str:
        if self.path is not None:
            return str(self.path)
        return make_url(self.url or "").render_as_string(hide_password=True)


def resolve_db_target(
    cli_value: str | None = None, env: Mapping[str, str] | None = None
) -> DbTarget:
    """A value is a URL only if it contains `://`, so `C:\\Date\\cic.sqlite` is a path."""
    env = os.environ if env is None else env
    value = cli_value or env.get(ENV_VAR) or None
    if value is None:
        return DbTarget(url=None, path=default_db_path(), is_default=True)
    if "://" not in value:
        return DbTarget(url=None, path=Path(value).expanduser())
    url = make_url(value)
    database = url.database or ""
    if url.get_backend_name() == "sqlite" and database and database != ":memory:":
        if database.startswith("file:"):
            path_part, _, query = database[5:].partition("?")
            query_args = {k: v[-1] for k, v in parse_qs(query).items()} | dict(url.query)
            read_only = query_args.get("mode") == "ro"
            return DbTarget(url=None, path=Path(unquote(path_part)), read_only=read_only)
        return DbTarget(url=None, path=Path(database))
    return DbTarget(url=value, path=None)
