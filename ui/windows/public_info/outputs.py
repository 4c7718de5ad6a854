"""The 544 list's toolbar work: the registry book, the Excel export, the annual report and the
blank standard forms.

Each action asks what it needs (a dialog, a file name) and runs the core's plain function on the
worker through `ui/tasks.py`, with progress and a cancel button for the long ones.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from cic_desktop.domain.dates_ro import count_ro, fmt
from ui.context import AppContext
from ui.widgets import files, messages
from ui.windows.page_outputs import PageOutputs
from ui.windows.public_info.output_dialogs import Report544Dialog


def report_remarks(report: Any) -> str:
    """The report's warnings and failing checks, in full (they are printed in the file too)."""
    lines = [f"– {w}" for w in report.warnings()]
    failed = report.failed_checks()
    if failed:
        lines.append("")
        lines.append("Verificări care nu se potrivesc:")
        lines += [f"– {c.label}: {c.detail}" for c in failed]
    return "\n".join(lines).strip()


class PublicInfoOutputs(PageOutputs):
    def __init__(self, ctx: AppContext, page: Any, year: Callable[[], int]) -> None:
        super().__init__(ctx, page, year)
        view = page.view
        view.book_button.clicked.connect(self.registry_book)
        view.export_button.clicked.connect(self.export_excel)
        view.report_button.clicked.connect(self.annual_report)
        view.forms_button.clicked.connect(self.blank_forms)
        if view.import_button is not None:
            view.import_button.clicked.connect(self.import_excel)

    # -- registry book -------------------------------------------------------------------------

    def registry_book(self) -> None:
        year = self._year()
        path = files.save_path(
            self._page,
            "Salvați registrul solicitărilor de informații publice",
            f"registrul-544-{year}.pdf",
            files.PDF_FILTER,
        )
        if path is None:
            return
        core = self.core

        def op(progress: Any, cancel: Any) -> Any:
            # Prints the entries not printed yet, continuing the leaves of the last print.
            return core.books.print_public_info_book(year, path, progress=progress, cancel=cancel)

        def done(result: Any) -> None:
            text = (
                f"Registrul solicitărilor de informații publice pe anul {year}: "
                f"{count_ro(result.rows, 'înregistrare', 'înregistrări')}, "
                f"filele {result.first_page}–{result.last_page}."
            )
            self._finished_file(Path(result.path), text)

        self._run(op, "Se tipărește registrul…", done)

    # -- Excel ---------------------------------------------------------------------------------

    def export_excel(self) -> None:
        from cic_desktop.render.xlsx.public_info_export import export_public_info_xlsx

        year = self._year()
        path = files.save_path(
            self._page,
            "Exportați registrul solicitărilor de informații publice",
            f"registrul-544-{year}.xlsx",
            files.XLSX_FILTER,
        )
        if path is None:
            return
        core = self.core

        def op(progress: Any, cancel: Any) -> int:
            return export_public_info_xlsx(core, year, path, progress=progress, cancel=cancel)

        self._run(
            op,
            "Se exportă registrul…",
            lambda count: messages.show_info(
                self._page,
                f"S-au exportat {count_ro(count, 'solicitare scrisă', 'solicitări scrise')} "
                f"din {year} (și solicitările verbale) în {path}.",
            ),
        )

    def import_excel(self) -> None:
        from cic_desktop.importing import public_info_import as importer  # type: ignore[attr-defined]

        path = files.open_path(
            self._page, "Importați un registru de solicitări 544", files.XLSX_FILTER
        )
        if path is None:
            return
        core = self.core

        def op(progress: Any, cancel: Any) -> Any:
            return importer.import_public_info(core, path, progress=progress, cancel=cancel)

        self._run(op, "Se importă registrul…", self._imported, on_error=self._import_failed)

    def _imported(self, report: Any) -> None:
        from ui import bus

        self._ctx.bus.announce(bus.PUBLIC_INFO, bus.REGISTRY)
        lines = report.lines() if hasattr(report, "lines") else [str(report)]
        self._show_text("Import reușit", "Registrul a fost importat.", "\n".join(lines))

    def _import_failed(self, exc: BaseException) -> None:
        self._show_text(
            "Import respins",
            "Fișierul nu a fost importat; nu s-a salvat nimic.",
            messages.error_text(exc),
        )

    # -- annual report -------------------------------------------------------------------------

    def _years(self) -> list[int]:
        years = {e.year for e in self.core.registry.entries("public_info")}
        return sorted({*years, self.core.clock.today().year, self._year()}, reverse=True)

    def annual_report(self) -> QDialog:
        outputs = self.core.public_info_outputs
        dialog = Report544Dialog(
            self._years(),
            self._year(),
            self.core.clock.today(),
            outputs.report_answers,
            outputs.save_report_answers,
            self._page,
        )
        return self._show(
            dialog,
            lambda: self._report(
                dialog.chosen_year(), dialog.chosen_as_of(), dialog.chosen_format()
            ),
        )

    def _report(self, year: int, as_of: date, kind: str) -> None:
        from cic_desktop.reports.report_544 import build_report_544

        path = files.save_path(
            self._page,
            "Salvați raportul anual privind Legea nr. 544/2001",
            f"raport-544-{year}.{kind}",
            files.XLSX_FILTER if kind == "xlsx" else files.PDF_FILTER,
        )
        if path is None:
            return
        core = self.core

        def op(progress: Any, _cancel: Any) -> tuple[Path, Any]:
            progress(None, "Se numără solicitările anului…")
            answers = core.public_info_outputs.report_answers(year)
            report = build_report_544(core, year, as_of=as_of, answers=answers)
            progress(None, "Se scrie raportul…")
            if kind == "xlsx":
                from cic_desktop.render.xlsx.report_544 import write_report_544_xlsx

                write_report_544_xlsx(report, path)
            else:
                from cic_desktop.render.pdf.report_544 import write_report_544_pdf

                write_report_544_pdf(report, path)
            return path, report

        def done(result: tuple[Path, Any]) -> None:
            written, report = result
            files.open_file(Path(written))
            heading = f"Raportul pe anul {year} (situația la {fmt(as_of)}) a fost creat."
            remarks = report_remarks(report)
            if remarks:
                self._show_text(
                    "Raportul anual – de verificat",
                    f"{heading} Înainte de publicare, vedeți observațiile de mai jos "
                    "(apar și în raport).",
                    f"{remarks}\n\nFișierul: {written}",
                )
            else:
                messages.show_info(
                    self._page, f"{heading} Toate verificările se potrivesc.\n\nFișierul: {written}"
                )

        self._run(op, "Se pregătește raportul anual…", done, cancellable=False)

    # -- blank forms ---------------------------------------------------------------------------

    def blank_forms(self) -> QDialog:
        from ui.windows.public_info.letters import FormsDialog

        dialog = FormsDialog(self._ctx, None, self._page)
        return self._show(dialog, lambda: None)
