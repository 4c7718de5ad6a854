"""Romanian alphabetical order for names: ă â after a, î after i, ș after s, ț after t."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from db.sort_keys import romanian_sort_key

ALPHABET = "aăâbcdefghiîjklmnopqrsștțuvwxyz"


def test_the_alphabet_in_order() -> None:
    letters = list(ALPHABET)
    assert sorted(reversed(letters), key=romanian_sort_key) == letters


def test_words_sort_letter_by_letter() -> None:
    names = ["Zamfir", "Ștefan", "Stan", "Țurcanu", "Tudor", "Szabo", "Ăla", "Ana", "Îndrumare"]
    expected = ["Ana", "Ăla", "Îndrumare", "Stan", "Szabo", "Ștefan", "Tudor", "Țurcanu", "Zamfir"]
    assert sorted(names, key=romanian_sort_key) == expected


def test_cedilla_and_comma_forms_and_case_are_the_same_letter() -> None:
    assert romanian_sort_key("ŞTEFAN Ţurcanu") == romanian_sort_key("ștefan țurcanu")


@given(st.text(alphabet=ALPHABET, max_size=8), st.text(alphabet=ALPHABET, max_size=8))
def test_order_is_the_alphabet_order_letter_by_letter(a: str, b: str) -> None:
    rank = {ch: i for i, ch in enumerate(ALPHABET)}
    by_alphabet = [rank[ch] for ch in a] < [rank[ch] for ch in b]
    assert (romanian_sort_key(a) < romanian_sort_key(b)) == by_alphabet
