"""The audit chain's head kept outside the database file, so cutting rows from the end shows."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from cic_desktop.config import DbTarget
from cic_desktop.paths import default_data_dir


def head_path(target: DbTarget) -> Path:
    if target.path is not None:
        return target.path.with_name(target.path.name + ".audit-head.json")
    digest = hashlib.sha256((target.url or "").encode()).hexdigest()[:16]
    return default_data_dir() / "audit-heads" / f"{digest}.json"


def read_head(target: DbTarget) -> tuple[int, str] | None:
    path = head_path(target)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return int(data["event_id"]), str(data["hash"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_head(target: DbTarget, head: tuple[int, str]) -> None:
    """Atomic replace; a failure here never undoes a committed registration (it is reported)."""
    if target.read_only:
        return
    path = head_path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({"event_id": head[0], "hash": head[1]}), encoding="utf-8")
    os.replace(tmp, path)
