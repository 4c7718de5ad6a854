"""`cic-desktop demo`: a new, separate, realistic database; never over existing data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.demo import create_demo_database
from cic_desktop.errors import DatabaseError


def test_demo_fills_a_new_database(tmp_path: Path) -> None:
    target = DbTarget(url=None, path=tmp_path / "demo.sqlite")
    location, summary = create_demo_database(target, clock=FixedClock(date(2026, 3, 31)))
    assert location == target.path
    with CicCore.open(target, clock=FixedClock(date(2026, 3, 31))) as core:
        assert core.settings.is_configured()
        everything = core.registry.entries(year=2026)
        # Audiences have their own sequence; the general one numbers all the rest.
        audiences = [e for e in everything if e.register_code == "audiences"]
        entries = [e for e in everything if e.register_code != "audiences"]
        assert len(entries) > 50
        assert [e.number for e in entries] == list(range(1, len(entries) + 1))
        assert [e.number for e in audiences] == list(range(1, len(audiences) + 1))
        codes = {e.register_code for e in entries}
        assert (
            {"petitions", "public_info"} <= codes <= {"petitions", "public_info", "complaints_544"}
        )
        assert len(core.audiences.schedules()) == 3
        states = {core.audiences.details(e.id).state for e in audiences}
        assert audiences and {"present", "scheduled"} <= states
        assert all(e.legal_deadline and e.internal_target for e in entries)
        assert core.public_info.verbal_requests(2026)
        petitions = [e for e in entries if e.register_code == "petitions"]
        states = {core.petitions.details(e.id).state for e in petitions}
        assert {"assigned", "sent"} <= states
        calendar = core.calendar.working_calendar()
        assert all(calendar.is_working(e.registered_on) for e in entries)
    assert any("Petiții" in line for line in summary)


def test_demo_refuses_a_database_that_is_not_empty(db_path: Path, core: CicCore) -> None:
    core.close()
    with pytest.raises(DatabaseError, match="nu este goală"):
        create_demo_database(DbTarget(url=None, path=db_path), clock=FixedClock(date(2026, 3, 31)))


def test_demo_never_touches_the_clerks_default_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    clerk = tmp_path / "cic.sqlite"
    monkeypatch.setattr("cic_desktop.demo.default_db_path", lambda: clerk)
    with pytest.raises(DatabaseError, match="baza de date a primăriei"):
        create_demo_database(DbTarget(url=None, path=clerk), clock=FixedClock(date(2026, 3, 31)))
    assert not clerk.exists()
