"""Where the app's files are: the only place that knows about source vs frozen builds."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_DIR_NAME = "CIC Desktop"


def _base_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    # Source checkout and installed package alike: resources/ sits beside cic_desktop/.
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _base_dir() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    return _base_dir() / "db" / "migrations"


def default_data_dir() -> Path:
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def default_db_path() -> Path:
    return default_data_dir() / "cic.sqlite"
