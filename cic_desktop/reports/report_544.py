"""The annual evaluation report on Legea 544/2001 (SPEC §1.10), computed from the data.

„Raport de evaluare a implementării Legii nr. 544/2001 în anul …” (anexa nr. 10 la Normele
metodologice, HG nr. 123/2002). The figures are frozen data (`Report544`); `blocks()` lays them
out as the official template does (each indicator with its label and its value, the small tables
with their column labels) and both renderers (xlsx, PDF) print those blocks. Labels and the
template's numbering live in `resources/reports/report_544.toml`.

Population and decisions (SPEC §1.10; where SPEC is silent, noted „decision”):
- Written requests of register `public_info` registered in the year (reclassified ones have moved
  to the petitions register and count nowhere here); annulled entries are left out (decision).
- Verbal log entries of the year count as channel „verbal”; one that became a written request
  (`written_entry_id` set) counts once, as the written one.
- Each request is taken as it stood on the as-of date: a decision dated later is ignored. Requests
  still open then count in the total only, with a warning listing them.
- Favourable includes redirected requests (under the template's header). Timing: redirected within
  the 5-day term | answered by the 10-day term (also when a notice was sent) | answered after it but
  by the 30-day term of a timely notice | late (decision: a redirect after 5 days is late too).
  An answer ON its deadline is in time.
- Requester type: a public body counts as persoană juridică.
- Verbal entries: answered on the spot = favourable in 10 days, communicated verbally; sent to a
  written request (and never registered as one) = refused for another reason, stated (decision).
- List 6.1: the withheld items of partial answers and the information of requests refused as exempt,
  each with its art. 12(1) letter.
- 7.1: complaints (register `complaints_544`) registered in the year; 7.2: court cases filed in the
  year (decision); outcome as of the as-of date.
- 8.1: sums collected on the year's answered requests; tariffs in force during the year with acts.
- The consistency checks run whenever the report is built; a failing check is printed, not hidden.
"""

from __future__ import annotations

import functools
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.deadlines import compute_deadline
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.paths import resource
from cic_desktop.registers.public_info_register import exempt_text, money
from db.enums import EntryStatus, InfoDomain, RefusalReason, RegisterCode
from db.models import (
    AdminComplaint,
    CopyTariff,
    CourtCase,
    InfoRequest,
    RegistryEntry,
    VerbalRequest,
)

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

LABELS_FILE = resource("reports", "report_544.toml")
DOMAINS = tuple(d.value for d in InfoDomain)
TIMING_KEYS = ("redirected_5", "in_10", "in_30", "late")
MODE_KEYS = ("electronic", "paper", "verbal")
REASON_KEYS = ("exempt", "nonexistent", "other")
REMEDY_KEYS = ("favorable", "rejected", "pending")


@functools.cache
def labels() -> dict[str, Any]:
    with LABELS_FILE.open("rb") as handle:
        return tomllib.load(handle)


@dataclass(frozen=True)
class Report544Answers:
    """Self-assessment answers and free text (parts I, II.A, II.B.4–5, 8.1 costs, 8.2), stored by
    the caller per year. Choice fields hold keys of `[choices]` in the labels file ("" = none)."""

    overall: str = ""  # rating
    human_resources: str = ""  # sufficiency
    material_resources: str = ""  # sufficiency
    collaboration: str = ""  # rating
    published_where: tuple[str, ...] = ()  # keys of `published`
    published_other: str = ""
    visibility_sufficient: str = ""  # yes_no
    visibility_solutions: str = ""
    extra_datasets: str = ""  # yes_no
    extra_datasets_list: str = ""
    open_format: str = ""  # yes_no
    open_data_measures: str = ""
    late_causes: str = ""  # II.B.4
    late_measures: str = ""  # II.B.5
    operating_costs: str = ""  # 8.1, as typed („12 500 lei”)
    virtual_library: str = ""  # yes_no
    improvement_points: str = ""  # 8.2 b)
    improvement_measures: str = ""  # 8.2 c), also art. 27 l)


