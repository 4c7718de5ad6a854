"""The semester report on petitions (OG nr. 27/2002 art. 14, SPEC §2.3), built from the register.

Population: petitions registered in the semester (S1 01.01–30.06, S2 01.07–31.12) up to the as-of
date. Each is taken as it stood on the as-of date (the semester's last day, or the report's date if
earlier): an answer, forwarding, filing, extension or annulment dated after it is ignored.

Decisions where SPEC is silent:
- Annulled entries (and petitions reclassified to another register) are shown apart and excluded
  from every total and breakdown.
- Outcomes are exclusive: favorabil / nefavorabil / parțial / redirecționate / clasate / conexate /
  în lucru; they add up to the total. Joining has no date of its own, so a joined petition counts as
  conexată whatever the as-of date; forwarding and filing without a date (old imported registers)
  count as done.
- Timeliness covers answered petitions, judged by the dispatch date (the answer date where there is
  none, or where the dispatch came after the as-of date): within the 30-day legal deadline; after
  it but within an extension in force (art. 9); late. Average days: calendar days from registration
  to that date.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from cic_desktop.domain.text import clean_text
from cic_desktop.errors import ValidationError
from cic_desktop.labels import FILING_REASON, PERSON_KIND, PETITION_CHANNEL, PETITION_KIND
from cic_desktop.reports.semester_model import (
    ReportLine,
    ReportSection,
    SemesterReport,
    labels,
)
from db.enums import EntryStatus, PetitionState, RegisterCode
from db.models import Department, Petition, PetitionDomain, RegistryEntry

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

OUTCOME_KEYS = ("favorable", "unfavorable", "partial", "forwarded", "filed", "joined", "open")
TIMELINESS_KEYS = ("in_term", "extended", "late")


def semester_bounds(year: int, semester: int) -> tuple[date, date]:
    if semester == 1:
        return date(year, 1, 1), date(year, 6, 30)
    if semester == 2:
        return date(year, 7, 1), date(year, 12, 31)
    raise ValidationError("semester", "Semestrul trebuie să fie 1 sau 2.")


@dataclass(frozen=True)
class _Case:
    """One petition as it stood on the as-of date."""

    petitioner_kind: str
    kind: str
    channel: str
    domain: str
    department: str
    outcome: str  # one of OUTCOME_KEYS
    filing_reason: str | None
    timeliness: str | None  # one of TIMELINESS_KEYS for answered ones
    days_to_answer: int | None
    overdue: bool
    extension_reason: str | None  # set when an extension was in force


def _case(entry: RegistryEntry, petition: Petition, as_of: date) -> _Case:
    def by(day: date | None) -> bool:
        return day is None or day <= as_of

    extended = bool(petition.extension_days) and by(petition.extension_decided_on)
    base = petition.base_legal_deadline or entry.legal_deadline
    in_force = entry.legal_deadline if extended else base
    state = petition.state
    timeliness = days = None
    if state == PetitionState.JOINED:
        outcome = "joined"
    elif state == PetitionState.FORWARDED and by(petition.forwarded_on):
        outcome = "forwarded"
    elif state == PetitionState.FILED and by(petition.filed_on):
        outcome = "filed"
    elif petition.answered_on and petition.outcome and petition.answered_on <= as_of:
        outcome = petition.outcome
        sent = petition.sent_on if petition.sent_on and petition.sent_on <= as_of else None
        done = sent or petition.answered_on
        days = (done - entry.registered_on).days
        if base is None or done <= base:
            timeliness = "in_term"
        elif extended and in_force is not None and done <= in_force:
            timeliness = "extended"
        else:
            timeliness = "late"
    else:
        outcome = "open"
    return _Case(
        petitioner_kind=petition.petitioner_kind,
        kind=petition.kind,
        channel=petition.channel,
        domain=petition.domain_name,
        department=petition.department_name,
        outcome=outcome,
        filing_reason=petition.filing_reason if outcome == "filed" else None,
        timeliness=timeliness,
        days_to_answer=days,
        overdue=outcome == "open" and in_force is not None and in_force < as_of,
        extension_reason=(petition.extension_reason or "") if extended else None,
    )


def build_semester_report(
    core: CicCore,
    year: int,
    semester: int,
    as_of: date | None = None,
    *,
    conclusions: str = "",
) -> SemesterReport:
    """Count the semester's petitions as they stood on the as-of date; every sum is checked."""
    start, end = semester_bounds(year, semester)
    today = core.clock.today()
    as_of = min(end, as_of or today)
    if as_of < start:
        raise ValidationError(
            "as_of", "Data situației este înainte de începutul semestrului; alegeți altă dată."
        )
    conclusions = clean_text(
        conclusions,
        field="conclusions",
        label=labels()["conclusions"],
        max_length=10_000,
        multiline=True,
    )
    registered = annulled = reclassified = 0
    cases: list[_Case] = []
    with core.read() as session:
        stmt = (
            select(RegistryEntry, Petition)
            .join(Petition, Petition.entry_id == RegistryEntry.id)
            .where(
                RegistryEntry.register_code == RegisterCode.PETITIONS,
                RegistryEntry.registered_on >= start,
                RegistryEntry.registered_on <= as_of,
            )
        )
        for entry, petition in session.execute(stmt):
            registered += 1
            if entry.status == EntryStatus.ANNULLED and (
                entry.annulled_on is None or entry.annulled_on <= as_of
            ):
                annulled += 1
            elif petition.state == PetitionState.RECLASSIFIED:
                reclassified += 1
            else:
                cases.append(_case(entry, petition, as_of))
        domains = list(
            session.scalars(select(PetitionDomain.name).order_by(PetitionDomain.position))
        )
        departments = list(session.scalars(select(Department.name).order_by(Department.name)))
    institution = core.settings.institution().display_name
    report = _assemble(
        cases,
        registered=registered,
        annulled=annulled,
        reclassified=reclassified,
        domains=domains,
        departments=departments,
    )
    return SemesterReport(
        version_tag=labels()["version_tag"],
        title=labels()["title"],
        institution=institution,
        year=year,
        semester=semester,
        period_start=start,
        period_end=end,
        as_of=as_of,
        generated_on=today,
        conclusions=conclusions,
        **report,
    )


