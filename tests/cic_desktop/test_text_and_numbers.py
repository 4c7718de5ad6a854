"""Text normalisation, search keys and registration number formatting/parsing."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cic_desktop.domain.numbering import ParsedNumber, format_registry_number, parse_registry_number
from cic_desktop.domain.text import clean_text, normalize, search_key
from cic_desktop.errors import ValidationError


def test_cedilla_becomes_comma_below() -> None:
    assert normalize("Şcoala din Ţăndărei, şi ţara") == "Școala din Țăndărei, și țara"


def test_search_key_ignores_case_and_diacritics() -> None:
    assert search_key("Ștefan Țîrlea") == search_key("stefan tirlea") == search_key("ŞTEFAN ŢÎRLEA")
    assert search_key("Mănăstirea  Âncuța") == "manastirea ancuta"


def test_clean_text_rules() -> None:
    assert clean_text(" a\r\nb ", field="f", label="F", max_length=10, multiline=True) == "a\nb"
    with pytest.raises(ValidationError, match="control"):
        clean_text("a\nb", field="f", label="F", max_length=10)
    with pytest.raises(ValidationError, match="cel mult 3"):
        clean_text("abcd", field="f", label="F", max_length=3)
    assert clean_text("'; DROP TABLE x; -- 😀 שלום", field="f", label="F", max_length=100) == (
        "'; DROP TABLE x; -- 😀 שלום"
    )


def test_format_registry_number() -> None:
    assert format_registry_number(123, date(2026, 1, 15)) == "123/15.01.2026"
    assert format_registry_number(12, date(2026, 1, 15), "CIC") == "12/CIC/15.01.2026"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("123", ParsedNumber(123)),
        ("123/2026", ParsedNumber(123, year=2026)),
        ("123/15.01.2026", ParsedNumber(123, year=2026, day=date(2026, 1, 15))),
        (" 123 / CIC / 15.01.2026 ", ParsedNumber(123, "CIC", 2026, date(2026, 1, 15))),
        ("abc", None),
        ("123/31.02.2026", None),
        ("", None),
    ],
)
def test_parse_registry_number(text: str, expected: ParsedNumber | None) -> None:
    assert parse_registry_number(text) == expected


@given(
    st.integers(min_value=1, max_value=999_999),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    st.sampled_from(["", "CIC", "P", "544", "REG-1"]),
)
def test_format_then_parse_round_trips(number: int, day: date, prefix: str) -> None:
    parsed = parse_registry_number(format_registry_number(number, day, prefix))
    assert parsed == ParsedNumber(number, prefix, day.year, day)


@pytest.mark.parametrize("text", ["²", "12²/2026", "١٢/2026", "12/٢٠٢٦"])
def test_unicode_digits_are_not_registry_numbers(text: str) -> None:
    assert parse_registry_number(text) is None
