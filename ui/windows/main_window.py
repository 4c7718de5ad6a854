"""The main window: institution header, a navigation list of sections, Romanian menus."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cic_desktop import APP_NAME, __version__
from cic_desktop.core import CicCore
from ui import bus
from ui.context import AppContext
from ui.sections import Section, default_sections
from ui.widgets import messages
from ui.windows.safety.daily import DailyBackup
from ui.windows.safety.status import BackupStatus
from ui.windows.settings_dialog import SettingsDialog

ABOUT_TEXT = (
    f"<b>{APP_NAME}</b> {__version__}<br><br>"
    "Registrele Centrului de Informații pentru Cetățeni al primăriei: petiții (OG nr. 27/2002), "
    "informații de interes public (Legea nr. 544/2001), audiențe și transparență decizională "
    "(Legea nr. 52/2003), cu termenele legale calculate după sărbătorile legale și zilele libere "
    "ale instituției.<br><br>"
    "Programul funcționează fără internet; datele rămân în baza de date a primăriei.<br>"
    "Fonturi: DejaVu Sans (licență liberă)."
)


def window_title(institution_name: str) -> str:
    return f"{APP_NAME} – {institution_name}"


class MainWindow(QMainWindow):
    database_reopened = Signal()  # after a restore: the pages were rebuilt on the new core

    def __init__(
        self, ctx: AppContext, sections: list[Section] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sections = sections if sections is not None else default_sections()
        self._pages: dict[str, QWidget] = {}
        self._settings_dialog: SettingsDialog | None = None
        self.resize(1180, 720)

        self.institution_label = QLabel()
        self.institution_label.setObjectName("pageTitle")
        self.user_label = QLabel()
        self.user_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.institution_label, 1)
        header.addWidget(self.user_label)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMinimumWidth(190)
        self.nav.setMaximumWidth(260)
        self.stack = QStackedWidget()
        for section in self.sections:
            self.nav.addItem(section.title)
            self.stack.addWidget(QWidget())  # placeholder: pages are built when first shown
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.db_label = QLabel(f"Baza de date: {ctx.core.target.describe()}")
        self.db_label.setObjectName("hint")
        self.daily_backup: DailyBackup | None = None  # attached by the start-up code
        self.backup_status = BackupStatus(self)
        self.statusBar().addPermanentWidget(self.backup_status.view)
        self.statusBar().addPermanentWidget(self.db_label)
        self.nav.currentRowChanged.connect(self._show_row)
        ctx.bus.changed.connect(self._changed)
        self.refresh_header()
        self.nav.setCurrentRow(0)
        self.nav.setFocus()

    # -- menus ---------------------------------------------------------------------------------

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu("&Fișier")
        self.settings_action = self._action("&Setări…", "Ctrl+,", self.open_settings)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = self._action("I&eșire", "Ctrl+Q", self.close)
        file_menu.addAction(self.quit_action)

        tools_menu = menu_bar.addMenu("&Instrumente")
        self.calculator_action = self._action(
            "&Calculator de termene", "Ctrl+T", lambda: self.show_section("deadlines")
        )
        tools_menu.addAction(self.calculator_action)
        self.verbal_action = self._action(
            "Solicitare &verbală…", "Ctrl+Shift+V", self.open_verbal_log
        )
        tools_menu.addAction(self.verbal_action)

        view_menu = menu_bar.addMenu("&Mergi la")
        for section in self.sections:
            view_menu.addAction(
                self._action(
                    section.title,
                    section.shortcut,
                    lambda _c=False, k=section.key: self.show_section(k),
                )
            )

        help_menu = menu_bar.addMenu("A&jutor")
        self.about_action = self._action(f"&Despre {APP_NAME}", "F1", self.show_about)
        help_menu.addAction(self.about_action)

    def open_verbal_log(self) -> QWidget:
        """Legea 544: a question answered at the desk, logged from any section (Ctrl+Shift+V)."""
        from ui.windows.public_info.verbal import open_verbal_log

        return open_verbal_log(self.ctx, self)

    # -- sections ------------------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentWidget(self.page(self.sections[row].key))

    def page(self, key: str) -> QWidget:
        """The page of a section, built on first use."""
        if key not in self._pages:
            index = next(i for i, s in enumerate(self.sections) if s.key == key)
            page = self.sections[index].factory(self.ctx)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[key] = page
        return self._pages[key]

    def show_section(self, key: str) -> QWidget:
        index = next(i for i, s in enumerate(self.sections) if s.key == key)
        self.nav.setCurrentRow(index)
        return self.page(key)

    def current_section(self) -> str:
        return self.sections[self.nav.currentRow()].key

    # -- header and changes --------------------------------------------------------------------

    def refresh_header(self) -> None:
        name = self.ctx.core.settings.institution().display_name
        self.institution_label.setText(name)
        self.setWindowTitle(window_title(name))
        user = self.ctx.core.current_user_name
        self.user_label.setText(f"Utilizator: {user}" if user else "")

    def _changed(self, flags: frozenset[str]) -> None:
        if flags & {bus.INSTITUTION, bus.STAFF}:
            self.refresh_header()

    def show_migration_backup(self, path: object) -> None:
        self.statusBar().showMessage(
            "Baza de date a fost actualizată la versiunea nouă a programului. "
            f"Copia de siguranță de dinainte: {path}"
        )

    def reopen(self, core: CicCore) -> None:
        """Go on with a reopened database (after a restore): a new change bus, every page
        rebuilt on the new core when next shown, as if the program had just started."""
        self.ctx.bus.changed.disconnect(self._changed)
        self.ctx.core = core
        self.ctx.bus = bus.ChangeBus()  # the old pages' connections stay on the old bus
        self.ctx.bus.changed.connect(self._changed)
        for key, page in list(self._pages.items()):
            index = self.stack.indexOf(page)
            self.stack.insertWidget(index, QWidget())
            self.stack.removeWidget(page)
            page.deleteLater()
            del self._pages[key]
        self.db_label.setText(f"Baza de date: {core.target.describe()}")
        self.refresh_header()
        self.backup_status.listen()
        self.backup_status.refresh()
        self._show_row(self.nav.currentRow())
        self.database_reopened.emit()

    # -- dialogs -------------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        """Open the settings dialog (window-modal, without blocking), or raise the open one."""
        if self._settings_dialog is not None and self._settings_dialog.isVisible():
            self._settings_dialog.raise_()
            self._settings_dialog.activateWindow()
            return self._settings_dialog
        dialog = SettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._settings_closed)
        self._settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_closed(self) -> None:
        self._settings_dialog = None

    def show_about(self) -> None:
        messages.show_info(self, ABOUT_TEXT, f"Despre {APP_NAME}")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self.daily_backup is not None and self.daily_backup.defer_close():
            event.ignore()  # the daily backup runs first; the window closes when it ends
            return
        if self.ctx.tasks.busy:
            self.ctx.tasks.wait_for_done()
        super().closeEvent(event)
