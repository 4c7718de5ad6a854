"""Opening the separate windows of a page (details, registration) the same way everywhere: in
front with the keyboard focus, deleted on close, and one details window per entry."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def show_in_front(window: QWidget) -> None:
    """Show a new window with the keyboard focus: the clerk types into it at once."""
    window.show()
    window.raise_()
    window.activateWindow()


def open_once(windows: dict[int, QWidget], key: int, make: Callable[[], QWidget]) -> QWidget:
    """The window of `key`: the one already open comes to the front, else `make` builds one,
    remembered in `windows` until it closes."""
    window = windows.get(key)
    if window is not None and shiboken6.isValid(window) and window.isVisible():
        window.raise_()
        window.activateWindow()
        return window
    window = make()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(lambda _obj=None, k=key: windows.pop(k, None))
    windows[key] = window
    show_in_front(window)
    return window


def open_kept(windows: list[QWidget], window: QWidget) -> QWidget:
    """Show `window`, listed in `windows` while it lives (several may be open at once)."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    windows.append(window)
    window.destroyed.connect(lambda _obj=None: _drop_deleted(windows))
    show_in_front(window)
    return window


def _drop_deleted(windows: list[QWidget]) -> None:
    windows[:] = [w for w in windows if shiboken6.isValid(w)]
