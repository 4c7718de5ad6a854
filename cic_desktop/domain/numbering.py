"""Registration numbers as printed: `123/15.01.2026`, or with a register code `123/CIC/15.01.2026`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_PREFIX_RE = re.compile(r"^[A-Za-z0-9\-]{0,10}$")
_NUMBER_RE = re.compile(
    r"^\s*(?P<number>\d{1,9})\s*"
    r"(?:/\s*(?P<prefix>[A-Za-z][A-Za-z0-9\-]{0,9}|\d{1,9}(?=\s*/))\s*)?"
    r"(?:/\s*(?P<rest>[0-9./\-]+))?\s*$"
)


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
    match = _NUMBER_RE.match(text or "")
    if not match:
        return None
    number = int(match["number"])
    prefix = match["prefix"] or ""
    rest = match["rest"]
    if prefix.isdigit():  # "12/2026" matched the prefix branch only if followed by "/"
        return None
    if rest is None:
        return ParsedNumber(number, prefix)
    if re.fullmatch(r"\d{4}", rest):
        return ParsedNumber(number, prefix, year=int(rest))
    parts = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", rest)
    if not parts:
        return None
    try:
        day = date(int(parts[3]), int(parts[2]), int(parts[1]))
    except ValueError:
        return None
    return ParsedNumber(number, prefix, year=day.year, day=day)
