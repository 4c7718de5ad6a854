"""Romanian words of the audiences screens: states, outcomes, recurrences, answer channels.

`cic_desktop.labels` is the one place for stored enums; these are used only when it does not
(yet) carry the audience labels.
"""

from __future__ import annotations

from cic_desktop import labels

_STATE = {"scheduled": "programat", "present": "prezent", "absent": "neprezentat"}
_OUTCOME = {
    "solved": "soluționat în audiență",
    "verbal": "răspuns verbal",
    "department": "trimis la compartiment",
    "petition": "înregistrat ca petiție",
}
_RECURRENCE = {
    "weekly": "săptămânal",
    "biweekly": "din două în două săptămâni",
    "monthly": "lunar",
}

MONTH_WEEKS = ((1, "prima"), (2, "a doua"), (3, "a treia"), (4, "a patra"), (-1, "ultima"))
WEEKDAYS = ("Luni", "Marți", "Miercuri", "Joi", "Vineri", "Sâmbătă", "Duminică")
ANSWER_CHANNELS = ("verbal, în audiență", "telefonic", "e-mail", "poștă", "la ghișeu")
ANNULLED = "anulată"
WALK_IN = "fără programare"


def _labels(name: str, fallback: dict[str, str]) -> dict[str, str]:
    found = getattr(labels, name, None)
    return {str(k): v for k, v in found.items()} if isinstance(found, dict) else fallback


def state_label(state: str) -> str:
    return _labels("AUDIENCE_STATE", _STATE).get(state, state)


def outcome_label(outcome: str | None) -> str:
    return _labels("AUDIENCE_OUTCOME", _OUTCOME).get(outcome, outcome) if outcome else ""


def recurrence_items() -> list[tuple[str, str]]:
    return list(_labels("AUDIENCE_RECURRENCE", _RECURRENCE).items())


def outcome_items() -> list[tuple[str, str]]:
    """The outcomes recorded by the outcome dialog (conversion to a petition has its own action)."""
    return [(k, v) for k, v in _labels("AUDIENCE_OUTCOME", _OUTCOME).items() if k != "petition"]
