"""The file of one request for public information, and the actions its state allows.

Each action opens its dialog window-modally (without blocking); when the dialog saves, the file is
read again and the change is announced on the bus, so the list refreshes too.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.deadlines import DEADLINE_STATE_LABELS, deadline_state
from cic_desktop.dto import AuditData
from cic_desktop.dto_public_info import ComplaintDetails, InfoRequestDetails
from cic_desktop.errors import CicError
from ui import bus
from ui.context import AppContext
from ui.models.petitions_table import DEADLINE_COLOURS
from ui.models.rows import Column, RowsModel
from ui.views.petitions.details_view import ANNULLED_STYLE, STATE_STYLE
from ui.views.public_info.details_view import InfoDetailsView
from ui.widgets import messages
from ui.widgets.tables import fit_columns
from ui.widgets.windows import show_in_front
from ui.windows.public_info import details_text as text
from ui.windows.public_info.action_base import InfoActionDialog
from ui.windows.public_info.actions import (
    AnnulDialog,
    AnswerDialog,
    AssignDialog,
    ExtensionNoticeDialog,
    ReclassifyDialog,
    RedirectDialog,
    RefuseDialog,
    SendDialog,
)
from ui.windows.public_info.actions_legal import (
    ComplaintAnswerDialog,
    ComplaintDialog,
    CourtCaseDialog,
    CourtUpdateDialog,
    outcome_label,
)

SENDABLE = frozenset({"answered", "refused", "redirected"})
COMPLAINABLE = frozenset({"refused"})  # and any request left unanswered past its term
HISTORY_COLUMNS = (
    Column[AuditData]("Data și ora", lambda a: a.occurred_at.strftime("%d.%m.%Y %H:%M")),
    Column[AuditData]("Cine", lambda a: a.user_name or "—"),
    Column[AuditData]("Ce s-a făcut", lambda a: a.summary),
)
COMPLAINT_COLUMNS = (
    Column[ComplaintDetails]("Nr. și data", lambda c: c.entry.number_text),
    Column[ComplaintDetails](
        "Termen (15 zile)", lambda c: fmt(c.entry.legal_deadline) if c.entry.legal_deadline else ""
    ),
    Column[ComplaintDetails]("Rezultatul", lambda c: outcome_label(c.outcome)),
    Column[ComplaintDetails]("Răspuns la", lambda c: fmt(c.answered_on) if c.answered_on else ""),
    Column[ComplaintDetails]("Obiectul", lambda c: " ".join(c.entry.subject.split())),
)


class InfoDetailsWindow(QDialog):
    def __init__(self, ctx: AppContext, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.entry_id = entry_id
        self.details: InfoRequestDetails | None = None
        self.action_dialog: InfoActionDialog | None = None
        self.petition_window: QWidget | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1060, 720)
        self.view = InfoDetailsView()
        QVBoxLayout(self).addWidget(self.view)
        self.history_model: RowsModel[AuditData] = RowsModel(HISTORY_COLUMNS, parent=self)
        self.complaints_model: RowsModel[ComplaintDetails] = RowsModel(
            COMPLAINT_COLUMNS, parent=self
        )
        self.view.history.setModel(self.history_model)
        self.view.complaints.setModel(self.complaints_model)
        fit_columns(self.view.history, 2)
        fit_columns(self.view.complaints, 4)
        v = self.view
        for button, dialog in (
            (v.assign_button, AssignDialog),
            (v.notice_button, ExtensionNoticeDialog),
            (v.answer_button, AnswerDialog),
            (v.refuse_button, RefuseDialog),
            (v.redirect_button, RedirectDialog),
            (v.reclassify_button, ReclassifyDialog),
            (v.send_button, SendDialog),
            (v.complaint_button, ComplaintDialog),
            (v.complaint_answer_button, ComplaintAnswerDialog),
            (v.court_button, CourtCaseDialog),
            (v.court_update_button, CourtUpdateDialog),
            (v.annul_button, AnnulDialog),
        ):
            button.clicked.connect(lambda _c=False, d=dialog: self.open_action(d))
        v.close_button.clicked.connect(self.close)
        v.letters_button.clicked.connect(lambda: self.open_letters())
        v.forms_button.clicked.connect(lambda: self.open_forms())
        v.complaint_letter_button.clicked.connect(self.open_complaint_letter)
        self.letters_dialog: QDialog | None = None
        self.forms_dialog: QDialog | None = None
        ctx.bus.changed.connect(self._changed)
        self.refresh()

    # -- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            details = self._ctx.core.public_info.details(self.entry_id)
        except CicError as err:
            messages.show_error(self, err.message_ro)
            return
        self.show_details(details)

    def show_details(self, d: InfoRequestDetails) -> None:
        self.details = d
        v = self.view
        annulled = d.entry.status == "annulled"
        who = d.entry.correspondent_name
        self.setWindowTitle(f"Solicitarea nr. {d.entry.number_text} – {who}")
        v.number.setText(f"Solicitarea nr. {d.entry.number_text}")
        v.state.setText("ANULAT" if annulled else d.state_label)
        v.state.setStyleSheet(ANNULLED_STYLE if annulled else STATE_STYLE)
        info = " ".join(d.entry.subject.split())
        v.requester.setText(f"{who} – {info[:200]}{'…' if len(info) > 200 else ''}")
        v.warnings.setText("\n".join(f"⚠ {w}" for w in d.warnings))
        v.warnings.setVisible(bool(d.warnings))
        self._show_deadline_state(d)
        v.deadlines.set_rows(text.deadline_rows(d), d.answer_deadline_explanation)
        v.request.set_rows(text.request_rows(d))
        v.person.set_rows(text.person_rows(d))
        v.outcome.set_rows(text.outcome_rows(d))
        v.annulment.set_rows(text.annulment_rows(d))
        complaints = [self._ctx.core.public_info.complaint(i) for i in d.complaints]
        self.complaints_model.set_rows(complaints)
        v.court_cases.setText(
            f"{len(d.court_cases)} plângeri înregistrate." if d.court_cases else "Nicio plângere."
        )
        self.history_model.set_rows(list(reversed(d.history or self._history())))
        v.tabs.setTabText(1, f"Reclamații și instanță ({len(complaints) + len(d.court_cases)})")
        v.tabs.setTabText(2, f"Istoric ({self.history_model.rowCount()})")
        self._enable(d, complaints)

    def _history(self) -> tuple[AuditData, ...]:
        return tuple(self._ctx.core.registry.history(self.entry_id))

    def _show_deadline_state(self, d: InfoRequestDetails) -> None:
        chip = self.view.deadline_state
        legal = d.entry.legal_deadline
        if not d.is_open or legal is None:
            chip.setVisible(False)
            return
        core = self._ctx.core
        state = deadline_state(legal, None, core.clock.today(), core.calendar.working_calendar())
        chip.setText(DEADLINE_STATE_LABELS[state])
        colour = DEADLINE_COLOURS.get(state.value, "#e3f1e3")
        chip.setStyleSheet(
            f"background-color: {colour}; color: black; border: 1px solid #b0b0b0; "
            "padding: 2px 8px; font-weight: bold;"
        )
        chip.setVisible(True)

    def _enable(self, d: InfoRequestDetails, complaints: list[ComplaintDetails]) -> None:
        v = self.view
        live = d.entry.status != "annulled"
        is_open = d.is_open
        today = self._ctx.core.clock.today()
        tacit = is_open and d.entry.legal_deadline is not None and today > d.entry.legal_deadline
        for button in (
            v.assign_button,
            v.answer_button,
            v.refuse_button,
            v.redirect_button,
            v.reclassify_button,
        ):
            button.setEnabled(is_open)
        v.notice_button.setEnabled(is_open and d.notice_sent_on is None)
        v.send_button.setEnabled(live and d.state in SENDABLE and d.sent_on is None)
        v.complaint_button.setEnabled(live and (d.state in COMPLAINABLE or tacit))
        v.complaint_button.setToolTip(
            "" if v.complaint_button.isEnabled() else "Doar după un refuz sau după termen."
        )
        v.complaint_answer_button.setEnabled(any(c.outcome == "pending" for c in complaints))
        v.court_button.setEnabled(live and (d.state in COMPLAINABLE or tacit or bool(complaints)))
        v.court_update_button.setEnabled(bool(d.court_cases))
        v.annul_button.setEnabled(live and d.state != "reclassified")
        v.letters_button.setEnabled(live and d.state != "reclassified")
        v.forms_button.setEnabled(live)
        v.complaint_letter_button.setEnabled(bool(complaints))

    def _changed(self, flags: frozenset[str]) -> None:
        if bus.PUBLIC_INFO in flags and shiboken6.isValid(self) and self.isVisible():
            self.refresh()

    # -- actions -------------------------------------------------------------------------------

    def open_action(self, dialog_class: type[InfoActionDialog]) -> InfoActionDialog | None:
        if self.details is None:
            return None
        dialog = dialog_class(self._ctx, self.details, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog.result_value))
        dialog.destroyed.connect(self._action_closed)
        self.action_dialog = dialog
        dialog.open()
        return dialog

    def _action_closed(self) -> None:
        self.action_dialog = None

    def _saved(self, value: object) -> None:
        if isinstance(value, InfoRequestDetails):
            self.show_details(value)
        if isinstance(value, int):  # reclassified: the same entry is now a petition
            self._ctx.bus.announce(bus.PUBLIC_INFO, bus.PETITIONS, bus.REGISTRY)
            self.open_petition(value)
            return
        self._ctx.bus.announce(bus.PUBLIC_INFO, bus.REGISTRY)

    def open_petition(self, entry_id: int) -> QWidget:
        """After reclassification the file shows the request as it was; the petition opens."""
        from ui.windows.petitions.details import PetitionDetailsWindow

        window = PetitionDetailsWindow(self._ctx, entry_id, self.parentWidget())
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.petition_window = window
        show_in_front(window)
        return window

    # -- letters and forms ---------------------------------------------------------------------

    def open_letters(self, kind: str | None = None, complaint_id: int | None = None) -> QDialog:
        from ui.windows.public_info.letters import InfoLetterEditor

        assert self.details is not None
        dialog = InfoLetterEditor(
            self._ctx,
            self.details,
            self.complaints_model.rows(),
            kind=kind,
            complaint_id=complaint_id,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda: self._ctx.bus.announce(bus.PUBLIC_INFO))
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "letters_dialog", None))
        self.letters_dialog = dialog
        dialog.open()
        return dialog

    def open_complaint_letter(self) -> QDialog | None:
        rows = self.view.complaints.selectionModel().selectedRows()
        complaints = self.complaints_model.rows()
        if not complaints:
            return None
        chosen = complaints[rows[0].row()] if rows else complaints[-1]
        return self.open_letters("complaint_answer", chosen.entry.id)

    def open_forms(self) -> QDialog:
        from ui.windows.public_info.letters import FormsDialog

        dialog = FormsDialog(self._ctx, self.details, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "forms_dialog", None))
        self.forms_dialog = dialog
        dialog.open()
        return dialog
