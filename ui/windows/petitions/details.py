"""The file of one petition: everything known about it, and the actions its state allows.

Each action opens its dialog window-modally (without blocking); when the dialog saves, the file is
read again and the change is announced on the bus, so the registry list refreshes too.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from cic_desktop.domain.deadlines import DEADLINE_STATE_LABELS, DeadlineState
from cic_desktop.dto import AuditData
from cic_desktop.dto_petitions import LetterData, PetitionDetails
from cic_desktop.errors import CicError
from cic_desktop.labels import LETTER_KIND, LetterKind
from ui import bus
from ui.context import AppContext
from ui.models.petitions_table import DEADLINE_COLOURS
from ui.models.rows import Column, RowsModel
from ui.views.petitions.details_view import ANNULLED_STYLE, STATE_STYLE, PetitionDetailsView
from ui.widgets import messages
from ui.widgets.tables import fit_columns
from ui.windows.petitions import details_text as text
from ui.windows.petitions.action_base import ActionDialog
from ui.windows.petitions.actions_answer import AnnulDialog, AnswerDialog, NotesDialog, SendDialog
from ui.windows.petitions.actions_workflow import (
    AssignDialog,
    ExtendDialog,
    FileDialog,
    ForwardDialog,
    JoinDialog,
)

SENDABLE = frozenset({"answered", "forwarded", "filed"})
HISTORY_COLUMNS = (
    Column[AuditData]("Data și ora", lambda a: a.occurred_at.strftime("%d.%m.%Y %H:%M")),
    Column[AuditData]("Cine", lambda a: a.user_name or "—"),
    Column[AuditData]("Ce s-a făcut", lambda a: a.summary),
)
LETTER_COLUMNS = (
    Column[LetterData]("Scrisoarea", lambda x: LETTER_KIND.get(LetterKind(x.kind), x.kind)),
    Column[LetterData]("Scrisă la", lambda x: x.created_at.strftime("%d.%m.%Y %H:%M")),
    Column[LetterData](
        "Modificată la", lambda x: x.updated_at.strftime("%d.%m.%Y %H:%M") if x.updated_at else ""
    ),
)


class PetitionDetailsWindow(QDialog):
    def __init__(self, ctx: AppContext, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.entry_id = entry_id
        self.details: PetitionDetails | None = None
        self.action_dialog: QDialog | None = None
        self.letter_editor: QDialog | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1020, 720)
        self.view = PetitionDetailsView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.history_model: RowsModel[AuditData] = RowsModel(HISTORY_COLUMNS, parent=self)
        self.letters_model: RowsModel[LetterData] = RowsModel(LETTER_COLUMNS, parent=self)
        self.view.history.setModel(self.history_model)
        self.view.letters.setModel(self.letters_model)
        fit_columns(self.view.history, 2)
        fit_columns(self.view.letters, 0)
        self._connect()
        ctx.bus.changed.connect(self._changed)
        self.refresh()

    def _connect(self) -> None:
        v = self.view
        for button, dialog in (
            (v.assign_button, AssignDialog),
            (v.extend_button, ExtendDialog),
            (v.forward_button, ForwardDialog),
            (v.join_button, JoinDialog),
            (v.file_button, FileDialog),
            (v.answer_button, AnswerDialog),
            (v.send_button, SendDialog),
            (v.notes_button, NotesDialog),
            (v.annul_button, AnnulDialog),
        ):
            button.clicked.connect(lambda _c=False, d=dialog: self.open_action(d))
        v.letters_button.clicked.connect(lambda: self.open_letters())
        v.letters.activated.connect(self._letter_activated)
        v.close_button.clicked.connect(self.close)

    # -- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            details = self._ctx.core.petitions.details(self.entry_id)
        except CicError as err:
            messages.show_error(self, err.message_ro)
            return
        self.show_details(details)

    def show_details(self, d: PetitionDetails) -> None:
        self.details = d
        v = self.view
        who = d.entry.correspondent_name or "anonim"
        self.setWindowTitle(f"Petiția nr. {d.number_text} – {who}")
        v.number.setText(f"Petiția nr. {d.number_text}")
        v.state.setText(text.state_text(d))
        v.state.setStyleSheet(ANNULLED_STYLE if d.is_annulled else STATE_STYLE)
        subject = " ".join(d.entry.subject.split())
        v.petitioner.setText(f"{who} – {subject[:200]}{'…' if len(subject) > 200 else ''}")
        self._show_deadline_state(d)
        v.warnings.setText("\n".join(f"⚠ {w}" for w in d.warnings))
        v.warnings.setVisible(bool(d.warnings))
        explanation = d.deadline_explanation.replace(" Țintă internă:", "\nȚintă internă:")
        v.deadlines.set_rows(text.deadline_rows(d), explanation)
        v.petition.set_rows(text.petition_rows(d))
        v.person.set_rows(text.person_rows(d))
        v.workflow.set_rows(text.workflow_rows(d))
        v.answer.set_rows(text.answer_rows(d))
        v.annulment.set_rows(text.annulment_rows(d))
        self.history_model.set_rows(list(reversed(d.history)))  # the latest first
        self.letters_model.set_rows(list(d.letters))
        v.tabs.setTabText(1, f"Istoric ({len(d.history)})")
        v.tabs.setTabText(2, f"Scrisori ({len(d.letters)})")
        self._enable(d)

    def _show_deadline_state(self, d: PetitionDetails) -> None:
        """Where an open petition stands against its term, coloured as in the list."""
        rows = self._ctx.core.petition_list.rows([d.id]) if d.is_open else []
        state = rows[0].deadline_state if rows else None
        chip = self.view.deadline_state
        chip.setVisible(state is not None)
        if state is None:
            return
        chip.setText(DEADLINE_STATE_LABELS[DeadlineState(state)])
        colour = DEADLINE_COLOURS.get(state, "#e3f1e3")
        chip.setStyleSheet(
            f"background-color: {colour}; color: black; border: 1px solid #b0b0b0; "
            "padding: 2px 8px; font-weight: bold;"
        )

    def _enable(self, d: PetitionDetails) -> None:
        v = self.view
        live = not d.is_annulled
        is_open = d.is_open
        v.assign_button.setEnabled(is_open)
        v.extend_button.setEnabled(is_open and not d.extension_days)
        v.forward_button.setEnabled(is_open)
        v.join_button.setEnabled(is_open)
        v.file_button.setEnabled(is_open)
        v.answer_button.setEnabled(is_open)
        v.send_button.setEnabled(live and d.state in SENDABLE and d.sent_on is None)
        v.letters_button.setEnabled(live)
        v.notes_button.setEnabled(live)
        v.annul_button.setEnabled(live)
        if d.extension_days:
            v.extend_button.setToolTip("Termenul a fost deja prelungit o dată.")
        closed = "Petiția nu mai este în lucru." if live else "Înregistrarea este anulată."
        for button in (v.assign_button, v.forward_button, v.join_button, v.file_button):
            button.setToolTip("" if is_open else closed)
        v.answer_button.setToolTip("" if is_open else closed)

    def _changed(self, flags: frozenset[str]) -> None:
        if bus.PETITIONS in flags and shiboken6.isValid(self) and self.isVisible():
            self.refresh()

    # -- actions -------------------------------------------------------------------------------

    def open_action(self, dialog_class: type[ActionDialog]) -> ActionDialog | None:
        if self.details is None:
            return None
        dialog = dialog_class(self._ctx, self.details, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.result_details))
        dialog.destroyed.connect(self._action_closed)
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def _action_closed(self) -> None:
        self.action_dialog = None

    def _saved(self, details: PetitionDetails | None) -> None:
        if details is not None:
            self.show_details(details)
        self._ctx.bus.announce(bus.PETITIONS, bus.REGISTRY)  # refreshes this window too

    def open_letters(self, kind: str | None = None) -> QDialog | None:
        from ui.windows.petitions.letters import LetterEditor

        if self.details is None:
            return None
        editor = LetterEditor(self._ctx, self.details, kind, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda: self._ctx.bus.announce(bus.PETITIONS))
        editor.destroyed.connect(self._letters_closed)
        self.letter_editor = editor
        editor.open()
        return editor

    def _letters_closed(self) -> None:
        self.letter_editor = None

    def _letter_activated(self, index: QModelIndex) -> None:
        if index.isValid() and self.details is not None and not self.details.is_annulled:
            self.open_letters(self.letters_model.row_at(index.row()).kind)
