"""The sign-up's file: everything the register holds about it, its moves and its history, the
petition it became. Read-only; the actions are on the day's list."""

from __future__ import annotations

from html import escape
from typing import Any

import shiboken6
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.dto_audiences import AudienceDetails
from cic_desktop.errors import CicError
from ui import bus
from ui.context import AppContext
from ui.views.audiences.common import button, button_row
from ui.views.audiences.texts import ANNULLED, outcome_label, state_label
from ui.widgets.buttons import romanian_button_box
from ui.windows.audiences import services
from ui.windows.audiences.signup import when_text

Std = QDialogButtonBox.StandardButton


def _d(value: Any) -> str:
    return fmt(value) if value else "—"


def details_html(d: AudienceDetails) -> str:
    e = d.entry
    state = ANNULLED if e.status == "annulled" else d.state_label or state_label(d.state)
    rows = [
        ("Data înscrierii", fmt(e.registered_on)),
        ("Data și ora audienței", when_text(d)),
        ("Persoana care acordă audiența", d.official_name),
        ("Solicitantul", e.correspondent_name),
        ("Localitatea / adresa", d.address or "—"),
        ("Telefon / e-mail", ", ".join(v for v in (d.phone, d.email) if v) or "—"),
        ("Nr. cererii anterioare", d.previous_number or "—"),
        ("Problema prezentată", e.subject),
        ("Domeniul", d.domain_name or "—"),
        ("Starea", state),
        ("Participanți", d.participants or "—"),
        ("Rezultatul", d.outcome_label or outcome_label(d.outcome) or "—"),
        ("Rezoluția / măsura dispusă", d.resolution or "—"),
        ("Compartimentul", d.department_name or "—"),
        ("Termen", _d(d.term)),
        ("Înregistrată ca petiție", d.petition_number or "—"),
        (
            "Comunicarea răspunsului",
            " ".join(v for v in (_d(d.answer_on) if d.answer_on else "", d.answer_channel) if v)
            or "—",
        ),
        ("Observații", d.notes or "—"),
    ]
    if e.status == "annulled":
        rows.append(("Motivul anulării", f"{e.annul_reason or ''} ({_d(e.annulled_on)})"))
    body = "".join(
        f"<tr><td><b>{escape(k)}:</b></td><td>{escape(str(v))}</td></tr>" for k, v in rows
    )
    html = f"<h2>Înscrierea nr. {escape(e.number_text)}</h2><table cellspacing='4'>{body}</table>"
    if d.moves:
        items = "".join(
            f"<li>{fmt(m.from_day)} {m.from_time or ''} → {fmt(m.to_day)} {m.to_time or ''}"
            f"{' – ' + escape(m.reason) if m.reason else ''} ({escape(m.moved_by)}, "
            f"{m.moved_at:%d.%m.%Y %H:%M})</li>"
            for m in d.moves
        )
        html += f"<h3>Amânări</h3><ul>{items}</ul>"
    if d.history:
        items = "".join(
            f"<li>{h.occurred_at:%d.%m.%Y %H:%M} – {escape(h.user_name)}: {escape(h.summary)}</li>"
            for h in d.history
        )
        html += f"<h3>Istoric</h3><ul>{items}</ul>"
    return html


class AudienceDetailsWindow(QDialog):
    def __init__(self, ctx: AppContext, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.entry_id = entry_id
        self.details: AudienceDetails | None = None
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        layout.addWidget(self.text, 1)
        self.petition_button = button("Deschide &petiția")
        self.note_button = button("N&otă de audiență…")
        layout.addLayout(button_row(self.petition_button, self.note_button))
        box = romanian_button_box(QDialogButtonBox(Std.Close))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.petition_button.clicked.connect(self.open_petition)
        self.note_button.clicked.connect(self.print_note)
        ctx.bus.changed.connect(self._changed)
        self.load()

    def load(self) -> None:
        try:
            d = services.audiences(self._ctx.core).details(self.entry_id)
        except CicError as err:
            self.text.setPlainText(err.message_ro)
            return
        self.details = d
        self.setWindowTitle(f"Audiența nr. {d.entry.number_text} – {d.entry.correspondent_name}")
        self.text.setHtml(details_html(d))
        self.petition_button.setVisible(d.petition_entry_id is not None)

    def _changed(self, flags: frozenset[str]) -> None:
        if bus.AUDIENCES in flags and shiboken6.isValid(self):
            self.load()

    def open_petition(self) -> None:
        if self.details is None or self.details.petition_entry_id is None:
            return
        from ui.windows.audiences.day_actions import DayActions

        parent = self.parentWidget() or self
        DayActions(self._ctx, parent, lambda: self.details).open_petition(
            self.details.petition_entry_id
        )

    def print_note(self) -> None:
        from ui.windows.audiences.day_actions import DayActions

        DayActions(self._ctx, self, lambda: self.details).note()
