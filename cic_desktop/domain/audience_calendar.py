"""When audience programmes take place: session days, slot times and the public notice wording.

Pure functions, no database. A programme recurs weekly, every other week (alternating from its
first occurrence on or after `valid_from`, never by ISO week parity: 2026 has 53 ISO weeks) or
monthly on the n-th (1..4) or last (-1) weekday. A session never falls on a non-working day of the
institution (public holiday, configured day off, weekend) nor on a day the clerk cancelled.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.dates_ro import WEEKDAYS_RO, fmt

WEEKLY, BIWEEKLY, MONTHLY = "weekly", "biweekly", "monthly"
MONTH_WEEKS = (1, 2, 3, 4, -1)
MIN_SLOT, MAX_SLOT = 5, 240
_TIME_RE = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")
_WEEK = timedelta(days=7)

MONTH_WEEK_RO = {1: "prima", 2: "a doua", 3: "a treia", 4: "a patra", -1: "ultima"}


@dataclass(frozen=True)
class Programme:
    """The recurrence part of a schedule, as the pure functions need it."""

    weekday: int  # 0 = Monday
    recurrence: str
    start_time: str
    end_time: str
    slot_minutes: int
    valid_from: date
    valid_until: date | None = None
    month_week: int | None = None


def is_time(text: str) -> bool:
    """`HH:MM`, 24 h, two digits each."""
    return bool(_TIME_RE.fullmatch(text or ""))


def minutes(text: str) -> int:
    hours, mins = text.split(":")
    return int(hours) * 60 + int(mins)


def hhmm(total: int) -> str:
    return f"{total // 60:02d}:{total % 60:02d}"


def slot_times(start_time: str, end_time: str, slot_minutes: int) -> list[tuple[str, str]]:
    """(start, end) of every whole slot between the start and the end of a session."""
    first, last = minutes(start_time), minutes(end_time)
    return [
        (hhmm(t), hhmm(t + slot_minutes))
        for t in range(first, last - slot_minutes + 1, slot_minutes)
    ]


def anchor(p: Programme) -> date:
    """The first day on or after `valid_from` falling on the programme's weekday."""
    return p.valid_from + timedelta(days=(p.weekday - p.valid_from.weekday()) % 7)


def _is_nth_weekday(d: date, month_week: int | None) -> bool:
    if month_week == -1:
        return (d + _WEEK).month != d.month
    return month_week is not None and (d.day - 1) // 7 + 1 == month_week


def occurrences(p: Programme, start: date, end: date) -> Iterator[date]:
    """Days in [start, end] the recurrence names, within validity; working days not yet checked."""
    first = anchor(p)
    lo = max(start, first)
    hi = min(end, p.valid_until) if p.valid_until else end
    if lo > hi:
        return
    day = lo + timedelta(days=(p.weekday - lo.weekday()) % 7)
    if p.recurrence == BIWEEKLY and (day - first).days % 14:
        day += _WEEK
    step = timedelta(days=14) if p.recurrence == BIWEEKLY else _WEEK
    while day <= hi:
        if p.recurrence != MONTHLY or _is_nth_weekday(day, p.month_week):
            yield day
        day += step


def session_days(
    p: Programme,
    start: date,
    end: date,
    calendar: WorkingCalendar,
    cancelled: Collection[date] = (),
) -> list[date]:
    """The days in [start, end] on which the programme actually takes place."""
    return [d for d in occurrences(p, start, end) if calendar.is_working(d) and d not in cancelled]


def closed_days(calendar: WorkingCalendar, years: Collection[int]) -> set[date]:
    """Public holidays and configured days off of `years`: no audience can take place then."""
    days = {d for d in calendar.extra_days_off if d.year in years}
    for year in years:
        days.update(calendar.holidays_in(year))
    return days


def is_occurrence(p: Programme, day: date) -> bool:
    return next(occurrences(p, day, day), None) == day


def describe_ro(p: Programme, place: str = "") -> str:
    """The programme as the public notice states it, e.g.
    „Miercuri, din două în două săptămâni (începând cu 07.01.2026), 09:00–12:00, Sala de ședințe”.
    """
    weekday = WEEKDAYS_RO[p.weekday]
    if p.recurrence == BIWEEKLY:
        when = f"{weekday.capitalize()}, din două în două săptămâni (începând cu {fmt(anchor(p))})"
    elif p.recurrence == MONTHLY:
        when = f"În {MONTH_WEEK_RO.get(p.month_week or 0, '?')} {weekday} a lunii"
    else:
        when = f"În fiecare {weekday}"
    parts = [when, f"{p.start_time}–{p.end_time}"]
    if place.strip():
        parts.append(place.strip())
    text = ", ".join(parts)
    if p.valid_until:
        text += f" (până la {fmt(p.valid_until)})"
    return text
