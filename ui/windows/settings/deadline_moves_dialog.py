"""Before a day off is added or removed: the open cases whose deadlines would move (old → new).

The clerk sees exactly what the change does to cases already registered and applies it only if
she agrees; „Renunță” leaves the calendar and every deadline as they were.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cic_desktop.domain.dates_ro import count_ro, fmt
from cic_desktop.labels import REGISTER_SHORT
from ui.widgets.buttons import romanian_button_box
from ui.widgets.tables import fit_columns

HEADERS = ("Nr. și data", "Petent / solicitant", "Registrul", "Termen legal", "Țintă internă")


@dataclass(frozen=True)
class MoveLine:
    """One moved deadline as the dialog shows it (the core's MovedDeadline plus the name)."""

    number_text: str
    name: str
    register: str
    old_legal: date | None
    new_legal: date | None
    old_internal: date | None
    new_internal: date | None


def change_text(old: date | None, new: date | None) -> str:
    if old == new:
        return fmt(new) if new else ""
    return f"{fmt(old) if old else '—'} → {fmt(new) if new else '—'}"


class DeadlineMovesDialog(QDialog):
    def __init__(
        self, intro: str, lines: Sequence[MoveLine], apply_text: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Termene care se mută")
        self.resize(820, 380)
        layout = QVBoxLayout(self)
        count = count_ro(len(lines), "caz deschis", "cazuri deschise")
        self.intro = QLabel(
            f"{intro}\n\nSe mută termenele pentru {count}. Cazurile soluționate și anii închiși "
            "nu se schimbă."
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(len(lines), len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, line in enumerate(lines):
            values = (
                line.number_text,
                line.name or "(anonim)",
                REGISTER_SHORT.get(line.register, line.register),  # type: ignore[call-overload]
                change_text(line.old_legal, line.new_legal),
                change_text(line.old_internal, line.new_internal),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        fit_columns(self.table, 1)
        layout.addWidget(self.table, 1)
        self.buttons = romanian_button_box(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            ),
            Ok=apply_text,
            Cancel="&Renunță",
        )
        # Enter never applies by accident: „Renunță” is the default button.
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def rows(self) -> list[tuple[str, ...]]:
        """The table as shown (tests read it)."""
        return [
            tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
            for r in range(self.table.rowCount())
        ]


def confirm_moves(
    parent: QWidget | None, intro: str, lines: Sequence[MoveLine], apply_text: str
) -> bool:
    """Show the moves and wait for the clerk; True only if she applies the change."""
    dialog = DeadlineMovesDialog(intro, lines, apply_text, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
