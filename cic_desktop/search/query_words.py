"""The search on the portable word table `search_word` (PostgreSQL; any server database).

Each word is a range scan on the primary key of `search_word` (`word >= 'ste' AND word < 'stf'`);
several terms intersect their entry ids. Only the newest `limit` lines of each register are read in
full, so a word found in 60,000 entries costs a count and a bounded sort, not 60,000 rows.
Plain SQL that SQLite and PostgreSQL both run (PostgreSQL compares words with COLLATE "C"), so the
tests can hold it against the FTS5 engine on SQLite.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Select, func, intersect, select, union_all
from sqlalchemy.orm import Session

from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.search.query import SearchLine, StateLabel, raw_state, short_subject
from cic_desktop.search.words import SearchTerms
from db.enums import EntryStatus
from db.models import RegistryEntry, SearchWord
from db.queries.search_words import word_condition


def matching_ids(terms: SearchTerms, dialect: str) -> Select[tuple[int]]:
    """Ids of the entries having a word for every term (before the number filters)."""
    word = SearchWord.word
    selects = [
        select(SearchWord.entry_id).where(word_condition(word, w, exact=False, dialect=dialect))
        for w in terms.words
    ]
    selects += [
        select(SearchWord.entry_id).where(
            word_condition(word, str(n.number), exact=True, dialect=dialect)
        )
        for n in terms.numbers
    ]
    if len(selects) == 1:
        return selects[0]
    return select(intersect(*selects).subquery().c.entry_id)


def _number_filters(terms: SearchTerms) -> list:  # type: ignore[type-arg]
    entry = RegistryEntry
    filters = []
    for term in terms.numbers:
        filters.append(entry.number == term.number)
        if term.year is not None:
            filters.append(entry.year == term.year)
        if term.day is not None:
            filters.append(entry.registered_on == term.day)
        if term.prefix:
            filters.append(func.lower(entry.number_prefix) == term.prefix)
    return filters


def find_lines(
    session: Session,
    terms: SearchTerms,
    limit_per_register: int,
    state_tables: Mapping[str, type],
    label: StateLabel = raw_state,
) -> tuple[dict[str, int], list[SearchLine]]:
    """Totals per register, then the newest `limit_per_register` lines of each register found.

    Newest first is the register's own order backwards (year, then number): numbers are issued in
    date order within a year. Each register's lines are one ORDER BY … LIMIT (a bounded sort,
    or a walk of the (register, year, number) index that stops early), not a sort of every match.
    """
    if terms.empty:
        return {}, []
    dialect = session.get_bind().dialect.name
    entry = RegistryEntry
    filters = [entry.id.in_(matching_ids(terms, dialect)), *_number_filters(terms)]
    totals = {
        code: int(count)
        for code, count in session.execute(
            select(entry.register_code, func.count()).where(*filters).group_by(entry.register_code)
        )
    }
    if not totals:
        return {}, []
    columns = (
        entry.id,
        entry.register_code,
        entry.year,
        entry.number,
        entry.number_prefix,
        entry.registered_on,
        entry.correspondent_name,
        entry.subject,
        entry.status,
    )
    tops = [
        select(*columns)
        .where(entry.register_code == code, *filters)
        .order_by(entry.year.desc(), entry.number.desc())
        .limit(limit_per_register)
        .subquery()
        for code in sorted(totals)
    ]
    parts = [select(*top.c) for top in tops]
    statement = parts[0] if len(parts) == 1 else union_all(*parts)
    # UNION ALL promises no order: put each register's lines back newest first.
    rows = sorted(
        session.execute(statement).all(), key=lambda r: (r.register_code, -r.year, -r.number)
    )
    states = _states(session, rows, state_tables)
    lines = [
        SearchLine(
            entry_id=row.id,
            register_code=row.register_code,
            number_text=format_registry_number(row.number, row.registered_on, row.number_prefix),
            registered_on=row.registered_on,
            name=row.correspondent_name,
            subject=short_subject(row.subject),
            annulled=(annulled := row.status == EntryStatus.ANNULLED),
            state=label(row.register_code, states.get(row.id), annulled),
        )
        for row in rows
    ]
    return totals, lines


def _states(session: Session, rows: list, state_tables: Mapping[str, type]) -> dict[int, str]:  # type: ignore[type-arg]
    """The state of each shown line from its register's own table (a few dozen primary keys)."""
    states: dict[int, str] = {}
    for code, model in state_tables.items():
        ids = [row.id for row in rows if row.register_code == code]
        if ids:
            found = session.execute(
                select(model.entry_id, model.state).where(model.entry_id.in_(ids))  # type: ignore[attr-defined]
            )
            states.update({entry_id: state for entry_id, state in found})
    return states
