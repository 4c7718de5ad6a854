"""The registry list of petitions for a year, as ids and pages of rows (instant on 100,000)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Row
from sqlalchemy.orm import Session

from cic_desktop.domain.calendar import WorkingCalendar
from cic_desktop.domain.deadlines import deadline_state, due_soon_cutoff
from cic_desktop.domain.numbering import format_registry_number
from cic_desktop.domain.text import search_key
from cic_desktop.dto_petitions import OPEN_STATES, PetitionQuery, PetitionRow
from cic_desktop.labels import ANNULLED_LABEL, PETITION_KIND, PETITION_STATE
from db.enums import EntryStatus
from db.models import Institution, RegistryEntry
from db.queries.petitions import ListFilter, petition_ids, petition_page, petition_rows

if TYPE_CHECKING:
    from cic_desktop.core import CicCore


def _lead_days(session: Session) -> int:
    institution = session.get(Institution, 1)
    return institution.reminder_lead_days if institution else 2


class PetitionListService:
    def __init__(self, core: CicCore) -> None:
        self._core = core

    def _filter(
        self, session: Session, query: PetitionQuery
    ) -> tuple[ListFilter, WorkingCalendar, int]:
        today = self._core.clock.today()
        calendar = self._core.calendar.working_calendar(session)
        lead = _lead_days(session)
        # internal target ≤ cutoff ⇔ at most `lead` working days left (SPEC §5.2 reminders)
        cutoff = due_soon_cutoff(today, calendar, lead)
        filters = ListFilter(
            year=query.year,
            today=today,
            due_soon_cutoff=cutoff,
            states=query.states,
            kinds=query.kinds,
            domain_ids=query.domain_ids,
            department_ids=query.department_ids,
            words=search_key(query.text).split(),
            due_soon=query.due_soon,
            overdue=query.overdue,
            answered_late=query.answered_late,
            include_annulled=query.include_annulled,
            sort=query.sort,
            descending=query.descending,
        )
        return filters, calendar, lead

    def ids(self, query: PetitionQuery) -> list[int]:
        with self._core.read() as session:
            return petition_ids(session, self._filter(session, query)[0])

    def page(self, query: PetitionQuery, offset: int = 0, limit: int = 100) -> list[PetitionRow]:
        """One page straight from SQL, in one session: the first screen of a 100,000-row year
        without waiting for every id (the table can fetch `ids()` afterwards, off the GUI thread)."""
        with self._core.read() as session:
            filters, calendar, lead = self._filter(session, query)
            pairs = petition_page(session, filters, offset, limit)
        return self._to_rows(pairs, calendar, lead)

    def rows(self, ids: Sequence[int]) -> list[PetitionRow]:
        with self._core.read() as session:
            calendar = self._core.calendar.working_calendar(session)
            lead = _lead_days(session)
            pairs = petition_rows(session, ids)
        return self._to_rows(pairs, calendar, lead)

    def _to_rows(
        self, found: Sequence[Row], calendar: WorkingCalendar, lead: int
    ) -> list[PetitionRow]:
        today = self._core.clock.today()
        cutoff = due_soon_cutoff(today, calendar, lead)
        rows = []
        for r in found:
            # Unpacked once: a named attribute of a Row costs ~1.5 µs, 16 of them per line add up.
            (
                entry_id,
                number,
                registered_on,
                number_prefix,
                name,
                subject,
                status,
                legal_deadline,
                internal_target,
                kind,
                domain_name,
                department_name,
                petition_state,
                internal_deadline,
                answered_on,
                sent_on,
            ) = r
            annulled = status == EntryStatus.ANNULLED
            target = internal_deadline or internal_target
            state = None
            if not annulled and petition_state in OPEN_STATES and legal_deadline is not None:
                capped = legal_deadline if target is None or target > legal_deadline else target
                state = deadline_state(legal_deadline, capped, today, calendar, lead, cutoff).value
            done = sent_on or answered_on
            rows.append(
                PetitionRow(
                    id=entry_id,
                    number=number,
                    number_text=format_registry_number(number, registered_on, number_prefix),
                    registered_on=registered_on,
                    petitioner=name or "(anonim)",
                    kind=PETITION_KIND[kind],
                    subject=subject,
                    domain=domain_name,
                    department=department_name,
                    state=petition_state,
                    state_label=ANNULLED_LABEL if annulled else PETITION_STATE[petition_state],
                    legal_deadline=legal_deadline,
                    internal_target=target,
                    answered_on=answered_on,
                    sent_on=sent_on,
                    annulled=annulled,
                    deadline_state=state,
                    answered_late=bool(
                        answered_on and legal_deadline and done and done > legal_deadline
                    ),
                )
            )
        return rows

    def years(self) -> list[int]:
        from sqlalchemy import distinct, select

        with self._core.read() as session:
            years = session.scalars(
                select(distinct(RegistryEntry.year)).where(
                    RegistryEntry.register_code == "petitions"
                )
            ).all()
        current = self._core.clock.today().year
        return sorted(set(years) | {current}, reverse=True)
