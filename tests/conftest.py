"""Shared fixtures: a database migrated once per session and copied per test (a real file)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "default.warning=false")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from cic_desktop.clock import FixedClock  # noqa: E402
from cic_desktop.config import DbTarget  # noqa: E402
from cic_desktop.core import CicCore  # noqa: E402
from cic_desktop.dto import InstitutionData, OfficialData  # noqa: E402

settings.register_profile("ci", max_examples=200, deadline=None)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

TODAY = date(2026, 11, 27)  # a Friday


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    core = CicCore.open(DbTarget(url=None, path=path), clock=FixedClock(TODAY))
    core.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cic.sqlite"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def core(db_path: Path, clock: FixedClock) -> Iterator[CicCore]:
    core = CicCore.open(DbTarget(url=None, path=db_path), clock=clock)
    yield core
    core.close()


def configure(core: CicCore) -> None:
    """The essentials of a first run, and the first clerk picked."""
    core.settings.complete_first_run(
        InstitutionData(commune="Sânmartin", county="Bihor", address="Str. Principală nr. 1"),
        ["Maria Ionescu", "Andrei Pop"],
        [
            OfficialData(role="mayor", name="Ion Țurcanu"),
            OfficialData(role="secretary", name="Elena Dumitrescu"),
        ],
    )
    core.set_current_user(next(s.id for s in core.settings.staff() if s.name == "Maria Ionescu"))


@pytest.fixture
def configured_core(core: CicCore) -> CicCore:
    configure(core)
    return core


_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without Python's final garbage collection once Qt was loaded.

    PySide6 6.12 can crash while the interpreter tears down Qt objects after the last test (seen
    rarely, never during a test): by then every result has been reported, so a teardown crash must
    not turn a green run red. The exit status is pytest's own.
    """
    import sys

    if "PySide6.QtWidgets" in sys.modules and _EXIT_STATUS and os.environ.get("CI"):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
