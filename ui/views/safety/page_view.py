"""Layout of the page „Siguranța datelor”: backups, the audit check, closing years."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.forms import hint_label
from ui.widgets.tables import read_only_rows

BACKUP_COLUMNS = ("Data", "Felul", "Criptată", "Înregistrări", "Fișierul")
COL_DATE, COL_KIND, COL_ENCRYPTED, COL_ENTRIES, COL_FILE = range(len(BACKUP_COLUMNS))
YEAR_COLUMNS = ("Anul", "Înregistrări", "Starea")
YCOL_YEAR, YCOL_ENTRIES, YCOL_STATE = range(len(YEAR_COLUMNS))


def _table(columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    read_only_rows(table)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    for column in range(len(columns)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class SafetyView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        title = QLabel("Siguranța datelor")
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        outer.addWidget(
            hint_label(
                "Copiile de siguranță ale registrelor, restaurarea unei copii, verificarea "
                "jurnalului de audit și închiderea anilor încheiați."
            )
        )

        self.backups_box = QGroupBox("Copii de siguranță")
        backups = QVBoxLayout(self.backups_box)
        self.last_backup = QLabel()
        self.last_backup.setObjectName("sectionTitle")
        self.last_backup.setWordWrap(True)
        backups.addWidget(self.last_backup)
        self.stale_warning = QLabel()
        self.stale_warning.setWordWrap(True)
        self.stale_warning.setVisible(False)
        backups.addWidget(self.stale_warning)
        self.folder = hint_label("")
        backups.addWidget(self.folder)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton("&Copie de siguranță acum…")
        self.restore_button = QPushButton("&Restaurează…")
        self.open_folder_button = QPushButton("Deschide &dosarul copiilor")
        for button in (self.backup_button, self.restore_button, self.open_folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        backups.addLayout(buttons)
        self.backups_title = QLabel("Copiile cele mai recente:")
        backups.addWidget(self.backups_title)
        self.backups = _table(BACKUP_COLUMNS)
        backups.addWidget(self.backups, 1)
        outer.addWidget(self.backups_box, 3)

        lower = QHBoxLayout()
        self.audit_box = QGroupBox("Jurnalul de audit")
        audit = QVBoxLayout(self.audit_box)
        audit.addWidget(
            hint_label(
                "Fiecare modificare din registre este scrisă într-un jurnal legat prin amprente: "
                "orice ștergere sau schimbare făcută pe ascuns, în afara programului, se vede "
                "la verificare."
            )
        )
        audit_row = QHBoxLayout()
        self.verify_button = QPushButton("&Verifică jurnalul de audit")
        audit_row.addWidget(self.verify_button)
        audit_row.addStretch(1)
        audit.addLayout(audit_row)
        self.audit_status = QLabel()
        self.audit_status.setWordWrap(True)
        audit.addWidget(self.audit_status)
        self.audit_lines = QPlainTextEdit()
        self.audit_lines.setReadOnly(True)
        self.audit_lines.setPlaceholderText("Rezultatul verificării apare aici.")
        audit.addWidget(self.audit_lines, 1)
        lower.addWidget(self.audit_box, 3)

        self.years_box = QGroupBox("Închiderea anilor")
        years = QVBoxLayout(self.years_box)
        years.addWidget(
            hint_label(
                "După emiterea rapoartelor anuale, anul se închide: înregistrările lui nu se mai "
                "pot modifica. Redeschiderea se face doar cu motiv, care rămâne în jurnal."
            )
        )
        self.years = _table(YEAR_COLUMNS)
        years.addWidget(self.years, 1)
        year_buttons = QHBoxLayout()
        self.lock_button = QPushButton("Închide &anul…")
        self.unlock_button = QPushButton("R&edeschide anul…")
        year_buttons.addWidget(self.lock_button)
        year_buttons.addWidget(self.unlock_button)
        year_buttons.addStretch(1)
        years.addLayout(year_buttons)
        lower.addWidget(self.years_box, 2)
        outer.addLayout(lower, 2)

        self.status = QLabel()
        self.status.setObjectName("hint")
        outer.addWidget(self.status)
