"""The words of a registry entry for the one search across registers (table `search_word`).

One implementation, used by the live index (`cic_desktop.search.index`), by the query side
(`cic_desktop.search.words`) and by the migration that fills the index for existing databases, so
the three can never disagree. Pure functions: no session, no Qt, no `cic_desktop` import.

A word is folded: lower case, no diacritics (ș ş ț ţ ă â î all lose their marks), cut to
`MAX_WORD` characters (the column's width).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date

from sqlalchemy import ColumnElement, and_
from sqlalchemy.sql.elements import ColumnClause

MAX_WORD = 80
_WORD_RE = re.compile(r"[^\W_]+")
_LAST_CODE_POINT = 0x10FFFF


def fold(text: str | None) -> str:
    """Lower case without diacritics: "Ştefan" (cedilla), "Ștefan" (comma) and "stefan" agree."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def text_words(text: str | None) -> list[str]:
    """The folded words of a free text, in order; punctuation separates words."""
    return [word[:MAX_WORD] for word in _WORD_RE.findall(fold(text))]


def date_word(day: date) -> str:
    """A registration date as one word, as printed: `15.01.2026`."""
    return day.strftime("%d.%m.%Y")


def entry_words(
    number: int, prefix: str | None, registered_on: date, name: str | None, subject: str | None
) -> set[str]:
    """Every word a search can start: the number, prefix, date and year, the name, the subject."""
    words = {str(number), date_word(registered_on), str(registered_on.year)}
    words.update(text_words(prefix))
    words.update(text_words(name))
    words.update(text_words(subject))
    return words


def word_rows(entry_id: int, words: Iterable[str]) -> Iterator[dict[str, object]]:
    """Rows for `search_word`, ready for an executemany insert."""
    return ({"word": word, "entry_id": entry_id} for word in sorted(words))


def prefix_upper_bound(prefix: str) -> str | None:
    """The first string after every string starting with `prefix` (None: no bound needed)."""
    trimmed = prefix
    while trimmed and ord(trimmed[-1]) == _LAST_CODE_POINT:
        trimmed = trimmed[:-1]
    if not trimmed:
        return None
    return trimmed[:-1] + chr(ord(trimmed[-1]) + 1)


def word_condition(
    column: ColumnClause[str] | ColumnElement[str], word: str, *, exact: bool, dialect: str
) -> ColumnElement[bool]:
    """`column` equals `word`, or starts with it: a range scan on the index on every dialect.

    PostgreSQL compares in the database's collation, which may order by language rules
    (punctuation ignored, so `150` would fall between `15.0` and `15.1`); code-point order there
    is `COLLATE "C"`. SQLite compares code points (BINARY) already.
    """
    compared = column.collate("C") if dialect == "postgresql" else column
    if exact:
        return compared == word
    upper = prefix_upper_bound(word)
    if upper is None:
        return compared >= word
    return and_(compared >= word, compared < upper)
