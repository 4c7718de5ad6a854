"""„Tablou de bord”: the figures of a year as charts with their tables, read on the worker thread.

A change announced on the bus while the page is hidden only marks it stale: it reads again when
shown, so a large database is not re-read for a page nobody looks at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from cic_desktop.core import CicCore
from cic_desktop.dashboard.build import build_dashboard, registered_years
from cic_desktop.dashboard.model import Dashboard, register_name
from cic_desktop.domain.dates_ro import MONTHS_RO, fmt
from cic_desktop.errors import CicError
from cic_desktop.labels import RegisterCode
from ui import bus
from ui.context import AppContext
from ui.gc_pauses import no_collector_pauses
from ui.views.dashboard_view import DashboardView
from ui.widgets.charts import (
    IN_TERM_COLOR,
    LATE_COLOR,
    Bar,
    Segment,
    Series,
    series_color,
)

_CARES_ABOUT = frozenset(
    {
        bus.REGISTRY,
        bus.PETITIONS,
        bus.PUBLIC_INFO,
        bus.DAYS_OFF,
        bus.DEPARTMENTS,
        getattr(bus, "AUDIENCES", "audiences"),
    }
)
MONTH_NAMES = tuple(m.capitalize() for m in MONTHS_RO)
MONTH_SHORT = tuple(m[:3] for m in MONTHS_RO)
TOTAL = "Total"


@dataclass(frozen=True)
class DashboardData:
    years: list[int]
    board: Dashboard


def gather(core: CicCore, year: int | None) -> DashboardData:
    """Everything the page shows, read in one go (runs on the worker thread)."""
    with no_collector_pauses():
        return DashboardData(registered_years(core), build_dashboard(core, year))


def color_of(register: str) -> QColor:
    """One colour per register, the same in every chart."""
    known = [r.value for r in RegisterCode]
    return series_color(known.index(register) if register in known else len(known))


def percent_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} %".replace(".", ",")


def _fill(
    table: QTableWidget,
    columns: Sequence[str],
    rows: Sequence[tuple[str, Sequence[object]]],
    bold_last: bool = True,
) -> None:
    table.clear()
    table.setColumnCount(len(columns))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(list(columns))
    table.setVerticalHeaderLabels([label for label, _ in rows])
    for r, (_label, values) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold_last and r == len(rows) - 1:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class DashboardPage(QWidget):
    data_shown = Signal()  # the figures of the last reading are on screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.view = DashboardView()
        self.loaded = False
        self.board: Dashboard | None = None
        self._stale = False
        self._reading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        ctx.bus.changed.connect(self._changed)
        self.view.year.activated.connect(lambda _i: self.refresh())
        self.refresh()

    def _changed(self, flags: frozenset[str]) -> None:
        if not flags & _CARES_ABOUT:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def chosen_year(self) -> int | None:
        return self.view.year.currentData()

    def refresh(self) -> None:
        core, year = self._ctx.core, self.chosen_year()
        self._stale = False
        self.view.status.setText("Se încarcă…")
        self._ctx.tasks.call(
            lambda: gather(core, year), on_success=self._show, on_error=self._failed, parent=self
        )

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        text = exc.message_ro if isinstance(exc, CicError) else str(exc)
        self.view.status.setText(f"Datele nu au putut fi citite: {text}")

    def _show(self, data: DashboardData) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed while the data was being read
        board = data.board
        self.board = board
        self._show_years(data.years, board.year)
        self._show_monthly(board)
        self._show_terms(board)
        self._show_departments(board)
        self.view.status.setText(f"Situația la {fmt(board.today)}.")
        self.loaded = True
        self.data_shown.emit()

    def _show_years(self, years: list[int], chosen: int) -> None:
        combo = self.view.year
        combo.blockSignals(True)
        combo.clear()
        for year in years:
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _show_monthly(self, board: Dashboard) -> None:
        monthly = board.monthly
        registers = monthly.registers
        names = [register_name(r) for r in registers]
        self.view.monthly_box.setTitle(f"Înregistrări pe luni în {board.year}")
        self.view.monthly_chart.set_data(
            MONTH_SHORT,
            [Series(register_name(r), monthly.counts[r], color_of(r)) for r in registers],
        )
        rows: list[tuple[str, Sequence[object]]] = [
            (
                MONTH_NAMES[m - 1],
                [*(monthly.counts[r][m - 1] for r in registers), monthly.month_total(m)],
            )
            for m in range(1, 13)
        ]
        rows.append(("Anulate (neincluse)", [*(monthly.annulled[r] for r in registers),
                                             sum(monthly.annulled.values())]))  # fmt: skip
        rows.append((TOTAL, [*(monthly.total(r) for r in registers), monthly.grand_total]))
        _fill(self.view.monthly_table, [*names, TOTAL], rows)

    def _show_terms(self, board: Dashboard) -> None:
        self.view.terms_box.setTitle(f"Soluționate în termen – înregistrate în {board.year}")
        bars = []
        rows: list[tuple[str, Sequence[object]]] = []
        for share in board.terms:
            name = register_name(share.register)
            percent = share.percent_in_term
            bars.append(
                Bar(
                    name,
                    (
                        Segment(percent or 0.0, QColor(IN_TERM_COLOR)),
                        Segment(
                            100.0 - percent if percent is not None else 0.0, QColor(LATE_COLOR)
                        ),
                    ),
                    percent_text(percent),
                )
            )
            rows.append((name, [share.in_term, share.late, share.judged, percent_text(percent)]))
        in_term = sum(s.in_term for s in board.terms)
        late = sum(s.late for s in board.terms)
        judged = in_term + late
        rows.append(
            (
                TOTAL,
                [in_term, late, judged, percent_text(100 * in_term / judged if judged else None)],
            )
        )
        self.view.terms_chart.set_data(
            bars, [("în termen", QColor(IN_TERM_COLOR)), ("cu întârziere", QColor(LATE_COLOR))], 100
        )
        _fill(
            self.view.terms_table,
            ["În termen", "Cu întârziere", "Total judecate", "% în termen"],
            rows,
        )

    def _show_departments(self, board: Dashboard) -> None:
        registers = board.followed
        self.view.departments_box.setTitle(
            f"Cazuri deschise pe compartimente – înregistrate în {board.year}"
        )
        bars = [
            Bar(
                load.department,
                tuple(Segment(load.counts.get(r, 0), color_of(r)) for r in registers),
                str(load.total),
            )
            for load in board.departments
        ]
        self.view.departments_chart.set_data(
            bars,
            [(register_name(r), color_of(r)) for r in registers],
        )
        rows: list[tuple[str, Sequence[object]]] = [
            (load.department, [*(load.counts.get(r, 0) for r in registers), load.total])
            for load in board.departments
        ]
        rows.append(
            (
                TOTAL,
                [
                    *(sum(d.counts.get(r, 0) for d in board.departments) for r in registers),
                    sum(d.total for d in board.departments),
                ],
            )
        )
        _fill(self.view.departments_table, [*(register_name(r) for r in registers), TOTAL], rows)
