"""Pieces the petition and 544 register pages share, so the two pages look alike: the title row
with the year and the count, toolbar buttons, and the colour legend under the table."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton

from ui.models.petitions_table import ANNULLED_COLOUR, LEGEND

CELL_PADDING = 14  # added to a column's sample text width


def swatch(colour: str, text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(
        f"background-color: {colour}; color: black; border: 1px solid #b0b0b0; padding: 1px 6px;"
    )
    return label


def tool_button(text: str, tooltip: str = "") -> QPushButton:
    """A toolbar button that Enter in the table never presses by accident."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    if tooltip:
        button.setToolTip(tooltip)
    return button


def title_row(text: str) -> tuple[QHBoxLayout, QComboBox, QLabel]:
    """The page title, the year picker (Alt+A) and the count on the right."""
    row = QHBoxLayout()
    title = QLabel(text)
    title.setObjectName("pageTitle")
    year = QComboBox()
    year.setMinimumContentsLength(6)
    year_label = QLabel("&Anul:")
    year_label.setBuddy(year)
    count = QLabel()
    count.setObjectName("resultValue")
    row.addWidget(title)
    row.addSpacing(16)
    row.addWidget(year_label)
    row.addWidget(year)
    row.addStretch(1)
    row.addWidget(count)
    return row, year, count


def legend_row() -> tuple[QHBoxLayout, QLabel]:
    """The row colours explained, an annulled entry struck through, and a status line."""
    legend = QHBoxLayout()
    legend.addWidget(QLabel("Culori:"))
    for colour, text in LEGEND:
        legend.addWidget(swatch(colour, text))
    annulled = QLabel("anulată (tăiată)")
    annulled.setStyleSheet(
        f"color: {ANNULLED_COLOUR}; text-decoration: line-through; "
        "border: 1px solid #b0b0b0; padding: 1px 6px;"
    )
    legend.addWidget(annulled)
    legend.addStretch(1)
    status = QLabel()
    status.setObjectName("hint")
    legend.addWidget(status)
    return legend, status
