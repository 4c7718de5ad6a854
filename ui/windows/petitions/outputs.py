"""The list's toolbar work: dispatch list, registry book, Excel export and import, semester report.

Each action asks what it needs (a small dialog, a file name) and runs the core's plain function on
the worker through `ui/tasks.py`, with progress and a cancel button for the long ones.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from cic_desktop.domain.dates_ro import count_ro, fmt
from cic_desktop.errors import CicError
from ui import bus
from ui.context import AppContext
from ui.widgets import files, messages
from ui.windows.page_outputs import PageOutputs
from ui.windows.petitions import services
from ui.windows.petitions.output_dialogs import (
    BookDialog,
    DispatchDialog,
    SemesterDialog,
)


class PetitionOutputs(PageOutputs):
    def __init__(self, ctx: AppContext, page: Any, year: Callable[[], int]) -> None:
        super().__init__(ctx, page, year)
        view = page.view
        view.dispatch_button.clicked.connect(self.dispatch_list)
        view.book_button.clicked.connect(self.registry_book)
        view.export_button.clicked.connect(self.export_excel)
        view.import_button.clicked.connect(self.import_excel)
        view.report_button.clicked.connect(self.semester_report)

    # -- dispatch list -------------------------------------------------------------------------

    def dispatch_list(self) -> QDialog:
        dispatch = services.dispatch(self.core)
        dialog = DispatchDialog(
            self.core.clock.today(), lambda day: len(dispatch.lines(day)), self._page
        )
        return self._show(dialog, lambda: self._dispatch_pdf(dialog.chosen_day()))

    def _dispatch_pdf(self, day: date) -> None:
        path = files.save_path(
            self._page, "Salvați borderoul", f"borderou-{fmt(day)}.pdf", files.PDF_FILTER
        )
        if path is None:
            return
        dispatch = services.dispatch(self.core)
        self._run(
            lambda _p, _c: dispatch.print_list(day, path),
            "Se pregătește borderoul…",
            lambda written: self._finished_file(
                Path(written), f"Borderoul din {fmt(day)} este gata."
            ),
            cancellable=False,
        )

    # -- registry book -------------------------------------------------------------------------

    def _describe_next(self, year: int) -> str:
        try:
            plan = services.books(self.core).next_print(year)
        except CicError as err:
            return err.message_ro
        if plan.pending_rows <= 0:
            return "Toate înregistrările anului au fost deja tipărite."
        where = "prima tipărire a anului" if plan.first_print else "în continuarea ultimei tipăriri"
        return (
            f"{count_ro(plan.pending_rows, 'înregistrare netipărită', 'înregistrări netipărite')}: "
            f"de la nr. crt. {plan.first_index}, fila {plan.first_page} ({where})."
        )

    def registry_book(self) -> QDialog:
        years = self.core.petition_list.years()
        dialog = BookDialog(years, self._year(), self._describe_next, self._page)
        return self._show(
            dialog, lambda: self._book_pdf(dialog.chosen_year(), dialog.is_full_year())
        )

    def _book_pdf(self, year: int, full_year: bool) -> None:
        suffix = "integral" if full_year else "continuare"
        path = files.save_path(
            self._page,
            "Salvați registrul de petiții",
            f"registrul-petitiilor-{year}-{suffix}.pdf",
            files.PDF_FILTER,
        )
        if path is None:
            return
        books = services.books(self.core)

        def op(progress: Any, cancel: Any) -> Any:
            return books.print_petitions_book(
                year, path, full_year=full_year, progress=progress, cancel=cancel
            )

        def done(result: Any) -> None:
            text = (
                f"Registrul pe anul {year}: "
                f"{count_ro(result.rows, 'înregistrare', 'înregistrări')}, "
                f"filele {result.first_page}–{result.last_page}."
            )
            self._finished_file(Path(result.path), text)

        self._run(op, "Se tipărește registrul…", done)

    # -- Excel ---------------------------------------------------------------------------------

    def export_excel(self) -> None:
        from cic_desktop.render.xlsx.petitions_export import export_petitions_xlsx

        year = self._year()
        path = files.save_path(
            self._page,
            "Exportați registrul de petiții",
            f"registrul-petitiilor-{year}.xlsx",
            files.XLSX_FILTER,
        )
        if path is None:
            return
        core = self.core

        def op(progress: Any, cancel: Any) -> int:
            return export_petitions_xlsx(core, year, path, progress=progress, cancel=cancel)

        self._run(
            op,
            "Se exportă registrul…",
            lambda count: messages.show_info(
                self._page,
                f"S-au exportat {count_ro(count, 'petiție', 'petiții')} din {year} în {path}.",
            ),
        )

    def import_excel(self) -> None:
        from cic_desktop.importing.petitions_import import import_petitions

        path = files.open_path(self._page, "Importați un registru de petiții", files.XLSX_FILTER)
        if path is None:
            return
        core = self.core

        def op(progress: Any, cancel: Any) -> Any:
            return import_petitions(core, path, progress=progress, cancel=cancel)

        self._run(op, "Se importă registrul…", self._imported, on_error=self._import_failed)

    def _imported(self, report: Any) -> None:
        self._ctx.bus.announce(bus.PETITIONS, bus.REGISTRY)
        self._show_text("Import reușit", "Registrul a fost importat.", "\n".join(report.lines()))

    def _import_failed(self, exc: BaseException) -> None:
        warnings = getattr(exc, "warnings", ())
        text = messages.error_text(exc)
        if warnings:
            text += "\n\nDe verificat (nu au blocat importul):\n" + "\n".join(
                f"– {w.text()}" for w in warnings
            )
        self._show_text("Import respins", "Fișierul nu a fost importat; nu s-a salvat nimic.", text)

    # -- semester report -----------------------------------------------------------------------

    def semester_report(self) -> QDialog:
        years = self.core.petition_list.years()
        dialog = SemesterDialog(years, self.core.clock.today(), self._page)
        return self._show(dialog, lambda: self._semester(*dialog.chosen()))

    def _semester(self, year: int, semester: int, kind: str, conclusions: str) -> None:
        from cic_desktop.reports.petitions_semester import build_semester_report

        roman = "I" if semester == 1 else "II"
        path = files.save_path(
            self._page,
            "Salvați raportul semestrial",
            f"raport-petitii-{year}-semestrul-{roman}.{kind}",
            files.XLSX_FILTER if kind == "xlsx" else files.PDF_FILTER,
        )
        if path is None:
            return
        core = self.core

        def op(progress: Any, _cancel: Any) -> Path:
            progress(None, "Se numără petițiile semestrului…")
            report = build_semester_report(core, year, semester, conclusions=conclusions)
            if kind == "xlsx":
                from cic_desktop.render.xlsx.semester_report import write_semester_report_xlsx

                write_semester_report_xlsx(report, path)
            else:
                from cic_desktop.render.pdf.semester_report import write_semester_report_pdf

                write_semester_report_pdf(report, path)
            return path

        self._run(
            op,
            "Se pregătește raportul…",
            lambda written: self._finished_file(
                Path(written), f"Raportul pe semestrul {roman} {year} este gata."
            ),
            cancellable=False,
        )
