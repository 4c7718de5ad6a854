"""Keeps the word index in step with `registry_entry`, whatever code path writes the entries.

A listener on every ORM Session's `after_flush` looks at the RegistryEntry objects the flush
inserted, or whose number, prefix, date, name or subject (or register and year, which place the
entry in SQLite's sort keys) it changed, and rewrites their words in the same transaction.
Registers, importers and future modules build RegistryEntry rows as they like and are indexed
without knowing about it. (Bulk Core `insert()`/`update()` statements bypass the ORM and are not
seen: the code base does not use them for entries.)

Where the words go depends on the database: SQLite keeps them in the FTS5 table of
`db.queries.search_fts`, others in `search_word`. Both get the same `entry_words`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, delete, event, func, insert, inspect, select
from sqlalchemy.orm import Session

from db.models import RegistryEntry, SearchWord
from db.models.search import SearchRegister
from db.queries import search_fts
from db.queries.search_words import entry_words, word_rows

WORD_FIELDS = ("number", "number_prefix", "registered_on", "correspondent_name", "subject")
KEY_FIELDS = ("register_code", "year", "number")
_TABLE = SearchWord.__table__
_CHUNK = 500  # ids per DELETE … IN (…), under every dialect's parameter limit


@dataclass(frozen=True)
class IndexedEntry:
    """What the index needs of an entry (also built from plain rows by tests and tools)."""

    id: int
    register_code: str
    year: int
    number: int
    number_prefix: str | None
    registered_on: date
    correspondent_name: str | None
    subject: str | None

    @property
    def words(self) -> set[str]:
        return entry_words(
            self.number,
            self.number_prefix,
            self.registered_on,
            self.correspondent_name,
            self.subject,
        )


def words_of(entry: RegistryEntry) -> set[str]:
    return _indexed(entry).words


def _indexed(entry: RegistryEntry) -> IndexedEntry:
    return IndexedEntry(
        entry.id,
        entry.register_code,
        entry.year,
        entry.number,
        entry.number_prefix,
        entry.registered_on,
        entry.correspondent_name,
        entry.subject,
    )


def _changed(entry: RegistryEntry, fields: Sequence[str]) -> bool:
    state = inspect(entry)
    return any(state.attrs[name].history.has_changes() for name in fields)


def _old_key_values(entry: RegistryEntry) -> tuple[str, int, int] | None:
    """(register, year, number) before this flush; None when an old value was never loaded."""
    state = inspect(entry)
    values = []
    for name in KEY_FIELDS:
        history = state.attrs[name].history
        if history.deleted:
            values.append(history.deleted[0])
        elif history.added:
            return None  # changed, old value unknown
        else:
            values.append(getattr(entry, name))
    return values[0], values[1], values[2]


def _after_flush(session: Session, _context: Any) -> None:
    inserted = [obj for obj in session.new if isinstance(obj, RegistryEntry)]
    changed = [
        obj
        for obj in session.dirty
        if isinstance(obj, RegistryEntry) and _changed(obj, (*WORD_FIELDS, *KEY_FIELDS))
    ]
    if not inserted and not changed:
        return
    connection = session.connection()
    if search_fts.uses_fts(connection):
        old_keys = {obj.id: _old_key_values(obj) for obj in changed}
        fts_forget(connection, old_keys)
    else:
        words_forget(connection, [obj.id for obj in changed])
    index_entries(connection, [_indexed(obj) for obj in (*inserted, *changed)])


def index_entries(connection: Connection, entries: Sequence[IndexedEntry]) -> None:
    """Add the words of entries not in the index (yet, or any more) on this database."""
    if search_fts.uses_fts(connection):
        fts_add(connection, entries)
    else:
        words_add(connection, entries)


# -- SQLite: the FTS5 table ------------------------------------------------------------------------


def register_slots(connection: Connection, codes: Iterable[str]) -> dict[str, int]:
    """The sort-key slot of each register, giving the next free one to a register seen first."""
    table = SearchRegister.__table__
    wanted = set(codes)
    slots = {
        code: slot
        for code, slot in connection.execute(
            select(table.c.code, table.c.slot).where(table.c.code.in_(sorted(wanted)))
        )
    }
    for code in sorted(wanted - set(slots)):
        last = connection.execute(select(func.max(table.c.slot))).scalar() or 0
        connection.execute(insert(table), {"code": code, "slot": last + 1})
        slots[code] = last + 1
    return slots


def fts_add(connection: Connection, entries: Sequence[IndexedEntry]) -> None:
    if not entries:
        return
    slots = register_slots(connection, {e.register_code for e in entries})
    connection.exec_driver_sql(
        search_fts.FTS_INSERT,
        [
            (
                search_fts.sort_key(slots[e.register_code], e.year, e.number),
                search_fts.document(e.words),
                e.id,
            )
            for e in entries
        ],
    )


def fts_forget(connection: Connection, old_keys: dict[int, tuple[str, int, int] | None]) -> None:
    """Remove entries by their key before the change (a scan only when it is not known)."""
    if not old_keys:
        return
    slots = register_slots(connection, {k[0] for k in old_keys.values() if k is not None})
    by_key = [
        (search_fts.sort_key(slots[k[0]], k[1], k[2]),) for k in old_keys.values() if k is not None
    ]
    if by_key:
        connection.exec_driver_sql(search_fts.FTS_DELETE, by_key)
    unknown = [(entry_id,) for entry_id, k in old_keys.items() if k is None]
    if unknown:
        connection.exec_driver_sql(search_fts.FTS_DELETE_ENTRY, unknown)


# -- other databases: the search_word table --------------------------------------------------------


def words_add(connection: Connection, entries: Sequence[IndexedEntry]) -> None:
    rows = [row for e in entries for row in word_rows(e.id, e.words)]
    if rows:
        connection.execute(insert(_TABLE), rows)


def words_forget(connection: Connection, entry_ids: Sequence[int]) -> None:
    for start in range(0, len(entry_ids), _CHUNK):
        chunk = entry_ids[start : start + _CHUNK]
        connection.execute(delete(_TABLE).where(_TABLE.c.entry_id.in_(chunk)))


def indexed_words(connection: Connection, entry_id: int) -> set[str]:
    """The words the index holds for an entry (checks and tools; a scan on SQLite)."""
    if search_fts.uses_fts(connection):
        found = connection.exec_driver_sql(search_fts.FTS_WORDS_OF_ENTRY, (entry_id,)).scalars()
        return {word for document in found for word in document.split()}
    return set(
        connection.execute(select(_TABLE.c.word).where(_TABLE.c.entry_id == entry_id)).scalars()
    )


def install() -> None:
    """Listen on every Session (idempotent): the app's sessions all come from sessionmakers."""
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)


install()
