"""Romanian texts for standard buttons, set explicitly (belt and braces with the Qt translator)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

Std = QDialogButtonBox.StandardButton
Msg = QMessageBox.StandardButton

BUTTON_TEXTS: dict[str, str] = {
    "Ok": "OK",
    "Save": "&Salvează",
    "SaveAll": "Salvează &tot",
    "Open": "&Deschide",
    "Yes": "&Da",
    "YesToAll": "Da la &toate",
    "No": "&Nu",
    "NoToAll": "N&u la toate",
    "Abort": "Abandonează",
    "Retry": "Reîncearcă",
    "Ignore": "Ignoră",
    "Close": "Î&nchide",
    "Cancel": "&Anulează",
    "Discard": "Renunță",
    "Help": "A&jutor",
    "Apply": "A&plică",
    "Reset": "Resetează",
    "RestoreDefaults": "Restabilește valorile implicite",
}


def romanian_button_box(box: QDialogButtonBox, **overrides: str) -> QDialogButtonBox:
    """Give every standard button of `box` its Romanian text; `overrides` by name (Save=...)."""
    texts = {**BUTTON_TEXTS, **overrides}
    for name, text in texts.items():
        button = box.button(getattr(Std, name))
        if button is not None:
            button.setText(text)
    return box


def romanian_message_box(box: QMessageBox, **overrides: str) -> QMessageBox:
    texts = {**BUTTON_TEXTS, **overrides}
    for name, text in texts.items():
        button = box.button(getattr(Msg, name))
        if button is not None:
            button.setText(text)
    return box
