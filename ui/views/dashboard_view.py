"""Layout of the dashboard: the year, then each figure as a chart with its table beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.charts import GroupedBarChart, HorizontalBarChart


def _table(name: str) -> QTableWidget:
    table = QTableWidget()
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


def _figure(
    title: str, chart: QWidget, table: QTableWidget, note: str, *, table_below: bool = False
) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    row = QVBoxLayout() if table_below else QHBoxLayout()
    row.addWidget(chart, 1)
    row.addWidget(table, 1)
    layout.addLayout(row)
    hint = QLabel(note)
    hint.setObjectName("hint")
    hint.setWordWrap(True)
    layout.addWidget(hint)
    return box


class DashboardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        heading = QLabel("Tablou de bord")
        heading.setObjectName("pageTitle")
        outer.addWidget(heading)
        top = QHBoxLayout()
        year_label = QLabel("&Anul:")
        self.year = QComboBox()
        self.year.setAccessibleName("Anul")
        year_label.setBuddy(self.year)
        self.status = QLabel()
        self.status.setObjectName("hint")
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(self.status, 1)
        outer.addLayout(top)

        content = QWidget()
        figures = QVBoxLayout(content)
        self.monthly_chart = GroupedBarChart("Înregistrări pe luni")
        self.monthly_chart.setMinimumHeight(260)
        self.monthly_table = _table("Înregistrări pe luni și registre")
        self.monthly_box = _figure(
            "Înregistrări pe luni",
            self.monthly_chart,
            self.monthly_table,
            "Înregistrările anulate nu intră în totaluri; sunt numărate separat, pe rândul lor.",
            table_below=True,
        )
        self.terms_chart = HorizontalBarChart("Soluționate în termen")
        self.terms_table = _table("Soluționate în termen, pe registre")
        self.terms_box = _figure(
            "Soluționate în termen",
            self.terms_chart,
            self.terms_table,
            "Petițiile: data expedierii răspunsului (sau a răspunsului, dacă nu a plecat încă), "
            "a redirecționării ori a clasării, față de termenul legal în vigoare (cu prelungirea, "
            "dacă s-a aprobat). Legea nr. 544/2001: data răspunsului față de termenul de 10 zile "
            "(30 după o notificare de prelungire trimisă la timp), redirecționarea față de cel de "
            "5 zile. Cazurile nesoluționate cu termenul depășit sunt socotite întârziate; cele "
            "al căror termen nu a trecut încă nu sunt incluse. Nu intră cele anulate, conexate "
            "sau reîncadrate.",
        )
        self.departments_chart = HorizontalBarChart("Cazuri deschise pe compartimente")
        self.departments_table = _table("Cazuri deschise pe compartimente și registre")
        self.departments_box = _figure(
            "Cazuri deschise pe compartimente",
            self.departments_chart,
            self.departments_table,
            "Cazurile înregistrate în anul ales care nu sunt încă soluționate astăzi; "
            "„Nerepartizate” sunt cele fără compartiment.",
        )
        for box in (self.monthly_box, self.terms_box, self.departments_box):
            figures.addWidget(box)
        figures.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
