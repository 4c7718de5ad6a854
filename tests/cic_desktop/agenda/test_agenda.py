"""The agenda (SPEC §9 S22 states): every open case in exactly one group, the most urgent."""

from __future__ import annotations

from datetime import date

import pytest

from cic_desktop.agenda.build import agenda_text, build_agenda
from cic_desktop.agenda.model import AgendaGroup
from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from tests.cic_desktop.petitions.conftest import petition
from tests.cic_desktop.public_info.test_public_info_service import request


@pytest.fixture
def cases(configured_core: CicCore, clock: FixedClock) -> dict[str, int]:
    core = configured_core
    clock.advance_to(date(2025, 3, 3))  # Monday: 544 internal 13.03, legal 14.03 (S22)
    info = core.public_info.register(request()).id
    first = core.petitions.register(petition()).id
    answered = core.petitions.register(petition(subject="Alt subiect, rezolvat")).id
    core.petitions.answer(
        answered,
        answered_on=date(2025, 3, 3),
        outcome="favorable",
        legal_basis="art. 8",
        signatory_head="Radu Georgescu",
    )
    return {"info": info, "petition": first, "answered": answered}


def group_of(agenda, entry_id: int) -> AgendaGroup | None:  # type: ignore[no-untyped-def]
    found = [g for g, lines in agenda.groups.items() for line in lines if line.entry_id == entry_id]
    assert len(found) <= 1  # no case sits in two groups
    return found[0] if found else None


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 3, 4), AgendaGroup.FIVE_DAY_TERM),  # refusal term from receipt runs to 10.03
        (date(2025, 3, 11), AgendaGroup.DUE_SOON),
        (date(2025, 3, 13), AgendaGroup.INTERNAL_TARGET),  # registered 10 days ago: due today
        (date(2025, 3, 14), AgendaGroup.LAST_LEGAL_DAY),
        (date(2025, 3, 17), AgendaGroup.OVERDUE),
    ],
)
def test_544_request_moves_through_the_groups(
    configured_core: CicCore, cases: dict[str, int], day: date, expected: AgendaGroup
) -> None:
    assert group_of(build_agenda(configured_core, day), cases["info"]) is expected


def test_answered_but_unsent_and_one_group_per_case(
    configured_core: CicCore, cases: dict[str, int]
) -> None:
    agenda = build_agenda(configured_core, date(2025, 3, 4))
    assert group_of(agenda, cases["answered"]) is AgendaGroup.TO_SEND
    assert group_of(agenda, cases["petition"]) is None  # 30 days away: nothing to do yet
    ids = [line.entry_id for lines in agenda.groups.values() for line in lines]
    assert len(ids) == len(set(ids)) == agenda.total
    text = "\n".join(agenda_text(agenda))
    assert "Agenda zilei – marți, 4 martie 2025" in text
    assert "Soluționate, încă neexpediate (1)" in text
    late = build_agenda(configured_core, date(2025, 4, 4))
    assert group_of(late, cases["petition"]) is AgendaGroup.OVERDUE


def test_agenda_of_an_earlier_day_ignores_later_registrations_and_decisions(
    configured_core: CicCore, cases: dict[str, int], clock: FixedClock
) -> None:
    assert build_agenda(configured_core, date(2025, 3, 2)).total == 0  # nothing registered yet
    clock.advance_to(date(2025, 3, 14))
    configured_core.public_info.answer(
        cases["info"], answered_on=date(2025, 3, 14), delivery_mode="electronic"
    )
    assert group_of(build_agenda(configured_core, date(2025, 3, 13)), cases["info"]) is (
        AgendaGroup.INTERNAL_TARGET
    )
    assert group_of(build_agenda(configured_core, date(2025, 3, 14)), cases["info"]) is (
        AgendaGroup.TO_SEND
    )
