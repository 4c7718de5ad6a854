"""Time source. Services take a clock so tests can fix 'today'."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol


class Clock(Protocol):
    def today(self) -> date: ...

    def now(self) -> datetime: ...


class SystemClock:
    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


class FixedClock:
    """A clock stuck at one moment; `advance_to` moves it (tests, demo data)."""

    def __init__(self, moment: datetime | date) -> None:
        self.advance_to(moment)

    def advance_to(self, moment: datetime | date) -> None:
        if not isinstance(moment, datetime):
            moment = datetime(moment.year, moment.month, moment.day, 9, 0)
        self._now = moment

    def today(self) -> date:
        return self._now.date()

    def now(self) -> datetime:
        return self._now
