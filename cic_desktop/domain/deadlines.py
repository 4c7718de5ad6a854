"""Deadline rules as data and the one function that turns a start date into due dates.

The rules live in `resources/rules/deadline_rules.toml` so a change in the law is an edit of data.
Counting follows SPEC §5.2: the legal deadline (convention B) excludes the start day and the last
day, roll(D + N + 1); the internal target (convention A) is the stricter practice, roll(D + N).
Legea 52 periods give an *earliest allowed date* instead. Every result explains itself in Romanian.
"""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from cic_desktop import paths
from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.dates_ro import days_ro, fmt, fmt_long
from cic_desktop.errors import CicError, ValidationError


class Convention(StrEnum):
    """How a term is counted (SPEC §5.2)."""

    CALENDAR_DAYS = "calendar_days"
    MIN_NOTICE_DAYS = "min_notice_days"
    WORKING_DAYS_BEFORE = "working_days_before"

    @property
    def label_ro(self) -> str:
        return CONVENTION_LABELS[self]


CONVENTION_LABELS: dict[Convention, str] = {
    Convention.CALENDAR_DAYS: "zile calendaristice (termen legal și țintă internă)",
    Convention.MIN_NOTICE_DAYS: "perioadă minimă în zile calendaristice (data cea mai apropiată)",
    Convention.WORKING_DAYS_BEFORE: "perioadă minimă în zile lucrătoare (data cea mai apropiată)",
}


class StartEvent(StrEnum):
    """The event a term runs from; stored values stay English, the clerk reads `label_ro`."""

    REGISTRATION = "registration"
    RECEIPT = "receipt"
    FILING = "filing"
    AUDIENCE = "audience"
    PUBLICATION = "publication"

    @property
    def label_ro(self) -> str:
        return START_EVENT_LABELS[self]


START_EVENT_LABELS: dict[StartEvent, str] = {
    StartEvent.REGISTRATION: "data înregistrării",
    StartEvent.RECEIPT: "data primirii",
    StartEvent.FILING: "data depunerii reclamației",
    StartEvent.AUDIENCE: "data audienței",
    StartEvent.PUBLICATION: "data publicării anunțului",
}


@dataclass(frozen=True)
class DeadlineRule:
    """One legal term, exactly as loaded from the rules file."""

    code: str
    law_ro: str
    title_ro: str
    term_days: int
    start_event: StartEvent
    convention: Convention
    receipt_term_ro: str
    counting_basis_ro: str = "art. 2553 din Codul civil"
    rollover_basis_ro: str = "art. 2554 din Codul civil"
    # Only for an extension rule (OG 27 art. 9): term = base_term_days + k, 1 <= k <= max.
    base_term_days: int | None = None
    max_extension_days: int | None = None


class UnknownRuleError(ValidationError):
    """A rule code that the rules file does not define (a typo or a stale stored code)."""

    def __init__(self, code: str, known: list[str]) -> None:
        super().__init__(
            "rule",
            f"Regula de termen „{code}” nu există. Coduri cunoscute: {', '.join(known)}.",
        )
        self.code = code


class RuleDataError(CicError):
    """The shipped rules file is damaged: a packaging fault, not a clerk's mistake."""


RULES_FILE = ("rules", "deadline_rules.toml")
OG27_EXTENSION_CODE = "OG27_EXTENDED_45"

_REQUIRED = ("code", "law_ro", "title_ro", "term_days", "start_event", "convention")
_OPTIONAL_INT = ("base_term_days", "max_extension_days")


