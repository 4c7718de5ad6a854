"""Romanian date formatting and parsing."""

from __future__ import annotations

from datetime import date

import pytest

from cic_desktop.domain.dates_ro import days_ro, fmt, fmt_long, parse_date, weekday_ro
from cic_desktop.errors import ValidationError


def test_fmt() -> None:
    assert fmt(date(2025, 1, 20)) == "20.01.2025"
    assert fmt(date(2026, 12, 5)) == "05.12.2026"


def test_weekdays() -> None:
    monday = date(2025, 1, 20)
    names = [weekday_ro(date(2025, 1, 20 + i)) for i in range(7)]
    assert names == ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"]
    assert fmt_long(monday) == "20.01.2025 (luni)"


@pytest.mark.parametrize(
    "text",
    ["2025-01-20", "20.01.2025", "20/01/2025", " 20.01.2025 ", "20. 01. 2025", "2025-1-20"],
)
def test_parse_accepted_forms(text: str) -> None:
    assert parse_date(text) == date(2025, 1, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5.1.2025", date(2025, 1, 5)),
        ("5/1/2025", date(2025, 1, 5)),
        ("1.12.2025", date(2025, 12, 1)),
    ],
)
def test_parse_one_digit_day_and_month(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["31.02.2025", "2025-13-01", "29.02.2025", "00.01.2025", "32/01/2025"]
)
def test_impossible_dates(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(text, field="registered_on")
    assert info.value.field == "registered_on"
    assert info.value.message_ro == f"Data „{text}” nu există."


def test_leap_day_is_accepted() -> None:
    assert parse_date("29.02.2028") == date(2028, 2, 29)


@pytest.mark.parametrize(
    "text", ["abc", "20.01.25", "20-01-2025", "20.01/2025", "2025/01/20", "2025-01-20T10:00", "1.1"]
)
def test_garbage(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(text)
    assert info.value.field == "data"
    assert f"„{text}”" in info.value.message_ro
    assert "zz.ll.aaaa" in info.value.message_ro


@pytest.mark.parametrize("text", ["", "   "])
def test_empty(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_date(text)
    assert "Completați data" in info.value.message_ro


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "1 zi"),
        (5, "5 zile"),
        (19, "19 zile"),
        (20, "20 de zile"),
        (45, "45 de zile"),
        (100, "100 de zile"),
        (101, "101 zile"),
        (119, "119 zile"),
        (120, "120 de zile"),
    ],
)
def test_days_ro_agreement(n: int, expected: str) -> None:
    assert days_ro(n) == expected


def test_working_days_ro() -> None:
    assert days_ro(30, working=True) == "30 de zile lucrătoare"
    assert days_ro(1, working=True) == "1 zi lucrătoare"
