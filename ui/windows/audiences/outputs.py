"""The register's toolbar work and the day list: export (Excel, PDF), import, statistics. Each asks
for a file, then runs the core's call on the worker with a progress dialog (`ui/tasks.py`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.jobs import Cancelled
from ui import bus
from ui.context import AppContext
from ui.widgets import files, messages
from ui.windows.audiences import services
from ui.windows.petitions.output_dialogs import ReportTextDialog
from ui.windows.petitions.outputs import error_text


def _filter(kind: str) -> str:
    return files.XLSX_FILTER if kind == "xlsx" else files.PDF_FILTER


class AudienceOutputs:
    def __init__(self, ctx: AppContext, parent: QWidget, year: Callable[[], int]) -> None:
        self._ctx = ctx
        self._parent = parent
        self._year = year
        self.dialog: QDialog | None = None
        self.last_result: Any = None

    @property
    def outputs(self) -> Any:
        return services.outputs(self._ctx.core)

    def _run(
        self,
        work: Callable[[], Any],
        label: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        def failed(exc: BaseException) -> None:
            if not shiboken6.isValid(self._parent):
                return
            if isinstance(exc, Cancelled):
                messages.show_info(self._parent, exc.message_ro)
            elif on_error is not None:
                on_error(exc)
            else:
                messages.show_error(self._parent, error_text(exc))

        def done(result: Any) -> None:
            self.last_result = result
            if shiboken6.isValid(self._parent):
                on_done(result)

        self._ctx.tasks.run(
            lambda _progress, _cancel: work(),
            on_success=done,
            on_error=failed,
            label=label,
            parent=self._parent,
        )

    def _finished_file(self, path: Path, text: str) -> None:
        files.open_file(path)
        messages.show_info(self._parent, f"{text}\n\nFișierul: {path}")

    # -- the day list --------------------------------------------------------------------------

    def day_list(self, day: date, official_id: int | None) -> None:
        path = files.save_path(
            self._parent,
            "Salvați lista audiențelor zilei",
            f"audiente-{fmt(day)}.pdf",
            files.PDF_FILTER,
        )
        if path is None:
            return
        outputs = self.outputs
        self._run(
            lambda: outputs.print_day_list(day, path, official_id=official_id) or path,
            "Se pregătește lista zilei…",
            lambda written: self._finished_file(
                Path(written), f"Lista audiențelor din {fmt(day)} este gata."
            ),
        )

    # -- the register --------------------------------------------------------------------------

    def export_register(self, kind: str) -> None:
        year = self._year()
        path = files.save_path(
            self._parent,
            "Exportați registrul de audiențe",
            f"registrul-audientelor-{year}.{kind}",
            _filter(kind),
        )
        if path is None:
            return
        outputs = self.outputs
        self._run(
            lambda: outputs.export_register(year, kind, path) or path,
            "Se exportă registrul de audiențe…",
            lambda _r: self._finished_file(path, f"Registrul de audiențe pe {year} este gata."),
        )

    def import_register(self) -> None:
        path = files.open_path(self._parent, "Importați un registru de audiențe", files.XLSX_FILTER)
        if path is None:
            return
        outputs = self.outputs
        self._run(
            lambda: outputs.import_register(path),
            "Se importă registrul de audiențe…",
            self._imported,
            self._import_failed,
        )

    def _imported(self, report: Any) -> None:
        self._ctx.bus.announce(bus.AUDIENCES, bus.REGISTRY)
        lines = report.lines() if hasattr(report, "lines") else [str(report)]
        self._show_text("Import reușit", "Registrul de audiențe a fost importat.", "\n".join(lines))

    def _import_failed(self, exc: BaseException) -> None:
        self._show_text(
            "Import respins", "Fișierul nu a fost importat; nu s-a salvat nimic.", error_text(exc)
        )

    def _show_text(self, title: str, heading: str, text: str) -> None:
        dialog = ReportTextDialog(title, heading, text, self._parent)
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def statistics(self, kind: str) -> None:
        year = self._year()
        path = files.save_path(
            self._parent,
            "Salvați statistica audiențelor",
            f"statistica-audientelor-{year}.{kind}",
            _filter(kind),
        )
        if path is None:
            return
        outputs = self.outputs
        self._run(
            lambda: outputs.statistics(year, kind, path) or path,
            "Se pregătește statistica…",
            lambda _r: self._finished_file(path, f"Statistica audiențelor pe {year} este gata."),
        )
