"""Benchmark (run by hand, not a test): the main window paints first and never freezes long,
on a small database and on a 100,000-entry one (issue #6).

    python benchmarks/bench_first_paint.py [--rows 100000] [--small 400]

Data: two temporary databases migrated by `CicCore.open`, filled with SQLAlchemy Core inserts in
one transaction: a demo-sized one (`--small` entries) and a large one (`--rows` entries). The mix:
about 60 % petitions and 40 % requests under Legea 544 over three years (2024–2026, today is
27.11.2026), most answered, many still open (all open ones of past years are late), a few
annulled, departments or none.

For each database, in the same process (offscreen Qt unless a display is set), wall clock:
- first paint: from creating the main window to its first paint event;
- agenda loaded: until the start page shows the agenda (read on the worker thread);
- dashboard loaded: the clerk opens „Tablou de bord” as soon as the agenda is there; until its
  charts and tables are filled (also from the moment it was opened);
- longest stall of the GUI thread over all of it: a QTimer ticking every 10 ms, the longest gap
  between two ticks (creating the window included).
Target: the window paints before the data is read, and no stall over 200 ms on 100,000 entries.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from cic_desktop.clock import FixedClock  # noqa: E402
from cic_desktop.config import DbTarget  # noqa: E402
from cic_desktop.core import CicCore  # noqa: E402
from cic_desktop.domain.text import search_key  # noqa: E402
from cic_desktop.dto import InstitutionData, OfficialData  # noqa: E402
from db.models import InfoRequest, Petition, RegistryEntry  # noqa: E402
from ui.bus import ChangeBus  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.preferences import Preferences  # noqa: E402
from ui.qt_setup import configure_application  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402

TODAY = date(2026, 11, 27)
YEARS = (2024, 2025, 2026)
NAMES = [
    "Ștefan Popescu", "Ana-Maria Țîrlea", "Gheorghe Ionescu", "Ioana Răducanu", "Mihai Șerban",
    "Elena Bălan", "Constantin Dumitru", "Florica Stănescu", "SC Agro Valea SRL", "Rodica Pârvu",
]  # fmt: skip
SUBJECTS = [
    "Solicită repararea drumului comunal DC 12 din satul Valea Mare, afectat de ploi",
    "Reclamă zgomotul produs de localul din centrul comunei după ora 22:00",
    "Cere eliberarea unei adeverințe de rol agricol pentru dosarul APIA",
    "Sesizează depozitarea necontrolată a deșeurilor pe malul pârâului",
    "Copia contractului de salubrizare și a anexelor acestuia",
    "Bugetul local pe capitole și lista investițiilor din anul în curs",
]
DEPARTMENTS = [
    "Urbanism și amenajarea teritoriului",
    "Taxe și impozite locale",
    "Registru agricol",
    "",
]
OPEN_SHARE = 0.12  # of the entries of past years still open (late); recent ones are mostly open


def fill(core: CicCore, count: int, seed: int = 1) -> None:
    """`count` entries over YEARS, numbers per year from 1, in one Core transaction."""
    rng = random.Random(seed)
    now = datetime(2026, 11, 27, 8, 0)
    entries: list[dict[str, object]] = []
    petitions: list[dict[str, object]] = []
    requests: list[dict[str, object]] = []
    per_year = count // len(YEARS)
    entry_id = 0
    for year in YEARS:
        last_day = TODAY if year == TODAY.year else date(year, 12, 31)
        span = (last_day - date(year, 1, 2)).days
        for number in range(1, per_year + 1 + (count % len(YEARS) if year == YEARS[-1] else 0)):
            entry_id += 1
            registered = date(year, 1, 2) + timedelta(days=(number * span) // (per_year + 1))
            is_petition = rng.random() < 0.6
            age = (TODAY - registered).days
            is_open = age < 45 and rng.random() < 0.7 or rng.random() < OPEN_SHARE
            answered = None if is_open else registered + timedelta(days=rng.randint(2, 40))
            if answered is not None and answered > TODAY:
                answered, is_open = None, True
            name, subject = rng.choice(NAMES), rng.choice(SUBJECTS)
            annulled = entry_id % 97 == 0
            legal = registered + timedelta(days=31 if is_petition else 11)
            entries.append(
                dict(
                    id=entry_id, register_code="petitions" if is_petition else "public_info",
                    sequence_code="general", year=year, number=number, number_prefix="",
                    registered_on=registered, received_on=registered, subject=subject,
                    correspondent_name=name, correspondent_address="Str. Principală nr. 1",
                    search_key=search_key(f"{number}/{registered:%d.%m.%Y} {name} {subject}"),
                    deadline_rule="OG27_ANSWER_30" if is_petition else "544_ANSWER_10",
                    legal_deadline=legal, internal_target=legal - timedelta(days=1),
                    status="annulled" if annulled else "active",
                    annul_reason="Înregistrată de două ori" if annulled else None,
                    imported=False, created_at=now,
                )
            )  # fmt: skip
            department = rng.choice(DEPARTMENTS)
            sent = answered + timedelta(days=1) if answered and rng.random() < 0.9 else None
            if is_petition:
                petitions.append(
                    dict(
                        entry_id=entry_id, petitioner_kind="natural", channel="registry_desk",
                        kind="request", state="assigned" if is_open else ("sent" if sent else "answered"),
                        department_name=department, base_legal_deadline=legal,
                        answered_on=answered, outcome="favorable" if answered else None,
                        sent_on=sent, sent_channel="post" if sent else None,
                    )
                )  # fmt: skip
            else:
                requests.append(
                    dict(
                        entry_id=entry_id, requester_kind="natural", channel="electronic",
                        domain="public_money", delivery_preference="email",
                        department_name=department,
                        state="assigned" if is_open else ("sent" if sent else "answered"),
                        answered_on=answered, outcome="favorable" if answered else None,
                        delivery_mode="electronic" if answered else None,
                        sent_on=sent, sent_channel="email" if sent else None,
                    )
                )  # fmt: skip
    with core.write() as session:
        session.execute(insert(RegistryEntry), entries)
        if petitions:
            session.execute(insert(Petition), petitions)
        if requests:
            session.execute(insert(InfoRequest), requests)


def make_database(folder: Path, name: str, count: int) -> Path:
    path = folder / f"{name}.sqlite"
    core = CicCore.open(DbTarget(url=None, path=path), clock=FixedClock(TODAY))
    core.settings.complete_first_run(
        InstitutionData(commune="Valea Mare", county="Argeș", address="Str. Principală nr. 1"),
        ["Maria Ionescu"],
        [OfficialData(role="mayor", name="Ion Țurcanu")],
    )
    started = time.perf_counter()
    fill(core, count)
    print(f"{name}: {count} înregistrări inserate în {time.perf_counter() - started:.1f} s")
    core.close()
    return path


@dataclass
class Run:
    first_paint: float = 0.0
    agenda: float = 0.0
    dashboard: float = 0.0
    dashboard_from_open: float = 0.0
    stall: float = 0.0  # after the first paint, while the data loads
    stall_before_paint: float = 0.0  # creating and laying out the window
    agenda_lines: int = 0
    gaps: tuple[tuple[float, float], ...] = ()  # (ended at, length) from the start, over 100 ms


class _PaintWatch(QObject):
    def __init__(self, started: float) -> None:
        super().__init__()
        self.started = started
        self.at: float | None = None

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter() - self.started
        return False


class _StallWatch:
    """The longest gap between ticks of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.gaps: list[tuple[float, float]] = []  # (when it ended, length) of gaps over 100 ms
        self.all_gaps: list[tuple[float, float]] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.all_gaps.append((now, now - self.last))
        if now - self.last > 0.1:
            self.gaps.append((now, now - self.last))
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()


