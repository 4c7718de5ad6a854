"""The institution's working calendar (legal holidays + its days off) and deadlines computed on it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.deadlines import (
    DeadlineResult,
    compute_deadline,
    compute_og27_extension,
)
from db.models import ExtraDayOff

if TYPE_CHECKING:
    from cic_desktop.core import CicCore


class CalendarService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    def working_calendar(self, session: Session | None = None) -> WorkingCalendar:
        """Legal holidays plus the configured days off; pass a session to read inside it."""
        if session is not None:
            rows = session.execute(select(ExtraDayOff.day, ExtraDayOff.note)).all()
        else:
            with self._core.read() as own:
                rows = own.execute(select(ExtraDayOff.day, ExtraDayOff.note)).all()
        return WorkingCalendar({day: note for day, note in rows})

    def deadline(self, rule_code: str, start: date) -> DeadlineResult:
        return compute_deadline(rule_code, start, self.working_calendar())

    def og27_extension(self, start: date, extra_days: int) -> DeadlineResult:
        return compute_og27_extension(start, extra_days, self.working_calendar())
