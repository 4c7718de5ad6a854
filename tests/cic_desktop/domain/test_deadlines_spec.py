"""Every worked example of SPEC §9 (S01–S23, L01–L03, R01), column by column."""

from __future__ import annotations

import re
from datetime import date

import pytest

from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.deadlines import (
    DeadlineState,
    compute_deadline,
    compute_og27_extension,
    deadline_state,
)
from cic_desktop.errors import ValidationError

PLAIN = WorkingCalendar()
BRIDGE_NOTE = "zi liberă acordată prin HG nr. 1234/2025"
WITH_BRIDGE = WorkingCalendar({date(2025, 12, 24): BRIDGE_NOTE})

# id, rule code, D, calendar, A (internal target), B (legal deadline)
SCENARIOS = [
    ("S01", "OG27_ANSWER_30", date(2024, 12, 20), PLAIN, date(2025, 1, 20), date(2025, 1, 20)),
    ("S02", "544_ANSWER_10", date(2024, 12, 23), PLAIN, date(2025, 1, 3), date(2025, 1, 3)),
    ("S02b", "544_ANSWER_30", date(2024, 12, 23), PLAIN, date(2025, 1, 22), date(2025, 1, 23)),
    ("S03", "544_ANSWER_10", date(2025, 1, 8), PLAIN, date(2025, 1, 20), date(2025, 1, 20)),
    ("S03r", "544_REFUSAL_5", date(2025, 1, 4), PLAIN, date(2025, 1, 9), date(2025, 1, 10)),
    ("S04a", "544_EXT_NOTICE_10", date(2025, 3, 10), PLAIN, date(2025, 3, 20), date(2025, 3, 21)),
    ("S04b", "544_ANSWER_30", date(2025, 3, 10), PLAIN, date(2025, 4, 9), date(2025, 4, 10)),
    ("S05", "OG27_ANSWER_30", date(2025, 3, 20), PLAIN, date(2025, 4, 22), date(2025, 4, 22)),
    ("S05b", "OG27_EXTENDED_45", date(2025, 3, 20), PLAIN, date(2025, 5, 5), date(2025, 5, 5)),
    ("S06", "544_ANSWER_10", date(2025, 4, 8), PLAIN, date(2025, 4, 22), date(2025, 4, 22)),
    ("S07", "544_ANSWER_10", date(2026, 5, 22), PLAIN, date(2026, 6, 2), date(2026, 6, 2)),
    ("S08a", "OG27_ANSWER_30", date(2025, 7, 1), PLAIN, date(2025, 7, 31), date(2025, 8, 1)),
    ("S08b", "OG27_EXTENDED_45", date(2025, 7, 1), PLAIN, date(2025, 8, 18), date(2025, 8, 18)),
    ("S09", "OG27_FORWARD_5", date(2025, 11, 26), PLAIN, date(2025, 12, 2), date(2025, 12, 2)),
    (
        "S10",
        "544_RECLAMATIE_ANSWER_15",
        date(2025, 12, 10),
        PLAIN,
        date(2025, 12, 29),
        date(2025, 12, 29),
    ),
    ("S11", "544_ANSWER_10", date(2025, 12, 22), PLAIN, date(2026, 1, 5), date(2026, 1, 5)),
    ("S12", "OG27_ANSWER_30", date(2025, 11, 24), PLAIN, date(2025, 12, 24), date(2025, 12, 29)),
    (
        "S12-bridge",
        "OG27_ANSWER_30",
        date(2025, 11, 24),
        WITH_BRIDGE,
        date(2025, 12, 29),
        date(2025, 12, 29),
    ),
    ("S15", "OG27_ANSWER_30", date(2027, 3, 31), PLAIN, date(2027, 5, 4), date(2027, 5, 4)),
    ("S16", "544_REFUSAL_5", date(2026, 11, 25), PLAIN, date(2026, 12, 2), date(2026, 12, 2)),
    ("S18", "OG27_ANSWER_30", date(2028, 1, 31), PLAIN, date(2028, 3, 1), date(2028, 3, 2)),
    ("S19", "OG27_ANSWER_30", date(2025, 12, 29), PLAIN, date(2026, 1, 28), date(2026, 1, 29)),
    ("S20", "544_ANSWER_10", date(2026, 1, 21), PLAIN, date(2026, 2, 2), date(2026, 2, 2)),
    ("S21", "544_REFUSAL_5", date(2025, 3, 3), PLAIN, date(2025, 3, 10), date(2025, 3, 10)),
    ("S22", "544_ANSWER_10", date(2025, 3, 3), PLAIN, date(2025, 3, 13), date(2025, 3, 14)),
    # S23 (citizen's 30 days to court, art. 22) is a plain 30-calendar-day term.
    ("S23", "OG27_ANSWER_30", date(2025, 3, 14), PLAIN, date(2025, 4, 14), date(2025, 4, 14)),
]


