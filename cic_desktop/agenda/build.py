"""Building the agenda from the registers. A new register plugs in with one more source."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Row, and_, func, not_, or_, select
from sqlalchemy.orm import Session

from cic_desktop.agenda.model import Agenda, AgendaGroup, AgendaLine
from cic_desktop.domain.audience_calendar import closed_days
from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.dates_ro import fmt
from cic_desktop.domain.deadlines import (
    DeadlineState,
    compute_deadline,
    deadline_state,
    due_soon_cutoff,
)
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.registers.audiences_register import official_text
from db.enums import AudienceOutcome, AudienceState, EntryStatus, RegisterCode
from db.models import Audience, InfoRequest, Institution, Petition, RegistryEntry

if TYPE_CHECKING:
    from cic_desktop.core import CicCore

Candidate = tuple[AgendaGroup, AgendaLine]
Source = Callable[[Session, date, WorkingCalendar, int], Iterable[Candidate]]

_BY_STATE = {
    DeadlineState.OVERDUE: AgendaGroup.OVERDUE,
    DeadlineState.LAST_LEGAL_DAY: AgendaGroup.LAST_LEGAL_DAY,
    DeadlineState.INTERNAL_TARGET_DAY: AgendaGroup.INTERNAL_TARGET,
    DeadlineState.DUE_SOON: AgendaGroup.DUE_SOON,
}
_SHORT = 70

# Plain columns, not ORM objects: on 100,000 entries building objects costs most of the time.
_ENTRY = (
    RegistryEntry.id,
    RegistryEntry.register_code,
    RegistryEntry.number,
    RegistryEntry.number_prefix,
    RegistryEntry.registered_on,
    RegistryEntry.received_on,
    RegistryEntry.correspondent_name,
    RegistryEntry.subject,
    RegistryEntry.deadline_rule,
    RegistryEntry.legal_deadline,
    RegistryEntry.internal_target,
)


def _on_or_before(column, today: date):  # type: ignore[no-untyped-def]
    """`column <= today`, false (never NULL) when the column is empty."""
    return and_(column.is_not(None), column <= today)


def _active_entries(register: RegisterCode, today: date):  # type: ignore[no-untyped-def]
    """The register's entries not annulled and registered by `today` (the agenda of a past day
    shows what stood then)."""
    return (
        RegistryEntry.register_code == register,
        RegistryEntry.status == EntryStatus.ACTIVE,
        RegistryEntry.registered_on <= today,
    )


def _line(entry: Row, due: date | None, detail: str) -> AgendaLine:
    what = " ".join(entry.subject.split())
    if len(what) > _SHORT:
        what = what[: _SHORT - 1] + "…"
    return AgendaLine(
        entry.id,
        entry.register_code,
        format_registry_number(entry.number, entry.registered_on, entry.number_prefix),
        entry.correspondent_name or "(anonim)",
        what,
        due,
        detail,
    )


def _deadline_candidate(
    entry: Row,
    internal: date | None,
    today: date,
    calendar: WorkingCalendar,
    lead: int,
    cutoff: date,
) -> Candidate | None:
    return _deadline_candidate_at(
        entry,
        (entry.legal_deadline, internal or entry.internal_target),
        today,
        calendar,
        lead,
        cutoff,
    )


def petitions_source(
    session: Session, today: date, calendar: WorkingCalendar, lead: int
) -> Iterable[Candidate]:
    """Petitions as they stood on `today`: decisions dated later are not yet taken."""
    cutoff = due_soon_cutoff(today, calendar, lead)
    closed_on = func.coalesce(Petition.answered_on, Petition.forwarded_on, Petition.filed_on)
    rows = session.execute(
        select(
            *_ENTRY,
            Petition.state,
            Petition.answered_on,
            Petition.forwarded_on,
            Petition.filed_on,
            Petition.sent_on,
            Petition.internal_deadline,
        )
        .join(Petition, Petition.entry_id == RegistryEntry.id)
        .where(
            *_active_entries(RegisterCode.PETITIONS, today),
            # Closed and, if answered, sent by `today`: nothing left to do (skipped in SQL).
            not_(
                and_(
                    or_(Petition.state == "joined", _on_or_before(closed_on, today)),
                    or_(Petition.answered_on.is_(None), _on_or_before(Petition.sent_on, today)),
                )
            ),
        )
    )
    for entry in rows:
        petition = entry  # one row: the entry's and the petition's columns
        closed_on = petition.answered_on or petition.forwarded_on or petition.filed_on
        if petition.state == "joined" or (closed_on is not None and closed_on <= today):
            if petition.answered_on and (petition.sent_on is None or petition.sent_on > today):
                yield (
                    AgendaGroup.TO_SEND,
                    _line(entry, petition.answered_on, f"răspuns din {fmt(petition.answered_on)}"),
                )
            continue
        found = _deadline_candidate(
            entry, petition.internal_deadline, today, calendar, lead, cutoff
        )
        if found:
            yield found


def public_info_source(
    session: Session, today: date, calendar: WorkingCalendar, lead: int
) -> Iterable[Candidate]:
    """544 requests as they stood on `today`: decisions dated later are not yet taken."""
    cutoff = due_soon_cutoff(today, calendar, lead)
    closed_on = func.coalesce(
        InfoRequest.answered_on, InfoRequest.redirected_on, InfoRequest.reclassified_on
    )
    rows = session.execute(
        select(
            *_ENTRY,
            InfoRequest.answered_on,
            InfoRequest.redirected_on,
            InfoRequest.reclassified_on,
            InfoRequest.sent_on,
            InfoRequest.notice_sent_on,
            InfoRequest.notice_late,
        )
        .join(InfoRequest, InfoRequest.entry_id == RegistryEntry.id)
        .where(
            *_active_entries(RegisterCode.PUBLIC_INFO, today),
            # Closed and reclassified or sent by `today`: nothing left to do (skipped in SQL).
            not_(
                and_(
                    _on_or_before(closed_on, today),
                    or_(
                        InfoRequest.reclassified_on.is_not(None),
                        _on_or_before(InfoRequest.sent_on, today),
                    ),
                )
            ),
        )
    )
    for entry in rows:
        request = entry  # one row: the entry's and the request's columns
        closed_on = request.answered_on or request.redirected_on or request.reclassified_on
        if closed_on is not None and closed_on <= today:
            if request.reclassified_on is None and (
                request.sent_on is None or request.sent_on > today
            ):
                yield AgendaGroup.TO_SEND, _line(entry, closed_on, "răspuns consemnat, neexpediat")
            continue
        notice_sent = request.notice_sent_on is not None and request.notice_sent_on <= today
        extended = notice_sent and not request.notice_late
        legal = entry.legal_deadline
        if not extended and entry.deadline_rule == "544_ANSWER_30":
            # Before the notice went out, the 10-day term was the one in force.
            ten = compute_deadline("544_ANSWER_10", entry.registered_on, calendar)
            entry_view = (ten.legal_deadline, ten.internal_target)
        else:
            entry_view = (legal, entry.internal_target)
        found = _deadline_candidate_at(entry, entry_view, today, calendar, lead, cutoff)
        candidates = [found] if found else []
        refusal = compute_deadline("544_REFUSAL_5", entry.received_on, calendar).legal_deadline
        if not extended and today <= refusal:
            candidates.append(
                (
                    AgendaGroup.FIVE_DAY_TERM,
                    _line(
                        entry,
                        refusal,
                        f"refuz / redirecționare / reîncadrare până la {fmt(refusal)}",
                    ),
                )
            )
        if not notice_sent:
            notice = compute_deadline(
                "544_EXT_NOTICE_10", entry.registered_on, calendar
            ).legal_deadline
            if today <= notice <= cutoff:
                candidates.append(
                    (
                        AgendaGroup.NOTICE_TERM,
                        _line(entry, notice, f"notificarea de prelungire până la {fmt(notice)}"),
                    )
                )
        if candidates:
            yield min(candidates, key=lambda c: c[0])


def _deadline_candidate_at(
    entry: Row,
    dates: tuple[date | None, date | None],
    today: date,
    calendar: WorkingCalendar,
    lead: int,
    cutoff: date,
) -> Candidate | None:
    legal, internal = dates
    if legal is None:
        return None
    target = min(internal or legal, legal)
    group = _BY_STATE.get(deadline_state(legal, target, today, calendar, lead, cutoff))
    if group is None:
        return None
    return group, _line(entry, legal, f"termen legal {fmt(legal)}")


def audiences_source(
    session: Session, today: date, calendar: WorkingCalendar, lead: int
) -> Iterable[Candidate]:
    """Today's audiences, and the terms given to departments for issues raised at audiences
    (an internal term, never a legal one: its last day counts as the internal target)."""
    cutoff = due_soon_cutoff(today, calendar, lead)
    rows = session.execute(
        select(
            *_ENTRY,
            Audience.official_name,
            Audience.official_role,
            Audience.audience_day,
            Audience.state,
            Audience.slot_time,
            Audience.term,
            Audience.outcome,
            Audience.outcome_on,
            Audience.answer_on,
            Audience.department_name,
        )
        .join(Audience, Audience.entry_id == RegistryEntry.id)
        .where(
            *_active_entries(RegisterCode.AUDIENCES, today),
            (Audience.audience_day == today) | Audience.term.is_not(None),
        )
    )
    for entry in rows:
        audience = entry  # one row: the entry's and the sign-up's columns
        official = official_text(audience.official_name, audience.official_role)
        if audience.audience_day == today and audience.state == AudienceState.SCHEDULED:
            at = f"ora {audience.slot_time}" if audience.slot_time else "fără programare"
            yield AgendaGroup.AUDIENCES_TODAY, _line(entry, today, f"{at}, la {official}")
            continue
        term = audience.term
        if (
            term is None
            or audience.outcome != AudienceOutcome.DEPARTMENT
            or (audience.outcome_on is not None and audience.outcome_on > today)
            or (audience.answer_on is not None and audience.answer_on <= today)
        ):
            continue
        state = deadline_state(term, term, today, calendar, lead, cutoff)
        if state == DeadlineState.LAST_LEGAL_DAY:
            state = DeadlineState.INTERNAL_TARGET_DAY
        group = _BY_STATE.get(state)
        if group is not None:
            detail = f"termen {audience.department_name or 'compartiment'} {fmt(term)}"
            yield group, _line(entry, term, detail)


def audiences_on_days_off_source(
    session: Session, today: date, calendar: WorkingCalendar, _lead: int
) -> Iterable[Candidate]:
    """Sign-ups still scheduled on a holiday or a day off decided after they were booked: the
    day off went ahead, the clerk must postpone them (listed until she does)."""
    years = range(today.year - 1, today.year + 3)
    days = sorted(closed_days(calendar, years))
    if not days:
        return
    rows = session.execute(
        select(
            *_ENTRY,
            Audience.official_name,
            Audience.official_role,
            Audience.audience_day,
            Audience.slot_time,
        )
        .join(Audience, Audience.entry_id == RegistryEntry.id)
        .where(
            *_active_entries(RegisterCode.AUDIENCES, today),
            Audience.state == AudienceState.SCHEDULED,
            Audience.audience_day.in_(days),
        )
    )
    for audience in rows:
        day = audience.audience_day
        at = f" ora {audience.slot_time}" if audience.slot_time else ""
        why = calendar.non_working_reason(day) or "zi liberă"
        official = official_text(audience.official_name, audience.official_role)
        detail = f"{fmt(day)}{at}, la {official} – {why}; amânați"
        yield AgendaGroup.AUDIENCES_ON_DAY_OFF, _line(audience, day, detail)


SOURCES: tuple[Source, ...] = (
    petitions_source,
    public_info_source,
    audiences_source,
    audiences_on_days_off_source,
)


def build_agenda(
    core: CicCore, day: date | None = None, sources: Iterable[Source] = SOURCES
) -> Agenda:
    """The agenda of `day` (default today): every open case in its one most urgent group."""
    today = day or core.clock.today()
    with core.read() as session:
        calendar = core.calendar.working_calendar(session)
        institution = session.get(Institution, 1)
        lead = institution.reminder_lead_days if institution else 2
        best: dict[int, Candidate] = {}
        for source in sources:
            for group, line in source(session, today, calendar, lead):
                current = best.get(line.entry_id)
                if current is None or group < current[0]:
                    best[line.entry_id] = (group, line)
    groups: dict[AgendaGroup, list[AgendaLine]] = {}
    for group, line in best.values():
        groups.setdefault(group, []).append(line)
    ordered = {
        group: tuple(sorted(lines, key=lambda line: (line.due or date.max, line.number_text)))
        for group, lines in sorted(groups.items())
    }
    return Agenda(today, ordered)


def agenda_text(agenda: Agenda) -> list[str]:
    from cic_desktop.agenda.model import GROUP_LABELS
    from cic_desktop.domain.dates_ro import long_date_ro

    lines = [f"Agenda zilei – {long_date_ro(agenda.day)}"]
    if not agenda.groups:
        lines.append("Nimic scadent, întârziat sau de expediat.")
    for group, items in agenda.groups.items():
        lines.append("")
        lines.append(f"{GROUP_LABELS[group]} ({len(items)})")
        lines.extend(f"  {i.number_text}  {i.who} – {i.what} ({i.detail})" for i in items)
    return lines