def _assemble(
    cases: list[_Case],
    *,
    registered: int,
    annulled: int,
    reclassified: int,
    domains: list[str],
    departments: list[str],
) -> dict[str, object]:
    text = labels()
    total = len(cases)
    answered = [c for c in cases if c.timeliness is not None]
    days = [c.days_to_answer for c in answered if c.days_to_answer is not None]
    figures = {
        "registered": registered,
        "annulled": annulled,
        "reclassified": reclassified,
        "total": total,
        "from_other_institutions": sum(c.channel == "other_institution" for c in cases),
        "from_audiences": sum(c.channel == "audience" for c in cases),
        "solved": len(answered),
        "open_overdue": sum(c.overdue for c in cases),
    }
    general = tuple(
        ReportLine(k, text["general"][k], v) for k, v in figures.items() if k != "reclassified" or v
    )
    outcomes = Counter(c.outcome for c in cases)
    filed = [c for c in cases if c.outcome == "filed"]
    reasons = Counter(
        c.extension_reason or text["no_reason"] for c in cases if c.extension_reason is not None
    )
    sections = (
        _fixed("petitioner_kind", cases, lambda c: c.petitioner_kind, PERSON_KIND, total),
        _fixed("kind", cases, lambda c: c.kind, PETITION_KIND, total),
        _fixed("channel", cases, lambda c: c.channel, PETITION_CHANNEL, total),
        _named("domain", [c.domain for c in cases], domains, text["unspecified_domain"], total),
        _named("department", [c.department for c in cases], departments, text["unassigned"], total),
        _section("outcome", [(k, text["outcome"][k], outcomes[k]) for k in OUTCOME_KEYS], total),
        _section(
            "filing",
            [
                (str(k), text["filing"][str(k)], sum(c.filing_reason == k for c in filed))
                for k in FILING_REASON
            ],
            len(filed),
        ),
        _section(
            "timeliness",
            [
                (k, text["timeliness"][k], sum(c.timeliness == k for c in answered))
                for k in TIMELINESS_KEYS
            ],
            len(answered),
        ),
        _section("extension_reasons", [(r, r, n) for r, n in sorted(reasons.items())], None),
    )
    return {
        **figures,
        "average_days_to_answer": round(sum(days) / len(days), 1) if days else None,
        "general": general,
        "sections": sections,
    }


def _section(key: str, lines: list[tuple[str, str, int]], expected: int | None) -> ReportSection:
    return ReportSection(
        key,
        labels()["sections"][key],
        tuple(ReportLine(k, label, n) for k, label, n in lines),
        expected,
    )


def _fixed(key: str, cases: list[_Case], value, names: dict, total: int) -> ReportSection:  # type: ignore[no-untyped-def, type-arg]
    """A breakdown over a stored enum: every value shown, zeros included, in the enum's order."""
    counts = Counter(value(c) for c in cases)
    return _section(key, [(str(code), label, counts[code]) for code, label in names.items()], total)


def _named(
    key: str, values: list[str], configured: list[str], empty: str, total: int
) -> ReportSection:
    """Configured names first (zeros included), then names found only in old records, then none."""
    counts = Counter(values)
    names = configured + sorted(n for n in counts if n and n not in configured)
    lines = [(name, name, counts[name]) for name in names]
    if counts[""]:
        lines.append(("", empty, counts[""]))
    return _section(key, lines, total)
