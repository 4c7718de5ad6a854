"""Backups: consistent, verified, rotated, encrypted; restore keeps numbers from ever repeating."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from cic_desktop.audit_verify import verify_audit
from cic_desktop.backup_crypto import WrongPasswordError
from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.errors import DatabaseDamagedError, ValidationError
from cic_desktop.services.backup import kept_moments, newest_good_backup
from tests.cic_desktop.petitions.conftest import petition


def register(core: CicCore, n: int) -> list[int]:
    return [
        core.petitions.register(petition(subject=f"Cerere {i} despre drum")).entry.number
        for i in range(n)
    ]


def test_backup_is_verified_and_logged(configured_core: CicCore) -> None:
    core = configured_core
    register(core, 3)
    info = core.backup.create()
    assert info.verified and info.path.exists() and info.counts == {"petitions": 3}
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM registry_entry").fetchone()[0] == 3
    conn.close()
    assert core.backup.last_good_backup() == info
    assert not core.backup.backup_is_stale()
    assert info.path.with_name(info.path.name + ".json").exists()  # manifest with the audit head


def test_backup_to_a_missing_folder_is_refused(configured_core: CicCore, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="nu există"):
        configured_core.backup.create(destination=tmp_path / "stick-lipsa")


def test_stale_warning_after_a_week(configured_core: CicCore, clock: FixedClock) -> None:
    core = configured_core
    assert core.backup.backup_is_stale()
    core.backup.create()
    clock.advance_to(clock.now() + timedelta(days=8))
    assert core.backup.backup_is_stale()


def test_one_automatic_backup_per_day_and_rotation(
    configured_core: CicCore, clock: FixedClock
) -> None:
    core = configured_core
    start = datetime(2026, 1, 1, 16, 0)
    for day in range(12):
        clock.advance_to(start + timedelta(days=day))
        assert core.backup.auto_backup_if_due() is not None
        assert core.backup.auto_backup_if_due() is None  # at most once per calendar day
    autos = [b for b in core.backup.backups() if b.kind == "auto" and b.path.exists()]
    kept_days = sorted(b.created_at.date() for b in autos)
    # The last 7 days, plus the newest of each earlier ISO week and month still in reach.
    assert kept_days[-7:] == [date(2026, 1, d) for d in range(6, 13)]
    assert set(kept_days[:-7]) <= {date(2026, 1, 4), date(2026, 1, 5)}
    removed = [
        p for p in (start.date() + timedelta(days=d) for d in range(12)) if p not in kept_days
    ]
    assert removed


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    moments = [datetime(2025, 1, 1, 17) + timedelta(days=d) for d in range(700)]
    kept = kept_moments(moments)
    newest = moments[-1]
    daily = {m for m in kept if newest - m < timedelta(days=7)}
    assert len(daily) == 7
    months = {(m.year, m.month) for m in kept}
    assert len(months) == 12
    weeks = {m.isocalendar()[:2] for m in kept}
    assert len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12
    assert newest in kept and moments[0] not in kept


def test_encrypted_backup_needs_the_password(configured_core: CicCore, tmp_path: Path) -> None:
    core = configured_core
    register(core, 2)
    with pytest.raises(ValidationError, match="cel puțin 8"):
        core.backup.create(destination=tmp_path, password="scurt")
    info = core.backup.create(destination=tmp_path, password="parola-sigura-2026")
    assert info.encrypted and info.path.suffix == ".cicbak"
    assert b"Cerere" not in info.path.read_bytes()
    with pytest.raises(WrongPasswordError):
        core.backup.inspect(info.path, "alta-parola-123")
    contents = core.backup.inspect(info.path, "parola-sigura-2026")
    assert contents.counts == {"petitions": 2} and contents.missing == ()


def test_restore_keeps_numbers_from_being_reused(configured_core: CicCore, db_path: Path) -> None:
    core = configured_core
    register(core, 3)
    backup = core.backup.create()
    assert register(core, 2) == [4, 5]  # given to citizens after the backup
    contents = core.backup.inspect(backup.path)
    assert contents.counts == {"petitions": 3}
    assert [m.split(" ")[0] for m in contents.missing] == ["4/27.11.2026", "5/27.11.2026"]

    result = core.backup.restore(backup.path)
    assert result.safety_copy.exists()
    assert "4–5/2026" in result.gaps[0]
    core.close()
    with CicCore.open(
        DbTarget(url=None, path=db_path), clock=FixedClock(date(2026, 11, 27))
    ) as again:
        again.set_current_user(again.settings.staff()[0].id)
        assert [e.number for e in again.registry.entries()] == [1, 2, 3]
        assert again.petitions.register(petition(subject="După restaurare")).entry.number == 6
    assert verify_audit(DbTarget(url=None, path=db_path)).ok
    with sqlite3.connect(result.safety_copy) as conn:  # nothing is lost: the old file is kept
        assert conn.execute("SELECT count(*) FROM registry_entry").fetchone()[0] == 5
    conn.close()


def test_backup_during_a_burst_of_writes_is_consistent(
    configured_core: CicCore, db_path: Path
) -> None:
    core = configured_core
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        other = CicCore.open(DbTarget(url=None, path=db_path), clock=FixedClock(date(2026, 11, 27)))
        other.set_current_user(core.current_user_id)
        try:
            while not stop.is_set():
                other.petitions.register(petition(subject="Scriere în rafală"))
        except BaseException as err:  # pragma: no cover - reported below
            errors.append(err)
        finally:
            other.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        backups = [core.backup.create() for _ in range(3)]
    finally:
        stop.set()
        thread.join(30)
    assert not errors
    for info in backups:
        with sqlite3.connect(info.path) as conn:
            numbers = [
                r[0] for r in conn.execute("SELECT number FROM registry_entry ORDER BY number")
            ]
            counter = conn.execute("SELECT max(last_number) FROM sequence_counter").fetchone()[0]
            petitions = conn.execute("SELECT count(*) FROM petition").fetchone()[0]
        conn.close()
        assert numbers == list(range(1, len(numbers) + 1))
        assert (counter or 0) == len(numbers) == petitions
    # ... and one of them restores to a consistent database that continues above every number.
    issued = len(core.registry.entries())
    result = core.backup.restore(backups[1].path)
    core.close()
    with CicCore.open(
        DbTarget(url=None, path=db_path), clock=FixedClock(date(2026, 11, 27))
    ) as again:
        restored = [e.number for e in again.registry.entries()]
        assert restored == list(range(1, len(restored) + 1))
        again.set_current_user(again.settings.staff()[0].id)
        assert again.petitions.register(petition(subject="După")).entry.number == issued + 1
    assert verify_audit(DbTarget(url=None, path=db_path)).ok
    assert result.safety_copy.exists()


def test_a_damaged_file_is_refused_untouched_and_a_backup_offered(
    configured_core: CicCore, db_path: Path
) -> None:
    core = configured_core
    register(core, 2)
    core.backup.create()
    core.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    data[page * 2 : page * 2 + 200] = b"\x07" * 200  # scribble over a b-tree page
    db_path.write_bytes(bytes(data))
    (db_path.parent / (db_path.name + "-wal")).unlink(missing_ok=True)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseDamagedError) as err:
        CicCore.open(DbTarget(url=None, path=db_path), clock=FixedClock(date(2026, 11, 27)))
    assert "deteriorată" in err.value.message_ro
    assert db_path.read_bytes() == before
    offered = newest_good_backup(db_path)
    assert offered is not None and offered.path.exists()
