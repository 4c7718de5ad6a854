"""Text fields as the clerk types and pastes into them: cedilla ş ţ become comma-below ș ț at once
(the core normalizes too; doing it in the field shows the clerk what will be saved), and a
character counter for long fields."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

CEDILLA_TO_COMMA = str.maketrans({"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"})
_CEDILLAS = frozenset("şŞţŢ")


def comma_below(text: str) -> str:
    return text.translate(CEDILLA_TO_COMMA)


def _fix_line(edit: QLineEdit) -> None:
    text = edit.text()
    if _CEDILLAS.isdisjoint(text):
        return
    position = edit.cursorPosition()
    edit.setText(comma_below(text))  # same length: the cursor stays where it was
    edit.setCursorPosition(position)


def _fix_plain(edit: QPlainTextEdit, position: int, added: int) -> None:
    document = edit.document()
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + added, QTextCursor.MoveMode.KeepAnchor)
    chunk = cursor.selectedText()
    if _CEDILLAS.isdisjoint(chunk):
        return
    for offset, char in enumerate(chunk):
        if char in _CEDILLAS:
            fix = QTextCursor(document)
            fix.setPosition(position + offset)
            fix.setPosition(position + offset + 1, QTextCursor.MoveMode.KeepAnchor)
            fix.insertText(comma_below(char))


def normalize_diacritics(edit: QLineEdit | QPlainTextEdit) -> None:
    """Replace cedilla letters in `edit` as they are typed or pasted."""
    if isinstance(edit, QLineEdit):
        edit.textEdited.connect(lambda _text: _fix_line(edit))
        return
    document = edit.document()
    document.contentsChange.connect(
        lambda position, _removed, added: _fix_plain(edit, position, added) if added else None
    )


def counter_text(length: int, maximum: int) -> str:
    too_long = " – prea lung" if length > maximum else ""
    return f"{length} / {maximum}{too_long}"


def attach_counter(edit: QPlainTextEdit, label: QLabel, maximum: int) -> None:
    """„123 / 2000” under the field, red when the text is longer than allowed."""

    def update() -> None:
        length = len(edit.toPlainText())
        label.setText(counter_text(length, maximum))
        label.setObjectName("fieldError" if length > maximum else "hint")
        label.style().unpolish(label)
        label.style().polish(label)

    edit.textChanged.connect(update)
    update()
