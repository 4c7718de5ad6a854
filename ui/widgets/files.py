"""Choosing where to save or what to open, and opening a finished file for the clerk.

Controllers call these through the module (`files.save_path(...)`) so tests can replace them and
never block on a file dialog or launch a PDF viewer.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

PDF_FILTER = "Documente PDF (*.pdf)"
XLSX_FILTER = "Registre Excel (*.xlsx)"


def documents_dir() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def save_path(
    parent: QWidget | None, title: str, suggested_name: str, file_filter: str
) -> Path | None:
    """Ask where to save; None if the clerk gave up. The suffix of the filter is added if missing."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(documents_dir() / suggested_name), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(suggested_name).suffix
    return path if path.suffix.lower() == suffix.lower() else path.with_name(path.name + suffix)


def open_path(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    chosen, _filter = QFileDialog.getOpenFileName(parent, title, str(documents_dir()), file_filter)
    return Path(chosen) if chosen else None


def temporary_pdf(name: str) -> Path:
    """A fresh file in the temporary folder, for a PDF that is opened to be printed."""
    folder = Path(tempfile.mkdtemp(prefix="cic-"))
    return folder / name


def open_file(path: Path) -> bool:
    """Open `path` with the program the computer uses for it (a PDF viewer prints it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
