"""Romanian date formatting and parsing: the one place that knows how the clerk writes a date."""

from __future__ import annotations

import re
from datetime import date

from cic_desktop.errors import ValidationError

WEEKDAYS_RO: tuple[str, ...] = (
    "luni",
    "marți",
    "miercuri",
    "joi",
    "vineri",
    "sâmbătă",
    "duminică",
)

MONTHS_RO: tuple[str, ...] = (
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
)

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# Day first, one separator used consistently: 20.01.2025, 20/01/2025, 5.1.2025.
_DAY_FIRST = re.compile(r"(\d{1,2})([./])(\d{1,2})\2(\d{4})")


def fmt(d: date) -> str:
    """`20.01.2025`: the form used in Romanian registers and letters."""
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}"


def weekday_ro(d: date) -> str:
    """Lower-case Romanian weekday name, as it appears inside a sentence."""
    return WEEKDAYS_RO[d.weekday()]


def fmt_long(d: date) -> str:
    """`20.01.2025 (luni)`: the weekday lets the clerk check a deadline at a glance."""
    return f"{fmt(d)} ({weekday_ro(d)})"


def long_date_ro(d: date) -> str:
    """`duminică, 29 noiembrie 2026`: a date as a heading or in the opening of a letter."""
    return f"{weekday_ro(d)}, {d.day} {MONTHS_RO[d.month - 1]} {d.year}"


def count_ro(n: int, singular: str, plural: str) -> str:
    """Number + noun with Romanian agreement: `1 zi`, `19 zile`, `20 de zile`, `101 zile`.

    Romanian inserts „de” when the last two digits are 00 or 20–99 (and the number is not 0).
    """
    if n == 1:
        return f"1 {singular}"
    last_two = abs(n) % 100
    if n != 0 and (last_two == 0 or last_two >= 20):
        return f"{n} de {plural}"
    return f"{n} {plural}"


def days_ro(n: int, *, working: bool = False) -> str:
    """`10 zile`, `30 de zile`, `30 de zile lucrătoare`, `1 zi lucrătoare`."""
    if working:
        return count_ro(n, "zi lucrătoare", "zile lucrătoare")
    return count_ro(n, "zi", "zile")


def parse_date(text: str, field: str = "data") -> date:
    """Accept what a clerk types (`20.01.2025`, `20/01/2025`, `2025-01-20`); refuse the rest.

    Spaces anywhere are ignored, so a pasted `20. 01. 2025` still parses. Errors quote the input so
    the clerk sees exactly what was refused.
    """
    cleaned = re.sub(r"\s+", "", text or "")
    if not cleaned:
        raise ValidationError(field, "Completați data (zz.ll.aaaa).")
    if match := _ISO.fullmatch(cleaned):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DAY_FIRST.fullmatch(cleaned):
        day, month, year = int(match[1]), int(match[3]), int(match[4])
    else:
        raise ValidationError(
            field,
            f"Data „{text.strip()}” nu are un format recunoscut (zz.ll.aaaa sau aaaa-ll-zz).",
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, f"Data „{text.strip()}” nu există.") from None
