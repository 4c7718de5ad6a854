"""`cic-desktop selftest` works here and never touches the clerk's database."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.selftest import run_selftest


def test_selftest_passes_and_ignores_the_db_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    clerk_db = tmp_path / "cic.sqlite"
    monkeypatch.setenv("CIC_DB", str(clerk_db))
    assert run_selftest(["selftest", "--db", str(clerk_db)]) == 0
    out = capsys.readouterr().out
    assert "Autotestul a reușit: 7 verificări" in out
    assert "[EROARE]" not in out
    assert "1/" in out and "13 reguli" in out
    assert not clerk_db.exists()


def test_selftest_reports_a_failing_step(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import selftest

    def broken(self: selftest.SelfTest) -> str:
        raise RuntimeError("fontul lipsește")

    monkeypatch.setattr(selftest.SelfTest, "pdf", broken)
    assert run_selftest([]) == 1
    out = capsys.readouterr().out
    assert "[EROARE] Document PDF cu fontul DejaVu Sans, citit înapoi" in out
    assert "Autotestul a eșuat: 1 din 7 verificări" in out
