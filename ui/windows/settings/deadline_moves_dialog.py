"""Before a day off is added or removed: the open cases whose deadlines would move (old → new).

The clerk sees exactly what the change does to cases already registered and applies it only if
she agrees; „Renunță” leaves the calendar and every deadline as they were. A new day off also
lists the audiences booked on it: the day off still goes ahead (the law fixes it), and the
sign-ups stay on the start page's agenda until the clerk postpones them.
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
from cic_desktop.dto_audiences import BookedAudience
from cic_desktop.labels import REGISTER_SHORT
from ui.widgets.buttons import romanian_button_box
from ui.widgets.tables import fit_columns

HEADERS = ("Nr. și data", "Petent / solicitant", "Registrul", "Termen legal", "Țintă internă")
AUDIENCE_HEADERS = ("Nr. înscrierii", "Solicitant", "Acordă audiența", "Ora")
AUDIENCES_TITLE = "Audiențe programate în această zi – trebuie amânate"
AUDIENCES_NOTE = (
    "Ziua liberă se adaugă oricum; înscrierile rămân în agenda de pe pagina de start până le "
    "amânați (Audiențe → Amână…)."
)


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
        self,
        intro: str,
        lines: Sequence[MoveLine],
        apply_text: str,
        parent: QWidget | None,
        audiences: Sequence[BookedAudience] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Termene care se mută" if lines else "Audiențe de amânat")
        self.resize(820, 460 if audiences else 380)
        layout = QVBoxLayout(self)
        count = count_ro(len(lines), "caz deschis", "cazuri deschise")
        moves = (
            f"Se mută termenele pentru {count}. Cazurile soluționate și anii închiși nu se schimbă."
            if lines
            else "Niciun termen nu se mută."
        )
        self.intro = QLabel(f"{intro}\n\n{moves}")
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
        self.table.setVisible(bool(lines))
        layout.addWidget(self.table, 1)
        self.audiences = _audiences_table(audiences)
        self.audiences_title = QLabel(f"<b>{AUDIENCES_TITLE}</b> ({len(audiences)})")
        self.audiences_note = QLabel(AUDIENCES_NOTE)
        self.audiences_note.setWordWrap(True)
        for widget in (self.audiences_title, self.audiences, self.audiences_note):
            widget.setVisible(bool(audiences))
        layout.addWidget(self.audiences_title)
        layout.addWidget(self.audiences, 1)
        layout.addWidget(self.audiences_note)
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
        return _texts(self.table)

    def audience_rows(self) -> list[tuple[str, ...]]:
        """The booked audiences as shown (tests read them)."""
        return _texts(self.audiences)


def _texts(table: QTableWidget) -> list[tuple[str, ...]]:
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def _audiences_table(audiences: Sequence[BookedAudience]) -> QTableWidget:
    table = QTableWidget(len(audiences), len(AUDIENCE_HEADERS))
    table.setHorizontalHeaderLabels(AUDIENCE_HEADERS)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for row, a in enumerate(audiences):
        values = (a.number_text, a.name, a.official, a.slot_time or "fără oră")
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    fit_columns(table, 2)
    return table


def confirm_moves(
    parent: QWidget | None,
    intro: str,
    lines: Sequence[MoveLine],
    apply_text: str,
    audiences: Sequence[BookedAudience] = (),
) -> bool:
    """Show the moves (and the audiences to postpone) and wait for the clerk; True only if she
    applies the change."""
    dialog = DeadlineMovesDialog(intro, lines, apply_text, parent, audiences)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
