"""Sort keys in Romanian alphabetical order, stored next to names so SQL can ORDER BY them.

The Romanian alphabet puts ă and â after a, î after i, ș after s and ț after t: „Ștefan” comes
after „Sz…” and before „T…”, not after „Z” as a byte or accent-blind order would have it. A stored
key sorts the same on SQLite and PostgreSQL, whatever their collations.
"""

from __future__ import annotations

import unicodedata

# Each Romanian letter with a diacritic becomes its base letter followed by "~" and a rank: "~" is
# above every letter, so "ăb" ("a~1b") sorts after "az" and before "b".
_ROMANIAN = {
    "ă": "a~1",
    "â": "a~2",
    "î": "i~1",
    "ș": "s~1",
    "ş": "s~1",  # cedilla form, as typed on old keyboards: the same letter
    "ț": "t~1",
    "ţ": "t~1",
}


def romanian_sort_key(text: str | None) -> str:
    """Lower case, Romanian letters ranked after their base letter, other accents dropped."""
    out: list[str] = []
    for ch in " ".join((text or "").casefold().split()):
        mapped = _ROMANIAN.get(ch)
        if mapped is not None:
            out.append(mapped)
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)[:300]
