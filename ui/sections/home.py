"""Start page: the institution, today's date, this year's registrations and days off."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import shiboken6
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cic_desktop.core import CicCore
from cic_desktop.domain.dates_ro import fmt_long
from cic_desktop.dto import DayOffData
from cic_desktop.errors import CicError
from cic_desktop.labels import REGISTER, RegisterCode
from ui import bus
from ui.context import AppContext
from ui.formatting import long_date_ro
from ui.views.home_view import HomeView

_CARES_ABOUT = frozenset({bus.INSTITUTION, bus.DAYS_OFF, bus.REGISTRY})


@dataclass(frozen=True)
class HomeData:
    institution_name: str
    today: date
    counts: dict[str, int]
    days_off: list[DayOffData]


def gather(core: CicCore) -> HomeData:
    """Everything the page shows, read in one go (runs on the worker thread)."""
    today = core.clock.today()
    return HomeData(
        institution_name=core.settings.institution().display_name,
        today=today,
        counts=core.registry.counts(today.year),
        days_off=core.settings.days_off(today.year),
    )


def days_off_text(year: int, days: list[DayOffData]) -> str:
    if not days:
        return (
            f"Nu este configurată nicio zi liberă suplimentară în {year}; termenele țin seama "
            "doar de weekenduri și de sărbătorile legale. Zilele libere acordate prin hotărâre "
            "a Guvernului se adaugă din Setări → Zile libere."
        )
    lines = [f"• {fmt_long(d.day)} – {d.note}" for d in days]
    count = (
        "o zi liberă suplimentară" if len(days) == 1 else f"{len(days)} zile libere suplimentare"
    )
    return (
        f"În {year} sunt configurate {count}, socotite nelucrătoare la calculul termenelor:\n"
        + "\n".join(lines)
    )


class HomePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.view = HomeView()
        self.loaded = False
        self.count_values: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        ctx.bus.changed.connect(self._changed)
        self.view.status.setText("Se încarcă…")
        self.refresh()

    def _changed(self, flags: frozenset[str]) -> None:
        if flags & _CARES_ABOUT:
            self.refresh()

    def refresh(self) -> None:
        core = self._ctx.core
        self._ctx.tasks.call(
            lambda: gather(core), on_success=self._show, on_error=self._failed, parent=self
        )

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        text = exc.message_ro if isinstance(exc, CicError) else str(exc)
        self.view.status.setText(f"Datele nu au putut fi citite: {text}")

    def _show(self, data: HomeData) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed while the data was being read
        view = self.view
        view.title.setText(data.institution_name)
        view.today.setText(f"Astăzi este {long_date_ro(data.today)}.")
        year = data.today.year
        view.counts_box.setTitle(f"Înregistrări în {year}")
        while view.counts.rowCount():
            view.counts.removeRow(0)
        for code in RegisterCode:
            value = QLabel(str(data.counts.get(code.value, 0)))
            value.setObjectName("resultValue")
            self.count_values[code.value] = value
            view.counts.addRow(f"{REGISTER[code]}:", value)
        view.days_off_box.setTitle(f"Zile libere suplimentare în {year}")
        view.days_off.setText(days_off_text(year, data.days_off))
        view.status.setText("")
        self.loaded = True
