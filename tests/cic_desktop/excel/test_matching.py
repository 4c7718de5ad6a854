"""Forgiving matching of headers, values and dates, whatever the case, diacritics, dashes, spaces."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cic_desktop.errors import ValidationError
from cic_desktop.importing import petitions_cells as cells
from cic_desktop.importing.issues import number_ranges
from cic_desktop.importing.matching import cell_date, key
from cic_desktop.labels import PERSON_KIND, PETITION_CHANNEL, PETITION_KIND, PETITION_OUTCOME
from cic_desktop.registers.petitions_register import COLUMNS

_SPELLINGS = {
    "ă": "ăĂaA",
    "â": "âÂaA",
    "î": "îÎiI",
    "ș": "șȘşŞsS",
    "ț": "țȚţŢtT",
    " ": [" ", "  ", "\u00a0", " \t "],
    "-": "-–—‑",
    "–": "-–—",
}


@st.composite
def spelled(draw: st.DrawFn, label: str) -> str:
    """The label as someone may have typed it: case, diacritics, dashes and spaces vary."""
    out = []
    for ch in label:
        options = _SPELLINGS.get(ch.lower()) or sorted({ch, ch.upper(), ch.lower()})
        out.append(draw(st.sampled_from(list(options))))
    padding = st.sampled_from(["", " ", "  "])
    return draw(padding) + "".join(out) + draw(padding)


def test_header_keys_are_distinct() -> None:
    assert len({key(label) for label in COLUMNS}) == len(COLUMNS)


@given(st.sampled_from(COLUMNS).flatmap(lambda label: st.tuples(st.just(label), spelled(label))))
def test_any_spelling_of_a_header_finds_its_column(pair: tuple[str, str]) -> None:
    label, typed = pair
    assert {key(c): c for c in COLUMNS}[key(typed)] == label


VALUES = [
    (cells.KINDS, PETITION_KIND),
    (cells.CHANNELS, PETITION_CHANNEL),
    (cells.PERSON_KINDS, PERSON_KIND),
    (cells.OUTCOMES, PETITION_OUTCOME),
]


@given(
    st.sampled_from(VALUES).flatmap(
        lambda pair: st.sampled_from(list(pair[1].items())).flatmap(
            lambda item: st.tuples(st.just(pair[0]), st.just(item[0]), spelled(item[1]))
        )
    )
)
def test_any_spelling_of_a_value_finds_its_code(case: tuple[dict[str, str], str, str]) -> None:
    table, code, typed = case
    assert cells.choice(typed, table, "Valoarea", {}) == code


def test_an_unknown_value_lists_the_allowed_ones() -> None:
    with pytest.raises(
        ValidationError, match="„fax” nu este recunoscut; scrieți una dintre: „depusă"
    ):
        cells.choice("fax", cells.CHANNELS, "Modalitatea de primire", PETITION_CHANNEL)


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(
        [
            "{d:02d}.{m:02d}.{y}",
            "{d}.{m}.{y}",
            "{d:02d}/{m:02d}/{y}",
            "{y}-{m:02d}-{d:02d}",
            " {d}. {m}. {y} ",
            "{y}-{m:02d}-{d:02d} 00:00:00",
        ]
    ),
)
def test_dates_as_text_in_every_accepted_form(day: date, form: str) -> None:
    assert cell_date(form.format(d=day.day, m=day.month, y=day.year)) == day


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_real_excel_dates(day: date) -> None:
    assert cell_date(datetime(day.year, day.month, day.day)) == day == cell_date(day)


@given(
    st.text(alphabet=st.characters(blacklist_categories=["Nd", "Cs"]), min_size=1).filter(str.strip)
)
def test_text_without_digits_is_never_a_date(text: str) -> None:
    with pytest.raises(ValidationError):
        cell_date(text)


@pytest.mark.parametrize("value", ["31.02.2025", "2025-13-01", "45392", 45392, 12.5, "12.2025"])
def test_impossible_or_ambiguous_dates_are_refused(value: object) -> None:
    with pytest.raises(ValidationError):
        cell_date(value)


@given(st.sets(st.integers(min_value=1, max_value=200), max_size=40))
def test_number_ranges_lose_nothing(numbers: set[int]) -> None:
    text = number_ranges(numbers)
    back: set[int] = set()
    for part in filter(None, text.split(", ")):
        first, _, last = part.partition("–")
        back |= set(range(int(first), int(last or first) + 1))
    assert back == numbers
    assert not re.search(r"\b(\d+)–(\d+)\b", text) or all(
        int(b) - int(a) >= 2 for a, b in re.findall(r"(\d+)–(\d+)", text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("conexat la 12/03.02.2025", ("joined", 12, "", "")),
        ("Conexată la nr. 12/CIC/03.02.2025", ("joined", 12, "", "")),
        ("clasat: anonimă (art. 7)", ("filed", None, "anonymous", "")),
        ("CLASATA – anonima", ("filed", None, "anonymous", "")),
        ("clasat: repetată, deja soluționată (art. 10 alin. (2))", ("filed", None, "repeated", "")),
        ("clasat: alt motiv", ("filed", None, "other", "")),
        ("clasat: petentul a renunțat", ("filed", None, "other", "petentul a renunțat")),
        ("redirecţionat către Instituția Prefectului Bihor", ("forwarded", None, None, "")),
    ],
)
def test_link_column(text: str, expected: tuple[str, int | None, str | None, str]) -> None:
    link = cells.link(text)
    assert link is not None
    number = link.joined.number if link.joined else None
    assert (
        link.kind,
        number,
        link.filing_reason or ("" if link.kind == "joined" else None),
        link.filing_note,
    ) == expected
    if link.kind == "forwarded":
        assert link.institution == "Instituția Prefectului Bihor"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nu", None),
        ("NU", None),
        ("", None),
        ("da, până la 05.05.2025", date(2025, 5, 5)),
        ("Da – pana la 5/5/2025", date(2025, 5, 5)),
        ("05.05.2025", date(2025, 5, 5)),
        (datetime(2025, 5, 5), date(2025, 5, 5)),
    ],
)
def test_extension_column(text: object, expected: date | None) -> None:
    assert cells.extension_until(text) == expected


def test_address_and_email_split_as_the_export_joins_them() -> None:
    assert cells.split_address("Str. Morii nr. 3; ana@example.ro") == (
        "Str. Morii nr. 3",
        "ana@example.ro",
    )
    assert cells.split_address("ana@example.ro") == ("", "ana@example.ro")
    assert cells.split_address("Bl. A; sc. 2") == ("Bl. A; sc. 2", "")