def measure(app: QApplication, path: Path, folder: Path, timeout: float = 300) -> Run:
    from ui.sections.dashboard import DashboardPage
    from ui.sections.home import HomePage
    from ui.windows.main_window import MainWindow

    core = CicCore.open(DbTarget(url=None, path=path), clock=FixedClock(TODAY))
    core.set_current_user(core.settings.staff()[0].id)
    preferences = Preferences(QSettings(str(folder / "pref.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(core=core, tasks=TaskRunner(), preferences=preferences, bus=ChangeBus())
    run = Run()
    stall = _StallWatch()
    stall.start()
    started = time.perf_counter()
    window = MainWindow(ctx)
    paint = _PaintWatch(started)
    window.installEventFilter(paint)
    window.resize(1280, 900)
    window.show()
    home = window.page("home")
    assert isinstance(home, HomePage)
    opened: list[float] = []
    done: list[bool] = []

    def dashboard_shown() -> None:
        now = time.perf_counter()
        run.dashboard = now - started
        run.dashboard_from_open = now - opened[0]
        done.append(True)

    def agenda_shown() -> None:
        run.agenda = time.perf_counter() - started
        run.agenda_lines = home.view.agenda.topLevelItemCount()
        QTimer.singleShot(0, open_dashboard)  # the clerk's click is an event of its own

    def open_dashboard() -> None:
        opened.append(time.perf_counter())
        page = window.show_section("dashboard")  # the clerk goes to the dashboard at once
        assert isinstance(page, DashboardPage)
        if page.loaded:
            dashboard_shown()
        else:
            page.data_shown.connect(dashboard_shown)

    if home.loaded:
        agenda_shown()
    else:
        home.data_shown.connect(agenda_shown)
    deadline = time.perf_counter() + timeout
    while not done and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    for _ in range(20):  # let the last paints happen inside the measured window
        app.processEvents()
        time.sleep(0.005)
    stall.timer.stop()
    run.first_paint = paint.at or float("nan")
    run.gaps = tuple((at - started, gap) for at, gap in stall.gaps)
    painted = run.first_paint
    run.stall_before_paint = max((g for at, g in run.gaps if at - g <= painted), default=0.0)
    run.stall = max(
        (g for at, g in ((at - started, g) for at, g in stall.all_gaps) if at - g > painted),
        default=0.0,
    )
    window.close()
    window.deleteLater()
    app.processEvents()
    ctx.close()
    if not done:
        raise SystemExit(f"timeout: the data did not load within {timeout:.0f} s")
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=400)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        small = make_database(folder, "mică", args.small)
        large = make_database(folder, "mare", args.rows)
        results = {
            name: measure(app, path, folder)  # type: ignore[arg-type]
            for name, path in ((f"{args.small}", small), (f"{args.rows}", large))
        }
    print()
    print(f"{'înregistrări':>12} {'prima pictare':>14} {'agenda':>9} {'tablou':>9} "
          f"{'(de la deschidere)':>19} {'blocaj la încărcare':>20} {'(înainte de pictare)':>21}")  # fmt: skip
    for name, r in results.items():
        print(
            f"{name:>12} {r.first_paint * 1000:>11.0f} ms {r.agenda:>7.2f} s {r.dashboard:>7.2f} s"
            f" {r.dashboard_from_open:>17.2f} s {r.stall * 1000:>17.0f} ms"
            f" {r.stall_before_paint * 1000:>18.0f} ms"
        )
    for name, r in results.items():
        gaps = ", ".join(f"{gap * 1000:.0f} ms până la {at:.2f} s" for at, gap in r.gaps)
        print(f"{name:>12}: blocaje peste 100 ms: {gaps or 'niciunul'}")
    base, big = results[f"{args.small}"], results[f"{args.rows}"]

    def ratio(a: float, b: float) -> str:
        return f"{a / b:.1f}×" if b > 0 else "–"

    print(
        f"raport mare/mică: prima pictare {ratio(big.first_paint, base.first_paint)}, "
        f"agenda {ratio(big.agenda, base.agenda)}, tablou {ratio(big.dashboard, base.dashboard)}, "
        f"blocaj {ratio(big.stall, base.stall)}"
    )
    paints_first = all(r.first_paint < r.agenda for r in results.values())
    print(f"fereastra se pictează înainte de date: {'da' if paints_first else 'NU'}")
    print(
        f"țintă: blocaj după prima pictare ≤ 200 ms → {'atinsă' if big.stall <= 0.2 else 'RATATĂ'} "
        f"({big.stall * 1000:.0f} ms)"
    )


if __name__ == "__main__":
    main()
