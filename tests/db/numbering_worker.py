"""Runs in a separate process: registers entries on a shared SQLite file and reports the numbers."""

from __future__ import annotations

from datetime import date
from pathlib import Path


def register_many(path: str, count: int, start_event, results) -> None:  # type: ignore[no-untyped-def]
    from cic_desktop.clock import FixedClock
    from cic_desktop.config import DbTarget
    from cic_desktop.core import CicCore

    core = CicCore.open(DbTarget(url=None, path=Path(path)), clock=FixedClock(date(2026, 11, 27)))
    core.set_current_user(core.settings.staff()[0].id)
    start_event.wait(30)
    numbers = []
    for i in range(count):
        register = "petitions" if i % 2 else "public_info"
        entry = core.registry.register(register, subject=f"Cerere concurentă {i}")
        numbers.append(entry.number)
    core.close()
    results.put(numbers)
