"""„Unește cu…”: pick the other record of the same person; its cases move to the one shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cic_desktop.domain.dates_ro import count_ro
from cic_desktop.person_file.model import PersonSummary
from ui.models.rows import Column, RowsModel
from ui.widgets.buttons import romanian_button_box
from ui.widgets.tables import fit_columns, read_only_rows

Search = Callable[[str], list[PersonSummary]]
PICK_LIMIT = 50


def people_columns() -> tuple[Column[PersonSummary], ...]:
    return (
        Column("Nume / denumire", lambda p: p.name),
        Column("Adresa", lambda p: p.address or p.email),
        Column("Cazuri", lambda p: str(p.case_count), lambda p: p.case_count, align_center=True),
        Column("Tipul", lambda p: p.kind_label),
    )


def merge_question(kept: PersonSummary, merged: PersonSummary) -> str:
    """What happens, in plain words, before the clerk says yes."""
    cases = count_ro(merged.case_count, "cazul ei trece", "cazurile ei trec")
    if merged.case_count == 0:
        cases = "nu are cazuri de mutat"
    where = f", {merged.address}" if merged.address else ""
    return (
        f"Unificați „{merged.name}”{where} (nr. {merged.id}) cu „{kept.name}” (nr. {kept.id})?\n\n"
        f"• „{merged.name}”: {cases} la „{kept.name}”.\n"
        "• Înregistrarea unită nu se șterge: rămâne în istoric, dar nu mai apare la căutare.\n"
        "• Numele și adresa scrise pe înregistrările din registre rămân cum au fost "
        "înregistrate.\n"
        "• Unificarea se consemnează în istoric și nu poate fi desfăcută din program."
    )


class MergeDialog(QDialog):
    def __init__(self, kept: PersonSummary, search: Search, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.kept = kept
        self._search = search
        self.setWindowTitle("Unește cu altă înregistrare")
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"Căutați cealaltă înregistrare a persoanei „{kept.name}”. Cazurile ei vor trece la "
            "înregistrarea afișată acum, care se păstrează."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        find_label = QLabel("&Caută:")
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        find_label.setBuddy(self.text)
        layout.addWidget(find_label)
        layout.addWidget(self.text)
        self.model: RowsModel[PersonSummary] = RowsModel(people_columns(), parent=self)
        self.table = read_only_rows(QTableView())
        self.table.setModel(self.model)
        fit_columns(self.table, 1)
        layout.addWidget(self.table, 1)
        note_label = QLabel("&Motivul (opțional):")
        self.note = QLineEdit()
        self.note.setPlaceholderText("de exemplu: aceeași persoană, verificat după buletin")
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        self.buttons = romanian_button_box(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            ),
            Ok="&Unește",
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self.find)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _i: self.accept() if self.chosen() else None)
        self.text.setText(kept.name.split()[-1] if kept.name.split() else "")
        self.find()

    def find(self, *_args: object) -> None:
        found = [p for p in self._search(self.text.text()) if p.id != self.kept.id]
        self.model.set_rows(found[:PICK_LIMIT])
        if found:
            self.table.selectRow(0)
        self._update()

    def _update(self, *_args: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.chosen() is not None
        )

    def chosen(self) -> PersonSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None
