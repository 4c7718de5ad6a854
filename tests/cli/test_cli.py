"""`cic-desktop` headless commands: the SPEC scenarios through `deadline`, `check`, bad input."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from cic_desktop.cli import command_of, run_headless
from cic_desktop.core import CicCore
from tests.cic_desktop.domain.test_deadlines_spec import LEGEA_52, SCENARIOS, WITH_BRIDGE
from tests.conftest import configure


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run_headless(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def bridge_db(core: CicCore, db_path: Path) -> Path:
    configure(core)
    for day, note in WITH_BRIDGE.extra_days_off.items():
        core.settings.add_day_off(day, note)
    return db_path


@pytest.mark.parametrize(
    ("code", "start", "bridge", "internal", "legal"),
    [pytest.param(r[1], r[2], r[3] is WITH_BRIDGE, r[4], r[5], id=r[0]) for r in SCENARIOS],
)
def test_deadline_json_matches_spec(
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
    code: str,
    start: date,
    bridge: bool,
    internal: date,
    legal: date,
) -> None:
    args = ["deadline", code, start.isoformat(), "--json"]
    if bridge:
        args += ["--db", str(request.getfixturevalue("bridge_db"))]
    exit_code, out, _ = run(capsys, *args)
    assert exit_code == 0
    data = json.loads(out)
    assert data["rule"] == code
    assert data["start"] == start.isoformat()
    assert data["legal_deadline"] == legal.isoformat()
    assert data["internal_target"] == internal.isoformat()
    assert data["explanation"]
    if bridge:
        assert "HG nr. 1234/2025" in data["explanation"]


@pytest.mark.parametrize(
    ("code", "published", "earliest"), [pytest.param(*r[1:], id=r[0]) for r in LEGEA_52]
)
def test_deadline_json_legea_52_gives_one_earliest_date(
    capsys: pytest.CaptureFixture[str], code: str, published: date, earliest: date
) -> None:
    exit_code, out, _ = run(capsys, "deadline", code, published.isoformat(), "--json")
    assert exit_code == 0
    data = json.loads(out)
    assert data["legal_deadline"] == earliest.isoformat()
    assert data["internal_target"] is None
    assert data["earliest_allowed"] is True


def test_deadline_text_output_is_romanian(capsys: pytest.CaptureFixture[str]) -> None:
    exit_code, out, _ = run(capsys, "deadline", "544_ANSWER_10", "2024-12-23")
    assert exit_code == 0
    assert "Termen legal: 03.01.2025 (vineri)" in out
    assert "Țintă internă: 03.01.2025 (vineri)" in out
    assert "Anul Nou" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["deadline", "OG27_ANSWER_31", "2025-01-01"], "OG27_ANSWER_31"),
        (["deadline", "OG27_ANSWER_30", "2025-02-30"], "2025-02-30"),
        (["deadline", "OG27_ANSWER_30", "30.01.2025"], "AAAA-LL-ZZ"),
        (["deadline", "OG27_ANSWER_30"], "lipsesc argumentele"),
        (["deadline", "OG27_ANSWER_30", "2025-01-01", "--fara-asa-ceva"], "argumente necunoscute"),
        (["comanda-inexistenta"], "alegere necunoscută"),
    ],
)
def test_usage_errors_exit_2_with_romanian_message(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    exit_code, _, err = run(capsys, *args)
    assert exit_code == 2
    assert message in err
    assert "Eroare" in err


def test_db_in_a_missing_folder_is_a_usage_error_and_creates_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nu-exista" / "cic.sqlite"
    for args in (
        ["check", "--db", str(missing)],
        ["deadline", "OG27_ANSWER_30", "2025-01-01", "--db", str(missing)],
    ):
        exit_code, _, err = run(capsys, *args)
        assert exit_code == 2
        assert "nu există" in err
    assert not missing.parent.exists()


def test_read_only_commands_never_create_a_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "cic.sqlite"
    exit_code, _, err = run(capsys, "check", "--db", str(missing))
    assert exit_code == 1 and "nu există" in err
    exit_code, _, err = run(
        capsys, "deadline", "OG27_ANSWER_30", "2025-01-01", "--db", str(missing)
    )
    assert exit_code == 1
    assert not missing.exists()


def test_check_reports_a_healthy_database_and_its_backups(
    capsys: pytest.CaptureFixture[str], core: CicCore, db_path: Path
) -> None:
    configure(core)
    exit_code, out, _ = run(capsys, "--db", str(db_path), "check")
    assert exit_code == 1  # healthy, but no backup yet: the clerk must be told
    assert "Schema: la zi" in out and "Integritate: în regulă" in out
    assert "Copii de siguranță: NICIUNA" in out
    exit_code, out, _ = run(capsys, "--db", str(db_path), "backup")
    assert exit_code == 0 and "verificată" in out
    exit_code, out, _ = run(capsys, "--db", str(db_path), "check")
    assert exit_code == 0 and "Ultima copie de siguranță bună" in out


def test_backup_and_restore_commands(
    capsys: pytest.CaptureFixture[str],
    core: CicCore,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    configure(core)
    core.registry.register("petitions", subject="Prima")
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setenv("CIC_BACKUP_PASSWORD", "parola-stick-2026")
    assert run(capsys, "backup", "--to", str(stick), "--db", str(db_path))[0] == 0
    (backup,) = stick.glob("*.cicbak")
    core.registry.register("petitions", subject="A doua")
    core.close()
    exit_code, out, _ = run(capsys, "restore", str(backup), "--db", str(db_path))
    assert exit_code == 0
    assert "care lipsesc din ea (1)" in out and "2/27.11.2026" in out
    assert "păstrat" in out and "Numerele 2–2/2026" in out
    monkeypatch.setenv("CIC_BACKUP_PASSWORD", "gresita-2026")
    exit_code, _, err = run(capsys, "restore", str(backup), "--db", str(db_path))
    assert exit_code == 1 and "Parola nu este corectă" in err
    exit_code, _, err = run(
        capsys, "restore", str(tmp_path / "nu-exista.cicbak"), "--db", str(db_path)
    )
    assert exit_code == 2 and "nu există" in err


def test_check_reports_an_outdated_schema_without_migrating(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from db.engine import make_engine, sqlite_url
    from db.migrate import known_revisions, upgrade

    path = tmp_path / "vechi.sqlite"
    engine = make_engine(sqlite_url(path))
    upgrade(engine, known_revisions()[0])
    engine.dispose()
    exit_code, out, _ = run(capsys, "check", "--db", str(path))
    assert exit_code == 1
    assert "va fi actualizată" in out
    with sqlite3.connect(path) as conn:
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            == (known_revisions()[0])
        )
    conn.close()


def test_check_finds_a_damaged_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "stricat.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    before = path.read_bytes()
    exit_code, _, err = run(capsys, "check", "--db", str(path))
    assert exit_code == 1
    assert "deteriorat" in err or "nu este o bază de date" in err
    assert path.read_bytes() == before


def test_not_a_database_gives_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "text.sqlite"
    path.write_text("nu sunt o bază de date", encoding="utf-8")
    exit_code, _, err = run(capsys, "check", "--db", str(path))
    assert exit_code == 1 and "nu este o bază de date" in err


def test_command_of_skips_the_db_value() -> None:
    assert command_of(["--db", "check", "deadline"]) == "deadline"
    assert command_of(["--db", "x.sqlite"]) is None
    assert command_of([]) is None
    assert command_of(["--db=x", "demo"]) == "demo"


def test_headless_commands_start_without_importing_qt() -> None:
    code = (
        "import sys\n"
        "from ui.__main__ import main\n"
        "rc = main(['deadline', 'OG27_ANSWER_30', '2024-12-20', '--json'])\n"
        "assert rc == 0, rc\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["legal_deadline"] == "2025-01-20"