@dataclass(frozen=True)
class Check:
    key: str
    label: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class Report544:
    year: int
    as_of: date
    generated_on: date
    institution: str
    responsible: str
    version_tag: str
    model_tag: str
    total: int
    by_requester: dict[str, int]  # natural | legal
    by_channel: dict[str, int]  # paper | electronic | verbal
    by_domain: dict[str, int]
    other_domains: tuple[str, ...]
    favourable: int
    favourable_by_timing: dict[str, int]
    favourable_by_mode: dict[str, int]
    favourable_by_domain: dict[str, int]
    refused: int
    refused_by_reason: dict[str, int]
    refused_by_domain: dict[str, int]
    other_reasons: tuple[str, ...]
    exempt_list: tuple[str, ...]
    complaints: dict[str, int]  # favorable | rejected | pending
    court_cases: dict[str, int]
    fees_collected: Decimal
    tariffs: tuple[str, ...]  # „0,60 lei/pagină (din 15.03.2025)”
    tariff_acts: tuple[str, ...]
    open_requests: tuple[str, ...]  # numbers of requests open at the as-of date
    annulled: int
    answers: Report544Answers = field(default_factory=Report544Answers)

    @property
    def open_count(self) -> int:
        return len(self.open_requests)

    @property
    def title(self) -> str:
        return labels()["title"].format(year=self.year)

    def checks(self) -> list[Check]:
        """SPEC §1.10 consistency checks, each with its result."""
        text = labels()["checks"]
        favourable_fig = self.favourable
        items = [
            ("requester", sum(self.by_requester.values()), self.total),
            ("channel", sum(self.by_channel.values()), self.total),
            ("domain", sum(self.by_domain.values()), self.total),
            ("outcome", favourable_fig + self.refused + self.open_count, self.total),
            ("timing", sum(self.favourable_by_timing.values()), favourable_fig),
            ("favourable_domain", sum(self.favourable_by_domain.values()), favourable_fig),
            ("reason", sum(self.refused_by_reason.values()), self.refused),
            ("refused_domain", sum(self.refused_by_domain.values()), self.refused),
        ]
        out = [
            Check(k, text[k], a == b, f"{a} = {b}" if a == b else f"{a} ≠ {b}") for k, a, b in items
        ]
        return out

    def failed_checks(self) -> list[Check]:
        return [c for c in self.checks() if not c.ok]

    def warnings(self) -> list[str]:
        text = labels()["warnings"]
        out = []
        if self.open_requests:
            out.append(
                text["open"].format(
                    count=len(self.open_requests), numbers=", ".join(self.open_requests)
                )
            )
        if self.failed_checks():
            out.append(text["failed"])
        return out


# -- computation --------------------------------------------------------------------------------


def _kind(value: str) -> str:
    return "natural" if value == "natural" else "legal"


