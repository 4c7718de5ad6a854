"""Autocomplete of the petitioner's name over the people already on record.

The core searches (diacritics and case ignored: „stefan” finds „Ștefan”), so the completer shows
its results unfiltered. Picking one emits the person; the window fills the other fields.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from cic_desktop.dto_petitions import PersonData

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_CHARS = 2
LIMIT = 15


def person_line(person: PersonData) -> str:
    details = ", ".join(v for v in (person.address, person.email) if v)
    return f"{person.name} — {details}" if details else person.name


class PersonCompleter(QObject):
    picked = Signal(object)  # PersonData

    def __init__(self, edit: QLineEdit, search: Callable[[str, int], list[PersonData]]) -> None:
        super().__init__(edit)
        self._edit = edit
        self._search = search
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(edit)
        self.completer.setMaxVisibleItems(10)
        self.completer.activated[QModelIndex].connect(self._activated)
        edit.textEdited.connect(self.update_for)

    def update_for(self, text: str) -> None:
        """Search as the clerk types; show the people found, or nothing."""
        popup = self.completer.popup()
        if len(text.strip()) < MIN_CHARS:
            popup.hide()
            return
        people = self._search(text, LIMIT)
        self.model.clear()
        for person in people:
            item = QStandardItem(person_line(person))
            item.setData(person, PERSON_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if not people:
            popup.hide()
            return
        self.completer.complete()
        popup.setCurrentIndex(QModelIndex())

    def _activated(self, index: QModelIndex) -> None:
        person = index.data(PERSON_ROLE)
        if isinstance(person, PersonData):
            self.completer.popup().hide()
            self.picked.emit(person)
