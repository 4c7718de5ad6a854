"""One search across all registers: by registration number, by name, by words of the subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cic_desktop.errors import ValidationError
from cic_desktop.labels import ANNULLED_LABEL, AUDIENCE_STATE, INFO_STATE, PETITION_STATE, REGISTER
from cic_desktop.search import query_fts, query_words
from cic_desktop.search.query import SearchGroup, SearchLine, SearchResults
from cic_desktop.search.words import SearchTerms, parse_query
from cic_desktop.storage import translated_errors
from db.models import Audience, InfoRequest, Petition
from db.queries import search_fts

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

__all__ = ["SearchGroup", "SearchLine", "SearchResults", "SearchService"]

MAX_TEXT = 500
MAX_LIMIT = 1000
# Where a register keeps the state of its cases, and the Romanian words for it. A register not
# listed here shows no state (only „anulată” when annulled).
STATES: dict[str, tuple[type, dict]] = {  # type: ignore[type-arg]
    "petitions": (Petition, PETITION_STATE),
    "public_info": (InfoRequest, INFO_STATE),
    "audiences": (Audience, AUDIENCE_STATE),
}

# The same, as each engine wants it.
_STATE_TABLES = {code: model.__tablename__ for code, (model, _labels) in STATES.items()}
_STATE_MODELS = {code: model for code, (model, _labels) in STATES.items()}


def register_order(code: str) -> tuple[int, str]:
    """Registers in the order of their labels (petitions first); unknown ones after, by code."""
    order = [str(c) for c in REGISTER]
    return (order.index(code), "") if code in order else (len(order), code)


class SearchService:
    def __init__(self, core: CicCore) -> None:
        self._core = core
        self._fts: bool | None = None  # which index this database has, read at the first search

    def find(self, text: str, limit_per_register: int = 50) -> SearchResults:
        """Entries where every typed word starts a word of the number, name or subject.

        Case and diacritics do not matter (ș ş s, ț ţ t, ă â a, î i). `123/2026`, `123/15.01.2026`
        and `123/CIC/15.01.2026` look for that registration number. Groups follow the register
        order; each holds the newest `limit_per_register` lines and the count of all matches.
        """
        if not 1 <= limit_per_register <= MAX_LIMIT:
            raise ValidationError(
                "limit_per_register",
                f"Numărul de rezultate pe registru trebuie să fie între 1 și {MAX_LIMIT}.",
            )
        text = (text or "")[:MAX_TEXT]
        terms = parse_query(text)
        if terms.empty:
            return SearchResults(text)
        totals, lines = self._find_lines(terms, limit_per_register)
        by_register: dict[str, list[SearchLine]] = {}
        for line in lines:
            by_register.setdefault(line.register_code, []).append(line)
        groups = tuple(
            SearchGroup(code, totals[code], tuple(by_register[code]))
            for code in sorted(by_register, key=register_order)
        )
        return SearchResults(text, groups)

    def _find_lines(
        self, terms: SearchTerms, limit_per_register: int
    ) -> tuple[dict[str, int], list[SearchLine]]:
        """SQLite: the FTS5 engine on a bare pooled connection; other databases: the word table."""
        core = self._core
        if self._fts is None:
            with core.engine.connect() as connection:
                self._fts = search_fts.uses_fts(connection)
        if self._fts:
            with (
                translated_errors(core.target.describe()),
                query_fts.sqlite_read(core.engine) as db,
            ):
                return query_fts.find_lines(
                    db, terms, limit_per_register, _STATE_TABLES, state_label
                )
        with core.read() as session:
            return query_words.find_lines(
                session, terms, limit_per_register, _STATE_MODELS, state_label
            )


def state_label(code: str, state: str | None, annulled: bool) -> str:
    """What a line says of its case: „anulată”, or the state in the register's own words."""
    if annulled:
        return ANNULLED_LABEL
    labels = STATES.get(code, (None, {}))[1]
    return labels.get(state, "") if state else ""
