"""The two search engines give the same answers: FTS5 (what SQLite databases use) and the portable
word table (what PostgreSQL uses), both run here on one SQLite database holding both indexes.
PostgreSQL itself is compared in tests/db/test_postgres_search.py when a server is available."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cic_desktop.core import CicCore
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.search import query_fts, query_words
from cic_desktop.search.index import IndexedEntry, words_add
from cic_desktop.search.query import SearchLine
from cic_desktop.search.words import parse_query
from cic_desktop.services.search import STATES
from db.models import RegistryEntry

NAMES = "Ștefan Ştefan Ana Țurcanu Ţurcanu Popa Popescu Pop Ionescu Stan Stănescu Mureșan".split()
WORDS = (
    "cerere sesizare iluminat strada Morii școlii câini fără stăpân drum drumul nr 150 15 1500 "
    "adeverință rol agricol AND or NOT near investițiilor"
).split()
REGISTERS = ("petitions", "public_info", "audiences")
ENTRIES = 240


def fill(core: CicCore, seed: int = 11) -> list[IndexedEntry]:
    rng = random.Random(seed)
    numbers: dict[tuple[str, int], int] = {}
    made: list[RegistryEntry] = []
    with core.write() as session:
        for _ in range(ENTRIES):
            code, year = rng.choice(REGISTERS), rng.choice((2019, 2025, 2026))
            numbers[code, year] = numbers.get((code, year), 0) + rng.choice((1, 1, 1, 7))
            day = date(year, 1, 1) + timedelta(days=rng.randrange(0, 40))
            entry = RegistryEntry(
                register_code=code,
                year=year,
                number=numbers[code, year],
                number_prefix=rng.choice(("", "", "CIC", "cic-A")),
                registered_on=day,
                received_on=day,
                subject=", ".join(rng.choices(WORDS, k=rng.randrange(0, 5))),
                correspondent_name=" ".join(rng.choices(NAMES, k=rng.randrange(0, 3))),
                status=rng.choice(("active", "active", "annulled")),
                imported=True,
                created_at=datetime(2026, 1, 2, 9),
            )
            session.add(entry)
            made.append(entry)
        session.flush()
        indexed = [
            IndexedEntry(
                e.id,
                e.register_code,
                e.year,
                e.number,
                e.number_prefix,
                e.registered_on,
                e.correspondent_name,
                e.subject,
            )
            for e in made
        ]
        words_add(session.connection(), indexed)  # the word table too, as on PostgreSQL
    return indexed


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> CicCore:  # type: ignore[misc]
    from cic_desktop.clock import FixedClock
    from cic_desktop.config import DbTarget

    path = tmp_path_factory.mktemp("engines") / "cic.sqlite"
    core = CicCore.open(DbTarget(url=None, path=path), clock=FixedClock(date(2026, 2, 1)))
    fill(core)
    yield core
    core.close()


def fts_answer(core: CicCore, text: str, limit: int) -> tuple[dict[str, int], list[SearchLine]]:
    tables = {code: model.__tablename__ for code, (model, _labels) in STATES.items()}
    with query_fts.sqlite_read(core.engine) as connection:
        totals, lines = query_fts.find_lines(connection, parse_query(text), limit, tables)
    return totals, by_register(lines)


def words_answer(core: CicCore, text: str, limit: int) -> tuple[dict[str, int], list[SearchLine]]:
    models = {code: model for code, (model, _labels) in STATES.items()}
    with core.read() as session:
        totals, lines = query_words.find_lines(session, parse_query(text), limit, models)
    return totals, by_register(lines)


def by_register(lines: list[SearchLine]) -> list[SearchLine]:
    """The engines list registers in different orders (the service sorts them): compare each
    register's lines in their own order (newest first)."""
    return sorted(lines, key=lambda line: line.register_code)


def typed(word: str, data: st.DataObject) -> str:
    start = word[: data.draw(st.integers(1, len(word)))]
    return start.upper() if data.draw(st.booleans()) else start.lower()


@st.composite
def queries(draw: st.DrawFn) -> str:
    day = date(draw(st.sampled_from((2019, 2025, 2026))), 1, 1) + timedelta(
        days=draw(st.integers(0, 45))
    )
    number = draw(st.integers(1, 40))
    term = st.one_of(
        st.sampled_from(NAMES + WORDS).flatmap(
            lambda w: st.integers(1, len(w)).map(lambda n: w[:n])
        ),
        st.just(str(number)),
        st.just(f"{number}/{day.year}"),
        st.just(f"{number}/{day:%d.%m.%Y}"),
        st.just(f"{number}/CIC/{day:%d.%m.%Y}"),
        st.just(f"{number}/cic-a/{day:%d.%m.%Y}"),
        st.just(f"{day:%d.%m}"),
        st.just(f"{day:%d.%m.%Y}"),
        st.text(alphabet="abcșțîă.-/ 1", min_size=1, max_size=6),
    )
    return " ".join(draw(st.lists(term, min_size=1, max_size=3)))


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=queries(), limit=st.sampled_from((1, 3, 50)))
def test_fts5_and_the_word_table_find_the_same(both: CicCore, text: str, limit: int) -> None:
    assert fts_answer(both, text, limit) == words_answer(both, text, limit)


def test_the_generated_queries_do_find_things(both: CicCore) -> None:
    """Guard for the property above: the data set answers queries, so agreeing is not trivial."""
    totals, lines = fts_answer(both, "ste", 50)
    assert sum(totals.values()) > 20 and len(lines) > 20
    assert {line.register_code for line in lines} == set(REGISTERS)
    assert any(line.annulled for line in lines)
    assert fts_answer(both, "and or not", 50) == words_answer(both, "and or not", 50)


@given(
    number=st.integers(1, 10**9 - 1),
    day=st.dates(date(1900, 1, 1), date(9999, 12, 31)),
    prefix=st.sampled_from(("", "CIC", "cic-A", "X1")),
)
def test_the_printed_number_is_the_registry_format(number: int, day: date, prefix: str) -> None:
    expected = format_registry_number(number, day, prefix)
    assert query_fts.printed_number(number, day.isoformat(), prefix) == expected