@pytest.mark.parametrize(
    ("code", "start", "calendar", "internal", "legal"),
    [pytest.param(*row[1:], id=row[0]) for row in SCENARIOS],
)
def test_spec_scenario(
    code: str, start: date, calendar: WorkingCalendar, internal: date, legal: date
) -> None:
    result = compute_deadline(code, start, calendar)
    assert result.internal_target == internal
    assert result.legal_deadline == legal
    assert result.earliest_allowed is False


@pytest.mark.parametrize(
    ("start", "k", "internal", "legal"),
    [
        pytest.param(date(2025, 3, 20), 15, date(2025, 5, 5), date(2025, 5, 5), id="S05b"),
        pytest.param(date(2025, 7, 1), 15, date(2025, 8, 18), date(2025, 8, 18), id="S08b"),
    ],
)
def test_og27_extension_matches_extended_rule(
    start: date, k: int, internal: date, legal: date
) -> None:
    result = compute_og27_extension(start, k, PLAIN)
    assert (result.internal_target, result.legal_deadline) == (internal, legal)
    assert result == compute_deadline("OG27_EXTENDED_45", start, PLAIN)


# id, rule code, P (publication), earliest allowed date
LEGEA_52 = [
    ("L01-E", "L52_RECOMMENDATIONS_10", date(2025, 2, 3), date(2025, 2, 13)),
    ("L01-adoption", "L52_ADOPTION_30WD", date(2025, 2, 3), date(2025, 3, 18)),
    ("L02-E", "L52_RECOMMENDATIONS_10", date(2025, 4, 1), date(2025, 4, 11)),
    ("L02-adoption", "L52_ADOPTION_30WD", date(2025, 4, 1), date(2025, 5, 19)),
    ("L03-E", "L52_RECOMMENDATIONS_10", date(2025, 3, 5), date(2025, 3, 17)),
    ("L03-adoption", "L52_ADOPTION_30WD", date(2025, 3, 5), date(2025, 4, 17)),
]


@pytest.mark.parametrize(
    ("code", "published", "earliest"), [pytest.param(*row[1:], id=row[0]) for row in LEGEA_52]
)
def test_legea_52_earliest_dates(code: str, published: date, earliest: date) -> None:
    result = compute_deadline(code, published, PLAIN)
    assert result.legal_deadline == earliest
    assert result.internal_target is None
    assert result.earliest_allowed is True


@pytest.mark.parametrize(
    ("published", "thirtieth"),
    [
        pytest.param(date(2025, 2, 3), date(2025, 3, 17), id="L01"),
        pytest.param(date(2025, 4, 1), date(2025, 5, 16), id="L02"),
        pytest.param(date(2025, 3, 5), date(2025, 4, 16), id="L03"),
    ],
)
def test_legea_52_thirtieth_working_day(published: date, thirtieth: date) -> None:
    assert PLAIN.nth_working_day_after(published, 30) == thirtieth


