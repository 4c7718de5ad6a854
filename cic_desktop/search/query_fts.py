"""The search on SQLite: one FTS5 query for the ids, the rest in Python, rows read only for display.

The ids FTS5 returns are sort keys (`db.queries.search_fts`), ascending: each register's matches are
one run of them, its count is the run's length (a binary search finds its end) and its newest
lines are the run's end. Only those lines are read from `registry_entry`, in one statement, with
their states. Statements are constant text on the open sqlite3 connection (cached, prepared once).
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from sqlite3 import Connection as Sqlite

from sqlalchemy import Engine

from cic_desktop.search.query import SearchLine, StateLabel, raw_state, short_subject
from cic_desktop.search.words import NumberTerm, SearchTerms
from db.enums import EntryStatus
from db.queries import search_fts
from db.queries.search_words import date_word, fold

_CONTENT = f"{search_fts.FTS_TABLE}_content"  # FTS5's own table: id = rowid, c1 = entry_id
_PREFIXES = (
    f"SELECT c.id, e.number_prefix FROM {_CONTENT} AS c JOIN registry_entry AS e ON e.id = c.c1"
    " WHERE c.id IN (SELECT value FROM json_each(?))"
)


@contextmanager
def sqlite_read(engine: Engine) -> Iterator[Sqlite]:
    """A pooled sqlite3 connection in one read transaction (one snapshot for every statement).

    The search's own path: a Session costs ~0.25 ms before the first statement, more than a whole
    search for a registration number.
    """
    pooled = engine.raw_connection()
    try:
        connection = pooled.driver_connection
        assert isinstance(connection, Sqlite)
        connection.execute("BEGIN")
        try:
            yield connection
        finally:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
    finally:
        pooled.close()


def find_lines(
    connection: Sqlite,
    terms: SearchTerms,
    limit_per_register: int,
    state_tables: Mapping[str, str],
    label: StateLabel = raw_state,
) -> tuple[dict[str, int], list[SearchLine]]:
    """Totals per register, and the newest `limit_per_register` lines of each register found.

    `state_tables`: register code → name of the table keeping its cases' `state` by `entry_id`.
    """
    keys = matching_keys(connection, terms)
    runs: list[tuple[int, int]] = []  # (register slot, matches), one run of keys each
    shown: list[int] = []
    start = 0
    while start < len(keys):
        slot = search_fts.slot_of(keys[start])
        end = bisect_left(keys, search_fts.slot_bounds(slot)[1], start)
        runs.append((slot, end - start))
        shown.extend(reversed(keys[max(start, end - limit_per_register) : end]))
        start = end
    if not shown:
        return {}, []
    rows = connection.execute(_lines_sql(state_tables), (json.dumps(shown),)).fetchall()
    order = {key: index for index, key in enumerate(shown)}
    rows.sort(key=lambda row: order[row[0]])
    # Every register found shows at least its newest line, which names the register.
    codes = {search_fts.slot_of(row[0]): row[2] for row in rows}
    totals = {codes[slot]: count for slot, count in runs if slot in codes}
    return totals, [_line(row, label) for row in rows]


def matching_keys(connection: Sqlite, terms: SearchTerms) -> list[int]:
    """Sort keys of the entries matching every term, ascending."""
    exact = [str(n.number) for n in terms.numbers]
    exact += [date_word(n.day) for n in terms.numbers if n.day is not None]
    expression = search_fts.match_expression(terms.words, dict.fromkeys(exact))
    if not expression:
        return []
    keys = [row[0] for row in connection.execute(search_fts.FTS_MATCH, (expression,))]
    if terms.numbers:
        keys = [k for k in keys if all(_number_holds(k, n) for n in terms.numbers)]
        prefixed = [n.prefix for n in terms.numbers if n.prefix]
        if keys and prefixed:
            found = connection.execute(_PREFIXES, (json.dumps(keys),)).fetchall()
            allowed = {key for key, prefix in found if all(fold(prefix) == p for p in prefixed)}
            keys = [k for k in keys if k in allowed]
    return keys


def _number_holds(key: int, term: NumberTerm) -> bool:
    """The number and year parts of a typed registration number (the day is a word of FTS5)."""
    if search_fts.number_of(key) != term.number:
        return False
    return term.year is None or search_fts.year_of(key) == term.year


def _lines_sql(state_tables: Mapping[str, str]) -> str:
    """The shown lines with their states; the one parameter: the keys (JSON).

    The state is read only from the line's own register's table (one primary-key probe a line).
    """
    return _lines_sql_for(tuple(sorted(state_tables.items())))


@lru_cache(maxsize=8)
def _lines_sql_for(state_tables: tuple[tuple[str, str], ...]) -> str:
    for code, table in state_tables:
        if not (code.isidentifier() and table.isidentifier()):
            raise ValueError(f"not a register code and table name: {code!r}, {table!r}")
    cases = "".join(
        f" WHEN '{code}' THEN (SELECT state FROM {table} WHERE entry_id = e.id)"
        for code, table in state_tables
    )
    state = f"CASE e.register_code{cases} END" if state_tables else "NULL"
    return (
        "SELECT c.id, e.id, e.register_code, e.number, e.number_prefix, e.registered_on,"
        f" e.correspondent_name, e.subject, e.status, {state}"
        f" FROM {_CONTENT} AS c JOIN registry_entry AS e ON e.id = c.c1"
        " WHERE c.id IN (SELECT value FROM json_each(?))"
    )


def printed_number(number: int, registered_on: str, prefix: str | None) -> str:
    """`format_registry_number` from the stored ISO date (`2026-01-15`), without strftime: a
    quarter of the time of a whole line otherwise (equality tested)."""
    day = f"{registered_on[8:10]}.{registered_on[5:7]}.{registered_on[:4]}"
    return f"{number}/{prefix}/{day}" if prefix else f"{number}/{day}"


def _line(row: tuple, label: StateLabel) -> SearchLine:  # type: ignore[type-arg]
    _key, entry_id, code, number, prefix, registered, name, subject, status, state = row
    annulled = status == EntryStatus.ANNULLED
    return SearchLine(
        entry_id=entry_id,
        register_code=code,
        number_text=printed_number(number, registered, prefix),
        registered_on=date.fromisoformat(registered),
        name=name,
        subject=short_subject(subject),
        annulled=annulled,
        state=label(code, state, annulled),
    )
