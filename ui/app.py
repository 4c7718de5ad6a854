"""Starting the GUI: open the database, first-run setup, „who are you”, then the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtWidgets import QApplication, QDialog

from cic_desktop import APP_NAME
from cic_desktop.cli_ro import RomanianArgumentParser
from cic_desktop.config import DbTarget, resolve_db_target
from cic_desktop.core import CicCore
from cic_desktop.errors import CicError, DatabaseDamagedError
from cic_desktop.paths import default_data_dir
from ui.bus import ChangeBus
from ui.context import AppContext
from ui.preferences import Preferences
from ui.qt_setup import application
from ui.tasks import TaskRunner
from ui.widgets import messages

log = logging.getLogger(__name__)
EXIT_OK, EXIT_FAILED = 0, 1


def parse_args(argv: Sequence[str]) -> str | None:
    """The `--db` value (None: CIC_DB or the default file). A leading `gui` command is accepted."""
    parser = RomanianArgumentParser(
        prog="cic-desktop", description=f"{APP_NAME}: deschide fereastra programului."
    )
    parser.add_argument("command", nargs="?", choices=["gui"], help="deschide fereastra (implicit)")
    parser.add_argument("--db", metavar="CALE_SAU_URL", help="baza de date: fișier SQLite sau URL")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args.db


def setup_logging() -> None:
    """Log to a file in the user's data folder (a windowed program has no console)."""
    # A windowed build has no console (sys.stderr is None): log to the file only.
    handlers: list[logging.Handler] = [logging.StreamHandler()] if sys.stderr else []
    try:
        folder = default_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(
            RotatingFileHandler(
                folder / "cic-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        )
    except OSError:
        pass
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
    )


def install_excepthook() -> None:
    """An unexpected error is logged and told to the clerk in Romanian instead of vanishing."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("Eroare neprevăzută", exc_info=(kind, exc, tb))
        if QApplication.instance() is None:
            traceback.print_exception(kind, exc, tb)
            return
        if isinstance(exc, CicError):
            messages.show_error(None, exc.message_ro)
        else:
            messages.show_error(
                None,
                "A apărut o eroare neprevăzută. Ultima acțiune poate să nu fi fost salvată; "
                "datele deja salvate nu sunt afectate.",
                details=f"{kind.__name__}: {exc}",
            )

    sys.excepthook = hook


def open_core(target: DbTarget) -> CicCore | None:
    """Open (check, back up, migrate) the database; a Romanian message box on failure.
    A damaged file is left untouched and the newest good backup is offered in its place."""
    try:
        return CicCore.open(target)
    except DatabaseDamagedError as err:
        log.warning("Baza de date este deteriorată: %s", err.message_ro)
        from ui.windows.safety.recover import offer_recovery

        return offer_recovery(target, err)
    except CicError as err:
        log.warning("Baza de date nu a putut fi deschisă: %s", err.message_ro)
        messages.show_error(None, err.message_ro, f"{APP_NAME} – baza de date nu poate fi deschisă")
        return None
    except Exception as exc:  # an unforeseen failure must still end with a message, not a crash
        log.exception("Baza de date nu a putut fi deschisă")
        messages.show_error(
            None,
            f"Baza de date „{target.describe()}” nu a putut fi deschisă.",
            f"{APP_NAME} – baza de date nu poate fi deschisă",
            details=f"{type(exc).__name__}: {exc}",
        )
        return None


def run_first_run_if_needed(core: CicCore) -> bool:
    """True when the database is configured (now or before); False if the clerk cancelled."""
    if core.settings.is_configured():
        return True
    from ui.windows.first_run_dialog import FirstRunDialog

    dialog = FirstRunDialog(core)
    return dialog.exec() == QDialog.DialogCode.Accepted


def pick_user(core: CicCore, preferences: Preferences) -> bool:
    """„Cine lucrează acum?”; sets the core's current user. False if the clerk chose to leave."""
    from ui.windows.user_picker import UserPickerDialog

    staff = core.settings.staff()
    dialog = UserPickerDialog(
        staff, preferences.last_staff_id(), core.settings.institution().display_name
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    staff_id = dialog.selected_id()
    if staff_id is None:
        return False
    core.set_current_user(staff_id)
    preferences.set_last_staff_id(staff_id)
    return True


def make_context(core: CicCore, preferences: Preferences | None = None) -> AppContext:
    return AppContext(
        core=core, tasks=TaskRunner(), preferences=preferences or Preferences(), bus=ChangeBus()
    )


def run_gui(argv: Sequence[str]) -> int:
    db_value = parse_args(argv)
    setup_logging()
    app = application()
    install_excepthook()
    core = open_core(resolve_db_target(db_value))
    if core is None:
        return EXIT_FAILED
    ctx = make_context(core)
    try:
        if not run_first_run_if_needed(core) or not pick_user(core, ctx.preferences):
            return EXIT_OK
        from ui.windows.main_window import MainWindow

        window = MainWindow(ctx)
        if core.migration_backup is not None:
            window.show_migration_backup(core.migration_backup)
        window.showMaximized()
        window.raise_()
        window.activateWindow()  # the modal picker had the focus; give it to the main window
        from ui.windows.safety.daily import DailyBackup

        window.daily_backup = DailyBackup(window)  # on close, and now if a day went without
        window.daily_backup.check_at_start()
        return app.exec()
    finally:
        ctx.close()