def test_l02_explanation_names_the_skipped_holidays() -> None:
    text = compute_deadline("L52_ADOPTION_30WD", date(2025, 4, 1), PLAIN).explanation
    for name in ("Vinerea Mare", "Paștele", "Ziua Muncii", "16.05.2025", "19.05.2025"):
        assert name in text


def test_r01_first_working_day_of_2026() -> None:
    assert PLAIN.roll(date(2026, 1, 1)) == date(2026, 1, 5)


@pytest.mark.parametrize(
    ("today", "state"),
    [
        (date(2025, 3, 4), DeadlineState.IN_TERM),
        (date(2025, 3, 10), DeadlineState.IN_TERM),
        (date(2025, 3, 11), DeadlineState.DUE_SOON),
        (date(2025, 3, 12), DeadlineState.DUE_SOON),
        (date(2025, 3, 13), DeadlineState.INTERNAL_TARGET_DAY),
        (date(2025, 3, 14), DeadlineState.LAST_LEGAL_DAY),
        (date(2025, 3, 15), DeadlineState.OVERDUE),
        (date(2025, 4, 1), DeadlineState.OVERDUE),
    ],
)
def test_s22_agenda_state(today: date, state: DeadlineState) -> None:
    result = compute_deadline("544_ANSWER_10", date(2025, 3, 3), PLAIN)
    got = deadline_state(result.legal_deadline, result.internal_target, today, PLAIN)
    assert got is state


def test_s22_state_labels() -> None:
    assert DeadlineState.INTERNAL_TARGET_DAY.label_ro == "ultima zi (țintă internă)"
    assert DeadlineState.LAST_LEGAL_DAY.label_ro == "ultima zi legală"
    assert DeadlineState.OVERDUE.label_ro == "termen depășit"


def test_due_soon_follows_the_configured_lead() -> None:
    legal, internal = date(2025, 3, 14), date(2025, 3, 13)
    assert deadline_state(legal, internal, date(2025, 3, 10), PLAIN, 3) is DeadlineState.DUE_SOON
    assert deadline_state(legal, internal, date(2025, 3, 12), PLAIN, 0) is DeadlineState.IN_TERM


def test_between_internal_target_and_legal_deadline_is_still_the_last_internal_day() -> None:
    # S12 without the bridge day: A = Wed 24.12.2025, B = Mon 29.12.2025.
    result = compute_deadline("OG27_ANSWER_30", date(2025, 11, 24), PLAIN)
    state = deadline_state(result.legal_deadline, result.internal_target, date(2025, 12, 27), PLAIN)
    assert state is DeadlineState.INTERNAL_TARGET_DAY


@pytest.mark.parametrize(
    ("code", "start", "calendar", "expected"),
    [
        pytest.param("544_ANSWER_10", date(2024, 12, 23), PLAIN, ["Anul Nou"], id="S02"),
        pytest.param(
            "544_ANSWER_10",
            date(2025, 1, 8),
            PLAIN,
            ["18.01.2025 (sâmbătă)", "19.01.2025 (duminică)"],
            id="S03",
        ),
        pytest.param("OG27_ANSWER_30", date(2025, 3, 20), PLAIN, ["Paștele"], id="S05"),
        pytest.param("544_ANSWER_10", date(2025, 4, 8), PLAIN, ["Vinerea Mare"], id="S06"),
        pytest.param(
            "544_ANSWER_10",
            date(2026, 5, 22),
            PLAIN,
            ["Rusaliile", "Ziua Copilului"],
            id="S07",
        ),
        pytest.param(
            "OG27_EXTENDED_45", date(2025, 7, 1), PLAIN, ["Adormirea Maicii Domnului"], id="S08b"
        ),
        pytest.param(
            "OG27_FORWARD_5", date(2025, 11, 26), PLAIN, ["Ziua Națională a României"], id="S09"
        ),
        pytest.param(
            "544_RECLAMATIE_ANSWER_15", date(2025, 12, 10), PLAIN, ["Crăciunul"], id="S10"
        ),
        pytest.param(
            "OG27_ANSWER_30",
            date(2025, 11, 24),
            WITH_BRIDGE,
            [BRIDGE_NOTE, "24.12.2025 (miercuri)", "Crăciunul"],
            id="S12-bridge",
        ),
    ],
)
def test_explanation_names_every_skipped_day(
    code: str, start: date, calendar: WorkingCalendar, expected: list[str]
) -> None:
    text = compute_deadline(code, start, calendar).explanation
    for fragment in expected:
        assert fragment in text


