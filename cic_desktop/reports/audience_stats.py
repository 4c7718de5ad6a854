"""Audience statistics (SPEC §3.3 printables): by official, domain, month and outcome.

Counted on the day of the audience (the year, or one month of it); annulled sign-ups are left
out (and counted apart). In every breakdown: sign-ups = present + absent + still scheduled, and
present = solved + verbal + department + petition + without a recorded outcome; the totals row is
the sum of the groups.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from cic_desktop.domain.dates_ro import MONTHS_RO
from cic_desktop.registers.audiences_register import official_text
from db.enums import AudienceOutcome, AudienceState, EntryStatus, RegisterCode
from db.models import Audience, RegistryEntry
from db.sort_keys import romanian_sort_key

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

NO_OFFICIAL = "(nespecificat)"
NO_DOMAIN = "(fără domeniu)"


@dataclass
class Counts:
    signups: int = 0
    present: int = 0
    absent: int = 0
    scheduled: int = 0
    postponed: int = 0
    solved: int = 0
    verbal: int = 0
    department: int = 0
    petition: int = 0
    no_outcome: int = 0

    def add(self, state: str, outcome: str | None, postponed: bool) -> None:
        self.signups += 1
        self.postponed += int(postponed)
        if state == AudienceState.PRESENT:
            self.present += 1
            attribute = {
                AudienceOutcome.SOLVED: "solved",
                AudienceOutcome.VERBAL: "verbal",
                AudienceOutcome.DEPARTMENT: "department",
                AudienceOutcome.PETITION: "petition",
            }.get(outcome or "", "no_outcome")  # type: ignore[call-overload]
            setattr(self, attribute, getattr(self, attribute) + 1)
        elif state == AudienceState.ABSENT:
            self.absent += 1
        else:
            self.scheduled += 1

    def values(self) -> list[int]:
        return [getattr(self, f.name) for f in fields(self)]

    @staticmethod
    def total(items: Iterable[Counts]) -> Counts:
        out = Counts()
        for item in items:
            for f in fields(out):
                setattr(out, f.name, getattr(out, f.name) + getattr(item, f.name))
        return out


# Column labels, in the order of Counts' fields.
COUNT_LABELS: tuple[str, ...] = (
    "Înscrieri",
    "Prezenți",
    "Neprezentați",
    "Programate (neefectuate încă)",
    "Amânate",
    "Soluționate în audiență",
    "Răspuns verbal",
    "Trimise la compartiment",
    "Înregistrate ca petiții",
    "Fără rezoluție consemnată",
)


@dataclass(frozen=True)
class Breakdown:
    title: str
    first_column: str
    groups: tuple[tuple[str, Counts], ...]

    @property
    def total(self) -> Counts:
        return Counts.total(c for _, c in self.groups)


@dataclass(frozen=True)
class AudienceStats:
    year: int
    month: int | None
    institution: str
    by_official: Breakdown
    by_domain: Breakdown
    by_month: Breakdown
    by_outcome: tuple[tuple[str, int], ...]
    annulled: int
    breakdowns: tuple[Breakdown, ...] = field(default=())

    @property
    def total(self) -> Counts:
        return self.by_official.total

    @property
    def period(self) -> str:
        if self.month is None:
            return f"anul {self.year}"
        return f"luna {MONTHS_RO[self.month - 1]} {self.year}"

    @property
    def title(self) -> str:
        return f"Statistica audiențelor – {self.period}"


def _official(row: Any) -> str:
    return official_text(row.official_name, row.official_role) or NO_OFFICIAL


def _grouped(
    rows: list[tuple[str, str, str | None, bool]], title: str, first: str, order: list[str]
) -> Breakdown:
    counts: dict[str, Counts] = {name: Counts() for name in order}
    for name, state, outcome, postponed in rows:
        counts.setdefault(name, Counts()).add(state, outcome, postponed)
    return Breakdown(title, first, tuple(counts.items()))


def build_audience_stats(core: CicCore, year: int, month: int | None = None) -> AudienceStats:
    if month is not None and not 1 <= month <= 12:
        from cic_desktop.errors import ValidationError

        raise ValidationError("month", f"Luna {month} nu există (1–12).")
    first = date(year, month or 1, 1)
    end = date(year + 1, 1, 1) if month in (None, 12) else date(year, month + 1, 1)  # type: ignore[operator]
    with core.read() as session:
        stmt = (
            select(
                Audience.official_name,
                Audience.official_role,
                Audience.domain_name,
                Audience.audience_day,
                Audience.state,
                Audience.outcome,
                Audience.times_postponed,
                RegistryEntry.status,
            )
            .join(RegistryEntry, RegistryEntry.id == Audience.entry_id)
            .where(
                RegistryEntry.register_code == RegisterCode.AUDIENCES,
                Audience.audience_day >= first,
                Audience.audience_day < end,
            )
            .order_by(Audience.audience_day, RegistryEntry.number)
        )
        data = session.execute(stmt).all()
    active = [r for r in data if r.status != EntryStatus.ANNULLED]
    annulled = len(data) - len(active)
    officials = sorted({_official(r) for r in active}, key=romanian_sort_key)
    domains = sorted({r.domain_name or NO_DOMAIN for r in active}, key=romanian_sort_key)
    months = [MONTHS_RO[m - 1] for m in ([month] if month else range(1, 13))]
    by_official = _grouped(
        [(_official(r), r.state, r.outcome, r.times_postponed > 0) for r in active],
        "Pe persoana care acordă audiența",
        "Persoana care acordă audiența",
        officials,
    )
    by_domain = _grouped(
        [(r.domain_name or NO_DOMAIN, r.state, r.outcome, r.times_postponed > 0) for r in active],
        "Pe domenii",
        "Domeniu",
        domains,
    )
    by_month = _grouped(
        [
            (MONTHS_RO[r.audience_day.month - 1], r.state, r.outcome, r.times_postponed > 0)
            for r in active
        ],
        "Pe luni",
        "Luna",
        months,
    )
    total = by_official.total
    by_outcome = (
        ("Soluționate în audiență", total.solved),
        ("Răspuns verbal", total.verbal),
        ("Trimise la compartiment (notă de audiență)", total.department),
        ("Înregistrate ca petiții", total.petition),
        ("Fără rezoluție consemnată", total.no_outcome),
        ("Neprezentați", total.absent),
        ("Programate (neefectuate încă)", total.scheduled),
    )
    return AudienceStats(
        year=year,
        month=month,
        institution=core.settings.institution().display_name,
        by_official=by_official,
        by_domain=by_domain,
        by_month=by_month,
        by_outcome=by_outcome,
        annulled=annulled,
        breakdowns=(by_official, by_domain, by_month),
    )
