"""The register's toolbar work and the day list: export (Excel, PDF), import, statistics. Each asks
for a file, then runs the core's call on the worker with a progress dialog (`ui/tasks.py`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from cic_desktop.domain.dates_ro import fmt
from ui import bus
from ui.widgets import files, messages
from ui.windows.audiences import services
from ui.windows.page_outputs import PageOutputs


def _filter(kind: str) -> str:
    return files.XLSX_FILTER if kind == "xlsx" else files.PDF_FILTER


class AudienceOutputs(PageOutputs):
    @property
    def outputs(self) -> Any:
        return services.outputs(self._ctx.core)

    def _call(
        self,
        work: Callable[[], Any],
        label: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """The core's audience outputs take no progress or cancel: a plain call on the worker."""
        self._run(
            lambda _progress, _cancel: work(), label, on_done, on_error=on_error, cancellable=False
        )

    # -- the day list --------------------------------------------------------------------------

    def day_list(self, day: date, official_id: int | None) -> None:
        path = files.save_path(
            self._page,
            "Salvați lista audiențelor zilei",
            f"audiente-{fmt(day)}.pdf",
            files.PDF_FILTER,
        )
        if path is None:
            return
        outputs = self.outputs
        self._call(
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
            self._page,
            "Exportați registrul de audiențe",
            f"registrul-audientelor-{year}.{kind}",
            _filter(kind),
        )
        if path is None:
            return
        outputs = self.outputs
        self._call(
            lambda: outputs.export_register(year, kind, path) or path,
            "Se exportă registrul de audiențe…",
            lambda _r: self._finished_file(path, f"Registrul de audiențe pe {year} este gata."),
        )

    def import_register(self) -> None:
        path = files.open_path(self._page, "Importați un registru de audiențe", files.XLSX_FILTER)
        if path is None:
            return
        outputs = self.outputs
        self._call(
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
            "Import respins",
            "Fișierul nu a fost importat; nu s-a salvat nimic.",
            messages.error_text(exc),
        )

    def statistics(self, kind: str) -> None:
        year = self._year()
        path = files.save_path(
            self._page,
            "Salvați statistica audiențelor",
            f"statistica-audientelor-{year}.{kind}",
            _filter(kind),
        )
        if path is None:
            return
        outputs = self.outputs
        self._call(
            lambda: outputs.statistics(year, kind, path) or path,
            "Se pregătește statistica…",
            lambda _r: self._finished_file(path, f"Statistica audiențelor pe {year} este gata."),
        )
