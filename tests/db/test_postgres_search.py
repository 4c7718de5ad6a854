"""The one search on PostgreSQL gives what it gives on SQLite: same entries, same groups, same
order, also when the database sorts text by Romanian language rules (the words are compared with
COLLATE "C" there, so `15.0` never takes `150`). Skipped without PostgreSQL (tests/db/conftest.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget, resolve_db_target
from cic_desktop.core import CicCore
from cic_desktop.dto import InstitutionData
from tests.db.conftest import PgServer

pytestmark = pytest.mark.postgres

QUERIES = [
    "stefan",
    "ȘTEF ţurc",
    "pop ste",
    "s",
    "iluminat str",
    "150",
    "15",
    "1/2026",
    "12/2026",
    "15.0",
    "02.03",
    "02.03.2026",
    "cic",
    "nimeni",
]
PEOPLE = [
    ("Ștefan Țurcanu", "Iluminat public pe strada Morii"),
    ("ŞTEFAN POPESCU", "Cerere adeverință rol agricol"),
    ("Ana Stan", "Sesizare: câini fără stăpân, str. Școlii nr. 150"),
    ("Popa Ștefania", "Lista investițiilor din 15.01.2026"),
    ("Ion Vasile", "Solicit repararea drumului"),
]


def fill(core: CicCore) -> None:
    core.settings.complete_first_run(
        InstitutionData(commune="Sânmartin", county="Bihor"), ["Maria Ionescu"], []
    )
    core.set_current_user(core.settings.staff()[0].id)
    for day, code in ((2, "petitions"), (3, "public_info")):
        core.clock.advance_to(date(2026, 3, day))  # type: ignore[attr-defined]
        for name, subject in PEOPLE * 3:
            core.registry.register(code, subject=subject, correspondent_name=name)
    institution = core.settings.institution()
    from dataclasses import replace

    core.settings.save_institution(replace(institution, number_prefix="CIC"))
    core.registry.register("petitions", subject="Cerere", correspondent_name="Ștefan Pop")


def answers(core: CicCore) -> dict[str, list[tuple[str, int, list[tuple[str, str, str]]]]]:
    result = {}
    for text in QUERIES:
        found = core.search.find(text, limit_per_register=7)
        result[text] = [
            (g.register_code, g.total, [(x.number_text, x.name, x.state) for x in g.lines])
            for g in found.groups
        ]
    return result


@pytest.fixture
def sqlite_answers(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    path = tmp_path_factory.mktemp("search") / "cic.sqlite"
    with CicCore.open(DbTarget(url=None, path=path), clock=FixedClock(date(2026, 3, 2))) as core:
        fill(core)
        return answers(core)


@pytest.fixture
def romanian_collation_url(pg_server: PgServer) -> Iterator[str]:
    """A database sorting text by Romanian rules ignoring punctuation (ICU, like glibc's ro_RO),
    where a plain range scan would misfire."""
    if not pg_server.can_create_databases:
        pytest.skip("the server does not let us create a database with a Romanian collation")
    name = "cic_test_search_ro"
    with pg_server._admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        try:
            conn.execute(
                f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                "LOCALE_PROVIDER icu ICU_LOCALE 'ro-RO-u-ka-shifted' LOCALE 'C'"
            )
        except Exception as error:  # noqa: BLE001 - a server without ICU
            pytest.skip(f"no ICU collation on this server: {error}")
    try:
        yield pg_server.url(name)
    finally:
        with pg_server._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_postgres_finds_what_sqlite_finds(fresh_pg_url: str, sqlite_answers: dict) -> None:  # type: ignore[type-arg]
    with CicCore.open(resolve_db_target(fresh_pg_url), clock=FixedClock(date(2026, 3, 2))) as core:
        fill(core)
        assert answers(core) == sqlite_answers
    assert sqlite_answers["nimeni"] == [] and sqlite_answers["stefan"][0][1] == 10


def test_romanian_collation_does_not_change_the_results(
    romanian_collation_url: str,
    sqlite_answers: dict,  # type: ignore[type-arg]
) -> None:
    with CicCore.open(
        resolve_db_target(romanian_collation_url), clock=FixedClock(date(2026, 3, 2))
    ) as core:
        with core.read() as session:
            collation = session.connection().exec_driver_sql(
                "SELECT datlocprovider FROM pg_database WHERE datname = current_database()"
            )
            assert collation.scalar() == "i"
        fill(core)
        assert answers(core) == sqlite_answers
