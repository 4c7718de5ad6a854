"""Property: any start of any word of a name or subject, typed without diacritics in any case,
finds the entry through the real index and SQL; a word that starts none of its words does not."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cic_desktop.core import CicCore
from db.models import RegistryEntry
from db.queries.search_words import fold

LETTERS = "abcdefghijklmnoprstuvxzăâîșşțţ"
PLAIN = {"ă": "a", "â": "a", "î": "i", "ș": "s", "ş": "s", "ț": "t", "ţ": "t"}
word = st.text(alphabet=LETTERS, min_size=1, max_size=12).map(
    lambda w: w.capitalize() if len(w) % 2 else w.upper()
)
words = st.lists(word, min_size=1, max_size=6)


def typed_plainly(text: str, upper: bool) -> str:
    plain = "".join(PLAIN.get(ch, ch) for ch in text.lower())
    return plain.upper() if upper else plain


def found(core: CicCore, text: str) -> set[int]:
    return set(core.search.find(text, limit_per_register=1000).entry_ids())


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=words,
    subject=words,
    pick=st.data(),
    upper=st.booleans(),
    stranger=st.text(alphabet="bcdfgjklmnprstvz", min_size=3, max_size=8),
)
def test_any_start_of_any_word_finds_the_entry(
    core: CicCore,
    name: list[str],
    subject: list[str],
    pick: st.DataObject,
    upper: bool,
    stranger: str,
) -> None:
    with core.write() as session:
        entry = RegistryEntry(
            register_code="petitions",
            year=2026,
            number=session.query(RegistryEntry).count() + 1,
            registered_on=date(2026, 11, 27),
            received_on=date(2026, 11, 27),
            subject=", ".join(subject),
            correspondent_name=" ".join(name),
            created_at=datetime(2026, 11, 27, 9),
        )
        session.add(entry)
        session.flush()
        entry_id = entry.id
    chosen = pick.draw(st.sampled_from(name + subject))
    start = chosen[: pick.draw(st.integers(1, len(chosen)))]
    assert entry_id in found(core, typed_plainly(start, upper))
    other = pick.draw(st.sampled_from(name + subject))
    two_words = f"{typed_plainly(other, upper)} {start}"
    assert entry_id in found(core, two_words)

    folded = {fold(w) for w in name + subject}
    if not any(w.startswith(stranger) for w in folded):
        assert entry_id not in found(core, stranger)
        assert entry_id not in found(core, f"{typed_plainly(start, upper)} {stranger}")
