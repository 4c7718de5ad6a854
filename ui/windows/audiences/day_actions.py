"""What the clerk does to the selected sign-up of the day: attendance, postponement, outcome,
conversion to a petition, the audience note, annulment. One core call each; the page refreshes
through the bus."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.dto_audiences import AudienceDetails
from cic_desktop.dto_petitions import PetitionDetails
from cic_desktop.errors import CicError
from ui import bus
from ui.context import AppContext
from ui.widgets import files, messages
from ui.windows.audiences import services
from ui.windows.audiences.action_dialogs import ConvertDialog, OutcomeDialog, PostponeDialog
from ui.windows.audiences.small_dialogs import ReasonDialog


class DayActions:
    def __init__(
        self, ctx: AppContext, parent: QWidget, selected: Callable[[], AudienceDetails | None]
    ) -> None:
        self._ctx = ctx
        self._parent = parent
        self._selected = selected
        self.dialog: QDialog | None = None  # the dialog open now (tests drive it)
        self.last_petition: PetitionDetails | None = None

    @property
    def service(self) -> Any:
        return services.audiences(self._ctx.core)

    def _changed(self, *extra: str) -> None:
        self._ctx.bus.announce(bus.AUDIENCES, *extra)

    def _call(self, work: Callable[[], Any]) -> Any:
        try:
            result = work()
        except CicError as err:
            messages.show_error(self._parent, err.message_ro)
            return None
        self._changed()
        return result

    def _show(self, dialog: QDialog, extra: tuple[str, ...] = ()) -> QDialog:
        dialog.accepted.connect(lambda: self._changed(*extra))
        dialog.finished.connect(lambda _r: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if shiboken6.isValid(dialog):
            dialog.deleteLater()

    # -- attendance ----------------------------------------------------------------------------

    def present(self) -> AudienceDetails | None:
        chosen = self._selected()
        return self._call(lambda: self.service.mark_present(chosen.entry.id)) if chosen else None

    def absent(self) -> AudienceDetails | None:
        chosen = self._selected()
        return self._call(lambda: self.service.mark_absent(chosen.entry.id)) if chosen else None

    def postpone(self) -> QDialog | None:
        chosen = self._selected()
        if chosen is None:
            return None
        try:
            dialog = PostponeDialog(self.service, chosen, self._parent)
        except CicError as err:
            messages.show_error(self._parent, err.message_ro)
            return None
        return self._show(dialog)

    def outcome(self) -> QDialog | None:
        chosen = self._selected()
        if chosen is None:
            return None
        return self._show(OutcomeDialog(self.service, self._ctx.core, chosen, self._parent))

    def annul(self) -> QDialog | None:
        chosen = self._selected()
        if chosen is None:
            return None
        dialog = ReasonDialog(
            f"Anularea înscrierii nr. {chosen.entry.number_text}",
            "Înscrierea rămâne în registru, marcată ca anulată, cu motivul scris aici; "
            "programarea se eliberează.",
            "Anul&ează înscrierea",
            self._parent,
        )
        dialog.action = lambda: self.service.annul(chosen.entry.id, dialog.text())
        return self._show(dialog, (bus.REGISTRY,))

    # -- conversion to a petition --------------------------------------------------------------

    def convert(self) -> QDialog | None:
        """Asks the kind of petition and the department, then shows its number and deadline."""
        chosen = self._selected()
        if chosen is None:
            return None
        dialog = ConvertDialog(self.service, self._ctx.core, chosen, self._parent)
        self._show(dialog, (bus.PETITIONS, bus.REGISTRY))
        dialog.accepted.connect(lambda: self._converted(dialog.petition()))
        return dialog

    def _converted(self, petition: PetitionDetails | None) -> None:
        if petition is None:
            return
        self.last_petition = petition
        deadline = petition.entry.legal_deadline
        text = f"S-a înregistrat petiția nr. {petition.entry.number_text}" + (
            f", cu termenul legal de răspuns {fmt(deadline)}." if deadline else "."
        )
        if messages.ask_yes_no(self._parent, f"{text}\n\nDeschideți fișa petiției?", "Petiție"):
            self.open_petition(petition.entry.id)

    def open_petition(self, entry_id: int) -> None:
        window = self._parent.window()
        page = getattr(window, "page", None)
        if page is not None:
            if hasattr(window, "show_section"):
                window.show_section("petitions")
            page("petitions").open_details(entry_id)

    # -- printing ------------------------------------------------------------------------------

    def note(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        number = chosen.entry.number_text.replace("/", "-")
        path = files.save_path(
            self._parent,
            "Salvați nota de audiență",
            f"nota-audienta-{number}.pdf",
            files.PDF_FILTER,
        )
        if path is None:
            return
        try:
            written = services.outputs(self._ctx.core).print_audience_note(chosen.entry.id, path)
        except CicError as err:
            messages.show_error(self._parent, err.message_ro)
            return
        files.open_file(written or path)
