"""Message boxes in Romanian. Controllers call these through the module (`messages.ask_yes_no`)
so tests can replace them and never block on a modal dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cic_desktop import APP_NAME
from cic_desktop.errors import CicError
from ui.widgets.buttons import romanian_message_box

Msg = QMessageBox.StandardButton


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    details: str = "",
) -> QMessageBox:
    box = QMessageBox(icon, title or APP_NAME, text, buttons, parent)
    if details:
        box.setInformativeText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return romanian_message_box(box)


def show_error(parent: QWidget | None, text: str, title: str = "Eroare", details: str = "") -> None:
    _box(parent, QMessageBox.Icon.Critical, title, text, Msg.Ok, details).exec()


def show_warning(parent: QWidget | None, text: str, title: str = "Atenție") -> None:
    _box(parent, QMessageBox.Icon.Warning, title, text, Msg.Ok).exec()


def show_info(parent: QWidget | None, text: str, title: str = APP_NAME) -> None:
    _box(parent, QMessageBox.Icon.Information, title, text, Msg.Ok).exec()


def ask_yes_no(parent: QWidget | None, text: str, title: str = "Confirmare") -> bool:
    """True if the clerk answers „Da”; „Nu” is the default, so Enter never confirms by accident."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, Msg.Yes | Msg.No)
    box.setDefaultButton(Msg.No)
    return box.exec() == Msg.Yes


def error_text(exc: BaseException) -> str:
    """What a failed background job tells the clerk: the core's Romanian message, else the
    exception as it is (an unexpected error, to be reported)."""
    return exc.message_ro if isinstance(exc, CicError) else f"{type(exc).__name__}: {exc}"
