"""The agenda shows today's audiences and the terms given to departments after an audience."""

from __future__ import annotations

from datetime import date

from cic_desktop.agenda.build import agenda_text, build_agenda
from cic_desktop.agenda.model import AgendaGroup
from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.dto import DepartmentData
from cic_desktop.dto_audiences import OutcomeInput
from tests.cic_desktop.audiences.conftest import department_id, schedule, signup

MONDAY = date(2026, 12, 7)


def groups_of(agenda, entry_id: int) -> list[AgendaGroup]:  # type: ignore[no-untyped-def]
    return [g for g, lines in agenda.groups.items() for line in lines if line.entry_id == entry_id]


def test_audiences_today_and_department_terms(configured_core: CicCore, clock: FixedClock) -> None:
    core = configured_core
    core.settings.save_department(DepartmentData(name="Urbanism", head_name="Radu Georgescu"))
    core.audiences.add_schedule(schedule(core))
    later = core.audiences.sign_up(signup(core, MONDAY, "09:15"))
    first = core.audiences.sign_up(signup(core, MONDAY, "09:00", name="Ana Pop"))
    other_day = core.audiences.sign_up(signup(core, date(2026, 12, 14), "09:00"))
    annulled = core.audiences.sign_up(signup(core, MONDAY, "09:30", name="Ion Marin"))
    core.audiences.annul(annulled.entry.id, "Înscriere dublă, din greșeală")

    agenda = build_agenda(core, MONDAY)
    today = agenda.groups[AgendaGroup.AUDIENCES_TODAY]
    assert {line.entry_id for line in today} == {first.entry.id, later.entry.id}
    line = next(line for line in today if line.entry_id == later.entry.id)
    assert line.detail == "ora 09:15, la Ion Țurcanu (primar)"
    assert line.register == "audiences" and line.who == "Vasile Șerban"
    assert groups_of(agenda, other_day.entry.id) == []
    assert "Audiențe astăzi (2)" in "\n".join(agenda_text(agenda))

    # Heard and sent to a department with a term of 11.12: no longer "today", but a term.
    clock.advance_to(MONDAY)
    core.audiences.mark_present(later.entry.id)
    core.audiences.record_outcome(
        later.entry.id,
        OutcomeInput("department", department_id=department_id(core), term=date(2026, 12, 11)),
    )
    assert groups_of(build_agenda(core, MONDAY), later.entry.id) == []  # four working days left
    assert groups_of(build_agenda(core, date(2026, 12, 9)), later.entry.id) == [
        AgendaGroup.DUE_SOON
    ]
    last_day = build_agenda(core, date(2026, 12, 11))
    assert groups_of(last_day, later.entry.id) == [AgendaGroup.INTERNAL_TARGET]
    line = last_day.groups[AgendaGroup.INTERNAL_TARGET][0]
    assert line.detail == "termen Urbanism 11.12.2026"
    assert groups_of(build_agenda(core, date(2026, 12, 14)), later.entry.id) == [
        AgendaGroup.OVERDUE
    ]
    # The department's answer was communicated: off the agenda.
    clock.advance_to(date(2026, 12, 10))
    core.audiences.record_outcome(
        later.entry.id,
        OutcomeInput(
            "department",
            department_id=department_id(core),
            term=date(2026, 12, 11),
            answer_on=date(2026, 12, 10),
            answer_channel="telefonic",
        ),
    )
    assert groups_of(build_agenda(core, date(2026, 12, 14)), later.entry.id) == []
