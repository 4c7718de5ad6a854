"""Properties every deadline must keep, whatever the start date and configured days off."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.deadlines import (
    Convention,
    compute_deadline,
    compute_og27_extension,
    get_rule,
    rule_codes,
)

PLAIN = WorkingCalendar()
CODES = rule_codes()
CALENDAR_DAY_CODES = [c for c in CODES if get_rule(c).convention is Convention.CALENDAR_DAYS]

starts = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
codes = st.sampled_from(CODES)


@st.composite
def calendars(draw: st.DrawFn) -> WorkingCalendar:
    """A calendar with a few bridge days near `anchor`, where they can actually move a date."""
    anchor = draw(starts)
    offsets = draw(st.lists(st.integers(min_value=0, max_value=70), max_size=8, unique=True))
    notes = st.sampled_from(["", "punte acordată prin HG", "zi liberă stabilită prin dispoziție"])
    return WorkingCalendar({anchor + timedelta(days=o): draw(notes) for o in offsets})


def _dates(result_dates: list[date | None]) -> list[date]:
    return [d for d in result_dates if d is not None]


@settings(max_examples=150, deadline=None)
@given(code=codes, start=starts, calendar=st.one_of(st.just(PLAIN), calendars()))
def test_no_deadline_on_a_non_working_day(
    code: str, start: date, calendar: WorkingCalendar
) -> None:
    result = compute_deadline(code, start, calendar)
    for d in _dates([result.legal_deadline, result.internal_target]):
        assert calendar.is_working(d), (code, start, d, calendar.non_working_reason(d))


@settings(max_examples=100, deadline=None)
@given(code=codes, data=st.data())
def test_bridge_days_near_the_deadline_never_land_it_on_a_day_off(
    code: str, data: st.DataObject
) -> None:
    start = data.draw(starts)
    term = get_rule(code).term_days
    offsets = data.draw(st.lists(st.integers(min_value=term - 1, max_value=term + 3), max_size=4))
    calendar = WorkingCalendar({start + timedelta(days=o): "punte" for o in offsets})
    result = compute_deadline(code, start, calendar)
    for d in _dates([result.legal_deadline, result.internal_target]):
        assert calendar.is_working(d)
    # A day off can only push a date later, never earlier.
    plain = compute_deadline(code, start, PLAIN)
    assert result.legal_deadline >= plain.legal_deadline


@settings(max_examples=150, deadline=None)
@given(
    code=codes,
    start=starts,
    gap=st.integers(min_value=0, max_value=60),
    calendar=st.one_of(st.just(PLAIN), calendars()),
)
def test_monotonic_in_the_start_date(
    code: str, start: date, gap: int, calendar: WorkingCalendar
) -> None:
    first = compute_deadline(code, start, calendar)
    second = compute_deadline(code, start + timedelta(days=gap), calendar)
    assert second.legal_deadline >= first.legal_deadline
    if first.internal_target is not None:
        assert second.internal_target is not None
        assert second.internal_target >= first.internal_target


@settings(max_examples=150, deadline=None)
@given(
    code=st.sampled_from(CALENDAR_DAY_CODES),
    start=starts,
    calendar=st.one_of(st.just(PLAIN), calendars()),
)
def test_internal_target_is_never_after_the_legal_deadline(
    code: str, start: date, calendar: WorkingCalendar
) -> None:
    result = compute_deadline(code, start, calendar)
    assert result.internal_target is not None
    assert result.internal_target <= result.legal_deadline
    assert result.legal_deadline >= start + timedelta(days=result.rule.term_days + 1)
    assert result.internal_target >= start + timedelta(days=result.rule.term_days)


@settings(max_examples=100, deadline=None)
@given(start=starts)
def test_legea_52_earliest_dates(start: date) -> None:
    recommendations = compute_deadline("L52_RECOMMENDATIONS_10", start, PLAIN)
    assert recommendations.legal_deadline >= start + timedelta(days=10)
    adoption = compute_deadline("L52_ADOPTION_30WD", start, PLAIN)
    # 30 whole working days lie strictly between publication and the earliest adoption date.
    before = adoption.legal_deadline - timedelta(days=1)
    assert PLAIN.working_days_between(start, before) >= 30
    assert adoption.internal_target is None and adoption.earliest_allowed


@settings(max_examples=100, deadline=None)
@given(start=starts, k=st.integers(min_value=1, max_value=14))
def test_og27_extension_monotonic_in_k(start: date, k: int) -> None:
    base = compute_deadline("OG27_ANSWER_30", start, PLAIN)
    shorter = compute_og27_extension(start, k, PLAIN)
    longer = compute_og27_extension(start, k + 1, PLAIN)
    assert base.legal_deadline <= shorter.legal_deadline <= longer.legal_deadline
    assert shorter.internal_target is not None and longer.internal_target is not None
    assert base.internal_target is not None
    assert base.internal_target <= shorter.internal_target <= longer.internal_target
    assert shorter.legal_deadline >= start + timedelta(days=30 + k + 1)


@settings(max_examples=50, deadline=None)
@given(start=starts)
def test_og27_full_extension_equals_the_45_day_rule(start: date) -> None:
    assert compute_og27_extension(start, 15, PLAIN) == compute_deadline(
        "OG27_EXTENDED_45", start, PLAIN
    )


@settings(max_examples=200, deadline=None)
@given(
    today=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
    ahead=st.integers(min_value=1, max_value=40),
    lead=st.integers(min_value=0, max_value=10),
)
def test_due_soon_cutoff_agrees_with_counting_working_days(
    today: date, ahead: int, lead: int
) -> None:
    from cic_desktop.domain.deadlines import due_soon_cutoff

    calendar = WorkingCalendar()
    target = today + timedelta(days=ahead)
    counted = calendar.working_days_between(today, target) <= lead
    assert (target <= due_soon_cutoff(today, calendar, lead)) == counted
