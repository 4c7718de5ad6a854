"""What a search finds: lines grouped by register, newest first, with the count of all matches.

Two engines fill them with the same answers: `query_fts` (SQLite, FTS5) and `query_words` (the
portable `search_word` table, PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

SUBJECT_CHARS = 120
# (register code, raw state from the register's own table or None, annulled) → what the line says.
StateLabel = Callable[[str, "str | None", bool], str]


def raw_state(_code: str, state: str | None, annulled: bool) -> str:
    """The state as stored: engines' default, for tests and tools."""
    return state or ""


@dataclass(frozen=True)
class SearchLine:
    entry_id: int
    register_code: str
    number_text: str  # as printed: 123/15.01.2026
    registered_on: date
    name: str
    subject: str  # shortened to one line
    annulled: bool
    state: str = ""  # the state in words (see StateLabel), "" when the register has none


@dataclass(frozen=True)
class SearchGroup:
    register_code: str
    total: int  # all matches in this register; `lines` holds the newest of them
    lines: tuple[SearchLine, ...]


@dataclass(frozen=True)
class SearchResults:
    text: str
    groups: tuple[SearchGroup, ...] = ()

    @property
    def total(self) -> int:
        return sum(group.total for group in self.groups)

    def entry_ids(self) -> list[int]:
        return [line.entry_id for group in self.groups for line in group.lines]


def short_subject(subject: str, limit: int = SUBJECT_CHARS) -> str:
    """The first line of the subject, cut at a word with "…" when longer than `limit`."""
    text = " ".join((subject or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,.;:") + "…"
