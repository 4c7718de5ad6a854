"""Audience programmes: validation, changes that would strand sign-ups, cancelled days, free slots."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import holidays
import pytest

from cic_desktop.core import CicCore
from cic_desktop.errors import ValidationError
from tests.cic_desktop.audiences.conftest import official_id, schedule, signup


def test_schedules_listed_with_their_public_notice(aud_core: CicCore) -> None:
    listed = aud_core.audiences.schedules()
    assert [(s.official_name, s.official_role_label) for s in listed] == [
        ("Elena Dumitrescu", "secretar general al comunei"),
        ("Ion Țurcanu", "primar"),
    ]
    secretary = listed[0]
    assert secretary.description_ro == (
        "Miercuri, din două în două săptămâni (începând cu 02.12.2026), 10:00–12:00, "
        "Sala de ședințe"
    )
    assert secretary.active


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        (dict(start_time="9:00"), "start_time", "HH:MM"),
        (dict(start_time="11:00"), "end_time", "după ora de început"),
        (dict(slot_minutes=4), "slot_minutes", "între 5 și 240"),
        (dict(slot_minutes=90), "slot_minutes", "nu încape"),
        (dict(month_week=2), "month_week", "doar pentru programul lunar"),
        (dict(recurrence="monthly", month_week=5), "month_week", "a câta zi"),
        (dict(recurrence="daily"), "recurrence", "periodicitatea"),
        (dict(valid_until=date(2026, 10, 1)), "valid_until", "înainte de a începe"),
        (dict(official_id=999), "official_id", "persoana"),
        (dict(start_time="09:30", end_time="11:00"), "start_time", "se suprapune"),
    ],
)
def test_schedule_validation(
    aud_core: CicCore, changes: dict[str, object], field: str, words: str
) -> None:
    before = aud_core.audiences.schedules(include_inactive=True)
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.add_schedule(schedule(aud_core, **changes))
    assert err.value.field == field
    assert words in err.value.message_ro
    assert aud_core.audiences.schedules(include_inactive=True) == before


def test_same_official_other_weeks_do_not_clash(aud_core: CicCore) -> None:
    # The secretary meets every other Wednesday from 02.12; the other Wednesdays are free.
    added = aud_core.audiences.add_schedule(
        schedule(
            aud_core,
            "secretary",
            weekday=2,
            recurrence="biweekly",
            start_time="10:00",
            end_time="12:00",
            valid_from=date(2026, 12, 9),
        )
    )
    assert added.id


def test_free_slots_skip_holidays_and_follow_bookings(aud_core: CicCore) -> None:
    mayor = official_id(aud_core, "mayor")
    free = aud_core.audiences.free_slots(mayor, limit=6)
    # 30.11.2026 (Sfântul Andrei) is a Monday holiday: the first session is on 07.12.
    assert [(s.day, s.time) for s in free] == [
        (date(2026, 12, 7), "09:00"),
        (date(2026, 12, 7), "09:15"),
        (date(2026, 12, 7), "09:30"),
        (date(2026, 12, 7), "09:45"),
        (date(2026, 12, 14), "09:00"),
        (date(2026, 12, 14), "09:15"),
    ]
    booked = aud_core.audiences.sign_up(signup(aud_core, date(2026, 12, 7), "09:15"))
    free = aud_core.audiences.free_slots(mayor, limit=3)
    assert [s.time for s in free] == ["09:00", "09:30", "09:45"]
    slots = aud_core.audiences.slots(mayor, date(2026, 12, 7))
    taken = [s for s in slots if not s.free]
    assert [(s.time, s.end_time, s.entry_id, s.name) for s in taken] == [
        ("09:15", "09:30", booked.entry.id, "Vasile Șerban")
    ]
    assert taken[0].number_text == booked.entry.number_text


def test_update_refused_when_a_booked_signup_would_lose_its_slot(aud_core: CicCore) -> None:
    mayor_schedule = next(s for s in aud_core.audiences.schedules() if s.official_role == "mayor")
    booked = aud_core.audiences.sign_up(signup(aud_core, date(2026, 12, 14), "09:45"))
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.update_schedule(mayor_schedule.id, schedule(aud_core, end_time="09:45"))
    assert booked.entry.number_text in err.value.message_ro
    with pytest.raises(ValidationError):
        aud_core.audiences.update_schedule(
            mayor_schedule.id,
            schedule(aud_core, recurrence="biweekly", valid_from=date(2026, 12, 7)),
        )
    # Longer hours keep every booked slot: allowed.
    changed = aud_core.audiences.update_schedule(
        mayor_schedule.id, schedule(aud_core, end_time="11:00", place="Sala mică")
    )
    assert changed.description_ro == "În fiecare luni, 09:00–11:00, Sala mică"
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.end_schedule(mayor_schedule.id, date(2026, 12, 10))
    assert booked.entry.number_text in err.value.message_ro
    ended = aud_core.audiences.end_schedule(mayor_schedule.id, date(2026, 12, 31))
    assert ended.valid_until == date(2026, 12, 31)
    mayor = official_id(aud_core, "mayor")
    assert max(s.day for s in aud_core.audiences.free_slots(mayor, limit=100)) == date(2026, 12, 28)


def test_cancel_day_refused_while_booked_then_restored(aud_core: CicCore) -> None:
    mayor_schedule = next(s for s in aud_core.audiences.schedules() if s.official_role == "mayor")
    mayor = official_id(aud_core, "mayor")
    booked = aud_core.audiences.sign_up(signup(aud_core, date(2026, 12, 7), "09:00"))
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.cancel_day(
            mayor_schedule.id, date(2026, 12, 7), "Primarul este în concediu"
        )
    assert booked.entry.number_text in err.value.message_ro
    aud_core.audiences.postpone(booked.entry.id, date(2026, 12, 14), None, "Primarul lipsește")
    aud_core.audiences.cancel_day(mayor_schedule.id, date(2026, 12, 7), "Primarul este în concediu")
    assert [c.day for c in aud_core.audiences.cancellations(mayor_schedule.id, 2026)] == [
        date(2026, 12, 7)
    ]
    assert aud_core.audiences.slots(mayor, date(2026, 12, 7)) == []
    assert date(2026, 12, 7) not in {
        d.day for d in aud_core.audiences.session_days(date(2026, 12, 1), date(2026, 12, 31), mayor)
    }
    with pytest.raises(ValidationError) as err:
        aud_core.audiences.sign_up(signup(aud_core, date(2026, 12, 7), "09:30"))
    assert "concediu" in err.value.message_ro
    with pytest.raises(ValidationError):  # not a session day of this programme
        aud_core.audiences.cancel_day(mayor_schedule.id, date(2026, 12, 8), "Motiv oarecare")
    aud_core.audiences.restore_day(mayor_schedule.id, date(2026, 12, 7))
    assert len(aud_core.audiences.slots(mayor, date(2026, 12, 7))) == 4
    assert aud_core.audiences.cancellations() == []


def test_two_years_of_schedules_offer_no_slot_on_a_day_without_audiences(
    aud_core: CicCore,
) -> None:
    core = aud_core
    # Deputy mayor: the last Thursday and the first Friday of each month; mayor also Fridays.
    core.audiences.add_schedule(
        schedule(
            core,
            "deputy_mayor",
            weekday=3,
            recurrence="monthly",
            month_week=-1,
            valid_from=date(2026, 1, 1),
        )
    )
    core.audiences.add_schedule(
        schedule(
            core,
            "deputy_mayor",
            weekday=4,
            recurrence="monthly",
            month_week=1,
            valid_from=date(2026, 1, 1),
        )
    )
    friday = core.audiences.add_schedule(
        schedule(core, weekday=4, recurrence="biweekly", valid_from=date(2026, 12, 4))
    )
    core.settings.add_day_off(date(2027, 1, 4), "HG privind zilele libere")
    core.settings.add_day_off(date(2027, 12, 31), "HG privind zilele libere")
    core.audiences.cancel_day(friday.id, date(2027, 1, 15), "Primarul este în deplasare")
    public = holidays.country_holidays("RO", years=[2026, 2027])
    days_off = {d.day for d in core.settings.days_off()}
    cancelled = {(c.schedule_id, c.day) for c in core.audiences.cancellations()}
    start, end = date(2026, 1, 1), date(2027, 12, 31)
    sessions = core.audiences.session_days(start, end)
    calendar = core.audiences.calendar(date(2026, 11, 27), end)
    offered = [s for slots in calendar.values() for s in slots]
    assert len(sessions) > 150 and len(offered) > 500
    # 02.01.2026, the first Friday, is a holiday: the first session is the last Thursday of January.
    assert min(s.day for s in sessions) == date(2026, 1, 29)
    assert max(s.day for s in sessions) == date(2027, 12, 30)  # the last Thursday of 2027
    for day in [s.day for s in sessions] + [s.day for s in offered]:
        assert day not in public and day not in days_off and day.weekday() < 5, day
    assert not {(s.schedule_id, s.day) for s in sessions} & cancelled
    assert not {(s.schedule_id, s.day) for s in offered} & cancelled
    for official in ("mayor", "deputy_mayor", "secretary"):
        free = core.audiences.free_slots(official_id(core, official), limit=10_000)
        assert free and all(s.day not in public and s.day not in days_off for s in free)
        assert all((s.schedule_id, s.day) not in cancelled for s in free)
    # The 28.12.2026 – 10.01.2027 stretch for the biweekly Friday: 01.01 is a holiday.
    fridays = [s.day for s in sessions if s.schedule_id == friday.id]
    assert [d for d in fridays if date(2026, 12, 28) <= d <= date(2027, 1, 22)] == []
    assert fridays[:3] == [date(2026, 12, 4), date(2026, 12, 18), date(2027, 1, 29)]


def test_input_is_not_shared_state(aud_core: CicCore) -> None:
    data = schedule(aud_core, weekday=1)
    added = aud_core.audiences.add_schedule(data)
    again = aud_core.audiences.update_schedule(added.id, replace(data, place="Sala mare"))
    assert again.place == "Sala mare" and again.id == added.id
