"""Each sequence's highest issued number, kept outside the database file.

After a restore from an older backup the sequences continue above it, so a number already given
to a citizen is never given again (the gap is recorded and explained in the register).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path

from cic_desktop.config import DbTarget
from cic_desktop.paths import default_data_dir

Watermarks = dict[tuple[str, int], int]


def watermark_path(target: DbTarget) -> Path:
    if target.path is not None:
        return target.path.with_name(target.path.name + ".numbers.json")
    digest = hashlib.sha256((target.url or "").encode()).hexdigest()[:16]
    return default_data_dir() / "numbers" / f"{digest}.json"


def read_watermarks(target: DbTarget) -> Watermarks:
    try:
        data = json.loads(watermark_path(target).read_text(encoding="utf-8"))
        return {
            (seq, int(year)): int(n) for seq, years in data.items() for year, n in years.items()
        }
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def raise_watermarks(target: DbTarget, issued: Mapping[tuple[str, int], int]) -> None:
    """Merge newly issued numbers (max wins) and write atomically."""
    if not issued or target.read_only:
        return
    current = read_watermarks(target)
    changed = False
    for key, number in issued.items():
        if number > current.get(key, 0):
            current[key] = number
            changed = True
    if not changed:
        return
    data: dict[str, dict[str, int]] = {}
    for (seq, year), number in sorted(current.items()):
        data.setdefault(seq, {})[str(year)] = number
    path = watermark_path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    os.replace(tmp, path)