def test_s12_without_bridge_does_not_mention_it() -> None:
    text = compute_deadline("OG27_ANSWER_30", date(2025, 11, 24), PLAIN).explanation
    assert BRIDGE_NOTE not in text
    assert "24.12.2025 (miercuri), zi lucrătoare" in text


def test_s02_explanation_shape() -> None:
    text = compute_deadline("544_ANSWER_10", date(2024, 12, 23), PLAIN).explanation
    assert "10 zile" in text and "data înregistrării" in text
    assert "23.12.2024 (luni)" in text
    assert "fără a socoti ziua de început și ziua în care se împlinește termenul" in text
    assert "art. 16" in text and "art. 2553" in text
    assert "02.01.2025 (joi)" in text and "03.01.2025 (vineri)" in text


def test_legal_rollover_cites_civil_code() -> None:
    text = compute_deadline("544_ANSWER_10", date(2025, 1, 8), PLAIN).explanation
    assert "art. 2554 din Codul civil" in text


_ENGLISH = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april"
    r"|may|june|july|september|october|november|december|day|days|deadline|holiday|weekend)\b",
    re.IGNORECASE,
)

_ALL_EXAMPLES = [(row[1], row[2], row[3]) for row in SCENARIOS] + [
    (row[1], row[2], PLAIN) for row in LEGEA_52
]


@pytest.mark.parametrize(("code", "start", "calendar"), _ALL_EXAMPLES)
def test_explanation_has_no_english_words(
    code: str, start: date, calendar: WorkingCalendar
) -> None:
    text = compute_deadline(code, start, calendar).explanation
    assert not _ENGLISH.findall(text)
    assert "ş" not in text and "ţ" not in text  # cedilla forms are wrong in Romanian


@pytest.mark.parametrize("k", [0, -1, 16, 30])
def test_og27_extension_outside_limits(k: int) -> None:
    with pytest.raises(ValidationError) as info:
        compute_og27_extension(date(2025, 3, 20), k, PLAIN)
    assert info.value.field == "extension_days"
    assert "cel mult 15 zile" in info.value.message_ro
    assert "art. 9 din OG nr. 27/2002" in info.value.message_ro


def test_og27_partial_extension_restates_the_term() -> None:
    result = compute_og27_extension(date(2025, 7, 1), 10, PLAIN)
    assert result.rule.term_days == 40
    assert result.rule.receipt_term_ro.startswith("40 de zile")
    assert "30 de zile + 10 zile de prelungire" in result.explanation
    assert (result.internal_target, result.legal_deadline) == (date(2025, 8, 11), date(2025, 8, 11))


def test_to_dict_is_json_ready() -> None:
    import json

    data = compute_deadline("544_ANSWER_10", date(2024, 12, 23), PLAIN).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["rule"] == "544_ANSWER_10"
    assert data["start"] == "2024-12-23"
    assert data["legal_deadline"] == "2025-01-03"
    assert data["internal_target"] == "2025-01-03"
    assert data["earliest_allowed"] is False
    l52 = compute_deadline("L52_ADOPTION_30WD", date(2025, 2, 3), PLAIN).to_dict()
    assert l52["internal_target"] is None and l52["earliest_allowed"] is True
