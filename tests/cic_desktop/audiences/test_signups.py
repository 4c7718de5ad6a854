"""Sign-ups: real free slots only, no double booking, postponement, attendance, outcome, annulment."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from cic_desktop.clock import FixedClock
from cic_desktop.config import DbTarget
from cic_desktop.core import CicCore
from cic_desktop.dto_audiences import OutcomeInput
from cic_desktop.errors import ValidationError
from db.models import Audience, AudienceMove
from tests.cic_desktop.audiences.conftest import department_id, official_id, signup

MONDAY = date(2026, 12, 7)


def test_sign_up_registers_a_numbered_entry_holding_the_slot(aud_core: CicCore) -> None:
    first = aud_core.audiences.sign_up(signup(aud_core, MONDAY, "09:15", previous_number="77/2026"))
    second = aud_core.audiences.sign_up(signup(aud_core, MONDAY, "09:00", name="Ana Pop"))
    assert (first.entry.number, second.entry.number) == (1, 2)  # the audiences sequence
    assert first.entry.register_code == "audiences"
    assert first.entry.number_text == "1/27.11.2026"
    assert first.official_name == "Ion Țurcanu" and first.official_role == "primar"
    assert first.place == "Biroul primarului" and first.schedule_id is not None
    assert first.state == "scheduled" and first.state_label == "programată"
    assert first.domain_name and first.previous_number == "77/2026"
    assert first.person_id is not None
    assert first.address == "Sat Valea Mare nr. 12"
    assert aud_core.people.get(first.person_id).phone == "0722 000 111"
    assert any("Audiență programată: 07.12.2026, ora 09:15" in h.summary for h in first.history)
    # No general number was used: petitions still start at 1.
    assert aud_core.registry.entries("petitions") == []
    listed = aud_core.audiences.day_list(MONDAY)
    assert [d.slot_time for d in listed] == ["09:00", "09:15"]


@pytest.mark.parametrize(
    ("day", "time", "words"),
    [
        (date(2026, 11, 30), "09:00", "sărbătoare legală"),  # Sfântul Andrei, a Monday
        (date(2026, 11, 23), "09:00", "în trecut"),
        (date(2026, 12, 8), "09:00", "nu are un interval"),  # Tuesday: no programme
        (MONDAY, "09:10", "nu are un interval"),  # not a slot start
        (MONDAY, "10:00", "nu are un interval"),  # the end of the session
        (MONDAY, None, "interval liber"),
    ],
)
def test_sign_up_only_on_real_slots(
    aud_core: CicCore, day: date, time: str | None, words: str
) -> None:
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.sign_up(signup(aud_core, day, time))
    assert words in err.value.message_ro
    assert aud_core.audiences.rows(2026) == []


def test_sign_up_refused_on_a_configured_day_off(aud_core: CicCore) -> None:
    aud_core.settings.add_day_off(date(2026, 12, 14), "HG privind zilele libere")
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.sign_up(signup(aud_core, date(2026, 12, 14), "09:00"))
    assert "zi liberă" in err.value.message_ro


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (dict(name="  "), "name"),
        (dict(subject=""), "subject"),
        (dict(official_id=999), "official_id"),
        (dict(domain_id=9999), "domain_id"),
        (dict(slot_time="9:00"), "slot_time"),
        (dict(email="nu-e-email"), "email"),
    ],
)
def test_sign_up_validation(aud_core: CicCore, changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.sign_up(signup(aud_core, MONDAY, **changes))
    assert err.value.field == field
    assert aud_core.audiences.rows(2026) == []


def test_double_booking_refused_also_from_another_process(aud_core: CicCore, db_path: Path) -> None:
    first = aud_core.audiences.sign_up(signup(aud_core, MONDAY, "09:30"))
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.sign_up(signup(aud_core, MONDAY, "09:30", name="Ana Pop"))
    assert "Intervalul 07.12.2026, ora 09:30, a fost deja ocupat" in err.value.message_ro
    assert first.entry.number_text in err.value.message_ro
    other = CicCore.open(DbTarget(url=None, path=db_path), clock=FixedClock(date(2026, 11, 27)))
    try:
        # The other computer still shows the slot it read before the booking was made.
        with pytest.raises(ValidationError) as err:
            other.audiences.sign_up(signup(other, MONDAY, "09:30", name="Ion Marin"))
        assert "a fost deja ocupat" in err.value.message_ro
        taken = other.audiences.sign_up(signup(other, MONDAY, "09:45", name="Ion Marin"))
    finally:
        other.close()
    # Nothing half-saved: the refused attempts consumed no number.
    assert [r.number for r in aud_core.audiences.rows(2026)] == [1, 2]
    assert taken.entry.number == 2


def test_walk_in_needs_no_slot_and_is_for_today(aud_core: CicCore) -> None:
    mayor = official_id(aud_core, "mayor")
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.sign_up(signup(aud_core, MONDAY, None, walk_in=True))
    assert "27.11.2026" in err.value.message_ro
    walk_in = aud_core.audiences.sign_up(
        signup(aud_core, date(2026, 11, 27), "11:20", walk_in=True)
    )
    again = aud_core.audiences.sign_up(
        signup(aud_core, date(2026, 11, 27), None, walk_in=True, name="Ana Pop")
    )
    assert walk_in.walk_in and walk_in.slot_time == "11:20"
    with aud_core.read() as session:
        keys = session.scalars(select(Audience.slot_key)).all()
    assert keys == [None, None]
    listed = aud_core.audiences.day_list(date(2026, 11, 27), mayor)
    assert [d.entry.id for d in listed] == [walk_in.entry.id, again.entry.id]
    assert aud_core.audiences.rows(2026)[0].notes == "programat; fără programare"


def test_postponement_keeps_the_number_frees_the_slot_and_records_the_move(
    aud_core: CicCore, clock: FixedClock
) -> None:
    mayor = official_id(aud_core, "mayor")
    booked = aud_core.audiences.sign_up(signup(aud_core, MONDAY, "09:00"))
    moved = aud_core.audiences.postpone(
        booked.entry.id, date(2026, 12, 14), "09:30", "Primarul este plecat"
    )
    assert moved.entry.number_text == booked.entry.number_text
    assert (moved.audience_day, moved.slot_time, moved.times_postponed) == (
        date(2026, 12, 14),
        "09:30",
        1,
    )
    assert moved.state_label == "amânată"
    assert [(m.from_day, m.from_time, m.to_day, m.to_time) for m in moved.moves] == [
        (MONDAY, "09:00", date(2026, 12, 14), "09:30")
    ]
    assert moved.moves[0].moved_by == "Maria Ionescu"
    assert all(s.free for s in aud_core.audiences.slots(mayor, MONDAY))
    other = aud_core.audiences.sign_up(signup(aud_core, MONDAY, "09:00", name="Ana Pop"))
    assert other.slot_time == "09:00"
    assert any("Amânată de la 07.12.2026 ora 09:00" in h.summary for h in moved.history)
    row = next(r for r in aud_core.audiences.rows(2026) if r.entry_id == booked.entry.id)
    assert row.notes == (
        "programat; amânat de la 07.12.2026 09:00 la 14.12.2026 09:30 (Primarul este plecat)"
    )
    # Onto a taken slot: refused, nothing moves.
    with pytest.raises(ValidationError):
        aud_core.audiences.postpone(booked.entry.id, MONDAY, "09:00", "")
    # Absent on the day, then postponed without a time: the first free slot of that day.
    clock.advance_to(date(2026, 12, 14))
    aud_core.audiences.mark_absent(booked.entry.id)
    again = aud_core.audiences.postpone(booked.entry.id, date(2026, 12, 21), None, "")
    assert (again.slot_time, again.state, again.times_postponed) == ("09:00", "scheduled", 2)
    with aud_core.read() as session:
        assert len(session.scalars(select(AudienceMove)).all()) == 2


def test_attendance_and_outcome(aud_core: CicCore, clock: FixedClock) -> None:
    booked = aud_core.audiences.sign_up(signup(aud_core, MONDAY, "09:00"))
    entry_id = booked.entry.id
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.mark_present(entry_id)
    assert "07.12.2026" in err.value.message_ro
    clock.advance_to(MONDAY)
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.record_outcome(entry_id, OutcomeInput("solved"))
    assert "prezent" in err.value.message_ro
    aud_core.audiences.mark_absent(entry_id)
    assert aud_core.audiences.rows(2026)[0].notes == "neprezentat"
    aud_core.audiences.mark_present(entry_id)  # corrected the same day
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.record_outcome(
            entry_id, OutcomeInput("department", department_id=department_id(aud_core))
        )
    assert err.value.field == "term"
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.record_outcome(entry_id, OutcomeInput("petition"))
    assert "ca petiție" in err.value.message_ro
    done = aud_core.audiences.record_outcome(
        entry_id,
        OutcomeInput(
            "department",
            resolution="Se verifică pe teren și se repară",
            participants="Radu Georgescu",
            department_id=department_id(aud_core),
            term=date(2026, 12, 21),
        ),
    )
    assert done.outcome_label == "trimis la compartiment (notă de audiență)"
    assert (done.department_name, done.term, done.answer_on) == (
        "Urbanism și amenajarea teritoriului",
        date(2026, 12, 21),
        None,
    )
    with pytest.raises(ValidationError):
        aud_core.audiences.mark_absent(entry_id)  # the outcome is recorded
    solved = aud_core.audiences.record_outcome(
        entry_id, OutcomeInput("verbal", answer_channel="verbal, în audiență")
    )
    assert (solved.department_id, solved.term, solved.answer_on) == (None, None, MONDAY)
    row = aud_core.audiences.rows(2026)[0]
    assert row.answer == "07.12.2026, verbal, în audiență"
    assert row.official == "Ion Țurcanu (primar)"
    assert [h.summary for h in solved.history][-2:] == [
        "Rezultat: trimis la compartiment (notă de audiență), "
        "Urbanism și amenajarea teritoriului, termen 21.12.2026",
        "Rezultat: răspuns verbal",
    ]


def test_annulment_frees_the_slot_and_keeps_the_number(aud_core: CicCore) -> None:
    mayor = official_id(aud_core, "mayor")
    booked = aud_core.audiences.sign_up(signup(aud_core, MONDAY, "09:00"))
    with pytest.raises(ValidationError):
        aud_core.audiences.annul(booked.entry.id, "x")
    annulled = aud_core.audiences.annul(booked.entry.id, "Înscriere greșită, persoana a renunțat")
    assert annulled.entry.status == "annulled" and annulled.state_label == "anulată"
    assert aud_core.audiences.slots(mayor, MONDAY)[0].free
    assert aud_core.audiences.day_list(MONDAY) == []
    row = aud_core.audiences.rows(2026)[0]
    assert row.annulled
    assert row.notes == "ANULAT – Înscriere greșită, persoana a renunțat. programat"
    with pytest.raises(ValidationError):
        aud_core.audiences.mark_present(booked.entry.id)
    replacement = aud_core.audiences.sign_up(signup(aud_core, MONDAY, "09:00", name="Ana Pop"))
    assert replacement.entry.number == 2


def test_locked_year_refuses_changes(aud_core: CicCore, clock: FixedClock) -> None:
    booked = aud_core.audiences.sign_up(signup(aud_core, MONDAY, "09:00"))
    clock.advance_to(date(2027, 1, 11))
    aud_core.years.lock(2026)
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.mark_present(booked.entry.id)
    assert "închis" in err.value.message_ro


def test_a_slot_of_today_that_has_ended_is_neither_offered_nor_booked(
    aud_core: CicCore, clock: FixedClock
) -> None:
    """At 09:40 on a Monday the 09:00–09:15 and 09:15–09:30 slots are over; 09:30 still runs."""
    clock.advance_to(datetime(2026, 12, 7, 9, 40))
    mayor = official_id(aud_core, "mayor")
    free = aud_core.audiences.free_slots(mayor, limit=2)
    assert [(s.day, s.time) for s in free] == [(MONDAY, "09:30"), (MONDAY, "09:45")]
    with pytest.raises(ValidationError) as caught:
        aud_core.audiences.sign_up(signup(aud_core, MONDAY, "09:00"))
    assert caught.value.field == "slot_time" and "a trecut" in str(caught.value)
    later = aud_core.audiences.sign_up(signup(aud_core, date(2026, 12, 14), "09:00", name="Ana"))
    with pytest.raises(ValidationError, match="a trecut"):
        aud_core.audiences.postpone(later.entry.id, MONDAY, "09:15", "Cererea solicitantului")
    moved = aud_core.audiences.postpone(later.entry.id, MONDAY, None, "Cererea solicitantului")
    assert moved.slot_time == "09:30"  # the first slot not yet over
