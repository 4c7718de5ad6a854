"""Keeps `search_word` in step with `registry_entry`, whatever code path writes the entries.

A listener on every ORM Session's `after_flush` looks at the RegistryEntry objects the flush
inserted, or whose number, prefix, date, name or subject it changed, and rewrites their words in
the same transaction. Registers, importers and future modules build RegistryEntry rows as they like
and are indexed without knowing about it. (Bulk Core `insert()`/`update()` statements bypass the
ORM and are not seen: the code base does not use them for entries.)
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, event, insert, inspect
from sqlalchemy.orm import Session

from db.models import RegistryEntry, SearchWord
from db.queries.search_words import entry_words, word_rows

WORD_FIELDS = ("number", "number_prefix", "registered_on", "correspondent_name", "subject")
_TABLE = SearchWord.__table__
_CHUNK = 500  # ids per DELETE … IN (…), under every dialect's parameter limit


def words_of(entry: RegistryEntry) -> set[str]:
    return entry_words(
        entry.number,
        entry.number_prefix,
        entry.registered_on,
        entry.correspondent_name,
        entry.subject,
    )


def _words_changed(entry: RegistryEntry) -> bool:
    state = inspect(entry)
    return any(state.attrs[name].history.has_changes() for name in WORD_FIELDS)


def _after_flush(session: Session, _context: Any) -> None:
    inserted = [obj for obj in session.new if isinstance(obj, RegistryEntry)]
    changed = [
        obj for obj in session.dirty if isinstance(obj, RegistryEntry) and _words_changed(obj)
    ]
    if not inserted and not changed:
        return
    connection = session.connection()
    changed_ids = [obj.id for obj in changed]
    for start in range(0, len(changed_ids), _CHUNK):
        chunk = changed_ids[start : start + _CHUNK]
        connection.execute(delete(_TABLE).where(_TABLE.c.entry_id.in_(chunk)))
    rows = [row for obj in (*inserted, *changed) for row in word_rows(obj.id, words_of(obj))]
    if rows:
        connection.execute(insert(_TABLE), rows)


def install() -> None:
    """Listen on every Session (idempotent): the app's sessions all come from sessionmakers."""
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)


install()
