"""Deadline calculator page: a rule and a start date give the legal deadline, live."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from cic_desktop.domain.dates_ro import fmt_long
from cic_desktop.domain.deadlines import DeadlineResult, load_rules
from cic_desktop.errors import CicError
from ui import bus
from ui.context import AppContext
from ui.views.deadline_view import DeadlineView
from ui.widgets.dates import date_edit, from_qdate, to_qdate


class DeadlineCalculatorPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.view = DeadlineView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.rules = load_rules()
        for code, rule in self.rules.items():
            self.view.rule.addItem(f"{code} – {rule.title_ro}", code)
        self.start = date_edit(ctx.core.clock.today())
        self.start.show_non_working_days(ctx.core.calendar.working_calendar)
        self.view.start_row.addWidget(self.start)
        self.view.start_row.addStretch(1)
        self.view.start_label.setBuddy(self.start)
        self.result: DeadlineResult | None = None
        self.view.rule.currentIndexChanged.connect(self.recompute)
        self.start.dateChanged.connect(self.recompute)
        ctx.bus.changed.connect(self._changed)
        self.recompute()

    def set_inputs(self, rule_code: str, start: date) -> None:
        self.view.rule.setCurrentIndex(self.view.rule.findData(rule_code))
        self.start.setDate(to_qdate(start))

    def _changed(self, flags: frozenset[str]) -> None:
        if bus.DAYS_OFF in flags:
            self.start.refresh_non_working_days()
            self.recompute()

    def recompute(self, *_args: object) -> None:
        code = self.view.rule.currentData()
        if not code:
            return
        rule = self.rules[code]
        view = self.view
        view.law.setText(rule.law_ro)
        view.start_event.setText(rule.start_event.label_ro)
        try:
            result = self._ctx.core.calendar.deadline(code, from_qdate(self.start.date()))
        except CicError as err:
            self.result = None
            view.legal_value.setText("")
            view.target_value.setText("")
            view.explanation.setText(err.message_ro)
            return
        self.result = result
        view.legal_value.setText(fmt_long(result.legal_deadline))
        if result.earliest_allowed:
            view.legal_caption.setText("Data cea mai apropiată permisă:")
            view.target_caption.setVisible(False)
            view.target_value.setVisible(False)
            view.target_value.setText("")
        else:
            view.legal_caption.setText("Termen legal:")
            view.target_caption.setVisible(True)
            view.target_value.setVisible(True)
            assert result.internal_target is not None
            view.target_value.setText(fmt_long(result.internal_target))
        # One paragraph per date reads better than the core's single line.
        view.explanation.setText(
            result.explanation.replace(" Țintă internă:", "\n\nȚintă internă:")
        )
