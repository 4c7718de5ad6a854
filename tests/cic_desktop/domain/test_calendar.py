"""The working calendar against SPEC §5.3: statutory holidays, no substitutes, configured days off."""

from __future__ import annotations

from datetime import date

import pytest

from cic_desktop.domain.calendar import WorkingCalendar

CAL = WorkingCalendar()

# Year, Vinerea Mare, Paște Sunday/Monday, Rusalii Sunday/Monday (SPEC §5.3 table).
ORTHODOX = [
    (
        2024,
        date(2024, 5, 3),
        date(2024, 5, 5),
        date(2024, 5, 6),
        date(2024, 6, 23),
        date(2024, 6, 24),
    ),
    (
        2025,
        date(2025, 4, 18),
        date(2025, 4, 20),
        date(2025, 4, 21),
        date(2025, 6, 8),
        date(2025, 6, 9),
    ),
    (
        2026,
        date(2026, 4, 10),
        date(2026, 4, 12),
        date(2026, 4, 13),
        date(2026, 5, 31),
        date(2026, 6, 1),
    ),
    (
        2027,
        date(2027, 4, 30),
        date(2027, 5, 2),
        date(2027, 5, 3),
        date(2027, 6, 20),
        date(2027, 6, 21),
    ),
    (
        2028,
        date(2028, 4, 14),
        date(2028, 4, 16),
        date(2028, 4, 17),
        date(2028, 6, 4),
        date(2028, 6, 5),
    ),
    (
        2029,
        date(2029, 4, 6),
        date(2029, 4, 8),
        date(2029, 4, 9),
        date(2029, 5, 27),
        date(2029, 5, 28),
    ),
    (
        2030,
        date(2030, 4, 26),
        date(2030, 4, 28),
        date(2030, 4, 29),
        date(2030, 6, 16),
        date(2030, 6, 17),
    ),
    (
        2031,
        date(2031, 4, 11),
        date(2031, 4, 13),
        date(2031, 4, 14),
        date(2031, 6, 1),
        date(2031, 6, 2),
    ),
]


@pytest.mark.parametrize(
    ("year", "good_friday", "easter", "easter_monday", "pentecost", "pentecost_monday"), ORTHODOX
)
def test_orthodox_holidays(
    year: int,
    good_friday: date,
    easter: date,
    easter_monday: date,
    pentecost: date,
    pentecost_monday: date,
) -> None:
    holidays = CAL.holidays_in(year)
    assert holidays[good_friday] == "Vinerea Mare"
    assert "Paștele" in holidays[easter]
    assert "Paștele" in holidays[easter_monday]
    assert "Rusaliile" in holidays[pentecost]
    assert "Rusaliile" in holidays[pentecost_monday]
    for day in (good_friday, easter, easter_monday, pentecost, pentecost_monday):
        assert not CAL.is_working(day)


FIXED = [
    ((1, 1), "Anul Nou"),
    ((1, 2), "Anul Nou"),
    ((1, 24), "Ziua Unirii Principatelor Române"),
    ((5, 1), "Ziua Muncii"),
    ((6, 1), "Ziua Copilului"),
    ((8, 15), "Adormirea Maicii Domnului"),
    ((11, 30), "Sfântul Apostol Andrei"),
    ((12, 1), "Ziua Națională"),
    ((12, 25), "Crăciunul"),
    ((12, 26), "Crăciunul"),
]


@pytest.mark.parametrize("year", range(2024, 2032))
def test_fixed_holidays(year: int) -> None:
    holidays = CAL.holidays_in(year)
    for (month, day), name in FIXED:
        assert name in holidays[date(year, month, day)]
    assert "Boboteaza" in holidays[date(year, 1, 6)]
    assert "Ioan Botezătorul" in holidays[date(year, 1, 7)]
    # 16 dates a year at most: 17 holidays, some coinciding (never more).
    assert len(holidays) <= 17


def test_epiphany_days_only_from_2024() -> None:
    assert date(2023, 1, 6) not in CAL.holidays_in(2023)
    assert date(2023, 1, 7) not in CAL.holidays_in(2023)
    assert date(2024, 1, 6) in CAL.holidays_in(2024)
    assert date(2024, 1, 7) in CAL.holidays_in(2024)
    assert CAL.is_working(date(2023, 1, 6))  # a Friday, still a working day in 2023
    assert (
        CAL.non_working_reason(date(2024, 1, 6))
        == "sărbătoare legală: Botezul Domnului - Boboteaza"
    )