def load_rules_file(path: Path) -> dict[str, DeadlineRule]:
    """Parse and validate a rules file (uncached; `load_rules` is what the app uses)."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleDataError(
            f"Fișierul cu regulile de termene ({path}) nu poate fi citit (detalii tehnice: {exc})."
        ) from exc
    defaults: dict[str, Any] = data.get("defaults", {})
    rules: dict[str, DeadlineRule] = {}
    for index, table in enumerate(data.get("rules", []), start=1):
        rule = _rule_from_table({**defaults, **table}, path, index)
        if rule.code in rules:
            raise RuleDataError(f"Regula „{rule.code}” apare de două ori în {path}.")
        rules[rule.code] = rule
    if not rules:
        raise RuleDataError(f"Fișierul cu regulile de termene ({path}) nu conține nicio regulă.")
    return rules


def _rule_from_table(table: dict[str, Any], path: Path, index: int) -> DeadlineRule:
    where = f"regula nr. {index} din {path}"
    known = {f.name for f in dataclasses.fields(DeadlineRule)}
    unknown = sorted(set(table) - known)
    if unknown:
        raise RuleDataError(f"Câmpuri necunoscute: {', '.join(unknown)} ({where}).")
    missing = [key for key in (*_REQUIRED, "receipt_term_ro") if not table.get(key)]
    if missing:
        raise RuleDataError(f"Lipsesc câmpurile {', '.join(missing)} ({where}).")
    texts = {key: value for key, value in table.items() if key.endswith("_ro") or key == "code"}
    if not all(isinstance(value, str) and value.strip() for value in texts.values()):
        raise RuleDataError(f"Textele regulii trebuie să fie șiruri nevide ({where}).")
    for key, enum in (("start_event", StartEvent), ("convention", Convention)):
        allowed = [member.value for member in enum]
        if table[key] not in allowed:
            raise RuleDataError(
                f"Valoare necunoscută pentru {key}: „{table[key]}”; valori permise: "
                f"{', '.join(allowed)} ({where})."
            )
    start_event, convention = StartEvent(table["start_event"]), Convention(table["convention"])
    ints = {key: table.get(key) for key in ("term_days", *_OPTIONAL_INT)}
    for key, value in ints.items():
        if value is not None and (
            not isinstance(value, int) or isinstance(value, bool) or value < 1
        ):
            raise RuleDataError(f"Câmpul {key} trebuie să fie un număr întreg pozitiv ({where}).")
    present_ints = {key: value for key, value in ints.items() if value is not None}
    return DeadlineRule(**texts, **present_ints, start_event=start_event, convention=convention)


@functools.cache
def _cached_rules() -> dict[str, DeadlineRule]:
    return load_rules_file(paths.resource(*RULES_FILE))


def load_rules() -> dict[str, DeadlineRule]:
    """All shipped rules by code, in file order (read once; callers get their own dict)."""
    return dict(_cached_rules())


def rule_codes() -> list[str]:
    return list(_cached_rules())


def get_rule(code: str) -> DeadlineRule:
    rules = _cached_rules()
    try:
        return rules[code]
    except KeyError:
        raise UnknownRuleError(code, list(rules)) from None


@dataclass(frozen=True)
class DeadlineResult:
    """Computed dates of one rule from one start date, with the reasoning for the clerk.

    For the Legea 52 conventions `legal_deadline` holds the earliest allowed date,
    `earliest_allowed` is True and there is no internal target.
    """

    rule: DeadlineRule
    start: date
    legal_deadline: date
    internal_target: date | None
    earliest_allowed: bool
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (ISO dates) for the CLI and exports."""
        return {
            "rule": self.rule.code,
            "start": self.start.isoformat(),
            "legal_deadline": self.legal_deadline.isoformat(),
            "internal_target": self.internal_target.isoformat() if self.internal_target else None,
            "earliest_allowed": self.earliest_allowed,
            "explanation": self.explanation,
        }


def compute_deadline(
    rule: DeadlineRule | str, start: date, calendar: WorkingCalendar
) -> DeadlineResult:
    """Due dates of `rule` counted from `start` (the date of the rule's start event)."""
    if isinstance(rule, str):
        rule = get_rule(rule)
    n = rule.term_days
    if rule.convention is Convention.CALENDAR_DAYS:
        raw_legal = start + timedelta(days=n + 1)
        raw_internal = start + timedelta(days=n)
        legal, internal = calendar.roll(raw_legal), calendar.roll(raw_internal)
        text = _explain_calendar_days(rule, start, raw_legal, raw_internal, calendar)
        return DeadlineResult(rule, start, legal, internal, False, text)
    if rule.convention is Convention.MIN_NOTICE_DAYS:
        raw = start + timedelta(days=n)
        text = _explain_min_notice(rule, start, raw, calendar)
        return DeadlineResult(rule, start, calendar.roll(raw), None, True, text)
    nth = calendar.nth_working_day_after(start, n)
    raw = nth + timedelta(days=1)
    text = _explain_working_days_before(rule, start, nth, raw, calendar)
    return DeadlineResult(rule, start, calendar.roll(raw), None, True, text)


