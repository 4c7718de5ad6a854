"""The same core on PostgreSQL: Alembic migrations, gapless numbering under concurrent writers
(the counter row lock), and Romanian text stored intact. Each test gets a new empty database.

The server comes from tests/db/conftest.py (a throw-away local cluster, or CIC_TEST_PG_URL); without
PostgreSQL binaries these tests are skipped, not failed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from cic_desktop.clock import FixedClock
from cic_desktop.config import resolve_db_target
from cic_desktop.core import CicCore
from cic_desktop.domain.deadlines import compute_deadline
from cic_desktop.dto import DayOffData, InstitutionData, OfficialData, StaffData
from cic_desktop.storage import check_report
from db.base import Base
from db.migrate import SchemaState, head_revision, schema_status
from db.models import SequenceCounter

pytestmark = pytest.mark.postgres

TODAY = date(2026, 11, 27)  # a Friday


def open_core(url: str) -> CicCore:
    return CicCore.open(resolve_db_target(url), clock=FixedClock(TODAY))


def first_run(core: CicCore, institution: InstitutionData | None = None) -> None:
    core.settings.complete_first_run(
        institution or InstitutionData(commune="Sânmartin", county="Bihor"), ["Maria Ionescu"], []
    )
    core.set_current_user(core.settings.staff()[0].id)


@pytest.fixture
def pg_core(fresh_pg_url: str) -> Iterator[CicCore]:
    core = open_core(fresh_pg_url)
    try:
        yield core
    finally:
        core.close()


def register(core: CicCore, register_code: str = "petitions", **fields: object):  # noqa: ANN201
    values: dict[str, object] = {
        "subject": "Cerere",
        "correspondent_name": "Ștefan Pop",
        "deadline_rule": "OG27_ANSWER_30",
    }
    values.update(fields)
    return core.registry.register(register_code, **values)


# -- schema ---------------------------------------------------------------------------------------


def test_url_is_a_url_and_opening_migrates_to_head(fresh_pg_url: str) -> None:
    target = resolve_db_target(fresh_pg_url)
    assert target.url == fresh_pg_url and target.path is None

    with open_core(fresh_pg_url) as core:
        assert core.engine.dialect.name == "postgresql"
        status = schema_status(core.engine)
        assert status.state is SchemaState.CURRENT
        assert status.current == status.head == head_revision()
        assert core.migration_backup is None  # backups are for SQLite files

    report = check_report(target)
    assert report.ok, report.lines
    assert any("la zi" in line for line in report.lines)

    with open_core(fresh_pg_url) as again:  # a second open finds it current and changes nothing
        assert schema_status(again.engine).state is SchemaState.CURRENT


def test_migrated_schema_matches_the_models(pg_core: CicCore) -> None:
    with pg_core.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


# -- numbering ------------------------------------------------------------------------------------


def test_numbers_are_one_two_three_with_dated_text(pg_core: CicCore) -> None:
    first_run(pg_core)
    entries = [register(pg_core) for _ in range(3)]

    assert [e.number for e in entries] == [1, 2, 3]
    assert [e.number_text for e in entries] == ["1/27.11.2026", "2/27.11.2026", "3/27.11.2026"]
    assert all(e.year == 2026 and e.registered_on == TODAY for e in entries)
    assert entries[0].correspondent_name == "Ștefan Pop"
    expected = compute_deadline("OG27_ANSWER_30", TODAY, pg_core.calendar.working_calendar())
    assert entries[0].legal_deadline == expected.legal_deadline
    assert entries[0].internal_target == expected.internal_target
    assert [e.number for e in pg_core.registry.entries("petitions", 2026)] == [1, 2, 3]


def test_an_annulled_number_is_kept_and_never_reused(pg_core: CicCore) -> None:
    first_run(pg_core)
    one, two, three = (register(pg_core) for _ in range(3))

    annulled = pg_core.registry.annul(two.id, "Înregistrare greșită, dublură")
    assert annulled.status == "annulled" and annulled.number == 2
    assert annulled.annul_reason == "Înregistrare greșită, dublură"

    fourth = register(pg_core)
    assert fourth.number == 4
    listed = pg_core.registry.entries("petitions", 2026)
    assert [(e.number, e.status) for e in listed] == [
        (1, "active"),
        (2, "annulled"),
        (3, "active"),
        (4, "active"),
    ]


def test_registers_share_the_general_sequence_and_audiences_have_their_own(
    pg_core: CicCore,
) -> None:
    first_run(pg_core)
    petition = register(pg_core, "petitions")
    info = register(pg_core, "public_info", deadline_rule="544_ANSWER_10")
    audience = register(pg_core, "audiences", deadline_rule=None)
    assert (petition.number, info.number, audience.number) == (1, 2, 1)


def test_number_prefix_appears_in_the_number_text(pg_core: CicCore) -> None:
    first_run(pg_core, InstitutionData(commune="Sânmartin", county="Bihor", number_prefix="CIC"))
    assert register(pg_core).number_text == "1/CIC/27.11.2026"


def test_concurrent_writers_get_exactly_one_to_n(fresh_pg_url: str) -> None:
    """Several clerks' programs on one server: the counter row lock serializes the numbers.

    The year's counter row does not exist yet when the threads start, so the first-number race
    (two inserts of the same counter row) is exercised too.
    """
    threads_count, per_thread = 4, 8
    with open_core(fresh_pg_url) as setup:
        first_run(setup)
        staff_id = setup.settings.staff()[0].id

    cores = [open_core(fresh_pg_url) for _ in range(threads_count)]
    start = threading.Barrier(threads_count)
    numbers: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def clerk(core: CicCore, index: int) -> None:
        try:
            core.set_current_user(staff_id)
            start.wait(timeout=30)
            for i in range(per_thread):
                entry = register(core, subject=f"Cerere {index}.{i} – ședință", deadline_rule=None)
                with lock:
                    numbers.append(entry.number)
        except BaseException as error:  # noqa: BLE001 - reported by the main thread
            with lock:
                errors.append(error)

    workers = [threading.Thread(target=clerk, args=(c, n)) for n, c in enumerate(cores)]
    try:
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=120)
        assert not any(w.is_alive() for w in workers), "a writer is stuck"
    finally:
        for core in cores:
            core.close()

    assert errors == []
    total = threads_count * per_thread
    assert sorted(numbers) == list(range(1, total + 1))

    with open_core(fresh_pg_url) as check:
        stored = [e.number for e in check.registry.entries("petitions", 2026)]
        assert stored == list(range(1, total + 1))
        with check.read() as session:
            counter = session.execute(
                select(SequenceCounter).where(SequenceCounter.year == 2026)
            ).scalar_one()
            assert counter.last_number == total
            assert counter.last_registered_on == TODAY


# -- text -----------------------------------------------------------------------------------------


def test_settings_round_trip_with_diacritics(fresh_pg_url: str) -> None:
    institution = InstitutionData(
        commune="Sânmartin",
        county="Bihor",
        address="Str. Ștefan cel Mare nr. 1, Sâniob – ȘȚĂÂÎ șțăâî",
        public_hours="Luni–Joi 8:00–16:00\nVineri 8:00–14:00",
        responsible_544="Țurcanu Ioana-Mădălina",
        responsible_52="Bălănescu Ștefănel",
        number_prefix="CIC",
    )
    with open_core(fresh_pg_url) as core:
        core.settings.complete_first_run(
            institution,
            ["Maria Ionescu", "Ștefan Țăranu"],
            [OfficialData(role="mayor", name="Ion Țurcanu")],
        )
        core.set_current_user(core.settings.staff()[0].id)
        core.settings.save_staff(StaffData(name="Ană Îndrăgită", job_title="Inspector în CIC"))
        core.settings.add_day_off(date(2026, 12, 31), "Zi liberă – HG nr. 1.234/2026, punte")

    with open_core(fresh_pg_url) as reopened:  # a new engine: nothing served from memory
        saved = reopened.settings.institution()
        assert saved == replace(institution, email="", cif="")
        assert {s.name for s in reopened.settings.staff()} == {
            "Ană Îndrăgită",
            "Maria Ionescu",
            "Ștefan Țăranu",
        }
        assert [s.job_title for s in reopened.settings.staff() if s.name.startswith("Ană")] == [
            "Inspector în CIC"
        ]
        assert {(o.role, o.name) for o in reopened.settings.officials()} == {
            ("mayor", "Ion Țurcanu")
        }
        assert reopened.settings.days_off(2026) == [
            DayOffData(date(2026, 12, 31), "Zi liberă – HG nr. 1.234/2026, punte")
        ]
