"""The semester report as plain frozen data, its labels (a data file) and its consistency checks."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from datetime import date
from typing import Any

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.errors import CicError
from cic_desktop.paths import resource

LABELS_FILE = resource("reports", "petitions_semester.toml")
INDENTED = frozenset({"from_other_institutions", "from_audiences"})  # „din care …” lines


@functools.cache
def labels() -> dict[str, Any]:
    """Every printed label of the report, from `petitions_semester.toml` (read once)."""
    with LABELS_FILE.open("rb") as handle:
        return tomllib.load(handle)


class ReportCheckError(CicError):
    """The figures do not add up: the report is not written (a fault in the data or the program)."""

    def __init__(self, failures: list[str]) -> None:
        self.failures = failures
        super().__init__(
            "Raportul nu a fost generat: cifrele nu se verifică.\n"
            + "\n".join(f"– {f}" for f in failures)
        )


@dataclass(frozen=True)
class ReportLine:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class ReportSection:
    """A breakdown whose lines must add up to `expected_total` (None: a plain list)."""

    key: str
    title: str
    lines: tuple[ReportLine, ...]
    expected_total: int | None

    @property
    def total(self) -> int:
        return sum(line.count for line in self.lines)

    def count(self, key: str) -> int:
        return next((line.count for line in self.lines if line.key == key), 0)


@dataclass(frozen=True)
class SemesterReport:
    version_tag: str
    title: str
    institution: str
    year: int
    semester: int
    period_start: date
    period_end: date
    as_of: date
    generated_on: date
    registered: int
    annulled: int
    reclassified: int
    total: int
    from_other_institutions: int
    from_audiences: int
    solved: int
    open_overdue: int
    average_days_to_answer: float | None
    general: tuple[ReportLine, ...]
    sections: tuple[ReportSection, ...]
    conclusions: str = ""

    def section(self, key: str) -> ReportSection:
        return next(s for s in self.sections if s.key == key)

    def failed_checks(self) -> list[str]:
        """Each breakdown adds up to its total; the general figures agree with each other."""
        failures = []
        if self.registered != self.total + self.annulled + self.reclassified:
            failures.append(
                f"înregistrate ({self.registered}) ≠ total ({self.total}) + anulate "
                f"({self.annulled}) + reîncadrate ({self.reclassified})"
            )
        for section in self.sections:
            if section.expected_total is not None and section.total != section.expected_total:
                failures.append(
                    f"„{section.title}”: suma liniilor ({section.total}) ≠ {section.expected_total}"
                )
        outcome = self.section("outcome")
        solved = sum(outcome.count(k) for k in ("favorable", "unfavorable", "partial"))
        if solved != self.solved:
            failures.append(f"soluționate ({self.solved}) ≠ favorabil + nefavorabil + parțial")
        channel = self.section("channel")
        if channel.count("other_institution") != self.from_other_institutions:
            failures.append("petițiile primite de la alte instituții nu corespund canalului")
        if channel.count("audience") != self.from_audiences:
            failures.append("petițiile din audiențe nu corespund canalului")
        if self.open_overdue > outcome.count("open"):
            failures.append("petițiile cu termen depășit sunt mai multe decât cele în lucru")
        return failures

    def check(self) -> None:
        """Raise ReportCheckError unless every figure adds up (called before every export)."""
        failures = self.failed_checks()
        if failures:
            raise ReportCheckError(failures)

    def period_text(self) -> str:
        return labels()["period"].format(
            semester="I" if self.semester == 1 else "al II-lea",
            year=self.year,
            start=fmt(self.period_start),
            end=fmt(self.period_end),
        )

    def as_of_text(self) -> str:
        key = "as_of_early" if self.as_of < self.period_end else "as_of"
        return labels()[key].format(as_of=fmt(self.as_of))

    def generated_text(self) -> str:
        return labels()["generated"].format(generated=fmt(self.generated_on))

    def average_days_text(self) -> str:
        if self.average_days_to_answer is None:
            return labels()["average_days_none"]
        return f"{self.average_days_to_answer:.1f}".replace(".", ",")