def compute_og27_extension(
    start: date, extra_days: int, calendar: WorkingCalendar
) -> DeadlineResult:
    """OG 27 art. 9: answer term extended by k days, counted from the original registration date.

    The extension is never chained on the already-rolled 30-day date (SPEC §5.2); k = 15 is the
    shipped `OG27_EXTENDED_45` rule, other k reuse it with the term and receipt wording restated.
    """
    rule = get_rule(OG27_EXTENSION_CODE)
    base = rule.base_term_days or rule.term_days
    most = rule.max_extension_days or rule.term_days - base
    if isinstance(extra_days, bool) or not isinstance(extra_days, int) or extra_days < 1:
        raise ValidationError(
            "extension_days",
            f"Prelungirea trebuie să fie de cel puțin o zi și de cel mult {days_ro(most)} "
            f"({rule.law_ro}).",
        )
    if extra_days > most:
        raise ValidationError(
            "extension_days",
            f"Prelungirea poate fi de cel mult {days_ro(most)} ({rule.law_ro}); "
            f"ați indicat {days_ro(extra_days)}.",
        )
    term = base + extra_days
    if term != rule.term_days:
        rule = dataclasses.replace(
            rule,
            term_days=term,
            receipt_term_ro=rule.receipt_term_ro.replace(days_ro(rule.term_days), days_ro(term), 1),
        )
    return compute_deadline(rule, start, calendar)


# ---- explanations ----------------------------------------------------------------------------


# The weekday is already printed next to each date; repeating it as the reason adds nothing.
_WEEKEND_REASONS = frozenset({"sâmbătă", "duminică"})


def _term_phrase(rule: DeadlineRule) -> str:
    """`10 zile (art. 7 …)`; an extension shows its parts: `40 de zile (30 de zile + 10 zile …)`."""
    if rule.base_term_days is not None and rule.term_days > rule.base_term_days:
        extension = rule.term_days - rule.base_term_days
        return (
            f"{days_ro(rule.term_days)} ({days_ro(rule.base_term_days)} + "
            f"{days_ro(extension)} de prelungire, {rule.law_ro})"
        )
    return f"{days_ro(rule.term_days)} ({rule.law_ro})"


def _day_with_reason(d: date, calendar: WorkingCalendar) -> str:
    """`02.01.2025 (joi) – sărbătoare legală: Anul Nou`; a plain weekend day needs no reason."""
    reason = calendar.non_working_reason(d)
    if reason is None or reason in _WEEKEND_REASONS:
        return fmt_long(d)
    return f"{fmt_long(d)} – {reason}"


def _roll_phrase(raw: date, calendar: WorkingCalendar, rollover_basis: str | None) -> str:
    """What happens to a raw date: kept, or moved past each named non-working day."""
    skipped = calendar.non_working_run(raw)
    if not skipped:
        return ", zi lucrătoare"
    basis = f" ({rollover_basis})" if rollover_basis else ""
    target = f"prima zi lucrătoare{basis}: {fmt_long(calendar.roll(raw))}"
    if len(skipped) == 1:
        reason = calendar.non_working_reason(raw)
        shown = "" if reason in _WEEKEND_REASONS else f" ({reason})"
        return f", zi nelucrătoare{shown} → {target}"
    days = "; ".join(_day_with_reason(d, calendar) for d in skipped)
    return f", zi nelucrătoare; se sar {days} → {target}"


def _explain_calendar_days(
    rule: DeadlineRule,
    start: date,
    raw_legal: date,
    raw_internal: date,
    calendar: WorkingCalendar,
) -> str:
    legal = (
        f"Termen legal: {_term_phrase(rule)} de la {rule.start_event.label_ro}, "
        f"{fmt_long(start)}, fără a socoti ziua de început și ziua în care se împlinește "
        f"termenul ({rule.counting_basis_ro}): {fmt(start)} + {days_ro(rule.term_days + 1)} = "
        f"{fmt_long(raw_legal)}{_roll_phrase(raw_legal, calendar, rule.rollover_basis_ro)}."
    )
    internal = (
        f"Țintă internă: {fmt(start)} + "
        f"{days_ro(rule.term_days)} = {fmt_long(raw_internal)}"
        f"{_roll_phrase(raw_internal, calendar, None)}."
    )
    return f"{legal} {internal}"


