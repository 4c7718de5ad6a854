"""What the clerk types, split into search terms: words (prefix match) and registration numbers.

Every typed word must be the start of a word of the name, subject or number of an entry, ignoring
case and diacritics. A registration number with a slash (`123/2026`, `123/15.01.2026`,
`123/CIC/15.01.2026`) is not a free word: it means that number, in that year or on that day.
A date (`15.01.2026`, or its start `15.01`) is the start of the registration date.
The word rules themselves live in `db.queries.search_words` (the migration uses them too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cic_desktop.domain.numbering import parse_registry_number
from cic_desktop.domain.text import normalize
from db.queries.search_words import MAX_WORD, entry_words, fold, text_words

__all__ = ["NumberTerm", "SearchTerms", "entry_words", "parse_query"]

_DATE_START_RE = re.compile(r"([0-9]{1,2})[.\-]([0-9]{0,2})(?:([.\-])([0-9]{0,4}))?")


@dataclass(frozen=True)
class NumberTerm:
    """A registration number as typed: the number, and what the slash parts said."""

    number: int
    prefix: str = ""  # folded
    year: int | None = None
    day: date | None = None


@dataclass(frozen=True)
class SearchTerms:
    words: tuple[str, ...] = ()  # prefix match, folded, without duplicates
    numbers: tuple[NumberTerm, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.words and not self.numbers


def parse_query(text: str | None) -> SearchTerms:
    """Split the typed text into terms; every term must hold for an entry to be found."""
    words: list[str] = []
    numbers: list[NumberTerm] = []
    for token in normalize(text).split():
        number = _number_term(token)
        if number is not None:
            numbers.append(number)
            continue
        for part in token.split("/"):
            day = _date_start(part)
            words.extend([day] if day else text_words(part))
    unique = tuple(dict.fromkeys(w[:MAX_WORD] for w in words if w))
    return SearchTerms(_without_covered_prefixes(unique), tuple(dict.fromkeys(numbers)))


def _number_term(token: str) -> NumberTerm | None:
    if "/" not in token:
        return None
    parsed = parse_registry_number(token)
    if parsed is None:
        return None
    return NumberTerm(parsed.number, fold(parsed.prefix), parsed.year, parsed.day)


def _date_start(token: str) -> str | None:
    """`15.01.2026` → itself; `5.1.2026` → `05.01.2026`; `15.01` → `15.01` (start of a date)."""
    match = _DATE_START_RE.fullmatch(token)
    if not match:
        return None
    day, month, dot, year = match.groups()
    if not month and dot:
        return None  # "15..2026"
    text = f"{int(day):02d}."
    if month:
        text += f"{int(month):02d}." if dot is not None else month
    if dot is not None:
        text += year or ""
    return text


def _without_covered_prefixes(words: tuple[str, ...]) -> tuple[str, ...]:
    """`pop popescu`: both must start a word of the entry, but not necessarily different words,
    so `pop` adds nothing once `popescu` is required; dropping it saves a scan."""
    return tuple(w for w in words if not any(o != w and o.startswith(w) for o in words))
