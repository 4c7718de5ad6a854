"""Everything a QApplication needs before the first window: fonts, Romanian texts, app identity."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from cic_desktop import APP_NAME, __version__
from cic_desktop.paths import resource
from ui.translator import install_romanian

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_POINT_SIZE = 9
STYLE_SHEET = """
QLabel#fieldError { color: #b00020; }
QLabel#formError { color: #b00020; font-weight: bold; }
QLabel#pageTitle { font-size: 15pt; font-weight: bold; }
QLabel#sectionTitle { font-size: 12pt; font-weight: bold; }
QLabel#hint { color: #555555; }
QLabel#resultValue { font-size: 12pt; font-weight: bold; }
*[invalid="true"] { border: 1px solid #b00020; }
QListWidget#navigation { font-size: 10pt; }
QListWidget#navigation::item { padding: 6px 8px; }
"""


def use_offscreen_without_display() -> None:
    """On Linux without an X or Wayland display, run Qt offscreen instead of failing to start."""
    if not sys.platform.startswith("linux"):
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def load_fonts() -> str | None:
    """Register the bundled DejaVu fonts and return their family name (None if none loaded).

    The app never relies on system fonts: on a machine without them every letter would be a box.
    """
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = family or families[0]
    return family


def configure_application(app: QApplication) -> None:
    """Fonts, Romanian translator and locale, style sheet; safe to call more than once."""
    if app.property("cicConfigured"):
        return
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    family = load_fonts()
    if family:
        app.setFont(QFont(family, FONT_POINT_SIZE))
    install_romanian(app)
    app.setStyleSheet(STYLE_SHEET)
    app.setProperty("cicConfigured", True)


def application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, created and configured if it does not exist yet."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "cic-desktop", *(argv or [])])
    assert isinstance(app, QApplication)
    configure_application(app)
    return app
