"""After a restore: the program goes on with the restored file as if it had just been opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from cic_desktop.core import CicCore

if TYPE_CHECKING:
    from ui.windows.main_window import MainWindow


def close_other_windows(main: QWidget, keep: QWidget) -> bool:
    """Close the dialogs open over the main window (settings, petition windows): they hold the
    data of the file about to be replaced. False if one of them stays open."""
    others = [
        d
        for d in main.findChildren(QDialog)
        if d is not keep and d.isWindow() and d.isVisible() and not keep.isAncestorOf(d)
    ]
    for dialog in others:
        dialog.close()
    return not any(d.isVisible() for d in others)


def set_same_user(core: CicCore, user_id: int | None, user_name: str) -> bool:
    """The clerk who restored keeps working, if she is in the restored staff list."""
    match = next(
        (s for s in core.settings.staff() if s.id == user_id and s.name == user_name), None
    )
    if match is None:
        return False
    core.set_current_user(match.id)
    return True


def reopen_in_window(
    window: MainWindow, core: CicCore, user_id: int | None, user_name: str
) -> bool:
    """Hand the reopened database to the main window; True if a clerk is set for it."""
    from ui.app import pick_user

    has_user = set_same_user(core, user_id, user_name)
    if not has_user:
        has_user = pick_user(core, window.ctx.preferences)
    window.reopen(core)
    return has_user
