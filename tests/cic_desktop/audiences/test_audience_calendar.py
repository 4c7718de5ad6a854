"""Session days of audience programmes: recurrences, holidays, the public notice wording."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
from hypothesis import given
from hypothesis import strategies as st

from cic_desktop.domain.audience_calendar import (
    Programme,
    anchor,
    describe_ro,
    is_occurrence,
    session_days,
    slot_times,
)
from cic_desktop.domain.calendar import WorkingCalendar

CAL = WorkingCalendar()


def prog(weekday: int, recurrence: str, start: date, **kw: object) -> Programme:
    base: dict[str, object] = dict(
        weekday=weekday,
        recurrence=recurrence,
        start_time="09:00",
        end_time="12:00",
        slot_minutes=15,
        valid_from=start,
    )
    base.update(kw)
    return Programme(**base)  # type: ignore[arg-type]


def test_biweekly_alternates_from_the_first_week_across_the_53rd_iso_week() -> None:
    # 28.12.2026 is ISO week 53: ISO parity would jump to 04.01.2027; alternation gives 11.01.
    monday = prog(0, "biweekly", date(2026, 12, 14))
    assert session_days(monday, date(2026, 12, 1), date(2027, 1, 31), CAL) == [
        date(2026, 12, 14),
        date(2026, 12, 28),
        date(2027, 1, 11),
        date(2027, 1, 25),
    ]
    assert date(2026, 12, 28).isocalendar().week == 53
    # 06.01.2027 is Boboteaza (a Wednesday): skipped, not shifted; the rhythm carries on.
    wednesday = prog(2, "biweekly", date(2026, 12, 23))
    assert date(2027, 1, 6) in holidays.country_holidays("RO", years=2027)
    assert is_occurrence(wednesday, date(2027, 1, 6))
    assert session_days(wednesday, date(2026, 12, 20), date(2027, 2, 5), CAL) == [
        date(2026, 12, 23),
        date(2027, 1, 20),
        date(2027, 2, 3),
    ]
    # A Tuesday starting on 22.12.2026 meets on 05.01.2027, between the holidays.
    tuesday = prog(1, "biweekly", date(2026, 12, 22))
    assert session_days(tuesday, date(2026, 12, 28), date(2027, 1, 10), CAL) == [date(2027, 1, 5)]
    # Asking from the middle of the range does not reset the rhythm.
    assert session_days(monday, date(2027, 1, 4), date(2027, 1, 12), CAL) == [date(2027, 1, 11)]


def test_anchor_is_the_first_weekday_on_or_after_valid_from() -> None:
    assert anchor(prog(2, "biweekly", date(2026, 12, 24))) == date(2026, 12, 30)
    assert anchor(prog(3, "biweekly", date(2026, 12, 24))) == date(2026, 12, 24)


def test_monthly_nth_and_last_weekday() -> None:
    second_wed = prog(2, "monthly", date(2026, 1, 1), month_week=2)
    assert session_days(second_wed, date(2026, 1, 1), date(2026, 4, 30), CAL) == [
        date(2026, 1, 14),
        date(2026, 2, 11),
        date(2026, 3, 11),
        date(2026, 4, 8),
    ]
    last_thu = prog(3, "monthly", date(2026, 1, 1), month_week=-1)
    assert session_days(last_thu, date(2026, 1, 1), date(2026, 5, 31), CAL) == [
        date(2026, 1, 29),
        date(2026, 2, 26),
        date(2026, 3, 26),
        date(2026, 4, 30),
        date(2026, 5, 28),
    ]
    # First Friday of May 2026 is 01.05 (Ziua Muncii): no session that month, none moved.
    first_fri = prog(4, "monthly", date(2026, 4, 1), month_week=1)
    assert session_days(first_fri, date(2026, 4, 1), date(2026, 6, 30), CAL) == [
        date(2026, 4, 3),
        date(2026, 6, 5),
    ]


def test_validity_cancellations_and_days_off() -> None:
    weekly = prog(0, "weekly", date(2026, 3, 2), valid_until=date(2026, 3, 30))
    calendar = WorkingCalendar({date(2026, 3, 16): "punte"})
    assert session_days(
        weekly, date(2026, 1, 1), date(2026, 12, 31), calendar, {date(2026, 3, 9)}
    ) == [date(2026, 3, 2), date(2026, 3, 23), date(2026, 3, 30)]


def test_slot_times() -> None:
    assert slot_times("09:00", "10:00", 20) == [
        ("09:00", "09:20"),
        ("09:20", "09:40"),
        ("09:40", "10:00"),
    ]
    assert slot_times("09:00", "09:50", 20) == [("09:00", "09:20"), ("09:20", "09:40")]


def test_public_notice_wording() -> None:
    assert (
        describe_ro(prog(2, "biweekly", date(2026, 1, 5)), "Sala de ședințe")
        == "Miercuri, din două în două săptămâni (începând cu 07.01.2026), 09:00–12:00, "
        "Sala de ședințe"
    )
    assert describe_ro(prog(2, "monthly", date(2026, 1, 1), month_week=2)) == (
        "În a doua miercuri a lunii, 09:00–12:00"
    )
    assert describe_ro(prog(3, "monthly", date(2026, 1, 1), month_week=-1)) == (
        "În ultima joi a lunii, 09:00–12:00"
    )
    assert describe_ro(
        prog(0, "weekly", date(2026, 1, 1), valid_until=date(2026, 6, 30)), "Biroul primarului"
    ) == ("În fiecare luni, 09:00–12:00, Biroul primarului (până la 30.06.2026)")


def _two_year_programmes() -> list[Programme]:
    start = date(2026, 1, 1)
    result = [prog(day, "weekly", start) for day in range(5)]
    result += [
        prog(day, "biweekly", start + timedelta(days=offset))
        for day in range(5)
        for offset in (0, 7)
    ]
    result += [
        prog(day, "monthly", start, month_week=n) for day in range(5) for n in (1, 2, 3, 4, -1)
    ]
    return result


def test_two_years_of_programmes_never_meet_on_a_holiday_day_off_or_cancelled_day() -> None:
    public = holidays.country_holidays("RO", years=[2026, 2027])
    days_off = {date(2026, 1, 5): "punte", date(2027, 1, 8): "punte", date(2026, 12, 24): "punte"}
    calendar = WorkingCalendar(days_off)
    cancelled = {date(2026, 3, 4), date(2027, 5, 12), date(2026, 12, 28)}
    seen = 0
    for p in _two_year_programmes():
        days = session_days(p, date(2026, 1, 1), date(2027, 12, 31), calendar, cancelled)
        seen += len(days)
        for day in days:
            assert day not in public, (p, day)
            assert day not in days_off and day not in cancelled, (p, day)
            assert day.weekday() == p.weekday
    assert seen > 1500  # the walk really covered two years of sessions


weekday = st.integers(0, 6)
days = st.dates(date(2025, 1, 1), date(2028, 12, 31))


@given(
    weekday=weekday,
    recurrence=st.sampled_from(["weekly", "biweekly", "monthly"]),
    month_week=st.sampled_from([1, 2, 3, 4, -1]),
    valid_from=days,
    length=st.one_of(st.none(), st.integers(0, 500)),
    start=days,
    span=st.integers(0, 400),
    off=st.sets(days, max_size=10),
)
def test_session_days_are_exactly_the_matching_working_weekdays(
    weekday: int,
    recurrence: str,
    month_week: int,
    valid_from: date,
    length: int | None,
    start: date,
    span: int,
    off: set[date],
) -> None:
    valid_until = None if length is None else valid_from + timedelta(days=length)
    p = prog(
        weekday,
        recurrence,
        valid_from,
        valid_until=valid_until,
        month_week=month_week if recurrence == "monthly" else None,
    )
    end = start + timedelta(days=span)
    calendar = WorkingCalendar({d: "x" for d in off})
    got = session_days(p, start, end, calendar)
    first = valid_from + timedelta(days=(weekday - valid_from.weekday()) % 7)

    def matches(d: date) -> bool:
        if d.weekday() != weekday or d < valid_from or (valid_until and d > valid_until):
            return False
        if recurrence == "biweekly":
            return (d - first).days % 14 == 0
        if recurrence == "monthly":
            if month_week == -1:
                return (d + timedelta(days=7)).month != d.month
            return d.day in range(7 * month_week - 6, 7 * month_week + 1)
        return True

    expected = [
        start + timedelta(days=i)
        for i in range(span + 1)
        if matches(start + timedelta(days=i)) and calendar.is_working(start + timedelta(days=i))
    ]
    assert got == expected
    assert got == sorted(set(got))
