"""Forgiving reading of what people type in spreadsheets: labels, values and dates.

Case, diacritics (cedilla ş ţ or comma-below ș ț, or none), dash style, spaces and punctuation never
decide whether a header or a value is recognised; only its letters and digits do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime

from cic_desktop.domain.dates_ro import fmt, parse_date
from cic_desktop.domain.text import search_key
from cic_desktop.errors import ValidationError

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_DATE_IN_TEXT = re.compile(r"(\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{4}|\d{4}-\d{1,2}-\d{1,2})")
_ISO_DATETIME = re.compile(r"(\d{4}-\d{1,2}-\d{1,2})[ T]00:00(:00(\.0+)?)?")


def key(text: object) -> str:
    """Letters and digits only, lower case, no diacritics: `Tip  Petiționar` → `tippetitionar`."""
    return _NOT_ALNUM.sub("", search_key(str(text)))


def lookup(labels: Mapping[str, str], aliases: Mapping[str, str] | None = None) -> dict[str, str]:
    """`{key(label): code}` for `{code: label}`, plus extra spellings `{spelling: code}`."""
    table = {key(label): code for code, label in labels.items()}
    for spelling, code in (aliases or {}).items():
        table[key(spelling)] = code
    return table


def allowed_text(labels: Iterable[str]) -> str:
    return ", ".join(labels)


def cell_text(value: object) -> str:
    """Any cell as text: whole numbers without `.0`, dates as dd.mm.yyyy."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "da" if value else "nu"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return fmt(value.date())
    if isinstance(value, date):
        return fmt(value)
    return str(value)


def cell_date(value: object) -> date | None:
    """A real Excel date, or text dd.mm.yyyy, dd/mm/yyyy or ISO; None when empty.

    Raises ValidationError with a Romanian message quoting what was refused.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValidationError(
            "date", f"„{cell_text(value)}” nu este o dată; scrieți data ca zz.ll.aaaa."
        )
    text = str(value).strip()
    if not text:
        return None
    if match := _ISO_DATETIME.fullmatch(text):
        text = match[1]
    return parse_date(text, field="date")


def date_in_text(text: str) -> date | None:
    """The last date written inside a text such as `45/15.02.2025` (None if there is none)."""
    found = _DATE_IN_TEXT.findall(text or "")
    if not found:
        return None
    try:
        return parse_date(found[-1])
    except ValidationError:
        return None
