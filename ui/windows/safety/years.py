"""Closing a finished year (its entries become read-only) and reopening it with a reason."""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from cic_desktop.core import CicCore
from cic_desktop.errors import CicError, ValidationError
from ui.context import AppContext
from ui.views.safety.year_dialog_view import YearDialogView
from ui.widgets.forms import FieldErrors
from ui.widgets.text import normalize_diacritics
from ui.windows.safety import YEARS


@dataclass(frozen=True)
class YearRow:
    year: int
    entries: int
    locked: bool
    current: bool


@dataclass(frozen=True)
class Refusal:
    """The core refused to close the year: its message, and every case still open."""

    message: str
    open_cases: list[str]


def year_rows(core: CicCore, how_many: int = 5) -> list[YearRow]:
    """The last `how_many` years, every year with petitions and every closed year; newest first."""
    current = core.clock.today().year
    locked = set(core.years.locked_years())
    years = set(range(current - how_many + 1, current + 1)) | locked
    years |= set(core.petition_list.years())
    return [
        YearRow(y, sum(core.registry.counts(y).values()), y in locked, y >= current)
        for y in sorted(years, reverse=True)
    ]


def state_text(row: YearRow) -> str:
    if row.locked:
        return "închis"
    return "deschis (anul în curs)" if row.current else "deschis"


class YearDialog(QDialog):
    def __init__(
        self, ctx: AppContext, year: int, *, unlocking: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.year = year
        self.unlocking = unlocking
        self.done_ok = False
        self.view = YearDialogView(unlocking=unlocking)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        if unlocking:
            self.setWindowTitle(f"Redeschide anul {year}")
            self.view.heading.setText(f"Redeschiderea anului {year}")
            self.view.explanation.setText(
                "Redeschideți un an închis doar dacă trebuie corectată o înregistrare. Motivul "
                "este obligatoriu și rămâne în jurnalul de audit. Închideți anul din nou după "
                "corectură."
            )
            field, widget = "reason", self.view.reason
        else:
            self.setWindowTitle(f"Închide anul {year}")
            self.view.heading.setText(f"Închiderea anului {year}")
            self.view.explanation.setText(
                "Închideți anul după ce rapoartele anuale au fost emise: înregistrările lui "
                "nu se mai pot modifica sau anula. Toate cazurile anului trebuie să fie "
                "soluționate, redirecționate sau clasate."
            )
            field, widget = "note", self.view.note
        normalize_diacritics(widget)
        self.errors = FieldErrors(self.view.general_error)
        self.errors.register(field, widget, self.view.field_error)
        self.view.buttons.accepted.connect(self.submit)
        self.view.buttons.rejected.connect(self.reject)
        self.resize(600, 340 if unlocking else 240)

    def submit(self) -> None:
        self.errors.clear()
        self._show_open_cases([])
        core, year = self._ctx.core, self.year
        if self.unlocking:
            reason = self.view.reason.toPlainText()

            def op() -> Refusal | None:
                core.years.unlock(year, reason)
                return None

        else:
            note = self.view.note.text()

            def op() -> Refusal | None:
                try:
                    core.years.lock(year, note)
                except ValidationError as err:
                    if err.field != "year":
                        raise
                    return Refusal(err.message_ro, core.years.open_cases(year))
                return None

        self.view.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._ctx.tasks.call(op, on_success=self._done, on_error=self._failed, parent=self)

    def _done(self, refusal: Refusal | None) -> None:
        if not shiboken6.isValid(self):
            return
        self.view.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if refusal is not None:
            self.errors.show(ValidationError("year", refusal.message))
            self._show_open_cases(refusal.open_cases)
            return
        self.done_ok = True
        self._ctx.bus.announce(YEARS)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.view.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        elif isinstance(exc, CicError):
            self.errors.show(ValidationError("", exc.message_ro))
        else:
            self.errors.show(ValidationError("", f"Operația nu a reușit: {exc}"))

    def _show_open_cases(self, cases: list[str]) -> None:
        self.view.open_cases.clear()
        self.view.open_cases.addItems(cases)
        self.view.open_cases_title.setVisible(bool(cases))
        self.view.open_cases.setVisible(bool(cases))
        self.view.filler.setVisible(not cases)
