"""The shipped rules file: all 13 codes, valid fields, and a clear error for an unknown code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cic_desktop.domain.dates_ro import days_ro
from cic_desktop.domain.deadlines import (
    Convention,
    DeadlineRule,
    RuleDataError,
    StartEvent,
    UnknownRuleError,
    get_rule,
    load_rules,
    load_rules_file,
    rule_codes,
)
from cic_desktop.errors import ValidationError

EXPECTED = {
    "544_ANSWER_10": (10, StartEvent.REGISTRATION, Convention.CALENDAR_DAYS),
    "544_EXT_NOTICE_10": (10, StartEvent.REGISTRATION, Convention.CALENDAR_DAYS),
    "544_ANSWER_30": (30, StartEvent.REGISTRATION, Convention.CALENDAR_DAYS),
    "544_REFUSAL_5": (5, StartEvent.RECEIPT, Convention.CALENDAR_DAYS),
    "544_REDIRECT_5": (5, StartEvent.REGISTRATION, Convention.CALENDAR_DAYS),
    "544_RECLASS_5": (5, StartEvent.REGISTRATION, Convention.CALENDAR_DAYS),
    "544_RECLAMATIE_ANSWER_15": (15, StartEvent.FILING, Convention.CALENDAR_DAYS),
    "OG27_ANSWER_30": (30, StartEvent.REGISTRATION, Convention.CALENDAR_DAYS),
    "OG27_EXTENDED_45": (45, StartEvent.REGISTRATION, Convention.CALENDAR_DAYS),
    "OG27_FORWARD_5": (5, StartEvent.REGISTRATION, Convention.CALENDAR_DAYS),
    "AUDIENCE_PETITION_30": (30, StartEvent.AUDIENCE, Convention.CALENDAR_DAYS),
    "L52_RECOMMENDATIONS_10": (10, StartEvent.PUBLICATION, Convention.MIN_NOTICE_DAYS),
    "L52_ADOPTION_30WD": (30, StartEvent.PUBLICATION, Convention.WORKING_DAYS_BEFORE),
}

_LAW = re.compile(r"(Leg(ea|ii) nr\. (544/2001|52/2003)|OG nr\. 27/2002|HG nr\. \d+/\d{4})")


def test_all_codes_present_in_order() -> None:
    assert rule_codes() == list(EXPECTED)
    assert set(load_rules()) == set(EXPECTED)


@pytest.mark.parametrize("code", list(EXPECTED))
def test_rule_fields(code: str) -> None:
    rule = get_rule(code)
    term, start_event, convention = EXPECTED[code]
    assert rule.code == code
    assert (rule.term_days, rule.start_event, rule.convention) == (term, start_event, convention)
    assert _LAW.search(rule.law_ro)
    assert rule.title_ro and rule.title_ro[0].isupper()
    # The receipt states the term with correct agreement ("30 de zile", "15 zile").
    assert days_ro(term, working=convention is Convention.WORKING_DAYS_BEFORE) in (
        rule.receipt_term_ro
    )
    assert _LAW.search(rule.receipt_term_ro)
    for text in (rule.law_ro, rule.title_ro, rule.receipt_term_ro, rule.counting_basis_ro):
        assert "ş" not in text and "ţ" not in text


def test_544_rules_cite_the_norms_counting_rule() -> None:
    for code in ("544_ANSWER_10", "544_EXT_NOTICE_10", "544_ANSWER_30", "544_REFUSAL_5"):
        assert "art. 16" in get_rule(code).counting_basis_ro
    assert get_rule("OG27_ANSWER_30").counting_basis_ro == "art. 2553 din Codul civil"


def test_og27_extension_limits_are_data() -> None:
    rule = get_rule("OG27_EXTENDED_45")
    assert (rule.base_term_days, rule.max_extension_days) == (30, 15)
    assert rule.base_term_days + rule.max_extension_days == rule.term_days


def test_start_event_and_convention_labels() -> None:
    assert StartEvent.REGISTRATION.label_ro == "data înregistrării"
    assert StartEvent.RECEIPT.label_ro == "data primirii"
    assert StartEvent.FILING.label_ro == "data depunerii reclamației"
    assert StartEvent.AUDIENCE.label_ro == "data audienței"
    assert StartEvent.PUBLICATION.label_ro == "data publicării anunțului"
    assert all(c.label_ro for c in Convention)


def test_unknown_code() -> None:
    with pytest.raises(UnknownRuleError) as info:
        get_rule("544_ANSWER_11")
    error = info.value
    assert isinstance(error, ValidationError)
    assert error.field == "rule"
    assert "„544_ANSWER_11” nu există" in error.message_ro
    assert "544_ANSWER_10" in error.message_ro and "L52_ADOPTION_30WD" in error.message_ro


def test_load_rules_returns_a_copy() -> None:
    rules = load_rules()
    rules.clear()
    assert load_rules()


def test_rules_are_frozen() -> None:
    rule = get_rule("544_ANSWER_10")
    assert isinstance(rule, DeadlineRule)
    with pytest.raises(AttributeError):
        rule.term_days = 11  # type: ignore[misc]


_GOOD = """
[[rules]]
code = "X_5"
law_ro = "art. 1 din Legea nr. 1/2000"
title_ro = "Ceva"
term_days = 5
start_event = "registration"
convention = "calendar_days"
receipt_term_ro = "5 zile"
"""


def test_valid_custom_file(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(_GOOD, encoding="utf-8")
    assert load_rules_file(path)["X_5"].term_days == 5


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (("term_days = 5", "term_days = 0"), "term_days"),
        (("term_days = 5", 'term_days = "5"'), "term_days"),
        (('convention = "calendar_days"', 'convention = "lunar"'), "lunar"),
        (('start_event = "registration"', 'start_event = "email"'), "email"),
        (('title_ro = "Ceva"', 'titlu = "Ceva"'), "titlu"),
        (('receipt_term_ro = "5 zile"', ""), "receipt_term_ro"),
    ],
)
def test_damaged_file_is_refused(tmp_path: Path, change: tuple[str, str], fragment: str) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(_GOOD.replace(*change), encoding="utf-8")
    with pytest.raises(RuleDataError) as info:
        load_rules_file(path)
    assert fragment in info.value.message_ro


def test_duplicate_and_empty_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(_GOOD + _GOOD, encoding="utf-8")
    with pytest.raises(RuleDataError, match="de două ori"):
        load_rules_file(path)
    path.write_text("version = 1\n", encoding="utf-8")
    with pytest.raises(RuleDataError, match="nicio regulă"):
        load_rules_file(path)
    path.write_text("[[rules]\n", encoding="utf-8")
    with pytest.raises(RuleDataError, match="nu poate fi citit"):
        load_rules_file(path)
