"""What the registration windows (petition, 544 request, audience sign-up) share, so they behave
alike: a form page and a result page, the core's validation message under its field, the person
picked from the records (and unlinked when another name is typed), Ctrl+Enter / Ctrl+S to save,
Ctrl+N for a new one, and a question before typed data is thrown away."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from cic_desktop.dto_petitions import PersonData
from cic_desktop.errors import CicError, ValidationError
from ui.context import AppContext
from ui.widgets import messages
from ui.widgets.forms import FieldErrors
from ui.widgets.text import attach_counter, normalize_diacritics
from ui.windows.petitions.person_completer import PersonCompleter

T = TypeVar("T")
Ctrl = Qt.KeyboardModifier.ControlModifier
# Ctrl+Return (main keyboard) and Ctrl+Enter (keypad) are distinct keys; „Ctrl+Enter” as text
# would parse as Ctrl+Return and clash with it (an ambiguous shortcut fires nothing).
SAVE_KEYS = (
    QKeySequence(QKeyCombination(Ctrl, Qt.Key.Key_Return)),
    QKeySequence(QKeyCombination(Ctrl, Qt.Key.Key_Enter)),
    QKeySequence("Ctrl+S"),
)
LINKED_TEXT = "Persoană din evidență: datele ei au fost completate (le puteți corecta)."


class RegistrationDialog(QDialog):
    """The view must be a stacked widget with `form` (name, address, email, phone, linked,
    general_error, errors, save/cancel buttons, fields_in_tab_order) and `result` (new, details
    and close buttons) pages."""

    discard_question = "Datele completate nu au fost înregistrate. Renunțați la ele?"
    discard_title = "Renunțați la înregistrare?"

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        open_details: Callable[[int], object] | None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._open_details = open_details
        self.person_id: int | None = None
        self._linked_name = ""
        self.dirty = False
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

    def _install_view(self, view: Any) -> None:
        """Puts the view in the window and maps the core's field names to its widgets."""
        self.view = view
        QVBoxLayout(self).addWidget(view)
        self.form = view.form
        self.result_view = view.result
        self.errors = FieldErrors(self.form.general_error)
        for field, label in self.form.errors.items():
            widget = self._field_widget(field)
            if widget is not None:
                self.errors.register(field, widget, label)
        self.result_view.details_button.setVisible(self._open_details is not None)

    def _field_widget(self, field: str) -> QWidget | None:
        return getattr(self.form, field.removesuffix("_id"), None)

    def _person_kind(self) -> QComboBox | None:
        """The combo that takes the picked person's kind, where the form has one."""
        return None

    def _result_id(self) -> int | None:
        """The id the details window opens, once saved."""
        raise NotImplementedError

    # -- wiring --------------------------------------------------------------------------------

    def _connect_person(self, *edits: Any) -> None:
        """The name's autocomplete; the line edits get diacritics fixed and mark the form dirty."""
        f = self.form
        self.completer = PersonCompleter(f.name, self._ctx.core.people.search)
        self.completer.picked.connect(self.pick_person)
        f.name.textEdited.connect(self._name_edited)
        for edit in edits:
            normalize_diacritics(edit)
            edit.textEdited.connect(self._touched)

    def _connect_text(self, text: QPlainTextEdit, counter: QLabel, limit: int) -> None:
        normalize_diacritics(text)
        attach_counter(text, counter, limit)
        text.textChanged.connect(self._touched)

    def _connect_buttons(self) -> None:
        f, r = self.form, self.result_view
        f.save_button.clicked.connect(self.save)
        f.cancel_button.clicked.connect(self.reject)
        r.new_button.clicked.connect(self.start_new)
        r.details_button.clicked.connect(self._show_details)
        r.close_button.clicked.connect(self.accept)
        for keys in SAVE_KEYS:
            QShortcut(keys, self, activated=self._save_shortcut)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self._new_shortcut)

    def _set_tab_order(self) -> None:
        fields = self.form.fields_in_tab_order()
        for first, second in zip(fields, fields[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- the person ----------------------------------------------------------------------------

    def _touched(self, *_args: object) -> None:
        self.dirty = True

    def _name_edited(self, text: str) -> None:
        self.dirty = True
        if self.person_id is not None and text != self._linked_name:
            self._unlink()  # another name typed: a new person, not the one picked

    def _unlink(self) -> None:
        self.person_id = None
        self._linked_name = ""
        self.form.linked.setVisible(False)

    def pick_person(self, person: PersonData) -> None:
        """A person from the autocomplete: fill the fields, link the record."""
        f = self.form
        f.name.setText(person.name)
        kind = self._person_kind()
        if kind is not None:
            kind.setCurrentIndex(max(0, kind.findData(person.kind)))
        f.address.setText(person.address)
        f.email.setText(person.email)
        f.phone.setText(person.phone)
        self.person_id = person.id
        self._linked_name = person.name
        f.linked.setText(LINKED_TEXT)
        f.linked.setVisible(True)
        self.dirty = True

    # -- the pages -----------------------------------------------------------------------------

    def start_new(self) -> None:
        raise NotImplementedError

    def save(self) -> object:
        raise NotImplementedError

    def _forget(self) -> None:
        """No person linked, no error shown, nothing saved yet."""
        self._unlink()
        self.errors.clear()
        self.result = None

    def _show_page(self, page: QWidget, focus: QWidget) -> None:
        self.view.setCurrentWidget(page)
        self.dirty = False
        focus.setFocus()

    def _submit(
        self, action: Callable[[], T], on_refused: Callable[[], object] | None = None
    ) -> T | None:
        """Runs the core call: a validation message goes under its field, any other refusal in
        a message box (then `on_refused`); None when nothing was saved."""
        try:
            return action()
        except ValidationError as err:
            self.errors.show(err)
        except CicError as err:
            messages.show_error(self, err.message_ro)
            if on_refused is not None:
                on_refused()
        return None

    def _save_shortcut(self) -> None:
        if self.view.currentWidget() is self.form:
            self.save()

    def _new_shortcut(self) -> None:
        if self.view.currentWidget() is self.result_view:
            self.start_new()

    def _show_details(self) -> None:
        entry_id = self._result_id()
        if entry_id is not None and self._open_details is not None:
            self._open_details(entry_id)

    def reject(self) -> None:
        # Esc and the window's close button come here too.
        if (
            self.view.currentWidget() is self.form
            and self.dirty
            and not messages.ask_yes_no(self, self.discard_question, self.discard_title)
        ):
            return
        super().reject()
