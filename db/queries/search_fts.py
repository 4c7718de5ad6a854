"""The word index on SQLite: an FTS5 table holding the same folded words as `search_word`.

Why FTS5 there: its compressed lists of row ids intersect two words of 5,000 entries each in about
a millisecond, where the same range scans on a plain word table cost six times more. PostgreSQL
keeps the portable `search_word` table; both are fed by `entry_words`, so they agree (tested).

- The document of an entry is its words joined by spaces. The `ascii` tokenizer with `.` as a token
  character splits it back into exactly those words: they are already folded, every non-ASCII
  character is a token character, and the only ASCII punctuation in a word is the dot of a date.
- The row id is a sort key, `slot << 46 | year << 32 | number`: the register's slot (table
  `search_register`), then the register's own order. Counting per register and taking the newest
  lines of each is then a walk over the ids FTS5 returns, in order, with no row read at all.
- `entry_id` is stored unindexed, read only for the few lines shown.
- Prefix indexes for the starts of 2 to 6 letters (what a clerk types: `pop ste`): such a start is
  one list to read instead of the merge of every word it starts (`stefan`, `stefania`, `stelian`…);
  on 100,000 entries two typed names take 0.6 ms instead of 0.9 ms, for an index of 38 MB, not 19.

Pure SQL text and functions (no session, no `cic_desktop` import): the migration uses them too.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

FTS_TABLE = "search_fts"
FTS_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "words, entry_id UNINDEXED, tokenize = \"ascii tokenchars '.'\", prefix = '2 3 4 5 6')"
)
FTS_INSERT = f"INSERT INTO {FTS_TABLE} (rowid, words, entry_id) VALUES (?, ?, ?)"
FTS_DELETE = f"DELETE FROM {FTS_TABLE} WHERE rowid = ?"
FTS_DELETE_ENTRY = f"DELETE FROM {FTS_TABLE} WHERE entry_id = ?"  # a scan: only when the key moved
FTS_WORDS_OF_ENTRY = f"SELECT words FROM {FTS_TABLE} WHERE entry_id = ?"
FTS_MATCH = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rowid"
# The shadow tables FTS5 keeps next to the virtual one (not in the models: see `include_name`).
FTS_TABLES = frozenset(
    {
        FTS_TABLE,
        *(f"{FTS_TABLE}_{part}" for part in ("data", "idx", "content", "docsize", "config")),
    }
)

SLOT_SHIFT = 46
YEAR_SHIFT = 32
NUMBER_MASK = (1 << YEAR_SHIFT) - 1
YEAR_MASK = (1 << (SLOT_SHIFT - YEAR_SHIFT)) - 1
MAX_SLOT = (1 << (63 - SLOT_SHIFT)) - 1


def sort_key(slot: int, year: int, number: int) -> int:
    """The FTS5 row id of an entry: unique, because (register, year, number) is."""
    if not (1 <= slot <= MAX_SLOT and 0 <= year <= YEAR_MASK and 0 <= number <= NUMBER_MASK):
        raise ValueError(f"cannot index register slot {slot}, year {year}, number {number}")
    return slot << SLOT_SHIFT | year << YEAR_SHIFT | number


def slot_of(key: int) -> int:
    return key >> SLOT_SHIFT


def year_of(key: int) -> int:
    return (key >> YEAR_SHIFT) & YEAR_MASK


def number_of(key: int) -> int:
    return key & NUMBER_MASK


def slot_bounds(slot: int) -> tuple[int, int]:
    """Every key of the register in `slot` is in [low, high)."""
    return slot << SLOT_SHIFT, (slot + 1) << SLOT_SHIFT


def document(words: Iterable[str]) -> str:
    return " ".join(sorted(words))


def match_expression(prefixes: Iterable[str], exact: Iterable[str] = ()) -> str:
    """An FTS5 query: every word present, `prefixes` as starts of words, `exact` as whole words.

    Words are quoted, so FTS5 operators (AND, OR, NOT, NEAR, `-`, `:`) typed by the clerk are
    plain words. Folded words never hold a double quote; doubling it keeps the rule anyway.
    """
    quoted = [f'"{w.replace(chr(34), chr(34) * 2)}"*' for w in prefixes]
    quoted += [f'"{w.replace(chr(34), chr(34) * 2)}"' for w in exact]
    return " AND ".join(quoted)


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic autogenerate filter: the FTS5 tables are made by hand (SQLite only), not models."""
    return not (type_ == "table" and name in FTS_TABLES)


_FTS_FLAG = "cic_search_fts"
_FTS_PRESENT = f"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{FTS_TABLE}'"


def fts5_compiled(bind: Connection) -> bool:
    """Whether this SQLite library has FTS5 (the official builds for Windows and Linux have it)."""
    return bool(bind.exec_driver_sql("SELECT sqlite_compileoption_used('ENABLE_FTS5')").scalar())


def uses_fts(bind: Connection) -> bool:
    """Whether this database's index is the FTS5 table (SQLite with FTS5), else `search_word`.

    Decided once, when migration 0008 ran: a SQLite library without FTS5 gets the word table, which
    gives the same results. Remembered on the DBAPI connection (kept across pool checkouts).
    """
    if bind.dialect.name != "sqlite":
        return False
    info = bind.connection.info
    if _FTS_FLAG not in info:
        info[_FTS_FLAG] = bind.exec_driver_sql(_FTS_PRESENT).first() is not None
    return bool(info[_FTS_FLAG])