def build_report_544(
    core: CicCore,
    year: int,
    *,
    as_of: date | None = None,
    answers: Report544Answers | None = None,
) -> Report544:
    """Compute the report of `year` as it stood on `as_of` (default: 31.12 or today if earlier)."""
    today = core.clock.today()
    as_of = as_of or min(date(year, 12, 31), today)
    inst = core.settings.institution()
    text = labels()
    total = 0
    by_requester: Counter[str] = Counter()
    by_channel: Counter[str] = Counter()
    by_domain: Counter[str] = Counter()
    other_domains: list[str] = []
    fav_timing: Counter[str] = Counter()
    fav_mode: Counter[str] = Counter()
    fav_domain: Counter[str] = Counter()
    ref_reason: Counter[str] = Counter()
    ref_domain: Counter[str] = Counter()
    other_reasons: list[str] = []
    exempt_list: list[str] = []
    open_requests: list[str] = []
    fees = Decimal("0")
    annulled = 0

    def by(day: date | None) -> bool:
        return day is not None and day <= as_of

    with core.read() as session:
        calendar = core.calendar.working_calendar(session)
        pairs = session.execute(
            select(RegistryEntry, InfoRequest)
            .join(InfoRequest, InfoRequest.entry_id == RegistryEntry.id)
            .where(
                RegistryEntry.register_code == RegisterCode.PUBLIC_INFO,
                RegistryEntry.year == year,
                RegistryEntry.registered_on <= as_of,
            )
            .order_by(RegistryEntry.number)
        ).all()
        for entry, request in pairs:
            if entry.status == EntryStatus.ANNULLED:
                annulled += 1
                continue
            number = format_registry_number(entry.number, entry.registered_on, entry.number_prefix)
            total += 1
            by_requester[_kind(request.requester_kind)] += 1
            by_channel[request.channel] += 1
            by_domain[request.domain] += 1
            if request.domain == InfoDomain.OTHER and request.domain_other:
                if request.domain_other not in other_domains:
                    other_domains.append(request.domain_other)
            registered = entry.registered_on
            if request.outcome == "redirected" and by(request.redirected_on):
                redirect_term = compute_deadline("544_REDIRECT_5", registered, calendar)
                timely = request.redirected_on <= redirect_term.legal_deadline  # type: ignore[operator]
                fav_timing["redirected_5" if timely else "late"] += 1
                fav_domain[request.domain] += 1
            elif request.outcome == "favorable" and by(request.answered_on):
                answered = request.answered_on
                assert answered is not None
                ten = compute_deadline("544_ANSWER_10", registered, calendar).legal_deadline
                thirty = compute_deadline("544_ANSWER_30", registered, calendar).legal_deadline
                extended = by(request.notice_sent_on) and not request.notice_late
                if answered <= ten:
                    fav_timing["in_10"] += 1
                elif extended and answered <= thirty:
                    fav_timing["in_30"] += 1
                else:
                    fav_timing["late"] += 1
                if request.delivery_mode:
                    fav_mode[request.delivery_mode] += 1
                fav_domain[request.domain] += 1
                fees += request.amount_collected or Decimal("0")
                if request.partial and request.withheld_items:
                    exempt_list.append(f"{number}: {request.withheld_items} (răspuns parțial)")
            elif request.outcome == "refused" and by(request.answered_on):
                reason = request.refusal_reason or RefusalReason.OTHER
                ref_reason[reason] += 1
                ref_domain[request.domain] += 1
                if reason == RefusalReason.EXEMPT:
                    exempt_list.append(
                        f"{number}: {entry.subject} ({exempt_text(request.exempt_letter)})"
                    )
                elif reason == RefusalReason.OTHER and request.refusal_text:
                    if request.refusal_text not in other_reasons:
                        other_reasons.append(request.refusal_text)
            else:
                open_requests.append(number)

        verbal = session.scalars(
            select(VerbalRequest).where(
                VerbalRequest.asked_on >= date(year, 1, 1),
                VerbalRequest.asked_on <= min(date(year, 12, 31), as_of),
                VerbalRequest.written_entry_id.is_(None),
            )
        ).all()
        for row in verbal:
            total += 1
            by_requester[_kind(row.requester_kind)] += 1
            by_channel["verbal"] += 1
            by_domain[row.domain] += 1
            if row.outcome == "answered_on_spot":
                fav_timing["in_10"] += 1
                fav_mode["verbal"] += 1
                fav_domain[row.domain] += 1
            else:
                ref_reason["other"] += 1
                ref_domain[row.domain] += 1
                reason = text["b6"]["verbal_to_written"]
                if reason not in other_reasons:
                    other_reasons.append(reason)

        complaints: Counter[str] = Counter()
        for _entry, complaint in session.execute(
            select(RegistryEntry, AdminComplaint)
            .join(AdminComplaint, AdminComplaint.entry_id == RegistryEntry.id)
            .where(
                RegistryEntry.register_code == RegisterCode.COMPLAINTS_544,
                RegistryEntry.year == year,
                RegistryEntry.status == EntryStatus.ACTIVE,
                RegistryEntry.registered_on <= as_of,
            )
        ).all():
            decided = complaint.outcome != "pending" and (
                complaint.answered_on is None or complaint.answered_on <= as_of
            )
            complaints[complaint.outcome if decided else "pending"] += 1

        cases: Counter[str] = Counter()
        for case in session.scalars(
            select(CourtCase).where(
                CourtCase.filed_on >= date(year, 1, 1),
                CourtCase.filed_on <= min(date(year, 12, 31), as_of),
            )
        ):
            decided = case.outcome != "pending" and (
                case.decided_on is None or case.decided_on <= as_of
            )
            cases[case.outcome if decided else "pending"] += 1

        tariffs: list[str] = []
        acts: list[str] = []
        for tariff in session.scalars(select(CopyTariff).order_by(CopyTariff.valid_from)):
            if tariff.valid_from > date(year, 12, 31):
                continue
            if tariff.valid_to is not None and tariff.valid_to < date(year, 1, 1):
                continue
            period = f"din {fmt(tariff.valid_from)}"
            if tariff.valid_to is not None:
                period += f" până la {fmt(tariff.valid_to)}"
            tariffs.append(f"{money(tariff.lei_per_page)} lei/pagină ({period})")
            if tariff.act_reference not in acts:
                acts.append(tariff.act_reference)

    return Report544(
        year=year,
        as_of=as_of,
        generated_on=today,
        institution=inst.display_name,
        responsible=inst.responsible_544,
        version_tag=text["version_tag"],
        model_tag=text["model_tag"],
        total=total,
        by_requester={k: by_requester[k] for k in ("natural", "legal")},
        by_channel={k: by_channel[k] for k in ("paper", "electronic", "verbal")},
        by_domain={k: by_domain[k] for k in DOMAINS},
        other_domains=tuple(other_domains),
        favourable=sum(fav_timing.values()),
        favourable_by_timing={k: fav_timing[k] for k in TIMING_KEYS},
        favourable_by_mode={k: fav_mode[k] for k in MODE_KEYS},
        favourable_by_domain={k: fav_domain[k] for k in DOMAINS},
        refused=sum(ref_reason.values()),
        refused_by_reason={k: ref_reason[k] for k in REASON_KEYS},
        refused_by_domain={k: ref_domain[k] for k in DOMAINS},
        other_reasons=tuple(other_reasons),
        exempt_list=tuple(exempt_list),
        complaints={k: complaints[k] for k in REMEDY_KEYS},
        court_cases={k: cases[k] for k in REMEDY_KEYS},
        fees_collected=fees,
        tariffs=tuple(tariffs),
        tariff_acts=tuple(acts),
        open_requests=tuple(open_requests),
        annulled=annulled,
        answers=answers or Report544Answers(),
    )


