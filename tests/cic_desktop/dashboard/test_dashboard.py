"""Dashboard figures on a small hand-built year: registrations per month, share answered in term,
open cases by department. Today is 27.11.2026 (the shared FixedClock)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pytest

from cic_desktop.clock import FixedClock
from cic_desktop.core import CicCore
from cic_desktop.dashboard.build import build_dashboard
from cic_desktop.dashboard.model import UNASSIGNED, CaseFact, Dashboard, Timing
from cic_desktop.dashboard.sources import SOURCES
from cic_desktop.domain.calendar import WorkingCalendar
from tests.cic_desktop.petitions.conftest import department_id, petition
from tests.cic_desktop.public_info.test_public_info_service import request

URBANISM = "Urbanism și amenajarea teritoriului"
TAXES = "Taxe și impozite locale"


def _on(clock: FixedClock, day: date) -> None:
    clock.advance_to(day)


def _answer_petition(core: CicCore, entry_id: int, day: date) -> None:
    core.petitions.answer(
        entry_id,
        answered_on=day,
        outcome="favorable",
        legal_basis="OG nr. 27/2002",
        signatory_head="Radu Georgescu",
    )


def build_year(core: CicCore, clock: FixedClock) -> dict[str, int]:
    """Eight petitions and six 544 requests of 2026, one audience, one petition of 2025."""
    today = clock.today()
    ids: dict[str, int] = {}
    urbanism, taxes = department_id(core, URBANISM), department_id(core, TAXES)
    _on(clock, date(2025, 12, 1))
    ids["old"] = core.petitions.register(petition()).id  # 2025: open and late, not in 2026
    _on(clock, date(2026, 1, 12))
    ids["p1"] = core.petitions.register(petition()).id
    ids["p2"] = core.petitions.register(petition()).id
    core.petitions.assign(ids["p1"], urbanism)
    _on(clock, date(2026, 1, 20))
    _answer_petition(core, ids["p1"], date(2026, 1, 20))
    _on(clock, date(2026, 1, 21))
    core.petitions.mark_sent(ids["p1"], sent_on=date(2026, 1, 21), channel="post")
    _on(clock, date(2026, 2, 9))
    ids["r1"] = core.public_info.register(request()).id
    ids["r2"] = core.public_info.register(request()).id
    ids["r3"] = core.public_info.register(request()).id
    _on(clock, date(2026, 2, 12))
    core.public_info.answer(ids["r1"], answered_on=date(2026, 2, 12), delivery_mode="electronic")
    _on(clock, date(2026, 2, 13))
    core.public_info.send_extension_notice(ids["r2"], date(2026, 2, 13))
    _on(clock, date(2026, 3, 2))
    _answer_petition(core, ids["p2"], date(2026, 3, 2))  # legal deadline 12.02: late
    ids["p3"] = core.petitions.register(petition()).id
    ids["p4"] = core.petitions.register(petition()).id
    core.petitions.assign(ids["p4"], taxes)
    _on(clock, date(2026, 3, 10))
    core.public_info.answer(ids["r2"], answered_on=date(2026, 3, 10), delivery_mode="electronic")
    core.public_info.answer(ids["r3"], answered_on=date(2026, 3, 10), delivery_mode="electronic")
    _answer_petition(core, ids["p3"], date(2026, 3, 10))
    _on(clock, date(2026, 4, 20))
    core.petitions.mark_sent(ids["p3"], sent_on=date(2026, 4, 20), channel="post")  # sent late
    _on(clock, date(2026, 5, 5))
    ids["p6"] = core.petitions.register(petition()).id
    ids["p7"] = core.petitions.register(petition()).id
    ids["p8"] = core.petitions.register(petition()).id
    core.petitions.annul(ids["p7"], "Înregistrată de două ori din greșeală")
    _on(clock, date(2026, 5, 7))
    core.petitions.forward(ids["p6"], "Instituția Prefectului Bihor", date(2026, 5, 7))
    core.petitions.file_without_action(ids["p8"], "anonymous", filed_on=date(2026, 5, 6))
    _on(clock, date(2026, 7, 6))
    ids["r6"] = core.public_info.register(request()).id
    _on(clock, date(2026, 7, 8))
    core.public_info.redirect(ids["r6"], "Consiliul Județean Bihor", date(2026, 7, 8))
    _on(clock, date(2026, 9, 14))
    ids["a1"] = core.registry.register("audiences", subject="Audiență la primar").id
    _on(clock, date(2026, 11, 2))
    ids["r5"] = core.public_info.register(request()).id  # 10-day term 13.11: late, open
    _on(clock, date(2026, 11, 16))
    ids["r4"] = core.public_info.register(request()).id  # 10-day term 27.11 = today: not late
    core.public_info.assign(ids["r4"], urbanism)
    _on(clock, date(2026, 11, 20))
    ids["p5"] = core.petitions.register(petition()).id  # due in December
    _on(clock, today)
    return ids


@pytest.fixture
def year_2026(petitions_core: CicCore, clock: FixedClock) -> Dashboard:
    build_year(petitions_core, clock)
    return build_dashboard(petitions_core)


def test_registrations_per_month_per_register(year_2026: Dashboard) -> None:
    monthly = year_2026.monthly
    assert year_2026.year == 2026 and year_2026.today == date(2026, 11, 27)
    assert monthly.registers == ("petitions", "public_info", "audiences")
    assert monthly.counts["petitions"] == (2, 0, 2, 0, 2, 0, 0, 0, 0, 0, 1, 0)
    assert monthly.counts["public_info"] == (0, 3, 0, 0, 0, 0, 1, 0, 0, 0, 2, 0)
    assert monthly.counts["audiences"] == (0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0)
    assert monthly.annulled == {"petitions": 1, "public_info": 0, "audiences": 0}
    assert [monthly.total(r) for r in monthly.registers] == [7, 6, 1]
    assert monthly.month_total(11) == 3 and monthly.grand_total == 14 and monthly.peak == 3


def test_share_answered_in_term(year_2026: Dashboard) -> None:
    terms = {t.register: (t.in_term, t.late) for t in year_2026.terms}
    # Petitions: sent in term, forwarded, filed | answered late, sent late, open past the term.
    # 544: answered in 10 days, in 30 after a notice, redirected in 5 | late, open past the term.
    assert terms == {"petitions": (3, 3), "public_info": (3, 2)}
    assert [t.percent_in_term for t in year_2026.terms] == [50.0, 60.0]
    assert year_2026.followed == ("petitions", "public_info")


def test_open_cases_by_department(year_2026: Dashboard) -> None:
    loads = [(d.department, d.counts, d.total) for d in year_2026.departments]
    assert loads == [
        (TAXES, {"petitions": 1}, 1),
        (URBANISM, {"public_info": 1}, 1),
        (UNASSIGNED, {"petitions": 1, "public_info": 1}, 2),
    ]


def test_another_year_and_an_empty_one(petitions_core: CicCore, clock: FixedClock) -> None:
    build_year(petitions_core, clock)
    old = build_dashboard(petitions_core, 2025)
    assert old.monthly.counts == {"petitions": (0,) * 11 + (1,)}
    assert [(t.register, t.in_term, t.late) for t in old.terms] == [("petitions", 0, 1)]
    assert [(d.department, d.total) for d in old.departments] == [(UNASSIGNED, 1)]
    empty = build_dashboard(petitions_core, 2019)
    assert empty.monthly.registers == () and empty.monthly.grand_total == 0
    assert empty.terms == () and empty.departments == ()


def test_decisions_dated_after_today_are_not_taken_yet(
    petitions_core: CicCore, clock: FixedClock
) -> None:
    build_year(petitions_core, clock)
    clock.advance_to(date(2026, 3, 5))  # before r2/r3/p3 were answered, p5/r4/r5 registered
    early = build_dashboard(petitions_core)
    terms = {t.register: (t.in_term, t.late) for t in early.terms}
    # Petitions: p1 in term; p2 answered late; p3, p4 registered 02.03, not yet due.
    # 544: r1 in term; r3's 10-day term (20.02) passed unanswered; r2 extended, not yet due.
    assert terms == {"petitions": (1, 1), "public_info": (1, 1)}
    assert early.monthly.grand_total == 14  # registrations are what the registry holds


def test_a_new_register_plugs_in_with_one_source(
    petitions_core: CicCore, clock: FixedClock
) -> None:
    build_year(petitions_core, clock)

    def audiences_source(
        _session: object, _year: int, _today: date, _calendar: WorkingCalendar
    ) -> Iterable[CaseFact]:
        yield CaseFact("audiences", "", True, None)
        yield CaseFact("audiences", URBANISM, False, Timing.IN_TERM)

    board = build_dashboard(petitions_core, sources=(*SOURCES, audiences_source))
    assert [(t.register, t.in_term, t.late) for t in board.terms][-1] == ("audiences", 1, 0)
    unassigned = next(d for d in board.departments if d.department == UNASSIGNED)
    assert unassigned.counts == {"petitions": 1, "public_info": 1, "audiences": 1}
