"""The word rules: what an entry is indexed under, and how typed text splits into terms."""

from __future__ import annotations

from datetime import date

from cic_desktop.search.words import NumberTerm, parse_query
from db.queries.search_words import entry_words, fold, prefix_upper_bound, text_words


def test_fold_drops_case_and_every_romanian_mark() -> None:
    assert fold("Ştefan ȘTEFAN Ţară ţară ÎNVĂȚĂMÂNT") == "stefan stefan tara tara invatamant"


def test_entry_words_hold_number_prefix_date_year_name_and_subject() -> None:
    words = entry_words(
        123, "CIC", date(2026, 1, 15), "Ștefan Popescu-Ionescu", "Cerere: iluminat public, nr.5"
    )
    assert words == {
        "123",
        "cic",
        "15.01.2026",
        "2026",
        "stefan",
        "popescu",
        "ionescu",
        "cerere",
        "iluminat",
        "public",
        "nr",
        "5",
    }


def test_long_words_are_cut_to_the_column_width() -> None:
    assert text_words("a" * 200) == ["a" * 80]


def test_free_words_are_folded_and_split_on_punctuation() -> None:
    terms = parse_query("  Ştefan  POP-ionescu ")
    assert terms.words == ("stefan", "pop", "ionescu") and terms.numbers == ()


def test_a_word_already_required_by_a_longer_one_is_dropped() -> None:
    assert parse_query("pop popescu").words == ("popescu",)
    assert parse_query("popescu pop").words == ("popescu",)


def test_numbers_with_a_slash_become_number_terms() -> None:
    assert parse_query("123/2026").numbers == (NumberTerm(123, year=2026),)
    assert parse_query("123/15.01.2026").numbers == (
        NumberTerm(123, year=2026, day=date(2026, 1, 15)),
    )
    assert parse_query("123/CIC/15.01.2026 pop").numbers == (
        NumberTerm(123, "cic", 2026, date(2026, 1, 15)),
    )
    assert parse_query("123/CIC/15.01.2026 pop").words == ("pop",)


def test_a_bare_number_is_a_word_and_a_bad_slash_splits_into_words() -> None:
    assert parse_query("123").words == ("123",)
    assert parse_query("123/31.02.2026").numbers == ()
    assert parse_query("123/31.02.2026").words == ("123", "31.02.2026")
    assert parse_query("nr/2026").words == ("nr", "2026")


def test_dates_are_one_word_padded_like_the_printed_number() -> None:
    assert parse_query("15.01.2026").words == ("15.01.2026",)
    assert parse_query("5.1.2026").words == ("05.01.2026",)
    assert parse_query("15.01").words == ("15.01",)
    assert parse_query("5.").words == ("05.",)


def test_empty_and_punctuation_only_text_has_no_terms() -> None:
    assert parse_query("").empty and parse_query(None).empty and parse_query(" ,.; ").empty


def test_prefix_upper_bound_is_the_next_string() -> None:
    assert prefix_upper_bound("ste") == "stf"
    assert prefix_upper_bound("15.0") == "15.1"
    assert prefix_upper_bound("a\U0010ffff") == "b"
    assert prefix_upper_bound("\U0010ffff") is None
