"""A day off decided after audiences were booked on it: the day off goes ahead (the law fixes it),
the booked sign-ups are listed before it is added and stay on the agenda until postponed."""

from __future__ import annotations

from datetime import date

from cic_desktop.agenda.build import agenda_text, build_agenda
from cic_desktop.agenda.model import AgendaGroup
from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.dto_audiences import BookedAudience
from tests.cic_desktop.audiences.conftest import official_id, signup

MONDAY = date(2026, 12, 7)
NEXT_MONDAY = date(2026, 12, 14)
TODAY = date(2026, 11, 27)


def on_day_off(core: CicCore, day: date) -> set[int]:
    agenda = build_agenda(core, day)
    return {line.entry_id for line in agenda.groups.get(AgendaGroup.AUDIENCES_ON_DAY_OFF, ())}


def test_booked_sign_ups_are_listed_and_stay_on_the_agenda_until_postponed(
    aud_core: CicCore, clock: FixedClock
) -> None:
    core = aud_core
    mayor = official_id(core, "mayor")
    later = core.audiences.sign_up(signup(core, MONDAY, "09:15", name="Ana Pop"))
    first = core.audiences.sign_up(signup(core, MONDAY, "09:00"))
    annulled = core.audiences.sign_up(signup(core, MONDAY, "09:30", name="Ion Marin"))
    core.audiences.annul(annulled.entry.id, "Înscriere dublă, din greșeală")
    other_day = core.audiences.sign_up(signup(core, NEXT_MONDAY, "09:00", name="Dan Radu"))

    booked = core.audiences.booked_on(MONDAY)
    assert booked == [
        BookedAudience(
            first.entry.id, first.entry.number_text, "Vasile Șerban",
            "Ion Țurcanu (primar)", MONDAY, "09:00",
        ),
        BookedAudience(
            later.entry.id, later.entry.number_text, "Ana Pop",
            "Ion Țurcanu (primar)", MONDAY, "09:15",
        ),
    ]  # fmt: skip
    assert on_day_off(core, TODAY) == set()

    # The day off goes ahead; no slot of that day is offered any more.
    core.settings.add_day_off(MONDAY, "HG nr. 1234/2026")
    assert MONDAY in {d.day for d in core.settings.days_off(2026)}
    assert all(s.day != MONDAY for s in core.audiences.free_slots(mayor, TODAY, limit=40))
    booked_ids = [b.entry_id for b in core.audiences.booked_on(MONDAY)]
    assert booked_ids == [first.entry.id, later.entry.id]

    agenda = build_agenda(core, TODAY)
    lines = agenda.groups[AgendaGroup.AUDIENCES_ON_DAY_OFF]
    assert {line.entry_id for line in lines} == {first.entry.id, later.entry.id}
    line = next(line for line in lines if line.entry_id == first.entry.id)
    assert line.detail == (
        "07.12.2026 ora 09:00, la Ion Țurcanu (primar) – zi liberă: HG nr. 1234/2026; amânați"
    )
    assert (line.register, line.due, line.who) == ("audiences", MONDAY, "Vasile Șerban")
    assert "Audiențe programate într-o zi liberă – amânați (2)" in "\n".join(agenda_text(agenda))
    assert other_day.entry.id not in on_day_off(core, TODAY)

    # On the day itself they are „to postpone”, not „audiences today”.
    on_the_day = build_agenda(core, MONDAY)
    assert on_the_day.groups.get(AgendaGroup.AUDIENCES_TODAY) is None
    assert on_day_off(core, MONDAY) == {first.entry.id, later.entry.id}

    # Postponed: off the list; the other one stays until the clerk moves it.
    core.audiences.postpone(first.entry.id, NEXT_MONDAY, "09:15", "zi liberă decretată")
    assert on_day_off(core, TODAY) == {later.entry.id}
    assert core.audiences.booked_on(MONDAY)[0].entry_id == later.entry.id
    # Still listed after the day has passed (nothing is lost), until postponed.
    clock.advance_to(date(2026, 12, 8))
    assert on_day_off(core, date(2026, 12, 8)) == {later.entry.id}
    core.audiences.postpone(later.entry.id, NEXT_MONDAY, "09:30", "zi liberă decretată")
    assert on_day_off(core, date(2026, 12, 8)) == set()


def test_removing_the_day_off_takes_them_off_the_agenda(aud_core: CicCore) -> None:
    core = aud_core
    booked = core.audiences.sign_up(signup(core, MONDAY, "09:00"))
    core.settings.add_day_off(MONDAY, "HG nr. 1234/2026")
    assert on_day_off(core, TODAY) == {booked.entry.id}
    core.settings.remove_day_off(MONDAY)
    assert on_day_off(core, TODAY) == set()
    today = build_agenda(core, MONDAY).groups[AgendaGroup.AUDIENCES_TODAY]
    assert [line.entry_id for line in today] == [booked.entry.id]


def test_attendance_marked_or_annulled_is_not_to_postpone(
    aud_core: CicCore, clock: FixedClock
) -> None:
    core = aud_core
    heard = core.audiences.sign_up(signup(core, MONDAY, "09:00"))
    gone = core.audiences.sign_up(signup(core, MONDAY, "09:15", name="Ana Pop"))
    clock.advance_to(MONDAY)
    core.audiences.mark_present(heard.entry.id)
    core.audiences.annul(gone.entry.id, "Solicitantul a renunțat la audiență")
    clock.advance_to(date(2026, 12, 8))
    core.settings.add_day_off(MONDAY, "Zi liberă decisă ulterior, în mod excepțional")
    assert core.audiences.booked_on(MONDAY) == []
    assert on_day_off(core, date(2026, 12, 8)) == set()
