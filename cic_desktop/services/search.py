"""One search across all registers: by registration number, by name, by words of the subject."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from cic_desktop.errors import ValidationError
from cic_desktop.labels import ANNULLED_LABEL, AUDIENCE_STATE, INFO_STATE, PETITION_STATE, REGISTER
from cic_desktop.search.query import SearchGroup, SearchLine, SearchResults, find_lines
from cic_desktop.search.words import parse_query
from db.models import Audience, InfoRequest, Petition

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


def register_order(code: str) -> tuple[int, str]:
    """Registers in the order of their labels (petitions first); unknown ones after, by code."""
    order = [str(c) for c in REGISTER]
    return (order.index(code), "") if code in order else (len(order), code)


class SearchService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

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
        tables = {code: model for code, (model, _labels) in STATES.items()}
        with self._core.read() as session:
            totals, lines = find_lines(session, terms, limit_per_register, tables)
        by_register: dict[str, list[SearchLine]] = {}
        for line in lines:
            by_register.setdefault(line.register_code, []).append(_labelled(line))
        groups = tuple(
            SearchGroup(code, totals[code], tuple(by_register[code]))
            for code in sorted(by_register, key=register_order)
        )
        return SearchResults(text, groups)


def _labelled(line: SearchLine) -> SearchLine:
    if line.annulled:
        return replace(line, state=ANNULLED_LABEL)
    labels = STATES.get(line.register_code, (None, {}))[1]
    return replace(line, state=labels.get(line.state, ""))
