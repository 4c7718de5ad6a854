"""`cic-desktop selftest`: prove this installation works, without touching the clerk's database.

Everything happens in a temporary folder: a new database is migrated, set up with sample data,
three documents are registered (one annulled), every deadline rule is computed, a PDF and an Excel
file are written and read back, and the main window is opened and closed. Exit code 0 only if every
step worked; the same command checks a source checkout and a frozen build.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from cic_desktop import APP_NAME, __version__
from cic_desktop.clock import SystemClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.dto import InstitutionData, OfficialData
from cic_desktop.labels import OfficialRole
from cic_desktop.paths import resource

SAMPLE_TEXT = "Primăria comunei Bălțătești, județul Neamț – ȘȚĂÎÂ șțăîâ"
START_S01 = date(2024, 12, 20)
EXPECTED_S01 = date(2025, 1, 20)


def _seconds(value: float) -> str:
    return f"{value:.2f}".replace(".", ",") + " s"


@dataclass
class SelfTest:
    folder: Path
    out: Callable[[str], None] = print
    core: CicCore | None = None
    failures: list[str] = field(default_factory=list)
    steps: int = 0

    def step(self, title: str, fn: Callable[[], str | None]) -> bool:
        self.steps += 1
        started = time.perf_counter()
        try:
            detail = fn()
        except BaseException as exc:  # report every failure, whatever its kind, and go on
            elapsed = _seconds(time.perf_counter() - started)
            message = getattr(exc, "message_ro", None) or f"{type(exc).__name__}: {exc}"
            self.out(f"[EROARE] {title} ({elapsed}): {message}")
            self.out(traceback.format_exc().rstrip())
            self.failures.append(title)
            return False
        elapsed = _seconds(time.perf_counter() - started)
        self.out(f"[ok] {title} ({elapsed})" + (f" – {detail}" if detail else ""))
        return True

    # -- steps ---------------------------------------------------------------------------------

    def open_database(self) -> str:
        path = self.folder / "autotest.sqlite"
        self.core = CicCore.open(DbTarget(url=None, path=path), clock=SystemClock())
        return str(path)

    def first_run(self) -> str:
        core = self._core()
        core.settings.complete_first_run(
            InstitutionData(commune="Bălțătești", county="Neamț", email="cic@example.ro"),
            ["Ana Popescu"],
            [OfficialData(role=OfficialRole.MAYOR.value, name="Ion Ionescu")],
        )
        if not core.settings.is_configured():
            raise AssertionError("după prima configurare baza de date nu este configurată")
        core.set_current_user(core.settings.staff()[0].id)
        return core.settings.institution().display_name

    def register_entries(self) -> str:
        core = self._core()
        entries = [
            core.registry.register(
                "petitions",
                subject=f"Petiție de probă nr. {i} – șanț înfundat",
                correspondent_name="Gheorghe Țăranu",
                deadline_rule="OG27_ANSWER_30",
            )
            for i in (1, 2, 3)
        ]
        core.registry.annul(entries[1].id, "Înregistrare de probă anulată")
        stored = core.registry.entries("petitions")
        numbers = [e.number for e in stored]
        if numbers != [1, 2, 3]:
            raise AssertionError(f"numerele sunt {numbers}, nu 1, 2, 3")
        if [e.status for e in stored] != ["active", "annulled", "active"]:
            raise AssertionError("anularea nu a fost salvată")
        return ", ".join(e.number_text for e in stored) + " (al doilea anulat)"

    def deadlines(self) -> str:
        from cic_desktop.domain.deadlines import load_rules

        core = self._core()
        rules = load_rules()
        for code in rules:
            core.calendar.deadline(code, START_S01)
        s01 = core.calendar.deadline("OG27_ANSWER_30", START_S01).legal_deadline
        if s01 != EXPECTED_S01:
            raise AssertionError(f"OG27_ANSWER_30 de la 20.12.2024 dă {s01}, nu 20.01.2025")
        return f"{len(rules)} reguli"

    def pdf(self) -> str:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(TTFont("DejaVuSans", str(resource("fonts", "DejaVuSans.ttf"))))
        path = self.folder / "autotest.pdf"
        page = canvas.Canvas(str(path))
        page.setFont("DejaVuSans", 12)
        page.drawString(72, 770, SAMPLE_TEXT)
        page.save()
        data = path.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise AssertionError("fișierul PDF nu este complet")
        if b"DejaVuSans" not in data or b"/FontFile2" not in data:
            raise AssertionError("fontul DejaVu Sans nu este încorporat în PDF")
        return f"{len(data)} octeți, font încorporat"

    def xlsx(self) -> str:
        from openpyxl import Workbook, load_workbook

        path = self.folder / "autotest.xlsx"
        book = Workbook()
        sheet = book.active
        sheet.title = "Registru"
        sheet.append(["Nr.", "Conținut"])
        sheet.append([1, SAMPLE_TEXT])
        book.save(path)
        read = load_workbook(path, read_only=True)
        values = [row for row in read["Registru"].iter_rows(values_only=True)]
        read.close()
        if values[1] != (1, SAMPLE_TEXT):
            raise AssertionError(f"fișierul Excel a fost citit altfel: {values[1]!r}")
        return f"{path.stat().st_size} octeți"

    def main_window(self) -> str:
        from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings

        from ui.app import make_context
        from ui.preferences import Preferences
        from ui.qt_setup import application, use_offscreen_without_display
        from ui.windows.main_window import MainWindow

        use_offscreen_without_display()
        app = application()
        cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
        if cancel != "Anulează":
            raise AssertionError(f"traducerea Qt lipsește („Cancel” → „{cancel}”)")
        settings = QSettings(str(self.folder / "preferinte.ini"), QSettings.Format.IniFormat)
        ctx = make_context(self._core(), Preferences(settings))
        window = MainWindow(ctx)
        try:
            window.show()
            deadline = time.monotonic() + 10
            while (ctx.tasks.busy or not window.isVisible()) and time.monotonic() < deadline:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            app.processEvents()
            title = window.windowTitle()
            if "Bălțătești" not in title:
                raise AssertionError(f"titlul ferestrei este „{title}”")
        finally:
            window.close()
            window.deleteLater()
            ctx.tasks.wait_for_done()
            app.processEvents()
        return f"platforma Qt „{app.platformName()}”, titlu „{title}”"

    def _core(self) -> CicCore:
        if self.core is None:
            raise AssertionError("baza de date nu a fost deschisă")
        return self.core

    def run(self) -> bool:
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("Baza de date temporară: creare și migrare", self.open_database),
            ("Prima configurare cu date de probă", self.first_run),
            ("Înregistrarea a 3 petiții și anularea uneia (numerele 1–3)", self.register_entries),
            ("Calculul termenelor pentru toate regulile", self.deadlines),
            ("Document PDF cu fontul DejaVu Sans, citit înapoi", self.pdf),
            ("Registru Excel (XLSX), citit înapoi", self.xlsx),
            ("Fereastra principală: deschidere și închidere", self.main_window),
        ]
        try:
            for title, fn in steps:
                self.step(title, fn)
        finally:
            if self.core is not None:
                self.core.close()
        return not self.failures


def _utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


def run_selftest(args: Sequence[str] = ()) -> int:
    _utf8_output()

    def out(line: str) -> None:
        print(line, flush=True)

    out(f"{APP_NAME} {__version__} – autotest (Python {sys.version.split()[0]})")
    if "--db" in args:
        out("Baza de date indicată cu --db nu este folosită; autotestul lucrează separat.")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cic-autotest-") as folder:
        out(f"Dosar temporar: {folder}")
        test = SelfTest(Path(folder), out)
        ok = test.run()
    total = _seconds(time.perf_counter() - started)
    if ok:
        out(f"Autotestul a reușit: {test.steps} verificări în {total}.")
        return 0
    out(f"Autotestul a eșuat: {len(test.failures)} din {test.steps} verificări ({total}).")
    return 1
