"""File and folder choosers of the safety screens. Controllers call them through the module
(`pickers.choose_folder(...)`) so tests can replace them and never block on a file dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

BACKUP_FILTER = "Copii de siguranță CIC Desktop (*.sqlite *.cicbak)"


def choose_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(chosen) if chosen else None


def choose_backup_file(parent: QWidget | None, title: str, start: Path) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(start), BACKUP_FILTER)
    return Path(chosen) if chosen else None
