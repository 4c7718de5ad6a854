"""Agenda groups and lines. Each open case sits in exactly one group: the most urgent that fits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum


class AgendaGroup(IntEnum):
    """Ordered by urgency: a case matching several groups goes to the first (lowest value)."""

    OVERDUE = 1
    LAST_LEGAL_DAY = 2
    INTERNAL_TARGET = 3
    FIVE_DAY_TERM = 4
    NOTICE_TERM = 5
    DUE_SOON = 6
    AUDIENCES_ON_DAY_OFF = 7
    TO_SEND = 8
    AUDIENCES_TODAY = 9


GROUP_LABELS = {
    AgendaGroup.OVERDUE: "Termen depășit",
    AgendaGroup.LAST_LEGAL_DAY: "Ultima zi legală",
    AgendaGroup.INTERNAL_TARGET: "Ultima zi (țintă internă)",
    AgendaGroup.FIVE_DAY_TERM: "Termene de 5 zile în curs (refuz, redirecționare, reîncadrare)",
    AgendaGroup.NOTICE_TERM: "Notificări de prelungire (Legea nr. 544/2001) al căror termen expiră",
    AgendaGroup.DUE_SOON: "Termen apropiat",
    AgendaGroup.AUDIENCES_ON_DAY_OFF: "Audiențe programate într-o zi liberă – amânați",
    AgendaGroup.TO_SEND: "Soluționate, încă neexpediate",
    AgendaGroup.AUDIENCES_TODAY: "Audiențe astăzi",
}


@dataclass(frozen=True)
class AgendaLine:
    entry_id: int
    register: str  # register code, so the GUI opens the right case window
    number_text: str
    who: str
    what: str
    due: date | None
    detail: str


@dataclass(frozen=True)
class Agenda:
    day: date
    groups: dict[AgendaGroup, tuple[AgendaLine, ...]]

    @property
    def total(self) -> int:
        return sum(len(lines) for lines in self.groups.values())
