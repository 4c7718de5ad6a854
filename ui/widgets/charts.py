"""Two small charts drawn with QPainter (Qt Charts is deprecated since Qt 6.10).

They only draw: every figure also sits in a table next to the chart, readable without it. Colours
come from `series_color` so one register has the same colour in every chart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#1f6fb2", "#e08a1e", "#3a9a4a", "#8e5bb5", "#c23b3b", "#5b8a96")
IN_TERM_COLOR = "#3a9a4a"
LATE_COLOR = "#c23b3b"
_AXIS = QColor("#666666")
_GRID = QColor("#dddddd")
_TEXT = QColor("#222222")


def series_color(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def nice_step(peak: float, ticks: int = 5) -> float:
    """A round tick step (1, 2 or 5 × 10^k) giving about `ticks` grid lines up to `peak`."""
    if peak <= 0:
        return 1.0
    raw = peak / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    return max(step, 1.0)


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    color: QColor


@dataclass(frozen=True)
class Segment:
    value: float
    color: QColor


@dataclass(frozen=True)
class Bar:
    label: str
    segments: tuple[Segment, ...]
    text: str  # written after the bar (the value as the table shows it)


class _Chart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(320, 180)
        self.empty_text = "Nu sunt date de afișat."

    def _draw_empty(self, painter: QPainter) -> None:
        painter.setPen(_AXIS)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)

    def _legend(self, painter: QPainter, items: Sequence[tuple[str, QColor]], top: float) -> float:
        """Legend entries left to right, wrapping; returns the height it used."""
        metrics = QFontMetrics(self.font())
        box = metrics.height() * 0.7
        x, y, line = 8.0, top, metrics.height() + 4
        for name, color in items:
            width = box + 6 + metrics.horizontalAdvance(name) + 16
            if x + width > self.width() - 8 and x > 8:
                x, y = 8.0, y + line
            painter.fillRect(QRectF(x, y + (line - box) / 2 - 2, box, box), color)
            painter.setPen(_TEXT)
            painter.drawText(QRectF(x + box + 6, y, width, line), Qt.AlignmentFlag.AlignLeft, name)
            x += width
        return y + line - top if items else 0.0


class GroupedBarChart(_Chart):
    """Vertical bars: one group per category (month), one bar per series (register)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.categories: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories, self.series = tuple(categories), tuple(series)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(640, 280)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        peak = max((v for s in self.series for v in s.values), default=0)
        if not self.categories or not self.series or peak <= 0:
            self._draw_empty(painter)
            return
        metrics = QFontMetrics(self.font())
        legend = self._legend(painter, [(s.name, s.color) for s in self.series], 4)
        step = nice_step(peak)
        top_value = step * math.ceil(peak / step)
        label_width = metrics.horizontalAdvance(f"{top_value:g}") + 8
        plot = QRectF(
            label_width + 8,
            legend + 12,
            self.width() - label_width - 16,
            self.height() - legend - 12 - metrics.height() - 8,
        )
        if plot.width() < 20 or plot.height() < 20:
            return
        ticks = round(top_value / step)
        for i in range(ticks + 1):
            y = plot.bottom() - plot.height() * i / ticks
            painter.setPen(QPen(_GRID, 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(_AXIS)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, label_width, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{step * i:g}",
            )
        group = plot.width() / len(self.categories)
        bar = group * 0.8 / len(self.series)
        for c, category in enumerate(self.categories):
            left = plot.left() + c * group + group * 0.1
            for s, series in enumerate(self.series):
                value = series.values[c] if c < len(series.values) else 0
                height = plot.height() * value / top_value
                painter.fillRect(
                    QRectF(left + s * bar, plot.bottom() - height, max(bar - 1, 1), height),
                    series.color,
                )
            painter.setPen(_TEXT)
            painter.drawText(
                QRectF(plot.left() + c * group, plot.bottom() + 4, group, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                category,
            )
        painter.setPen(QPen(_AXIS, 1))
        painter.drawLine(
            int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom())
        )


class HorizontalBarChart(_Chart):
    """One horizontal bar per row, made of stacked segments, its value written after it."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.bars: tuple[Bar, ...] = ()
        self.legend: tuple[tuple[str, QColor], ...] = ()
        self.scale: float | None = None  # the value of a full bar; None: the longest bar

    def set_data(
        self,
        bars: Sequence[Bar],
        legend: Sequence[tuple[str, QColor]] = (),
        scale: float | None = None,
    ) -> None:
        self.bars, self.legend, self.scale = tuple(bars), tuple(legend), scale
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(480, max(180, 60 + self._row_height() * len(self.bars)))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        longest = max((sum(s.value for s in b.segments) for b in self.bars), default=0)
        scale = self.scale or longest
        if not self.bars or scale <= 0:
            self._draw_empty(painter)
            return
        metrics = QFontMetrics(self.font())
        top = self._legend(painter, self.legend, 4) + 8
        label_width = min(
            max(metrics.horizontalAdvance(b.label) for b in self.bars) + 12, self.width() // 3
        )
        text_width = max(metrics.horizontalAdvance(b.text) for b in self.bars) + 12
        span = self.width() - label_width - text_width - 16
        row = self._row_height()
        if span < 20:
            return
        for i, bar in enumerate(self.bars):
            y = top + i * row
            painter.setPen(_TEXT)
            painter.drawText(
                QRectF(4, y, label_width - 8, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8),
            )
            x = float(label_width)
            for segment in bar.segments:
                width = span * segment.value / scale
                painter.fillRect(QRectF(x, y + 4, width, row - 8), segment.color)
                x += width
            painter.setPen(_TEXT)
            painter.drawText(
                QRectF(x + 6, y, text_width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )
        painter.setPen(QPen(_AXIS, 1))
        painter.drawLine(label_width, int(top), label_width, int(top + row * len(self.bars)))
