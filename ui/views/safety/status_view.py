"""The backup line of the main window's status bar: last copy, and a warning when it is old."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.views.safety.tones import set_tone


class BackupStatusView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        self.last_backup = QLabel()
        self.last_backup.setObjectName("hint")
        self.warning = QLabel()
        set_tone(self.warning, "warn")
        # No mnemonic: the status bar is visible on every page and must not steal a letter.
        self.backup_now = QPushButton("Fă o copie acum")
        self.backup_now.setToolTip(
            "Face acum o copie de siguranță verificată în dosarul copiilor automate."
        )
        row.addWidget(self.last_backup)
        row.addWidget(self.warning)
        row.addWidget(self.backup_now)
        self.show_stale(False)

    def show_stale(self, stale: bool) -> None:
        self.warning.setVisible(stale)
        self.backup_now.setVisible(stale)
