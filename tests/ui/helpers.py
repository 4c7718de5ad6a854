"""Acting like the clerk: type into fields, press keys, click buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a keyboard does. QTest.keyClicks only knows ASCII (it asserts on „ș”), so
    other letters go as key events carrying their text, as a Romanian keyboard layout sends them."""
    for char in text:
        if ord(char) < 128:
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def retype(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Select everything in the field (Ctrl+A), delete it, type `text`."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        type_text(qtbot, widget, text)


def type_date(qtbot: QtBot, edit: QDateEdit, digits: str) -> None:
    """Tab into a date field (the day is selected) and type ddmmyyyy, as the clerk does."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, edit, digits)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"button „{button.text()}” is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press_enter(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def plain(text: str) -> str:
    return text.replace("&", "")


def show_active(qtbot: QtBot, window: QWidget) -> None:
    """Show a window and make it the active one (the offscreen platform does not by itself),
    so keyboard shortcuts and focus behave as on the clerk's screen."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