# -- layout shared by the renderers --------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """One printed element.

    kind: title | text | note | heading (level 1–3, `number` + `text`) | value (`text` and `value`
    next to it) | table (`columns` over one or more `rows`) | warning | check
    """

    kind: str
    text: str = ""
    number: str = ""
    value: str | int = ""
    level: int = 0
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[str | int, ...], ...] = ()
    ok: bool = True


def _choice(
    group: str, selected: str | tuple[str, ...], extra: dict[str, str] | None = None
) -> str:
    text = labels()
    picked = {selected} if isinstance(selected, str) else set(selected)
    parts = []
    for key, label in text["choices"][group]:
        mark = text["checked"] if key in picked else text["unchecked"]
        item = f"{mark} {label}"
        if extra and key in extra and extra[key]:
            item += f" {extra[key]}"
        parts.append(item)
    return "   ".join(parts)


def _free(value: str) -> str:
    return value.strip() or labels()["not_answered"]


def _domain_rows(counts: dict[str, int], others: tuple[str, ...]) -> list[Block]:
    text = labels()
    out = []
    for key in DOMAINS:
        label = text["domains"][key]
        if key == "other" and others:
            label = f"{label}: {'; '.join(others)}"
        out.append(Block("value", label, value=counts[key], level=3))
    return out


def blocks(report: Report544) -> list[Block]:
    """The report laid out like the official template (numbering from the labels file)."""
    t = labels()
    n = t["numbers"]
    a = report.answers
    p1, p2 = t["part_1"], t["part_2"]
    responsible = report.responsible or t["responsible_missing"]
    out: list[Block] = [
        Block("note", report.institution),
        Block("title", report.title),
        Block("note", t["model_line"].format(model_tag=report.model_tag)),
        Block("note", t["as_of"].format(as_of=fmt(report.as_of))),
        Block(
            "text",
            t["intro"].format(
                responsible=responsible, year=report.year, institution=report.institution
            ),
        ),
        Block("text", _choice("rating", a.overall)),
        Block("text", t["grounds"].format(year=report.year)),
    ]
    for warning in report.warnings():
        out.append(Block("warning", warning))
    out += [
        Block("heading", p1["title"], n["part_1"], level=1),
        Block("heading", p1["i_1"], n["i_1"], level=3),
        Block("text", _choice("sufficiency", a.human_resources)),
        Block("heading", p1["i_2"], n["i_2"], level=3),
        Block("text", _choice("sufficiency", a.material_resources)),
        Block("heading", p1["i_3"], n["i_3"], level=3),
        Block("text", _choice("rating", a.collaboration)),
        Block("heading", p2["title"], n["part_2"], level=1),
        Block("heading", p2["a_title"], n["part_2a"], level=2),
        Block("heading", p2["a_1"], n["a_1"], level=3),
        Block("text", _choice("published", a.published_where, {"other": a.published_other})),
        Block("heading", p2["a_2"], n["a_2"], level=3),
        Block("text", _choice("yes_no", a.visibility_sufficient)),
        Block("heading", p2["a_3"], n["a_3"], level=3),
        Block("text", _free(a.visibility_solutions)),
        Block("heading", p2["a_4"], n["a_4"], level=3),
        Block(
            "text",
            _choice(
                "yes_no",
                a.extra_datasets,
                {
                    "yes": f"({p2['a_4_yes']} {a.extra_datasets_list})"
                    if a.extra_datasets_list
                    else ""
                },
            ),
        ),
        Block("heading", p2["a_5"], n["a_5"], level=3),
        Block("text", _choice("yes_no", a.open_format)),
        Block("heading", p2["a_6"], n["a_6"], level=3),
        Block("text", _free(a.open_data_measures)),
        Block("heading", p2["b_title"], n["part_2b"], level=2),
    ]
    b1, b2, b3, b6, b7, b8 = t["b1"], t["b2"], t["b3"], t["b6"], t["b7"], t["b8"]
    out += [
        Block("value", b1["title"], n["b_1"], value=report.total, level=2),
        Block(
            "table",
            b1["by_requester"],
            columns=(b1["natural"], b1["legal"]),
            rows=((report.by_requester["natural"], report.by_requester["legal"]),),
        ),
        Block(
            "table",
            b1["by_channel"],
            columns=(b1["paper"], b1["electronic"], b1["verbal"]),
            rows=(tuple(report.by_channel[k] for k in ("paper", "electronic", "verbal")),),
        ),
        Block("heading", b2["title"], n["b_2"], level=2),
        *_domain_rows(report.by_domain, report.other_domains),
        Block("value", b3["title"], n["b_3"], value=report.favourable, level=2),
        Block(
            "table",
            b3["by_timing"],
            columns=tuple(b3[k] for k in TIMING_KEYS),
            rows=(tuple(report.favourable_by_timing[k] for k in TIMING_KEYS),),
        ),
        Block(
            "table",
            b3["by_mode"],
            columns=tuple(b3[k] for k in MODE_KEYS),
            rows=(tuple(report.favourable_by_mode[k] for k in MODE_KEYS),),
        ),
        Block("heading", b3["by_domain"], level=3),
        *_domain_rows(report.favourable_by_domain, ()),
        Block("heading", t["b4"]["title"], n["b_4"], level=2),
        Block("text", _free(a.late_causes)),
        Block("heading", t["b5"]["title"], n["b_5"], level=2),
        Block("text", _free(a.late_measures)),
        Block("value", b6["title"], n["b_6"], value=report.refused, level=2),
        Block(
            "table",
            b6["by_reason"],
            columns=tuple(b6[k] for k in REASON_KEYS),
            rows=(tuple(report.refused_by_reason[k] for k in REASON_KEYS),),
        ),
    ]
    if report.other_reasons:
        out.append(
            Block("note", b6["other_reasons"].format(reasons="; ".join(report.other_reasons)))
        )
    out += [
        Block("heading", b6["by_domain"], level=3),
        *_domain_rows(report.refused_by_domain, ()),
        Block("heading", b6["list_title"], n["b_6_1"], level=2),
    ]
    if report.exempt_list:
        out += [Block("text", f"{i}. {item}") for i, item in enumerate(report.exempt_list, 1)]
    else:
        out.append(Block("text", t["none"]))
    remedy_columns = (b7["favorable"], b7["rejected"], b7["pending"], t["total"])

    def remedy_row(counts: dict[str, int]) -> tuple[tuple[int, ...]]:
        return ((*(counts[k] for k in REMEDY_KEYS), sum(counts.values())),)

    out += [
        Block("heading", b7["title"], n["b_7"], level=2),
        Block(
            "table",
            b7["complaints"],
            n["b_7_1"],
            columns=remedy_columns,
            rows=remedy_row(report.complaints),
        ),
        Block(
            "table",
            b7["court"],
            n["b_7_2"],
            columns=remedy_columns,
            rows=remedy_row(report.court_cases),
        ),
        Block("heading", b8["title"], n["b_8"], level=2),
        Block(
            "table",
            b8["costs"],
            n["b_8_1"],
            columns=(b8["operating"], b8["collected"], b8["tariff"], b8["act"]),
            rows=(
                (
                    _free(a.operating_costs),
                    f"{money(report.fees_collected)} lei",
                    "; ".join(report.tariffs) or t["none"],
                    "; ".join(report.tariff_acts) or t["none"],
                ),
            ),
        ),
        Block("heading", b8["efficiency"], n["b_8_2"], level=3),
        Block("heading", b8["library"], level=3),
        Block("text", _choice("yes_no", a.virtual_library)),
        Block("heading", b8["points"], level=3),
        Block("text", _free(a.improvement_points)),
        Block("heading", b8["measures"], level=3),
        Block("text", _free(a.improvement_measures)),
    ]
    out += _minimum(report)
    checks = t["checks"]
    out.append(Block("heading", checks["title"], level=2))
    for check in report.checks():
        state = checks["ok"] if check.ok else checks["failed"]
        out.append(Block("check", check.label, value=f"{state} ({check.detail})", ok=check.ok))
    if report.annulled:
        out.append(Block("note", t["annulled_note"].format(count=report.annulled)))
    out += [
        Block("note", t["generated"].format(generated=fmt(report.generated_on))),
        Block("text", t["prepared_by"]),
        Block("text", responsible),
    ]
    return out


def _minimum(report: Report544) -> list[Block]:
    t = labels()
    m, b1, b3, b6 = t["minimum"], t["b1"], t["b3"], t["b6"]
    letters = "abcdef"
    domains = "; ".join(f"{letters[i]}) {report.by_domain[k]}" for i, k in enumerate(DOMAINS))
    reasons = "; ".join(f"{b6[k]}: {report.refused_by_reason[k]}" for k in REASON_KEYS)
    channels = "; ".join(
        f"{b1[k]}: {report.by_channel[k]}" for k in ("paper", "electronic", "verbal")
    )
    timing = "; ".join(f"{b3[k]}: {report.favourable_by_timing[k]}" for k in TIMING_KEYS)
    c, cc = report.complaints, report.court_cases
    b7 = t["b7"]
    values = {
        "a": str(report.total),
        "b": domains,
        "c": str(report.favourable),
        "d": f"{report.refused} ({reasons})",
        "e": channels,
        "f": str(report.by_requester["natural"]),
        "g": str(report.by_requester["legal"]),
        "h": f"{b7['favorable']}: {c['favorable']}; {b7['rejected']}: {c['rejected']}",
        "i": f"{b7['favorable']}: {cc['favorable']}; {b7['rejected']}: {cc['rejected']}; "
        f"{b7['pending']}: {cc['pending']}",
        "j": timing,
        "k": "; ".join(report.exempt_list) or t["none"],
        "l": _free(report.answers.improvement_measures),
        "m": report.responsible or t["responsible_missing"],
    }
    out = [Block("heading", m["title"], level=2)]
    out += [Block("value", m[key], value=values[key], level=3) for key in "abcdefghijklm"]
    return out
