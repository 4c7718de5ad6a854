"""The Romanian translation of Qt's own strings (standard buttons, context menus, file dialogs).

PySide6 ships no Romanian `qtbase` catalogue, so the app carries `resources/translations/qt_ro.ts`
(the source, edited by hand) compiled to `qt_ro.qm` with `pyside6-lrelease`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from cic_desktop.paths import resource

TS_FILE = ("translations", "qt_ro.ts")
QM_FILE = ("translations", "qt_ro.qm")
ROMANIAN = QLocale(QLocale.Language.Romanian, QLocale.Country.Romania)


def ts_path() -> Path:
    return resource(*TS_FILE)


def qm_path() -> Path:
    return resource(*QM_FILE)


def install_romanian(app: QCoreApplication) -> QTranslator | None:
    """Set the Romanian locale (month and day names in calendars) and install the Qt translator.

    Returns the installed translator (parented to `app`, so it lives as long as the app), or None
    if the catalogue is missing — the app then still works, with the texts it sets itself.
    """
    QLocale.setDefault(ROMANIAN)
    translator = QTranslator(app)
    if not translator.load(str(qm_path())):
        return None
    app.installTranslator(translator)
    return translator
