"""The working calendar: which days an institution is open, and why a day is not a working day.

Working days are Monday–Friday minus Romanian public holidays (Codul muncii art. 139, taken from
the `holidays` package) minus extra days off the clerk configures (bridge days granted by HG).
SPEC §5.2: a configured day off is non-working for every computation, legal deadline included.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from types import MappingProxyType

import holidays

_ONE_DAY = timedelta(days=1)
_DEFAULT_DAY_OFF_NOTE = "zi liberă stabilită de instituție"


@functools.cache
def _public_holidays(year: int) -> Mapping[date, str]:
    """Romanian names of the statutory holidays of `year`, computed once per process.

    The package joins coinciding holidays with "; " (01.06.2026: "Rusaliile; Ziua Copilului");
    we say „și” so the name reads well inside a sentence and lists can use ";" as separator.
    """
    raw = holidays.country_holidays("RO", years=year, language="ro")
    return MappingProxyType({d: name.replace("; ", " și ") for d, name in sorted(raw.items())})


class WorkingCalendar:
    """Answers "is this a working day, and if not, why" for deadline computations."""

    def __init__(self, extra_days_off: Mapping[date, str] | None = None) -> None:
        days: dict[date, str] = {}
        for day, note in (extra_days_off or {}).items():
            # A datetime key would never match a date lookup; accept it but store the date.
            key = day.date() if isinstance(day, datetime) else day
            days[key] = (note or "").strip()
        self._extra: Mapping[date, str] = MappingProxyType(days)

    @property
    def extra_days_off(self) -> Mapping[date, str]:
        """Configured days off (date → note), read-only."""
        return self._extra

    def holidays_in(self, year: int) -> dict[date, str]:
        """Statutory public holidays of `year` with their Romanian names (a fresh copy)."""
        return dict(_public_holidays(year))

    def is_working(self, d: date) -> bool:
        return d.weekday() < 5 and d not in _public_holidays(d.year) and d not in self._extra

    def non_working_reason(self, d: date) -> str | None:
        """Short Romanian reason why `d` is not a working day, or None if it is one.

        A holiday wins over a weekend (the clerk wants to see „Paștele”, not „duminică”), and over a
        configured day off, which adds nothing when the law already closes the institution.
        """
        holiday = _public_holidays(d.year).get(d)
        if holiday is not None:
            return f"sărbătoare legală: {holiday}"
        if d in self._extra:
            note = self._extra[d]
            return f"zi liberă: {note}" if note else _DEFAULT_DAY_OFF_NOTE
        if d.weekday() == 5:
            return "sâmbătă"
        if d.weekday() == 6:
            return "duminică"
        return None

    def roll(self, d: date) -> date:
        """`d` if it is a working day, else the next working day (Civil Code art. 2554)."""
        while not self.is_working(d):
            d += _ONE_DAY
        return d

    def non_working_run(self, d: date) -> list[date]:
        """The non-working days from `d` up to (excluding) `roll(d)`: what a roll skips."""
        skipped: list[date] = []
        while not self.is_working(d):
            skipped.append(d)
            d += _ONE_DAY
        return skipped

    def nth_working_day_after(self, p: date, n: int) -> date:
        """The n-th working day strictly after `p` (n = 0 gives `p` itself)."""
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        d, counted = p, 0
        while counted < n:
            d += _ONE_DAY
            if self.is_working(d):
                counted += 1
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """Number of working days in (a, b]; 0 when b <= a."""
        count = 0
        d = a + _ONE_DAY
        while d <= b:
            if self.is_working(d):
                count += 1
            d += _ONE_DAY
        return count

    def non_working_weekdays_between(self, a: date, b: date) -> list[date]:
        """Holidays and days off falling Monday–Friday in (a, b]: the days a count in working
        days silently skips besides weekends, which an explanation should name."""
        days: list[date] = []
        d = a + _ONE_DAY
        while d <= b:
            if d.weekday() < 5 and not self.is_working(d):
                days.append(d)
            d += _ONE_DAY
        return days
