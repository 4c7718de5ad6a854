"""Colours that carry meaning on the safety screens: green intact, red danger, amber warning.

The tone is also kept as the widget's `tone` property, so tests can read what the clerk sees.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

TONES = {
    "": "",
    "ok": "color: #1b5e20; font-weight: bold;",
    "bad": "color: #b00020; font-weight: bold;",
    "warn": (
        "background-color: #fff3cd; color: #5c3d00; border: 1px solid #d39e00;"
        " border-radius: 3px; padding: 2px 6px;"
    ),
}


def set_tone(widget: QWidget, tone: str) -> None:
    widget.setProperty("tone", tone)
    widget.setStyleSheet(TONES[tone])
