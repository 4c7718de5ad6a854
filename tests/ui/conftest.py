"""GUI test fixtures: offscreen Qt, a real migrated SQLite file per test, no blocking dialogs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import shutil  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cic_desktop.clock import FixedClock  # noqa: E402
from cic_desktop.config import DbTarget  # noqa: E402
from cic_desktop.core import CicCore  # noqa: E402
from cic_desktop.dto import InstitutionData, OfficialData  # noqa: E402
from ui.bus import ChangeBus  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.preferences import Preferences  # noqa: E402
from ui.qt_setup import configure_application  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402
from ui.widgets import messages  # noqa: E402

UI_TODAY = date(2025, 11, 20)  # a Thursday


@pytest.fixture(scope="session", autouse=True)
def romanian_app(qapp: QApplication) -> QApplication:
    """The app as the clerk gets it: bundled fonts, Romanian translator and locale."""
    configure_application(qapp)
    return qapp


@pytest.fixture(scope="session")
def ui_template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated once per session; each test gets a copy (a real file, not :memory:)."""
    path = tmp_path_factory.mktemp("ui-template") / "template.sqlite"
    CicCore.open(DbTarget(url=None, path=path), clock=FixedClock(UI_TODAY)).close()
    return path


@pytest.fixture
def ui_clock() -> FixedClock:
    return FixedClock(UI_TODAY)


@pytest.fixture
def core(ui_template_db: Path, tmp_path: Path, ui_clock: FixedClock) -> Iterator[CicCore]:
    path = tmp_path / "cic.sqlite"
    shutil.copyfile(ui_template_db, path)
    core = CicCore.open(DbTarget(url=None, path=path), clock=ui_clock)
    yield core
    core.close()


def configure_sample(core: CicCore) -> None:
    core.settings.complete_first_run(
        InstitutionData(commune="Bălțătești", county="Neamț", address="Str. Principală nr. 1"),
        ["Maria Ionescu", "Andrei Pop"],
        [
            OfficialData(role="mayor", name="Ion Țurcanu"),
            OfficialData(role="secretary", name="Elena Dumitrescu"),
        ],
    )
    core.set_current_user(next(s.id for s in core.settings.staff() if s.name == "Maria Ionescu"))


@pytest.fixture
def configured_core(core: CicCore) -> CicCore:
    configure_sample(core)
    return core


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "preferinte.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ctx(configured_core: CicCore, preferences: Preferences) -> Iterator[AppContext]:
    context = AppContext(
        core=configured_core, tasks=TaskRunner(), preferences=preferences, bus=ChangeBus()
    )
    yield context
    context.tasks.wait_for_done()


@dataclass
class DialogRecorder:
    """Stands in for the modal message boxes of `ui.widgets.messages` during tests."""

    answer: bool = True
    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)

    def ask(self, _parent: object, text: str, _title: str = "") -> bool:
        self.questions.append(text)
        return self.answer


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()

    def recorder_of(target: list[str]) -> Callable[..., None]:
        return lambda _parent, text, *_args, **_kwargs: target.append(text)

    monkeypatch.setattr(messages, "show_error", recorder_of(recorder.errors))
    monkeypatch.setattr(messages, "show_warning", recorder_of(recorder.errors))
    monkeypatch.setattr(messages, "show_info", recorder_of(recorder.infos))
    monkeypatch.setattr(messages, "ask_yes_no", recorder.ask)
    return recorder


@dataclass
class FilesRecorder:
    """Stands in for `ui.widgets.files`: file dialogs answer `folder/<suggested name>`, nothing
    is opened in a viewer (the paths asked to be opened are kept)."""

    folder: Path
    opened: list[Path] = field(default_factory=list)
    to_open: Path | None = None  # what the „open file” dialog answers
    cancel: bool = False  # the clerk closes the file dialog without choosing

    def save_path(self, _parent: object, _title: str, name: str, _filter: str) -> Path | None:
        return None if self.cancel else self.folder / name

    def open_path(self, _parent: object, _title: str, _filter: str) -> Path | None:
        return None if self.cancel else self.to_open

    def temporary_pdf(self, name: str) -> Path:
        return self.folder / f"temp-{name}"

    def open_file(self, path: Path) -> bool:
        self.opened.append(path)
        return True


@pytest.fixture(autouse=True)
def file_dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FilesRecorder:
    from ui.widgets import files

    folder = tmp_path / "fisiere"
    folder.mkdir()
    recorder = FilesRecorder(folder)
    for name in ("save_path", "open_path", "temporary_pdf", "open_file"):
        monkeypatch.setattr(files, name, getattr(recorder, name))
    return recorder