def test_holiday_on_saturday_is_not_moved() -> None:
    assert date(2026, 8, 15).weekday() == 5
    assert CAL.non_working_reason(date(2026, 8, 15)) == (
        "sărbătoare legală: Adormirea Maicii Domnului"
    )
    assert CAL.is_working(date(2026, 8, 14))  # Friday before
    assert CAL.is_working(date(2026, 8, 17))  # Monday after: no substitute day


def test_coinciding_holidays_are_one_day() -> None:
    holidays = CAL.holidays_in(2026)
    assert holidays[date(2026, 6, 1)] == "Rusaliile și Ziua Copilului"
    assert sum(1 for d in holidays if d.month == 6 and d.day == 1) == 1
    assert CAL.is_working(date(2026, 6, 2))


def test_weekend_reasons() -> None:
    assert CAL.non_working_reason(date(2025, 3, 8)) == "sâmbătă"
    assert CAL.non_working_reason(date(2025, 3, 9)) == "duminică"
    assert CAL.non_working_reason(date(2025, 3, 10)) is None
    # A holiday on a Sunday names the holiday, not the weekday.
    assert CAL.non_working_reason(date(2025, 11, 30)) == (
        "sărbătoare legală: Sfântul Apostol Andrei, cel Întâi chemat, Ocrotitorul României"
    )


def test_extra_day_off_with_note() -> None:
    note = "zi liberă acordată prin HG nr. 1234/2025"
    cal = WorkingCalendar({date(2025, 12, 24): note})
    assert CAL.is_working(date(2025, 12, 24))
    assert not cal.is_working(date(2025, 12, 24))
    assert cal.non_working_reason(date(2025, 12, 24)) == f"zi liberă: {note}"
    assert cal.extra_days_off == {date(2025, 12, 24): note}
    assert cal.roll(date(2025, 12, 24)) == date(2025, 12, 29)


def test_extra_day_off_without_note() -> None:
    cal = WorkingCalendar({date(2025, 5, 2): ""})
    assert cal.non_working_reason(date(2025, 5, 2)) == "zi liberă stabilită de instituție"


def test_extra_days_off_are_read_only() -> None:
    source = {date(2025, 5, 2): "punte"}
    cal = WorkingCalendar(source)
    source[date(2025, 5, 5)] = "adăugată după"
    assert date(2025, 5, 5) not in cal.extra_days_off
    with pytest.raises(TypeError):
        cal.extra_days_off[date(2025, 5, 6)] = "x"  # type: ignore[index]


def test_holidays_in_returns_a_copy() -> None:
    first = CAL.holidays_in(2025)
    first.clear()
    assert CAL.holidays_in(2025)


def test_roll_and_counting() -> None:
    assert CAL.roll(date(2025, 3, 10)) == date(2025, 3, 10)
    assert CAL.roll(date(2025, 4, 18)) == date(2025, 4, 22)  # Vinerea Mare → after Easter Monday
    assert CAL.nth_working_day_after(date(2025, 3, 7), 0) == date(2025, 3, 7)
    assert CAL.nth_working_day_after(date(2025, 3, 7), 1) == date(2025, 3, 10)
    assert CAL.working_days_between(date(2025, 3, 10), date(2025, 3, 13)) == 3
    assert CAL.working_days_between(date(2025, 3, 7), date(2025, 3, 10)) == 1
    assert CAL.working_days_between(date(2025, 3, 13), date(2025, 3, 13)) == 0
    assert CAL.working_days_between(date(2025, 3, 13), date(2025, 3, 10)) == 0
    with pytest.raises(ValueError):
        CAL.nth_working_day_after(date(2025, 3, 7), -1)


def test_non_working_run_lists_what_roll_skips() -> None:
    assert CAL.non_working_run(date(2025, 12, 25)) == [
        date(2025, 12, 25),
        date(2025, 12, 26),
        date(2025, 12, 27),
        date(2025, 12, 28),
    ]
    assert CAL.non_working_run(date(2025, 12, 29)) == []
