"""Hostile input: odd but valid text is stored exactly (after the documented normalisation);
control characters, over-long texts and impossible values are refused; nothing half-saved.
"""

from __future__ import annotations

import unicodedata
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cic_desktop.core import CicCore
from cic_desktop.domain.text import normalize
from cic_desktop.errors import ValidationError
from tests.cic_desktop.petitions.conftest import petition

ODD_TEXT = st.one_of(
    st.sampled_from(
        [
            "'; DROP TABLE registry_entry; --",
            '" OR 1=1 --',
            "Robert'); DELETE FROM petition;--",
            "שלום עולם",
            "مرحبا بالعالم",
            "Ștefan 😀🇷🇴",
            "\u202eevil\u202c",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "Ţuţea şi Şerban",
            "a" * 2000,
            "%_\\",
            "NULL",
            "<script>alert(1)</script>",
        ]
    ),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\u0085"),
        min_size=1,
        max_size=300,
    ),
)
CONTROL = st.sampled_from(["\x00", "\x07", "\x1b", "\x7f", "\x0b", "\x1f"])
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _count(core: CicCore) -> int:
    return len(core.registry.entries())


@SETTINGS
@given(subject=ODD_TEXT, name=ODD_TEXT)
def test_odd_valid_text_is_stored_as_typed(
    configured_core: CicCore, subject: str, name: str
) -> None:
    core = configured_core
    expected_subject, expected_name = normalize(subject), normalize(name)
    before = _count(core)
    if not expected_subject or not expected_name or len(expected_name) > 300:
        try:
            core.petitions.register(petition(subject=subject, name=name))
        except ValidationError:
            assert _count(core) == before
        return
    details = core.petitions.register(petition(subject=subject, name=name))
    assert details.entry.subject == expected_subject
    assert details.entry.correspondent_name == expected_name
    assert unicodedata.is_normalized("NFC", details.entry.subject)
    assert "ş" not in details.entry.subject and "ţ" not in details.entry.subject
    assert _count(core) == before + 1


@SETTINGS
@given(prefix=st.text(max_size=20), control=CONTROL, suffix=st.text(max_size=20))
def test_control_characters_are_refused(
    configured_core: CicCore, prefix: str, control: str, suffix: str
) -> None:
    core = configured_core
    before = _count(core)
    for field in ("name", "address", "subject"):
        text = f"Text {prefix}{control}{suffix} valid"
        try:
            core.petitions.register(petition(**{field: text}))
        except ValidationError as err:
            assert err.field == field and "caractere de control" in err.message_ro
        else:
            raise AssertionError(f"{field} accepted {text!r}")
    assert _count(core) == before


@SETTINGS
@given(extra=st.integers(min_value=1, max_value=200_000))
def test_over_long_texts_are_refused(configured_core: CicCore, extra: int) -> None:
    core = configured_core
    before = _count(core)
    try:
        core.petitions.register(petition(subject="x" * (2000 + extra)))
    except ValidationError as err:
        assert err.field == "subject" and "cel mult 2000" in err.message_ro
    else:
        raise AssertionError("over-long subject accepted")
    assert _count(core) == before


@SETTINGS
@given(
    offset=st.one_of(
        st.integers(min_value=1, max_value=3_000_000),
        st.integers(min_value=367, max_value=700_000).map(lambda n: -n),
    )
)
def test_dates_out_of_range_are_refused(configured_core: CicCore, offset: int) -> None:
    core = configured_core
    today = core.clock.today()
    try:
        received = today + timedelta(days=offset)
    except OverflowError:
        return
    before = _count(core)
    try:
        core.petitions.register(petition(received_on=received))
    except ValidationError as err:
        assert err.field == "received_on"
    else:
        raise AssertionError(f"accepted received_on={received}")
    assert _count(core) == before
