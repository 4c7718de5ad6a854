"""Romanian wording shared by the safety screens: dates, kinds of backup, counts per register."""

from __future__ import annotations

from datetime import datetime

from cic_desktop.domain.dates_ro import count_ro
from cic_desktop.labels import REGISTER

KIND = {"auto": "automată", "manual": "manuală", "safety": "înainte de restaurare"}
CONFIRM_WORDS = frozenset({"RESTAUREAZĂ", "RESTAUREAZA"})  # Ă may be missing from the keyboard


def moment_text(moment: datetime | None) -> str:
    return f"{moment:%d.%m.%Y %H:%M}" if moment else "dată necunoscută"


def kind_text(kind: str) -> str:
    return KIND.get(kind, kind)


def entries_text(n: int) -> str:
    return count_ro(n, "înregistrare", "înregistrări")


def count_rows(counts: dict[str, int]) -> list[tuple[str, int]]:
    """(register name, entries) for every known register, in the usual order, then unknown ones."""
    rows = [(label, counts.get(str(code), 0)) for code, label in REGISTER.items()]
    known = {str(code) for code in REGISTER}
    rows += [(code, n) for code, n in sorted(counts.items()) if code not in known]
    return rows


def counts_tooltip(counts: dict[str, int]) -> str:
    return "\n".join(f"{label}: {n}" for label, n in count_rows(counts))


def is_confirm_word(text: str) -> bool:
    return text.strip().upper() in CONFIRM_WORDS
