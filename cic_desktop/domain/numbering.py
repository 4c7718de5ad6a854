"""Registration numbers as printed: `123/15.01.2026`, or with a register code `123/CIC/15.01.2026`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_PREFIX_RE = re.compile(r"^[A-Za-z0-9\-]{0,10}$")
_DATE_RE = re.compile(r"([0-9]{1,2})[.\-]([0-9]{1,2})[.\-]([0-9]{4})")


def format_registry_number(number: int, registered_on: date, prefix: str = "") -> str:
    day = registered_on.strftime("%d.%m.%Y")
    return f"{number}/{prefix}/{day}" if prefix else f"{number}/{day}"


def is_valid_prefix(prefix: str) -> bool:
    return bool(_PREFIX_RE.match(prefix))


@dataclass(frozen=True)
class ParsedNumber:
    number: int
    prefix: str = ""
    year: int | None = None
    day: date | None = None


def parse_registry_number(text: str) -> ParsedNumber | None:
    """Parse what a clerk types: `123`, `123/2026`, `123/15.01.2026`, `123/CIC/15.01.2026`."""
    parts = [part.strip() for part in (text or "").split("/")]
    if not parts or not re.fullmatch(r"[0-9]{1,9}", parts[0]) or len(parts) > 3:
        return None
    number = int(parts[0])
    prefix = ""
    if len(parts) == 3:
        prefix = parts[1]
        if not prefix or not is_valid_prefix(prefix):
            return None
    if len(parts) == 1:
        return ParsedNumber(number)
    tail = parts[-1]
    if re.fullmatch(r"[0-9]{4}", tail):
        return ParsedNumber(number, prefix, year=int(tail))
    match = _DATE_RE.fullmatch(tail)
    if not match:
        return None
    try:
        day = date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None
    return ParsedNumber(number, prefix, year=day.year, day=day)
