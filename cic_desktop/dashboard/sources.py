"""Where the followed cases come from: one function per register. A new register plugs in by
adding a source to `SOURCES`; the dashboard code does not change.

Each source yields the cases of its register registered in the year (annulled ones left out), as
they stand today: a decision dated after today is not taken yet.

Decisions where SPEC is silent (labelled the same way in the GUI):
- Petitions: the case ends when the answer is sent (the answer date while it is not sent), or
  when it is forwarded or filed; it is in term if that day is on or before the legal deadline in
  force (the extended one after an extension). Joined and reclassified petitions are not counted.
- 544 requests: the case ends when the answer (or refusal) is given or the request is redirected;
  the term in force is 10 days, 30 after a timely extension notice, 5 days for a redirect (as the
  annual report judges them). Requests reclassified as petitions are not counted.
- An open case whose legal deadline has passed counts as late; an open case not yet due is not
  judged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cic_desktop.dashboard.model import CaseFact, Timing
from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.deadlines import compute_deadline
from db.enums import EntryStatus, InfoState, PetitionState, RegisterCode
from db.models import InfoRequest, Petition, RegistryEntry

Source = Callable[[Session, int, date, WorkingCalendar], Iterable[CaseFact]]


def _fact(
    register: str, department: str, closed_on: date | None, deadline: date | None, today: date
) -> CaseFact:
    if deadline is None:
        timing = None
    elif closed_on is not None:
        timing = Timing.IN_TERM if closed_on <= deadline else Timing.LATE
    else:
        timing = Timing.LATE if deadline < today else None
    return CaseFact(register, department, closed_on is None, timing)


def _by(day: date | None, today: date) -> date | None:
    """The date of a decision if it was taken by today, else None (not taken yet)."""
    return day if day is not None and day <= today else None


def _of_year(year: int, today: date, register: RegisterCode) -> list[object]:
    return [
        RegistryEntry.register_code == register,
        RegistryEntry.year == year,
        RegistryEntry.status == EntryStatus.ACTIVE,
        RegistryEntry.registered_on <= today,
    ]


def petitions_source(
    session: Session, year: int, today: date, _calendar: WorkingCalendar
) -> Iterable[CaseFact]:
    rows = session.execute(
        select(
            RegistryEntry.legal_deadline,
            Petition.state,
            Petition.department_name,
            Petition.answered_on,
            Petition.sent_on,
            Petition.forwarded_on,
            Petition.filed_on,
        )
        .join(Petition, Petition.entry_id == RegistryEntry.id)
        .where(*_of_year(year, today, RegisterCode.PETITIONS))
    )
    for deadline, state, department, answered, sent, forwarded, filed in rows:
        if state in (PetitionState.JOINED, PetitionState.RECLASSIFIED):
            continue
        answered = _by(answered, today)
        closed = (
            (_by(sent, today) or answered)
            if answered
            else _by(forwarded, today) or _by(filed, today)
        )
        yield _fact(RegisterCode.PETITIONS, department, closed, deadline, today)


def public_info_source(
    session: Session, year: int, today: date, calendar: WorkingCalendar
) -> Iterable[CaseFact]:
    rows = session.execute(
        select(
            RegistryEntry.registered_on,
            RegistryEntry.deadline_rule,
            RegistryEntry.legal_deadline,
            InfoRequest.state,
            InfoRequest.department_name,
            InfoRequest.answered_on,
            InfoRequest.redirected_on,
            InfoRequest.notice_sent_on,
            InfoRequest.notice_late,
        )
        .join(InfoRequest, InfoRequest.entry_id == RegistryEntry.id)
        .where(*_of_year(year, today, RegisterCode.PUBLIC_INFO))
    )
    for registered, rule, legal, state, department, answered, redirected, notice, late in rows:
        if state == InfoState.RECLASSIFIED:
            continue
        redirected = _by(redirected, today)
        if redirected is not None:
            deadline = compute_deadline("544_REDIRECT_5", registered, calendar).legal_deadline
        elif rule == "544_ANSWER_30" and not (_by(notice, today) and not late):
            # Without a timely extension notice the 10-day term is the one in force.
            deadline = compute_deadline("544_ANSWER_10", registered, calendar).legal_deadline
        else:
            deadline = legal
        closed = redirected or _by(answered, today)
        yield _fact(RegisterCode.PUBLIC_INFO, department, closed, deadline, today)


SOURCES: tuple[Source, ...] = (petitions_source, public_info_source)
