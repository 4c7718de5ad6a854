"""Gapless yearly numbering: one general sequence, never reused, chronological, safe across processes."""

from __future__ import annotations

import multiprocessing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.errors import ValidationError
from db.models import RegistryEntry, SequenceCounter
from tests.conftest import configure
from tests.db.numbering_worker import register_many


def test_all_document_registers_share_the_general_sequence(configured_core: CicCore) -> None:
    core = configured_core
    a = core.registry.register("petitions", subject="Petiție")
    b = core.registry.register("public_info", subject="Cerere 544")
    c = core.registry.register("consultations", subject="Recomandare la proiect")
    assert [a.number, b.number, c.number] == [1, 2, 3]
    assert a.number_text == "1/27.11.2026"


def test_audiences_have_a_sequence_of_their_own(configured_core: CicCore) -> None:
    core = configured_core
    core.registry.register("petitions", subject="Petiție")
    audience = core.registry.register("audiences", subject="Înscriere în audiență")
    assert audience.number == 1
    assert core.registry.register("petitions", subject="Altă petiție").number == 2


def test_annulled_numbers_are_kept_and_never_reused(configured_core: CicCore) -> None:
    """SPEC R02: annul 57, the next is still 58."""
    core = configured_core
    entries = [core.registry.register("petitions", subject=f"Cerere {i}") for i in range(57)]
    annulled = core.registry.annul(entries[56].id, "Înregistrată din greșeală de două ori")
    assert annulled.number == 57 and annulled.status == "annulled"
    assert annulled.annul_reason == "Înregistrată din greșeală de două ori"
    assert core.registry.register("petitions", subject="Următoarea").number == 58
    assert [e.number for e in core.registry.entries("petitions")] == list(range(1, 59))
    history = core.registry.history(annulled.id)
    assert [h.action for h in history] == ["create", "annul"]
    assert all(h.user_name == "Maria Ionescu" for h in history)


def test_annulment_needs_a_reason_and_happens_once(configured_core: CicCore) -> None:
    core = configured_core
    entry = core.registry.register("petitions", subject="Cerere")
    with pytest.raises(ValidationError, match="Motivul anulării"):
        core.registry.annul(entry.id, "  ")
    core.registry.annul(entry.id, "Dublură a nr. anterior")
    with pytest.raises(ValidationError, match="deja anulată"):
        core.registry.annul(entry.id, "Încă o dată")


def test_numbers_restart_each_year(configured_core: CicCore, clock: FixedClock) -> None:
    """SPEC R01: after 1234/31.12.2025 the first of 2026 is 1/05.01.2026."""
    core = configured_core
    clock.advance_to(date(2025, 12, 31))
    with core.write() as session:
        session.add(
            SequenceCounter(
                sequence_code="general",
                year=2025,
                last_number=1233,
                last_registered_on=date(2025, 12, 30),
            )
        )
    assert core.registry.register("petitions", subject="Ultima din an").number_text == (
        "1234/31.12.2025"
    )
    first_working_day = core.calendar.working_calendar().roll(date(2026, 1, 1))
    assert first_working_day == date(2026, 1, 5)
    clock.advance_to(first_working_day)
    assert core.registry.register("petitions", subject="Prima din an").number_text == (
        "1/05.01.2026"
    )


def test_registration_never_goes_before_the_previous_numbers_date(
    configured_core: CicCore, clock: FixedClock
) -> None:
    core = configured_core
    core.registry.register("petitions", subject="Azi")
    clock.advance_to(date(2026, 11, 26))  # the PC's clock was set back a day
    with pytest.raises(ValidationError, match="27.11.2026"):
        core.registry.register("petitions", subject="Ieri")
    assert len(core.registry.entries()) == 1
    clock.advance_to(date(2026, 11, 27))
    assert core.registry.register("petitions", subject="Din nou azi").number == 2


def test_a_refused_registration_consumes_no_number(configured_core: CicCore) -> None:
    core = configured_core
    with pytest.raises(ValidationError):
        core.registry.register("petitions", subject="")
    with pytest.raises(ValidationError):
        core.registry.register("petitions", subject="x" * 2001)
    assert core.registry.register("petitions", subject="Bună").number == 1


def test_number_prefix_is_printed_and_kept_per_entry(configured_core: CicCore) -> None:
    core = configured_core
    institution = core.settings.institution()
    from dataclasses import replace

    core.settings.save_institution(replace(institution, number_prefix="CIC"))
    first = core.registry.register("petitions", subject="Cu cod")
    assert first.number_text == "1/CIC/27.11.2026"
    core.settings.save_institution(replace(institution, number_prefix=""))
    assert core.registry.get(first.id).number_text == "1/CIC/27.11.2026"
    assert core.registry.register("petitions", subject="Fără cod").number_text == "2/27.11.2026"


def test_unique_constraint_backs_the_counter(configured_core: CicCore) -> None:
    from sqlalchemy.exc import IntegrityError

    core = configured_core
    entry = core.registry.register("petitions", subject="Prima")
    with pytest.raises(IntegrityError), core.sessions.write() as session:
        row = session.get(RegistryEntry, entry.id)
        assert row is not None
        session.add(
            RegistryEntry(
                register_code="public_info",
                sequence_code="general",
                year=2026,
                number=1,
                number_prefix="",
                registered_on=row.registered_on,
                received_on=row.received_on,
                subject="Duplicat",
                correspondent_name="",
                correspondent_address="",
                status="active",
                imported=False,
                created_at=row.created_at,
            )
        )
        session.flush()


@pytest.mark.parametrize("processes,per_process", [(4, 30)])
def test_concurrent_processes_get_exactly_1_to_n(
    db_path: Path, processes: int, per_process: int
) -> None:
    with CicCore.open(
        DbTarget(url=None, path=db_path),
        clock=FixedClock(date(2026, 11, 27)),
    ) as core:
        configure(core)
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    results = ctx.Queue()
    workers = [
        ctx.Process(target=register_many, args=(str(db_path), per_process, start, results))
        for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    start.set()
    reported = [results.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    total = processes * per_process
    numbers = sorted(n for chunk in reported for n in chunk)
    assert numbers == list(range(1, total + 1))
    for chunk in reported:
        assert chunk == sorted(chunk)  # each process saw its own numbers increase
    with (
        CicCore.open(
            DbTarget(url=None, path=db_path),
            clock=FixedClock(date(2026, 11, 27)),
        ) as core,
        core.read() as session,
    ):
        stored = session.scalars(
            select(RegistryEntry.number)
            .where(RegistryEntry.year == 2026)
            .order_by(RegistryEntry.number)
        ).all()
        assert stored == list(range(1, total + 1))
        assert session.scalar(select(func.max(SequenceCounter.last_number))) == total
