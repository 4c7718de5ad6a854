"""The dashboard's figures: plain data the GUI draws as charts and shows as tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from db.enums import RegisterCode

# Short names fit a chart legend; the full ones are in cic_desktop.labels.REGISTER.
REGISTER_SHORT = {
    RegisterCode.PETITIONS: "Petiții",
    RegisterCode.PUBLIC_INFO: "Informații publice (544)",
    RegisterCode.AUDIENCES: "Audiențe",
    RegisterCode.CONSULTATIONS: "Transparență decizională",
    RegisterCode.COMPLAINTS_544: "Reclamații administrative (544)",
}
UNASSIGNED = "Nerepartizate"


def register_name(code: str) -> str:
    try:
        return REGISTER_SHORT[RegisterCode(code)]
    except ValueError:
        return code


class Timing(StrEnum):
    IN_TERM = "in_term"
    LATE = "late"


@dataclass(frozen=True)
class CaseFact:
    """One followed case as it stands today, as a source reports it.

    `timing` is None for an open case whose legal deadline has not passed (not judged yet), and
    for a case without a legal deadline (old imports)."""

    register: str
    department: str  # "" when no department was assigned
    open: bool
    timing: Timing | None


@dataclass(frozen=True)
class MonthlyRegistrations:
    """Active entries per register and month (annulled ones counted apart, not in the totals)."""

    registers: tuple[str, ...]  # the registers with entries in the year, in register order
    counts: dict[str, tuple[int, ...]]  # 12 numbers per register
    annulled: dict[str, int]

    def total(self, register: str) -> int:
        return sum(self.counts[register])

    def month_total(self, month: int) -> int:
        return sum(self.counts[r][month - 1] for r in self.registers)

    @property
    def grand_total(self) -> int:
        return sum(self.total(r) for r in self.registers)

    @property
    def peak(self) -> int:
        return max((n for r in self.registers for n in self.counts[r]), default=0)


@dataclass(frozen=True)
class TermShare:
    register: str
    in_term: int
    late: int

    @property
    def judged(self) -> int:
        return self.in_term + self.late

    @property
    def percent_in_term(self) -> float | None:
        return 100.0 * self.in_term / self.judged if self.judged else None


@dataclass(frozen=True)
class DepartmentLoad:
    department: str  # UNASSIGNED for cases without one
    counts: dict[str, int]  # open cases per register

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Dashboard:
    year: int
    today: date
    monthly: MonthlyRegistrations
    terms: tuple[TermShare, ...]
    departments: tuple[DepartmentLoad, ...]  # most open cases first
    followed: tuple[str, ...]  # registers whose cases are followed (terms and open cases)