def _explain_min_notice(
    rule: DeadlineRule, start: date, raw: date, calendar: WorkingCalendar
) -> str:
    return (
        f"Perioadă minimă: {_term_phrase(rule)} de la {rule.start_event.label_ro}, "
        f"{fmt_long(start)}: {fmt(start)} + {days_ro(rule.term_days)} = {fmt_long(raw)}"
        f"{_roll_phrase(raw, calendar, None)}. Aceasta este data cea mai apropiată permisă, "
        f"nu un termen-limită."
    )


def _explain_working_days_before(
    rule: DeadlineRule, start: date, nth: date, raw: date, calendar: WorkingCalendar
) -> str:
    skipped = calendar.non_working_weekdays_between(start, nth)
    besides = ""
    if skipped:
        named = "; ".join(_day_with_reason(d, calendar) for d in skipped)
        besides = f" și fără zilele nelucrătoare {named}"
    ordinal = "Prima" if rule.term_days == 1 else f"A {rule.term_days}-a"
    return (
        f"Perioadă minimă: {days_ro(rule.term_days, working=True)} ({rule.law_ro}), socotite "
        f"după {rule.start_event.label_ro}, {fmt_long(start)}, fără sâmbete și duminici"
        f"{besides}. {ordinal} zi lucrătoare este {fmt_long(nth)}; perioada trebuie "
        f"să se fi împlinit în întregime, deci data cea mai apropiată este ziua următoare, "
        f"{fmt_long(raw)}{_roll_phrase(raw, calendar, None)}. Aceasta este data cea mai apropiată "
        f"permisă, nu un termen-limită."
    )


# ---- agenda state ------------------------------------------------------------------------------


class DeadlineState(StrEnum):
    """Where an open case stands against its dates on a given day (SPEC §9 S22)."""

    IN_TERM = "in_term"
    DUE_SOON = "due_soon"
    INTERNAL_TARGET_DAY = "internal_target_day"
    LAST_LEGAL_DAY = "last_legal_day"
    OVERDUE = "overdue"

    @property
    def label_ro(self) -> str:
        return DEADLINE_STATE_LABELS[self]


DEADLINE_STATE_LABELS: dict[DeadlineState, str] = {
    DeadlineState.IN_TERM: "în termen",
    DeadlineState.DUE_SOON: "termen apropiat",
    DeadlineState.INTERNAL_TARGET_DAY: "ultima zi (țintă internă)",
    DeadlineState.LAST_LEGAL_DAY: "ultima zi legală",
    DeadlineState.OVERDUE: "termen depășit",
}


def deadline_state(
    legal_deadline: date,
    internal_target: date | None,
    today: date,
    calendar: WorkingCalendar,
    lead_working_days: int = 2,
    cutoff: date | None = None,
) -> DeadlineState:
    """State of an unanswered case on `today` (passed in: the domain never reads the clock).

    The reminder window is `lead_working_days` working days before the internal target (SPEC §5.2,
    default 2); without an internal target the legal deadline plays its part.
    """
    target = internal_target if internal_target is not None else legal_deadline
    if target > legal_deadline:
        raise ValueError("internal_target must not be after legal_deadline")
    if today > legal_deadline:
        return DeadlineState.OVERDUE
    if today == legal_deadline:
        return DeadlineState.LAST_LEGAL_DAY
    if today >= target:
        return DeadlineState.INTERNAL_TARGET_DAY
    if cutoff is None:
        cutoff = due_soon_cutoff(today, calendar, lead_working_days)
    if target <= cutoff:
        return DeadlineState.DUE_SOON
    return DeadlineState.IN_TERM


def due_soon_cutoff(today: date, calendar: WorkingCalendar, lead_working_days: int) -> date:
    """The last target date still „due soon” on `today`: at most `lead` working days left.

    working_days_between(today, target) ≤ lead ⇔ target is before the (lead+1)-th working day
    after today. Computed once, it lets a list of 100,000 cases be classified without loops.
    """
    return calendar.nth_working_day_after(today, lead_working_days + 1) - timedelta(days=1)
